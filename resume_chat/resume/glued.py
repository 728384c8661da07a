"""A section's title run into its first entry's heading, parted again.

"## 경력 에임트 2019.7 ~ 2022.6" (career: the employer, the span), "## 학력 창원대학교 2013.3 ~
2019.8": a Word file laid out in two columns reads each section's title and its first entry as
one line, set as the title is. Left so, the section is named after its entry and the kind is
lost; the title's own words open the section, the rest is its first entry, one level under.
"""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import YEAR
from resume_chat.resume.kinds.classifier import names_a_kind
from resume_chat.resume.names.candidate import HEADING, heading_level

# A title, a colon, then three words at least: "Research/Academic Experience: I have research…".
_LABELLED = patterns.compile(r"^([^:]{3,40}):\s+(\S+(?:\s+\S+){2,}.*)$")


def _parted(title: str) -> tuple[str, str] | None:
    """The first word, where it names a kind in a script that writes a heading's word as one
    (Korean, Japanese, Chinese: "경력", "学歴"), and the rest, which holds a year; None
    otherwise. In other scripts a title's first word is often a kind's ("Research Assistant",
    "Volunteer Tutor") and the title one entry's."""
    head, _, rest = title.partition(" ")
    if not patterns.fullmatch(rf"[{scripts.HAN}{scripts.KANA}{scripts.HANGUL}]{{2,6}}", head):
        return None
    return (head, rest) if names_a_kind(head) and patterns.search(YEAR, rest) else None


def titles_parted(lines: list[str]) -> list[str]:
    """The lines with each heading that is a kind's title and a dated entry made two; and each
    that is a kind's title, a colon and a sentence ("Research/Academic Experience: I have
    research experience in…", a bold label run into its paragraph) made a title over it."""
    out: list[str] = []
    for line in lines:
        heading = HEADING.match(line.rstrip())
        title = heading.group(2).strip() if heading else ""
        # A section's title only: "### Education: Bachelor of…" is an entry's heading.
        labelled = _LABELLED.match(title) if heading and len(heading[1]) <= 2 else None
        if heading and labelled and names_a_kind(labelled.group(1)):
            out += [f"{heading.group(1)} {labelled.group(1)}", "", labelled.group(2)]
            continue
        # The entry goes one level under: a heading already six deep has none below it.
        parted = _parted(title) if heading and len(heading[1]) <= 5 else None
        if heading is None or parted is None or names_a_kind(title):
            out.append(line)
            continue
        hashes = heading.group(1)
        out += [f"{hashes} {parted[0]}", "", f"#{hashes} {parted[1]}"]
    return out


def commas_rejoined(lines: list[str]) -> list[str]:
    """ "Pune" / "," / "Maharashtra" / "," / "India": a Word text box's runs, each a paragraph,
    the commas between them paragraphs of their own; read again as "Pune, Maharashtra, India".
    One pass: the last line of text is tracked, not searched for."""
    if not any(line.strip() in (",", ";") for line in lines):
        return lines
    out: list[str] = []
    last = -1  # the last line of text kept
    pending = False  # that line ends with a lone comma
    for line in lines:
        bare = line.strip()
        if bare in (",", ";") and last >= 0 and not heading_level(out[last]):
            out[last] = out[last].rstrip() + bare
            del out[last + 1 :]
            pending = True
        elif pending and not bare:
            continue
        elif pending and not heading_level(line):
            out[last] = f"{out[last]} {bare}"
            pending = False
        else:
            out.append(line)
            last = len(out) - 1 if bare else last
            pending = False
    return out
