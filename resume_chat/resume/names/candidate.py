"""Who the resume is about: the name in a heading, a first line, a greeting, a form's field,
or the author every publication lists."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.kinds.spelling import unspaced
from resume_chat.resume.names.authors import author, handle_name
from resume_chat.resume.names.labels import (
    AGE_AFTER,
    CONTACT_TAIL,
    GREETING,
    KATAKANA_NAME,
    LABEL_FIRST,
    LETTERS_AFTER,
    NAME_FIELD,
    NEXT_FIELD,
    OWNED,
    PAGE_TITLE,
    PAGE_WORD,
    PARTS,
    PERSONAL_LABEL,
    TITLE_AFTER,
    han_field,
    han_named,
)
from resume_chat.resume.names.shape import NOT_NAME, looks_like_name

HEADING = patterns.compile(r"^(#{1,6}) (.*)$")
# The name heading may follow a few lines (a photo's alt text, badges), not a whole section.
NAME_WITHIN = 6


def is_page_title(text: str) -> bool:
    """ "CV", "Résumé", "Curriculum Vitae": what the page is, not whose."""
    return bool(PAGE_WORD.fullmatch(text))


_SPACED_HYPHEN = patterns.compile(r"(?<=[^\W\d_]) - (?=[^\W\d_])")


# A name's line with a headline or contacts run on fits in this; a longer line (a stranger's
# file may hold one of 200,000 spaces) is read as no name, in time linear in nothing.
_LONGEST = 300


def name_in(title: str, one_word: bool = False) -> tuple[str, str]:
    """(name, headline) a heading gives: "James Thompson's CV", "ANH - SENIOR DEVELOPER"."""
    plain = title.replace("**", "").strip()
    if len(plain) > _LONGEST:
        return "", ""  # no name, and patterns that look for one must not run over a page
    owned = OWNED.search(plain)
    # "Riccardo MILANI CV" names him; "Indeed Resume" names a site, not one person.
    if owned and (owned.group(1) or " " in plain[: owned.start()].strip()):
        plain = plain[: owned.start()].strip()
    # "KATERIN TELLO URA (https://tellourakaterin.netlify.app/)": the name linked to a page.
    plain = patterns.sub(r"\s*\((?:https?://|mailto:|www\.)[^()\s]*\)$", "", plain)
    # "Kristan Dela Cruz (he/him)": the pronouns one goes by, after the name, kept beside it.
    if pronouns := _PRONOUNS.search(plain):
        named, rest = name_in(plain[: pronouns.start()], one_word)
        return (named, f"{pronouns.group(0).strip()} {rest}".strip()) if named else ("", "")
    # "ジョン キョンウン (Jeong Kyungwoon)": the name, then its spelling in another script;
    # both name her ("Where does Jeong Kyungwoon work?").
    spelled = patterns.fullmatch(r"(.+?)\s*[(\uff08]([^()\uff08\uff09]{2,60})[)\uff09]", plain)
    if spelled and looks_like_name(spelled.group(1)) and looks_like_name(spelled.group(2)):
        return plain, ""
    # "Алексей Холин 34 года": the name, and the age one gives after it.
    aged = AGE_AFTER.search(plain)
    if aged and looks_like_name(plain[: aged.start()]):
        return plain[: aged.start()], aged.group(0).strip(" ,()")
    if (europass := PERSONAL_LABEL.match(plain)) and looks_like_name(europass.group(1)):
        return europass.group(1), ""  # "PERSONAL INFORMATION  Jana Garo", as Europass sets it
    # "Naam      Cirilo Wortel": a form's label and its value, the spaces between them gone.
    if (field := LABEL_FIRST.match(plain)) and looks_like_name(field.group(1)):
        return field.group(1), ""
    if (lettered := LETTERS_AFTER.search(plain)) and looks_like_name(plain[: lettered.start()]):
        return plain[: lettered.start()], plain[lettered.start() :].strip(" ,")
    # "Исматов Булат Идрисович, Бишкек Кыргызстан": a full name of three words or more, then
    # where one lives; not "Garcia Lopez, Maria", a surname put first.
    named, comma, rest = plain.partition(", ")
    if comma and len(named.split()) >= 3 and len(rest.split()) >= 2 and looks_like_name(named):
        return named, rest.strip()
    if " " in (joined := unspaced(plain)) and looks_like_name(joined):
        return joined, ""  # "J A N A  M A R A  G A R O"
    # "Curriculum vitae Alexis SARROUY"; not "Currículo para Transição de Carreira".
    titled = PAGE_TITLE.match(plain)
    if titled and titled.group(1)[:1].isupper() and looks_like_name(titled.group(1)):
        return titled.group(1), ""
    # "廖海沙_网页美工设计师_2年": a file's name for the page, the person's name first.
    if underscored := _UNDERSCORED.match(plain):
        return underscored.group(1), plain[underscored.end() :].replace("_", " ").strip()
    if looks_like_name(plain, one_word):
        return plain, ""
    parts = [part.strip() for part in PARTS.split(plain)]
    # "Soumaïla · COULIBALY": a given name and a surname, each in a text box of its own.
    two = len(parts) == 2 and all(patterns.fullmatch(r"[^\W\d_][\w'’-]+", p) for p in parts)
    # Not "UY · MX", two countries' codes; "KONSTANTIN · GLAZUNOV" (an <h1> broken in two).
    two = two and (any(p != p.upper() for p in parts) or min(map(len, parts)) >= 4)
    if two and looks_like_name(joined := " ".join(parts)):
        return joined, ""
    first = parts[0]
    if first != plain and looks_like_name(first):
        return first, plain[len(first) :].strip(" -|–—·•ǁ‖")
    # "Dina Belova, Junior Software Engineer": the name, and after a comma what she does.
    named, comma, rest = plain.partition(", ")
    if comma and NOT_NAME.search(rest) and looks_like_name(named):
        return named, rest.strip()
    titled_after = TITLE_AFTER.search(plain)
    if titled_after and looks_like_name(plain[: titled_after.start()]):
        return plain[: titled_after.start()], plain[titled_after.end() :].strip()
    contact = CONTACT_TAIL.search(plain)
    if contact and looks_like_name(plain[: contact.start()]):
        return plain[: contact.start()], plain[contact.start() :].strip()
    if looks_like_name(_SPACED_HYPHEN.sub("-", plain)):
        return plain, ""  # "George - Alexandru Tanu": a double first name, spaced
    return "", ""


_UNDERSCORED = patterns.compile(f"^([{scripts.HAN}]{{2,3}})_(?=[^_])")


def heading_level(line: str) -> int:
    """The level of a Markdown heading line, 0 for any other line."""
    found = HEADING.match(line)
    return len(found.group(1)) if found else 0


_PRONOUNS = patterns.compile(r"(?i)\s*[(\[](?:he|she|they|xe|ze)\s*/\s*\w{2,5}[)\]]$")
_BRACKETED = patterns.compile(r"^[\[{<(]\s*([^\[\]{}<>()]+?)\s*[\]}>)]$")
_CONTACTS_AFTER = patterns.compile(r"\s*\([^()]{0,200}?(?:@|\d{7,})[^()]{0,200}\)\s*$")


def take_name(lines: list[str], known: str) -> tuple[list[str], str]:
    """Remove the heading (or first line) that names the candidate; return it as the name."""
    from resume_chat.resume.names.forms import before_comma, first_of_personal, form_name

    content = [i for i, line in enumerate(lines) if line.strip()]
    heads = [i for i in content if heading_level(lines[i])]
    # Not a page whose every job is a top heading, dated under it ("# IT Manager" over
    # "📅 07/2023 – Oggi", then "# Responsabile IT").
    dated = len(heads) > 1 and _dated_under(lines, heads[0])
    if (
        len(heads) > 1
        and heading_level(lines[heads[0]]) == heading_level(lines[heads[1]]) == 1
        and not dated
    ):
        # "# Indeed Resume" then "# Dustin Smith": a page title over the name heading.
        title = lines[heads[0]].split(" ", 1)[1].strip()
        if not name_in(title, one_word=True)[0] and name_in(lines[heads[1]][2:].strip())[0]:
            return take_name([*lines[: heads[0]], title, *lines[heads[0] + 1 :]], known)
    # Not "## Lebenslauf" alone over a dated list: the one section a page has.
    alone = len(heads) == 1 and heading_level(lines[heads[0]]) > 1
    if heads:
        first = heads[0]
        title = lines[first].split(" ", 1)[1].strip()
        # "# CV" over "Seth Watts": the page's title, then whose it is.
        if is_page_title(title.replace("**", "")) and not known and not alone:
            return take_name(lines[:first] + lines[first + 1 :], known)
        # "氏名 阿部 大和" in a rirekisho's grid: the form says whose it is, before any big
        # type at its top ("入力ｼｰﾄに履歴書作成日入力", an instruction left on the form).
        if not known and (field_name := han_field(lines, content[: NAME_WITHIN * 2])):
            return lines, field_name
        greeting = GREETING.search(title)
        if greeting and not known and sum(1 for i in content if i < first) <= NAME_WITHIN:
            return lines[:first] + lines[first + 1 :], greeting.group(1)
        before = sum(1 for i in content if i < first)
        # "Vo Phan Vuong HUNG (Mr.)", "DR. LUCAS MALDONADO (PhD)": the name, and a form of
        # address or the letters of a degree after it.
        letters = r"mr|mrs|ms|miss|mx|dr|prof|ph\.? ?d|m\.? ?sc|mba|md|cpa|rn"
        title = re.sub(rf"(?i)\s*\((?:{letters})\.?\)$", "", title)
        named, rest = name_in(title, one_word=heading_level(lines[first]) == 1)
        named, rest = (named, rest) if named else before_comma(title)
        field = NAME_FIELD.match(title)  # "### Фамилия Имя Отчество · Бажанова Екатерина"
        if field and looks_like_name(field.group(1), one_word=True):
            named, rest = field.group(1), ""
        if before <= NAME_WITHIN and (title.lower() == known.lower() or (not known and named)):
            # Content between the name heading and the first section is the header; a
            # headline in the heading ("ANH - SENIOR DEVELOPER") stays there as a line.
            return lines[:first] + ([rest] if rest else []) + lines[first + 1 :], known or named
        if before <= NAME_WITHIN and _headline(lines, heads, title):
            # "# Principal Software Engineer" over the page's sections is its headline.
            return take_name([*lines[:first], title, *lines[first + 1 :]], known)
    if known or not content:
        return lines, known
    first_line = lines[content[0]].replace("**", "").strip()
    first_line = re.sub(_BRACKETED, r"\1", first_line)  # "{ Sam Galison }", "[ Ann Lee ]"
    # A table's first row, "- Ann Lee"; not an item of places ("- Karlsbad, Deutschland"). The
    # contacts in brackets after a name are no place ("- BIJAY LAMA (Balaju, Kathmandu –
    # 9818821947 – bijaylama0076@gmail.com)").
    if patterns.match(r"[-*+] [^,]+$", _CONTACTS_AFTER.sub("", first_line)) or (
        patterns.match(r"[-*+] ", first_line) and LETTERS_AFTER.search(first_line)
    ):
        first_line = first_line[2:]
    if is_page_title(first_line) and not alone:  # "Daftar Riwayat Hidup" over the form
        return take_name([line for i, line in enumerate(lines) if i != content[0]], known)
    # "Name: Colin Middleton": a form's field near the top says whose it is, whatever comes first;
    # a given name's and a surname's, both.
    if both := form_name(lines, content):
        return both
    for i in content[: NAME_WITHIN * 2]:
        field = NAME_FIELD.match(lines[i].replace("**", ""))
        # "姓名 · 耿硕 · 年龄 · 24 岁": the field's value is its cell, not the row's rest.
        value = PARTS.split(field.group(1).strip())[0] if field else ""
        value = NEXT_FIELD.sub("", value).strip()  # "李堯 … Gender 男": a row of fields
        # "Hidemoto Nakada (中田 秀基)": the name, then its spelling in another script.
        value = patterns.sub(r"\s*\([^()]*[^\x00-\u024f\s][^()]*\)$", "", value) or value
        if value and (looks_like_name(value, one_word=True) or KATAKANA_NAME.fullmatch(value)):
            return lines, value
        if han := han_named(value):  # "氏名 · 髙橋孝幸 (たかはし たかゆき)"
            return lines, han
    # "**Агафонова Алёна Олеговна** 25 октября 1999": the name in bold, then her birthday.
    bold = patterns.match(r"(?:[-*+] )?\*\*([^*]{3,60})\*\*\s+\S", lines[content[0]].strip())
    if bold and looks_like_name(bold.group(1)):
        return lines, bold.group(1)
    # "Фамилия Имя Отчество · Бажанова Екатерина": a form's label, then the name (below).
    if not heading_level(lines[content[0]]) and not NAME_FIELD.match(first_line):
        plain = patterns.sub(r"\s*\(.*?\)\s*", " ", first_line).strip()
        named, rest = name_in(plain)
        # "Меня зовут Игорь Гофман": the name the greeting gives, not the greeting.
        greeted = GREETING.match(plain)
        named = greeted.group(1) if greeted else named or before_comma(plain)[0]
        if named:
            kept = [line for i, line in enumerate(lines) if i != content[0]]
            said = patterns.sub(r"\s*[·|•]\s*", " ", first_line)  # "Soumaïla · COULIBALY"
            return ([first_line] if said != named else []) + kept, named
    for i in content[:3]:
        greeting = GREETING.search(lines[i])
        if greeting:
            return lines, greeting.group(1)
    return first_of_personal(lines, heads, content) or (
        lines,
        author(lines, looks_like_name) or handle_name(lines, looks_like_name),
    )


def _headline(lines: list[str], heads: list[int], title: str) -> bool:
    """A top heading that says what the person does, above deeper headings: not a section."""
    return (
        heading_level(lines[heads[0]]) == 1
        and len(heads) > 1
        and heading_level(lines[heads[1]]) > 1
        and bool(NOT_NAME.search(title))
        and not patterns.search(DATE_SPAN, title)
        and section_kind(title) == "other"
    )


def _dated_under(lines: list[str], head: int) -> bool:
    """The heading's next line is a short one of dates: a job's heading, no page's title."""
    after = next((line for line in lines[head + 1 :] if line.strip()), "")
    return len(after) <= 40 and patterns.search(DATE_SPAN, after) is not None
