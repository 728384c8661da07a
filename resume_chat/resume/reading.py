"""What every format's reader hands back: the resume as canonical Markdown, plus warnings."""

from __future__ import annotations

SUPPORTED = "Markdown, PDF, Word .docx, JSON Resume, LaTeX source or plain text"
# A resume is a few pages; 200 KB of text leaves room for a long one and keeps the prompt
# affordable. Text formats are refused past it, and a reader's rendering is cut at it.
MAX_RESUME_BYTES = 200_000
# A JSON file may carry its photo as base64 or a log of its edits: read up to 2 MB of it,
# its rendering cut at MAX_RESUME_BYTES like any other.
MAX_JSON_BYTES = 2_000_000
# A web page is mostly markup (an academic's 280 KB page holds 110 KB of text): read up to
# 1 MB of it, its text cut at MAX_RESUME_BYTES.
MAX_PAGE_BYTES = 1_000_000
# PDF and Word files carry fonts and pictures: a few MB is usual, tens of MB is not a resume.
MAX_BINARY_BYTES = 10_000_000


class Reading:
    """A resume file read into canonical Markdown, the one shape every later step parses.

    Canonical Markdown, whatever the format:
    - `# Name` as the first line when the candidate's name is known;
    - a headline and contact lines as plain paragraphs before the first section;
    - `## Section` for each top-level section, `### Entry` for a job, degree or project
      (`### Title — Organisation`), a dates line under it, `####` for anything deeper;
    - paragraphs separated by one blank line, list items as `- text`, table rows as
      `- cell · cell · cell`; no HTML, no code fences, no front matter.
    """

    # A plain class, not a dataclass: this is on every command's start-up path.
    __slots__ = ("format", "markdown", "name", "warnings")

    def __init__(
        self, markdown: str, format: str, warnings: list[str] | None = None, name: str = ""
    ) -> None:
        self.markdown = markdown
        self.format = format  # "markdown", "text", "pdf", "docx" or "json-resume"
        self.warnings = warnings if warnings is not None else []
        self.name = name  # the candidate's name where the format states it outright

    def __repr__(self) -> str:
        return f"Reading(format={self.format!r}, name={self.name!r}, {len(self.markdown)} chars)"


def cut_to_limit(markdown: str) -> tuple[str, bool]:
    """The text cut at a line break within MAX_RESUME_BYTES, and whether it was cut."""
    encoded = markdown.encode()
    if len(encoded) <= MAX_RESUME_BYTES:
        return markdown, False
    kept = encoded[:MAX_RESUME_BYTES].decode("utf-8", "ignore")
    return kept[: kept.rfind("\n") + 1], True
