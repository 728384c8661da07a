"""Headings that are no titles: a phone number, an address, a paragraph or a labelled field
set in a heading's big type, read as the text they are."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.kinds.spelling import unspaced
from resume_chat.resume.names.candidate import heading_level

# An address, not the "@" of "Engineer @ Acme" or "@Acme".
_CONTACT = patterns.compile(r"\S@\S|https?://|www\.")
# A phone number: nine digits or more among spaces, dots, dashes, brackets ("+46 70 123 45 67");
# a span of years ("2019 - 2021") has eight.
_PHONE = patterns.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
# Eight digits alone, a local phone number ("7967-2910"); not two years ("2019-2021").
LOCAL_NUMBER = r"(?!(?:19|20)\d\d\b)\d{4}[ -]\d{4}"
# A postal address or a birth date: "Stilwell, KS 66085", "16775 Mission Rd", "BS13 7BP",
# "D.O.B – 03/07/1989".
_ADDRESS = patterns.compile(
    r"\b[A-Z][a-z]+,? [A-Z]{2} \d{5}(-\d{4})?$|^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
    r"|^\d{1,6}[A-Za-z]? ([A-Z][a-z]+ ){1,3}(Rd|Road|St|Street|Ave|Avenue|Blvd|Lane|Ln|Dr|Drive"
    r"|Way|Ct|Court|Pl|Place|Hwy|Highway)\b\.?|(?i:^(d\.?o\.?b\b|date of birth))"
)


def demoted(line: str) -> str:
    """A heading used for its big type (a phone number, an address, a paragraph) is text."""
    level = heading_level(line)
    if not level:
        return line
    title = line.split(" ", 1)[1]
    # Not a span of months, "2024/01 - 2024/05", that has as many digits.
    undated = patterns.sub(DATE_SPAN, " ", title)
    phone = any(sum(c.isdigit() for c in found) >= 9 for found in _PHONE.findall(undated))
    phone = phone or bool(patterns.fullmatch(LOCAL_NUMBER, title.replace("**", "").strip()))
    # "### Kalamazoo College (http://www.kzoo.edu)": a linked name, its address kept after it.
    shown = patterns.sub(r"\s*\((?:https?://|www\.)[^()\s]*\)", "", title)
    address = _ADDRESS.search(title.replace("**", "").strip())
    # A sentence of fourteen words or more, full stop and all: a paragraph set in a heading's
    # style (a Word page's "<h1>" for body text); not a dated entry's title ("… Dresden e.V.").
    sentence = len(title.split()) >= 14 and title.replace("**", "").rstrip().endswith(".")
    sentence = sentence and not patterns.search(DATE_SPAN, title)
    if _CONTACT.search(shown) or phone or address or len(title) > 160 or only_dates(title):
        return title
    if sentence:
        return title
    if _FIELD.match(title.replace("**", "")):
        return title.replace("**", "")  # "### Função: Administrador de Redes": a job's field
    return line


# A field of an entry labelled, set large in a Word file: the role, the tasks.
_FIELD = patterns.compile(
    r"(?i)^\s*(fun[çc][ãa]o|cargo|puesto|fonction|poste|position|role|rol|funktion|ruolo"
    r"|mansione|atividades|actividades|activit[ée]s|attivit[àa]|t[äa]tigkeiten|aufgaben|tasks"
    r"|duties|responsibilities|responsabilidades|responsabilit[ée]s|missions?"
    # A degree's: "#### Advisor: Dr. Sydney E. Everhart" under the PhD's heading.
    r"|advis[eo]r|supervisor|orientador[a]?|betreuer(in)?"
    # "### Место рождения: Москва" (birthplace): a personal field set in a text box's heading style.
    r"|date of birth|place of birth|дата рождения|место рождения|гражданство|geburtsdatum"
    r"|geburtsort|lieu de naissance|lugar de nacimiento|naturalidade|nationality|citizenship"
    r"|(страна, )?город проживания|место жительства|способ связи)\s*:\s*\w"
)


def entry_lines(lines: list[str]) -> list[str]:
    """An entry's own lines set in Word's heading styles under its title: beside "### Редактор",
    "#### сентябрь/2008 - текущее время" and "#### «Сысерть Медиа»" at one level, then
    "##### Функциональные обязанности:". Under a heading that names no section, a heading
    beside a dates heading of its level, and a label ending in ":", are the entry's lines."""
    said = [i for i, line in enumerate(lines) if line.strip()]
    out = list(lines)

    def title(i: int) -> str:
        return lines[i].split(" ", 1)[1].replace("**", "").strip()

    def in_entry(n: int) -> bool:
        # The nearest heading above it of a higher level, a dates heading skipped, with nothing
        # but headings between them (a job heading its own dates and employer, not one whose
        # lines came first: "## 2.Lead Engineer", its text, then "### 3.Team Lead"): one level
        # up, and no section's title ("Work History (2018 - Present):" is one).
        level = heading_level(lines[said[n]])
        for j in reversed(said[:n]):
            if not heading_level(lines[j]):
                return False
            if heading_level(lines[j]) < level and not only_dates(title(j)):
                up = heading_level(lines[j]) == level - 1 > 1
                return up and section_kind(unspaced(title(j))) == "other"
        return False

    for n, i in enumerate(said):
        level = heading_level(lines[i])
        above = said[n - 1] if n else -1
        if (
            level
            and above >= 0
            and (
                heading_level(lines[above]) > level
                # "#### Roninn Creations - Aarhus" over "#### Részmunkaidős … 03/2019 - 08/2019"
                # at its level, the employer undated: its role and dates too.
                or (
                    heading_level(lines[above]) == level
                    and patterns.search(DATE_SPAN, title(i))
                    and not patterns.search(DATE_SPAN, title(above))
                    and not only_dates(title(i))
                )
            )
            and (patterns.search(DATE_SPAN, title(i)) or " | " in title(i))
            and not names_kind(unspaced(title(above)))
            and not names_kind(unspaced(title(i)))
        ):
            # "### ONE SYSTEM S.A.S" over "## Programador Front End | agosto 2022 – marzo
            # 2023": a Word template's role and dates, set larger than the employer they
            # follow, are that employer's first line, not a section after it.
            out[i] = title(i)
            continue
        if not level or not in_entry(n):
            continue
        if title(i).endswith(":") and section_kind(unspaced(title(i).rstrip(":"))) == "other":
            out[i] = title(i)
        elif only_dates(title(i)):
            for j in said[max(n - 1, 0) : n + 2]:
                if (
                    j != i
                    and heading_level(lines[j]) == level
                    and not names_kind(unspaced(title(j)))
                ):
                    out[j] = title(j)
    return out


_BOLD_DATED = patterns.compile(r"^\*\*[^*]{3,160}\*\*\s*$")


def alone_among_bold(lines: list[str]) -> list[str]:
    """ "### Stage postdoctoral | 2020/11 - 2022/03 | Université Laval" among entries written
    alike in bold ("**Doctorat en océanographie | 2014 - 2020 | …**"): one paragraph styled a
    heading in a Word file, an entry like the others, not a title over the ones after it."""
    heads = [(i, heading_level(line)) for i, line in enumerate(lines) if heading_level(line)]
    bold = [0]  # bold dated lines before each line
    for line in lines:
        dated = _BOLD_DATED.match(line.strip()) and patterns.search(DATE_SPAN, line)
        bold.append(bold[-1] + bool(dated))
    out = list(lines)
    for k, (i, level) in enumerate(heads):
        title = lines[i].split(" ", 1)[1].strip()
        if not patterns.search(DATE_SPAN, title):
            continue
        # Alone in its part (the heading before is its parent's, the one after closes the
        # part), and two dated entries in bold beside it there.
        before = heads[k - 1] if k else (-1, 0)
        after = heads[k + 1] if k + 1 < len(heads) else (len(lines), 0)
        if before[1] < level and after[1] <= level and bold[after[0]] - bold[before[0] + 1] >= 2:
            out[i] = f"**{title.replace('**', '')}**"
    return out
