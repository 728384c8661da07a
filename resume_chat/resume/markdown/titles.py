"""Section titles a Markdown page sets without heading marks: bold lines, capitals alone
on a line, a short "Label:" over a list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.resume.kinds.classifier import last_word_kind, names_kind, section_kind
from resume_chat.resume.markdown.wrappers import has_headings

if TYPE_CHECKING:
    from markdown_it.token import Token

BOLD_ONLY = patterns.compile(r"^\*\*([^*\n]{2,60}?):?\*\*:?$")
_LABEL = patterns.compile(r"^[^\W\d_][^:\n]{2,40}:\s*$")


def capitals_title(text: str) -> bool:
    """A paragraph of one line in capitals naming a kind of section: "PROFESSIONAL EXPERIENCE:"."""
    title = text.strip().rstrip(":")
    return (
        "\n" not in title
        and len(title) <= 40
        and title.isupper()
        and sum(c.isalpha() for c in title) >= 4
        and names_kind(title)
    )


def bold_lead(text: str) -> str:
    """The bold first line of a paragraph that goes on below it, else ""."""
    lines = text.splitlines()
    bold = BOLD_ONLY.match(lines[0].strip()) if len(lines) > 1 else None
    return bold.group(1).strip() if bold else ""


def names_section(title: str, labels: frozenset[str] = frozenset()) -> bool:
    """A bold line that names a section: "Education", or a few words ending in a kind's word
    ("Professional Teaching & Writing Experience", "Digital Projects"); not one of `labels`,
    the entries' own (`repeated_titles`)."""
    if title.strip() in labels:
        return False
    if names_kind(title):
        return True
    # Not "Senior Software Developer, Crownpeak Technology": a role and its employer, whose
    # last word may be a kind's ("Technology").
    kind, words = last_word_kind(title)
    return 1 < words <= 6 and kind != "other" and "," not in title


def labels_list(text: str, following: Sequence[Token]) -> bool:
    """A short "Label:" paragraph, naming a kind of section, that a list follows."""
    return (
        bool(following)
        and following[0].type in ("bullet_list_open", "ordered_list_open")
        and bool(_LABEL.match(text))
        and len(text.split()) <= 6
        and section_kind(text.rstrip(": ")) != "other"
    )


# "##Skills": a heading mark with no space after it, which CommonMark reads as text.
_UNSPACED = patterns.compile(r"(?m)^(#{1,6})(?=[^\s#])(?!\d)")


def spaced_headings(text: str) -> str:
    """A page whose headings all lack the space after their marks ("#Matthieu Maury",
    "##Skills", "##Work"): the space put in; a page with one spaced heading is left alone."""
    if has_headings(text) or len(_UNSPACED.findall(text)) < 2:
        return text
    return _CLOSED.sub(r"\1 \2 \3", _UNSPACED.sub(r"\1 ", text))


# "##Beruflicher Werdegang##", "###Rotes Kreuz Krems 2007-2008###": the closing marks after
# the title as typed, no space before them (two at least, or as many as open it: "C#" stays).
_CLOSED = patterns.compile(r"(?m)^(#{1,6}) (.*?[^\s#])(#{2,}|(?<=[^\s#])\1)[ \t]*$")


def repeated_titles(tokens: Sequence[Token]) -> frozenset[str]:
    """Bold titles alone on their line that come back three times or more ("**Accomplishments**"
    under every job): a label of each entry, not a section closing the one above."""
    found = Counter(
        bold.group(1).strip()
        for token in tokens
        if token.type == "inline" and (bold := BOLD_ONLY.match(token.content.strip()))
    )
    return frozenset(title for title, count in found.items() if count >= 3)
