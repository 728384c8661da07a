"""Section headings set deeper than their peers, lifted to the level of the sections.

A Word file may set "Employment History" in a smaller style than "Hobbies:" above it, and
"Education / Qualifications" smaller than "Skills": read by their levels, the jobs are a part
of the hobbies and the degrees a part of the skills. Jobs and studies are never a part of
another section; such a heading takes the level of the section it was set under.

The other way round, headings set as sections that are entries: a degree's level at the
level of the studies over it ("# Бакалавриат" under "# ОБРАЗОВАНИЕ"), and employers alone on
their lines over a dated list, in a section with no entry headings; a section set smaller
than its entries lifted over them, and the titles set alike under an empty section title
nested under it.
"""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN, NOW_WORDS
from resume_chat.resume.dates_line import only_duration
from resume_chat.resume.kinds.classifier import (
    WRAPPER,
    content_kind,
    names_a_kind,
    names_kind,
    section_kind,
)
from resume_chat.resume.months import MONTH_NAME
from resume_chat.resume.names.candidate import heading_level

# Kinds of section that stand on their own, never inside another kind, in the words that name
# them as a whole (not "Workshops", a kind of studies that may well sit under "Activities").
_MAIN = frozenset({"experience", "education"})
_WHOLE = patterns.compile(
    r"(?i)\b(experience|employment|work history|career|education|qualifications|studies"
    # The same in the languages resumes come in: "ARBEITSERFAHRUNG" under "BILDUNGSABSCHLÜSSE"
    # in a sidebar's smaller type, "Expériences professionnelles", "Опыт работы".
    r"|(arbeits|berufs|praxis)?erfahrung|ausbildung|schulbildung|studium|exp[ée]riences?"
    r"|formation|experiencias?|experi[êe]ncias?|esperienz[ae]|formaci[óo]n|forma[çc][ãa]o"
    r"|educaci[óo]n|educa[çc][ãa]o|istruzione|formazione|do[śs]wiadczeni\w*|wykszta[łl]ceni\w*"
    r"|edukacj\w*|опыт|образовани\w*|досвід|освіта|deneyim\w*|e[ğg]itim\w*|pengalaman"
    r"|pendidikan|werkervaring|opleiding\w*)\b"
    r"|工作经历|工作經歷|工作经验|教育经历|教育背景|職歴|学歴|경력|학력"
)


def lift_main_sections(lines: list[str]) -> list[str]:
    """Each heading naming jobs or studies, set deeper than the heading of another kind of
    section it follows, at that section's level; the headings under it follow it down."""
    out = list(lines)
    open_sections: list[tuple[int, str]] = []  # (level, kind) of the headings above, nested
    lifted: tuple[int, int] | None = None  # (from, to) levels while under a lifted heading
    for i, line in enumerate(lines):
        level = heading_level(line)
        if not level:
            continue
        title = line.split(" ", 1)[-1]
        if lifted and level > lifted[0]:
            continue  # an entry of the lifted section: it nests under it where it stands
        lifted = None
        while open_sections and open_sections[-1][0] >= level:
            open_sections.pop()
        kind = section_kind(title) if names_kind(title) else ""
        above = open_sections[0] if open_sections else None
        if (
            kind in _MAIN
            and _WHOLE.search(title)
            and above is not None
            and above[1] not in ("", kind)
            and not patterns.match(WRAPPER, title)
        ):
            lifted = (level, above[0])
            out[i] = "#" * above[0] + " " + title
            open_sections = [(above[0], kind)]
            continue
        if kind:
            open_sections.append((level, kind))
    return out


# A degree's level as a heading of its own: "Бакалавриат", "Master of Science", "Licenciatura".
_DEGREE_LEVEL = patterns.compile(
    r"(?i)^\W*(bachelor|master|b\.?sc|m\.?sc|ph\.?d|mba|бакалавр|магистр|специалитет|аспирантур"
    r"|licenciatur|licence|laurea|lisans|y[üu]ksek lisans|diplom|magister|ingeniero|ingénieur)"
)


def degrees_under_studies(lines: list[str]) -> list[str]:
    """ "# Бакалавриат" set at the level of "# ОБРАЗОВАНИЕ" over it, only its dates between
    (Word's Heading 1 for both): the degree is an entry of the studies, not a section; so is
    each degree set so after it ("# Магистратура")."""
    out = list(lines)
    studies: tuple[int, int] | None = None  # (level, index) of the studies' heading
    nested = False  # the heading before was a degree nested under them
    for i, line in enumerate(lines):
        level = heading_level(line)
        if not level:
            continue
        title = line.split(" ", 1)[-1]
        if studies and level == studies[0] and _DEGREE_LEVEL.match(title):
            between = [text for text in lines[studies[1] + 1 : i] if text.strip()]
            if nested or len(between) <= 2:
                out[i], nested = "#" * min(level + 1, 6) + " " + title, True
                continue
        nested = False
        if names_kind(title) and section_kind(title) == "education":
            studies = (level, i)
        elif studies and level <= studies[0]:
            studies = None
    return out


def employers_over_items(lines: list[str]) -> list[str]:
    """ "Staples" alone on its line over "- Tech Associate", "- September 21, 2018-August 10,
    2019": in a section with no entry headings, each plain line over a list whose first or
    second item is dated heads an entry, where two such lines or more do."""
    out = list(lines)
    said = [i for i, line in enumerate(lines) if line.strip()]
    heads: list[int] = []  # the plain lines over dated lists in the open section
    headed = True  # the open section has entry headings of its own (the header: none to read)

    def close() -> None:
        for i in heads if len(heads) >= 2 and not headed else []:
            out[i] = "### " + lines[i].strip()
        heads.clear()

    for n, i in enumerate(said):
        level = heading_level(lines[i])
        if level:
            if level <= 2:
                close()
            headed = level > 2
            continue
        text = lines[i].strip()
        after = [lines[j].strip() for j in said[n + 1 : n + 3]]
        items = [line[2:] for line in after if line.startswith("- ")]
        # Not a job's length over the next job's dates ("2년 9개월" under a job's line).
        plain = (
            len(text) <= 60
            and text[0] not in "-*|>"
            and not patterns.search(r"[.:,;]$|:\s", text)
            and not only_duration(text)
        )
        if plain and items and any(_spanned(item) for item in items):
            heads.append(i)
    close()
    return out


def _spanned(item: str) -> bool:
    """ "September 21, 2018-August 10, 2019", "Jan 2015 – Present": an item that is a span of
    dates, however its days are written, and nothing else."""
    years = patterns.findall(r"\b(?:19|20)\d\d\b", item)
    opened = patterns.search(rf"(?i)\b(?:{NOW_WORDS})\b", item)
    starts = patterns.match(rf"(?i)(?:{MONTH_NAME}|\d)", item)
    return (
        bool(starts) and len(item) <= 50 and (len(years) >= 2 or (len(years) == 1 and bool(opened)))
    )


def sections_over_entries(lines: list[str]) -> list[str]:
    """ "#### Work Experience" over "### Freelance Writer" jobs: sections set smaller than their
    entries are lifted one level above the entries, which nest under them again."""
    heads = [(i, heading_level(line), line.split(" ", 1)[-1]) for i, line in enumerate(lines)]
    heads = [(i, level, title) for i, level, title in heads if level]
    named = [(i, level) for i, level, title in heads if names_kind(title)]
    if len(named) < 2:
        return lines
    entries = [level for i, level, title in heads if i > named[0][0] and not names_kind(title)]
    if not entries:
        return lines
    # Each, but a title's second line ("## Referencias" over "# Personales"); none thrice:
    # "#### Tools & Technologies" under every job is a part of each.
    said = [i for i, line in enumerate(lines) if line.strip()]
    above = {b: lines[a] for a, b in itertools.pairwise(said)}
    split = {
        i for i, line in above.items() if heading_level(line) and names_kind(line.split(" ", 1)[1])
    }
    shallow = [i for i, level in named if level <= min(entries) and i not in split]
    titles = [title for i, level, title in heads if (i, level) in named]
    if shallow or any(titles.count(title) > 2 for title in titles):
        return lines
    out = list(lines)
    top = min(entries)
    shift = 1 if top == 1 else 0  # entries at "#": they go one deeper, the sections to "#"
    for i, level, title in heads:
        if i > named[0][0] or (i, level) in named:
            depth = max(top - 1, 1) if (i, level) in named else min(level + shift, 6)
            out[i] = "#" * depth + " " + title
    return out


_NUMBERED = patterns.compile(r"^\W*\d{1,2}\s*[-–.)]\s*[^\W\d]")


def entries_under_empty(lines: list[str]) -> list[str]:
    """ "Education:" with nothing under it, then "Secondary (completed)" and "Tertiary (in
    progress)" set alike: the titles that follow, up to the next one naming a kind of section
    (a short "Recent Speaking Engagements" too), are its entries."""
    heads = [(i, heading_level(line), line.split(" ", 1)[-1]) for i, line in enumerate(lines)]
    heads = [(i, level, title) for i, level, title in heads if level]
    out = list(lines)
    for k, (i, level, title) in enumerate(heads[:-1]):
        after, deeper = heads[k + 1][0], heads[k + 1][1]
        if any(line.strip() for line in lines[i + 1 : after]):
            continue
        if deeper < level and _NUMBERED.match(title):
            # "### 7 - ATIVIDADES ASSOCIATIVISTAS" then "## Grupo de Pesquisa …": a numbered
            # part's content set in bigger type, not a section after it.
            for j, other, entry in heads[k + 1 :]:
                if other != deeper or _NUMBERED.match(entry) or names_kind(entry):
                    break
                out[j] = "#" * min(level + 1, 6) + " " + entry
            continue
        if deeper != level:
            continue
        if not names_a_kind(title):
            continue
        for j, other, entry in heads[k + 1 :]:
            # "Recent Speaking Engagements" ends the run; "Coding Dojo, Bellevue" does not, nor
            # does "Certificate in Child Psychology" under "Certifications".
            # "EMPRESA: SUTHERLAND GLOBAL SERVICES": a labelled entry, whatever its words.
            short = len(entry.split()) <= 4 and not patterns.search(r"[\d,·|@]|:\s*\S", entry)
            titled = short and section_kind(entry) not in ("other", section_kind(title))
            if other != level or names_kind(entry) or titled:
                break
            out[j] = "#" * min(level + 1, 6) + " " + entry
    return out


# Sections a job is never a part of: a two-column page's sidebar ("Contacto") read before the
# main column, whose "Experiencia laboral" title went up beside the name.
_PERSONAL_KINDS = frozenset({"contact", "languages", "interests", "summary", "header"})


def records_out_of_personal(lines: list[str]) -> list[str]:
    """Dated records ("### Desarrolladora backend" over "SEAPort Solutions · 04/2022 -
    actualidad"), two or more, under a section of personal details: a section of their own
    (jobs, or studies where degrees are named) begins before the first of them; in the first
    such section alone."""
    sections = [i for i, line in enumerate(lines) if heading_level(line) == 2]
    for start, end in itertools.pairwise([*sections, len(lines)]):
        if section_kind(lines[start].split(" ", 1)[1]) not in _PERSONAL_KINDS:
            continue
        children = [i for i in range(start + 1, end) if heading_level(lines[i]) == 3]
        if any(names_kind(lines[i].split(" ", 1)[1]) for i in children):
            continue  # "### Work experience" under "About me": sections, lifted elsewhere
        dated = [
            i
            for i in children
            if any(patterns.search(DATE_SPAN, line) for line in _said(lines, i + 1, end)[:3])
        ]
        if len(dated) < 2 or dated[0] != children[0]:
            continue
        body = "\n".join([lines[dated[0]], *_said(lines, dated[0] + 1, end)[:3]])
        kind = content_kind("", body)
        title = {"experience": "Experience", "education": "Education"}.get(kind)
        if title is None:
            continue
        return [*lines[: dated[0]], f"## {title}", "", *lines[dated[0] :]]
    return lines


def _said(lines: list[str], start: int, end: int) -> list[str]:
    """The lines of text from `start` up to the next heading (or `end`)."""
    below = itertools.takewhile(lambda line: not heading_level(line), lines[start:end])
    return [line for line in below if line.strip()]


def dated_under_titles(lines: list[str]) -> list[str]:
    """ "#### ISTRUZIONE E FORMAZIONE" then "#### 10/10/2017– 09/2020 Laurea magistrale…" at
    the same level (Europass's left-hand labels, printed): a heading that opens on its dates,
    after one naming a kind of section at its level, is an entry of that section, a level
    deeper; where two headings at least are so."""
    out = list(lines)
    section = 0  # the level of the last heading naming a section, while it holds
    moved = []
    for i, line in enumerate(lines):
        level = heading_level(line)
        if not level:
            continue
        title = line.split(" ", 1)[1]
        found = patterns.search(DATE_SPAN, title)
        opening = found is not None and found.start() <= 3
        if level == section and opening:
            moved.append(i)
        elif names_kind(title):
            section = level
        elif level <= section:
            section = 0
    if len(moved) < 2:
        return lines
    for i in moved:
        out[i] = "#" + out[i] if heading_level(out[i]) < 6 else out[i]
    return out
