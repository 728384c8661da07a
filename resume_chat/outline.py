"""A resume as citable entries, each tagged with what kind of section it belongs to."""

from __future__ import annotations

import re
from typing import NamedTuple

from resume_chat.resume import Resume, Section
from resume_chat.terms import stems

# Heading words -> kind, checked in order; the first kind with a word in the heading wins.
KIND_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("summary", ("summary", "profile", "about", "objective", "overview", "introduction")),
    ("contact", ("contact", "details")),
    ("certifications", ("certification", "certificate", "license", "licence", "credential")),
    ("languages", ("spoken languages", "language")),
    ("skills", ("skill", "technolog", "tech stack", "toolbox", "tools", "competenc", "expertise")),
    ("projects", ("project", "portfolio", "open source", "open-source")),
    ("experience", ("experience", "work", "employment", "career", "positions", "internship")),
    ("education", ("education", "academic", "studies", "degree", "training", "coursework")),
    ("publications", ("publication", "talk", "speaking", "paper", "writing")),
    ("awards", ("award", "honor", "honour", "achievement", "prize")),
    ("volunteering", ("volunteer", "community", "leadership", "activities")),
    ("interests", ("interest", "hobbies", "hobby", "outside", "personal")),
)
# Kinds whose body may list entries as bold-led paragraphs instead of sub-headings.
ENTRY_KINDS = frozenset({"experience", "education", "projects", "volunteering"})

PROGRAMMING_LANGUAGES = frozenset(
    [
        "python",
        "java",
        "javascript",
        "typescript",
        "go",
        "rust",
        "c",
        "c++",
        "c#",
        "ruby",
        "php",
        "kotlin",
        "swift",
        "scala",
        "sql",
        "r",
        "bash",
        "shell",
        "perl",
        "haskell",
        "elixir",
        "erlang",
        "clojure",
        "lua",
        "matlab",
        "dart",
        "julia",
        "fortran",
        "cobol",
    ]
)
_BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")
_CURRENT = re.compile(r"\b(present|current|currently|now|today|ongoing)\b", re.IGNORECASE)


class Entry(NamedTuple):
    """One citable piece of a resume: a section's own text, or one job, degree or project."""

    citation: str
    kind: str
    title: str
    lines: tuple[str, ...]

    @property
    def is_current(self) -> bool:
        """Marked present, current or now in its title or its first lines."""
        return any(_CURRENT.search(text) for text in (self.title, *self.lines[:2]))


def section_kind(title: str, body: str = "") -> str:
    """What a section is about, judged from its heading (and, for "Languages", its text)."""
    lowered = title.lower()
    if "programming" in lowered or "coding" in lowered:
        return "skills"
    for kind, words in KIND_WORDS:
        if any(word in lowered for word in words):
            if kind == "languages" and _mostly_programming(body):
                return "skills"
            return kind
    return "other"


def _mostly_programming(body: str) -> bool:
    words = stems(body)
    known = sum(1 for word in words if word in PROGRAMMING_LANGUAGES)
    return bool(words) and known >= 2 and known * 4 >= len(words)


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if line.strip() and not _RULE.match(line)]


def _split_bold_entries(lines: list[str]) -> list[tuple[str | None, list[str]]]:
    """Cut a body at paragraphs that open with bold text (`**Acme** — Engineer, 2020-now`)."""
    parts: list[tuple[str | None, list[str]]] = [(None, [])]
    for line in lines:
        lead = _BOLD_LEAD.match(line.strip())
        if lead and not lead.group(1).rstrip().endswith(":"):
            title = lead.group(1).strip().rstrip(" ,·|\u2014\u2013-")
            parts.append((title, [line]))
        else:
            parts[-1][1].append(line)
    return [part for part in parts if part[1]]


def outline(resume: Resume) -> list[Entry]:
    """Every citable entry in document order; the text before any section cites the name."""
    entries: list[Entry] = []
    header = _lines(resume.preamble)
    if header:
        entries.append(Entry(resume.name or "Header", "header", resume.name, tuple(header)))
    for root in resume.sections:
        kind = section_kind(root.title, root.text)
        for section in root.walk():
            entries.extend(_entries_of(section, kind))
    return entries


def _entries_of(section: Section, kind: str) -> list[Entry]:
    lines = _lines(section.body)
    if not lines:
        return []
    if kind not in ENTRY_KINDS:
        return [Entry(section.citation, kind, section.title, tuple(lines))]
    result: list[Entry] = []
    for title, part in _split_bold_entries(lines):
        citation = f"{section.citation} › {title}" if title else section.citation
        name = title or section.title
        result.append(Entry(citation, kind, name, tuple(part)))
    return result
