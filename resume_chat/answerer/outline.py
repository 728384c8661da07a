"""A resume as citable entries, each tagged with what kind of section it belongs to."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.answerer.cutting import (
    lines_of,
    split_bold_entries,
    split_dated_entries,
    split_dated_items,
    split_list_items,
    split_year_headed,
)
from resume_chat.answerer.held_now import held_now
from resume_chat.answerer.paragraphs import (
    split_dated_paragraphs,
    split_ruled_entries,
    split_titled_lists,
)
from resume_chat.answerer.shifted import (
    dated_above,
    dates_carried_down,
    paired_headings,
    titled_above,
    titles_carried_down,
)
from resume_chat.resume import Resume, Section
from resume_chat.resume.date_spans import dates_only
from resume_chat.resume.kinds.classifier import (
    PROGRAMMING_LANGUAGES,
    content_kind,
    last_word_kind,
    names_kind,
    section_kind,
)
from resume_chat.resume.kinds.paths import joined_entry_kind
from resume_chat.resume.kinds.words import POST_TITLE

__all__ = [
    "ENTRY_KINDS",
    "PROGRAMMING_LANGUAGES",
    "Entry",
    "kind_of",
    "outline",
    "root_parents",
    "section_kind",
]

# Kinds whose body may list entries as bold-led paragraphs instead of sub-headings.
ENTRY_KINDS = frozenset({"experience", "education", "projects", "volunteering"})
# Patterns stay strings, compiled on first use (resume_chat.patterns keeps what it compiled).
# "- Tahun: 2019", "Position: RECEPTIONNISTE ET SERVEUSE" (a JSON file's own keys).
_FORM_FIELD = r"(- )?[^\W\d_][^:]{0,30}:(\s|$)"


class Entry(NamedTuple):
    """One citable piece of a resume: a section's own text, or one job, degree or project."""

    citation: str
    kind: str
    title: str
    lines: tuple[str, ...]

    @property
    def parents(self) -> tuple[str, ...]:
        """The headings it stands under, below its section: a role over its employer
        ("Billing Specialist · 12/2023 to Current" over "Evolutions Treatment Center") dates it."""
        return tuple(self.citation.split(" › ")[1:-1])

    @property
    def head_lines(self) -> tuple[str, ...]:
        """Its first three lines, and up to six when those before its first item are all
        heading matter ("Postdoctoral Associate / Research Center / Albany, NY /
        September 2024-present")."""
        form = self.form_fields
        if form:
            return form
        more = 3
        while more < min(6, len(self.lines)) and not self.lines[more].startswith("- "):
            more += 1
        return self.lines[:more]

    @property
    def form_fields(self) -> tuple[str, ...]:
        """A form's entry, its first lines fields ("- Tahun: 2019", "- Posisi: Karyawan"…):
        those fields, up to six, all of them its heading matter; else nothing."""
        fields = 0
        while fields < min(6, len(self.lines)) and patterns.match(_FORM_FIELD, self.lines[fields]):
            fields += 1
        return self.lines[:fields] if fields >= 3 else ()

    @property
    def is_current(self) -> bool:
        """Marked present, current or now in its title or first lines, or its dates closing
        it ("2024-10-01 - hasta la actualidad"); see `held_now`."""
        own = self.head_lines
        head = (self.title, *own, *self.parents)
        if len(self.lines) > len(own) and dates_only(self.lines[-1]):
            head += (self.lines[-1],)
        return held_now(head)


@cache
def programming_languages() -> str:
    """A pattern finding any programming language's name in a line."""
    names = "|".join(
        re.escape(name) for name in sorted(PROGRAMMING_LANGUAGES, key=len, reverse=True)
    )
    return rf"(?i)(?<![\w+#])({names})(?![\w+#])"


def _names_collection(title: str) -> bool:
    """ "Teaching Experience", "Research Projects": a heading whose last word names a kind."""
    return last_word_kind(title)[0] in ENTRY_KINDS


def outline(resume: Resume) -> list[Entry]:
    """Every citable entry in document order; the text before any section cites the name."""
    entries: list[Entry] = []
    header = lines_of(resume.preamble)
    if header:
        entries.append(Entry(resume.name or "Header", "header", resume.name, tuple(header)))
    for root, parent in zip(resume.sections, root_parents(resume.sections), strict=True):
        entries.extend(_entries_under(root, parent))
    return paired_headings(titles_carried_down(dates_carried_down(entries)))


def root_parents(sections: list[Section]) -> list[str]:
    """The kind each top-level section takes from above it: "other", except for items styled
    as headings under an empty section ("Certificates", then each certificate as a heading)."""
    parents = []
    adopting = "other"
    for root in sections:
        if not lines_of(root.body) and not root.children and names_kind(root.title):
            parents.append("other")
            adopting = kind_of(root)
            continue
        # Under an empty "Professional Experience", "Postdoctoral Research Associate" is a
        # job styled as a heading, not a section of papers for its "Research".
        post = adopting == "experience" and patterns.search(POST_TITLE, root.title)
        if names_kind(root.title) or (kind_of(root) != "other" and not post):
            adopting = "other"
        parents.append(adopting)
    return parents


_LISTED = frozenset({"certifications", "awards"})
# The honours a degree was given with, ending its heading: "— Highest Honors", "with honours",
# "First class Honours - Distinction".
_GRADE = (
    r"(?i)(\b(high(est)?|first[- ]class|with|cum laude|distinction)\W+hono(u)?rs"
    r"|\bhono(u)?rs\W+(with\W+)?distinction)\W*$"
)
_DEGREE = r"(?i)\b(bachelor|master|licen[cs]i|degree|diplom|b\.?sc|m\.?sc|ph\.?d|mba|doctor)"
# A heading under "Experience" saying what kind of work: "Research", "Academic", "Industry".
_KIND_OF_WORK = r"(?i)(research|academic|academia|industry|industrial)( positions?| roles?)?"


def kind_of(section: Section, parent: str = "other") -> str:
    """A section's kind: its heading's, else its parent's, else what its content suggests.

    Under a known kind, only a short heading names a kind of its own ("Skills" under
    "Experience"); a job called "Community Manager" stays experience.
    """
    own = section_kind(section.title, section.text)
    if parent != "other":
        # "CISCO Networking Academy – Certifications" under Education: a list of its own kind.
        listed = last_word_kind(section.title)[0]
        # Not "English Literature · Bac Libre (SPC) — Highest Honors": a degree's grade.
        graded = parent == "education" and bool(patterns.search(_GRADE, section.title))
        if listed in _LISTED and listed != parent and not graded:
            return listed
        if parent == "experience" and patterns.fullmatch(_KIND_OF_WORK, section.title.strip()):
            return parent  # "Experience › Research": research jobs, not its papers
        if parent == "summary" and not names_kind(section.title):
            # "### Tevagrow · 2024 - 2025" under "PROFILE" (a design tool's column printed
            # before its "WORK EXPERIENCE" title): a profile holds no dated records of its own.
            # A job, unless it names a degree ("Boryslav Children's School of Arts" employed).
            if content_kind(section.title, "") == "other":
                return parent
            degree = patterns.search(_DEGREE, f"{section.title}\n{section.body}")
            return "education" if degree else "experience"
        return own if names_kind(section.title) else parent
    if names_kind(section.title):
        return own
    # A top-level "Full-Stack Developer at ShopBack (2017 - 2019)" is a job, whatever its words.
    dated = content_kind(section.title, "")
    if dated != "other":
        return dated
    return own if own != "other" else content_kind(section.title, section.body)


def own_entries(section: Section, kind: str) -> list[Entry]:
    """The entries a section holds itself, not counting those under its sub-headings."""
    return _entries_of(section, kind)


def _entries_under(section: Section, parent: str) -> list[Entry]:
    kind = kind_of(section, parent)
    entries = _entries_of(section, kind)
    below = [_entries_under(child, kind) for child in section.children]
    if len(entries) == 1 and below and all(len(child) == 1 for child in below):
        jobs = [child[0] for child in below]
        moved = dated_above(entries[0], jobs) or titled_above(entries[0], jobs)
        if moved:
            return moved
    for child in below:
        entries.extend(child)
    return entries


def _entries_of(section: Section, kind: str) -> list[Entry]:
    lines = lines_of(section.body)
    if not lines and not section.children and not names_kind(section.title):
        # A heading with nothing under it still states something: "# BSc, Open University";
        # "## Publications" over a template loop states nothing.
        lines = [section.title]
    if not lines:
        return []
    # Only a section named for its kind ("Experience") lists entries as bold-led paragraphs;
    # inside one job, a bold line is a date or a detail, not another job.
    # A top-level section holding several jobs ("Work experience as a developer") is cut too.
    holder = names_kind(section.title) or (
        not section.children and (section.level <= 2 or _names_collection(section.title))
    )
    # "EXPERIENCE PROFESSIONNELLE ET ENGAGEMENT CITOYEN", a sub-heading under it: a section
    # its title names, holding jobs, whatever else it holds.
    holder = holder or (section.level <= 2 and section_kind(section.title) == kind)
    # "2008" over "Certificazione Zend…", "2000" over "Abilitazione…": records under the years
    # they are of, in a section of records (not a list of talks, whose lines a search ranks).
    by_year = split_year_headed(lines) if kind in ENTRY_KINDS else []
    if (kind not in ENTRY_KINDS or not holder) and not by_year:
        return [Entry(section.citation, kind, section.title, tuple(lines))]
    parts = by_year or split_bold_entries(lines)
    if not by_year and not names_kind(section.title) and sum(1 for t, _ in parts if t) < 2:
        parts = [(None, lines)]  # one bold line in a job is its dates, not a second job
    if not any(title for title, _ in parts):
        parts = (
            split_list_items(lines)
            or split_dated_items(lines)
            or split_ruled_entries(section.body)
            or split_dated_paragraphs(section.body)
            or split_dated_entries(lines)
        )
        if len(parts) == 1 and parts[0][0] is None:
            parts = split_titled_lists(section.body) or parts
    result: list[Entry] = []
    for title, part in parts:
        citation = f"{section.citation} › {title}" if title else section.citation
        name = title or section.title
        # "**Languages**" closing an Education section is a section of its own kind.
        own = section_kind(title, "\n".join(part)) if title and names_kind(title) else kind
        own = joined_entry_kind(section.title, title, own) if title else own
        result.append(Entry(citation, own, name, tuple(part)))
    return result
