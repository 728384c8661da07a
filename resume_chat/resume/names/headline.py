"""A headline set as a heading of its own under the name: "# Python-разработчик" over "#
Навыки", a title with nothing under it, read as a section it was an empty one."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.kinds.classifier import names_a_kind
from resume_chat.resume.names.candidate import heading_level, name_in

_BEFORE = 6  # header lines (address, links) the headline may come after
_CONTACT_LINES = 4  # the header's lines of addresses, numbers and links under a headline
_CONTACT_WORDS = 6  # words besides the addresses on a contact line ("Estado de México, México")
_CONTACT_PART = patterns.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|\S+\.(?:com|io|dev|org|net|me|co|xyz)\b\S*"
    r"|\+?\d[\d ()./-]{7,}\d"
)
_CONTACT = patterns.compile(r"(?i)@|https?://|www\.|linkedin|github|\+?\d[\d ()./-]{7,}\d")


def headline_out_of_sections(lines: list[str]) -> list[str]:
    """The first heading, when nothing stands under it before a heading of its level or
    above, it names no kind of section and holds no year: a line of the header."""
    content = [i for i, line in enumerate(lines) if line.strip()]
    heads = [i for i in content if heading_level(lines[i])]
    if len(heads) < 2 or sum(1 for i in content if i < heads[0]) > _BEFORE:
        return lines
    first, second = heads[0], heads[1]
    title = lines[first].split(" ", 1)[1].replace("**", "").strip()
    # Nothing under it, or only the header's ways to reach the candidate ("Desarrollador
    # Frontend" between rules of "=", over "orlandojannael@gmail.com | +52 56 3368 3040").
    under = [lines[i] for i in content if first < i < second]
    contact = len(under) <= _CONTACT_LINES and all(_contact_line(line) for line in under)
    if (
        not contact
        or heading_level(lines[second]) > heading_level(lines[first])
        or len(title.split()) > 6
        or patterns.search(r"\d{4}", title)
        or names_a_kind(title)
    ):
        return lines
    return [*lines[:first], title, *lines[first + 1 :]]


def _contact_line(line: str) -> bool:
    """ "orlandojannael@gmail.com | +52 56 3368 3040 | Estado de México": addresses, numbers
    and links with a few words between them, not a sentence that names GitHub."""
    if not _CONTACT.search(line) or line.lstrip().startswith(("- ", "* ")):
        return False
    rest = _CONTACT_PART.sub(" ", line)
    return len(patterns.findall(r"[^\W\d_]+", rest)) <= _CONTACT_WORDS


# "Duisburg, 25.01.2024", "Berlin, den 3. März 2024": where and when a German CV is signed.
_PLACE_AND_DATE = patterns.compile(r"^[^\W\d][^,\d]{1,40},\s*(?:den\s+)?[\w. ]{0,20}\d{4}\s*$")


def signed_name(lines: list[str]) -> str:
    """The name a resume is signed with at its end, under the place and date, when nothing
    else named the candidate."""
    content = [line.replace("**", "").strip() for line in lines if line.strip()]
    if len(content) < 2 or not _PLACE_AND_DATE.match(content[-2]):
        return ""
    named, rest = name_in(content[-1])
    return named if named and not rest else ""
