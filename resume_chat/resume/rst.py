"""A reStructuredText resume (`.rst`), read by docutils into HTML, then by the HTML reader:
its titles, definition lists, line blocks, field lists and tables keep their structure, and
its comments, link targets and directives stay out of the text."""

from __future__ import annotations

import io
import logging
import re

from resume_chat import patterns
from resume_chat.resume.reading import Reading

log = logging.getLogger(__name__)

# Nothing a file says may reach outside it: no ".. include::" of a local file (nor a raw
# block's ":file:" or ":url:"), no configuration files read, no messages printed; a broken
# construct is left as text. Raw HTML is text of the resume's, read by the HTML reader.
_SETTINGS = {
    "file_insertion_enabled": False,
    "raw_enabled": True,
    "_disable_config": True,
    "report_level": 5,
    "halt_level": 5,
    "syntax_highlight": "none",
    "input_encoding": "unicode",
    "output_encoding": "unicode",
    "embed_stylesheet": False,
    "stylesheet_path": "",
}


# docutils' time grows with a file's titles, grid tables and nesting (a 200 KB file of 50,000
# titles takes it 7 s, 3,000 levels of indent overflow its stack): past what any resume holds
# (the largest real ones: 26 KB, 44 titles, 2 grid-table rules, 12 columns of indent), the text
# reader takes the file instead.
_MOST_BYTES = 60_000
_MOST_TITLES = 200
_MOST_TABLE_RULES = 100
_MOST_INDENT = 24
_TITLE_RULE = r"(?m)^([=\-~^\"'`#*+_.:])\1{2,}[ \t]*$"
_TABLE_RULE = r"(?m)^[ \t]*\+[-=+]+\+[ \t]*$"
_KEPT = 0.6  # of the file's letters and digits, the least docutils' reading must keep
# Comments, link targets and directives (".. _Rockbox: http://…"): no text of the resume's.
_EXPLICIT = r"(?m)^\.\. .*$"
_TAG = r"<[^<>]{0,2000}>|&\w{1,10};"


def _resume_sized(text: str) -> bool:
    """Whether the text is within what docutils reads quickly."""
    if len(text) > _MOST_BYTES:
        return False
    return (
        _deepest(text) <= _MOST_INDENT
        and len(patterns.findall(_TITLE_RULE, text)) <= _MOST_TITLES
        and len(patterns.findall(_TABLE_RULE, text)) <= _MOST_TABLE_RULES
    )


def _deepest(text: str) -> int:
    """The deepest indent outside raw blocks: a raw block's HTML is indented as its author
    likes, and docutils takes it as one piece of text."""
    deepest, raw = 0, -1  # raw: the indent of the ".. raw::" whose block is being passed
    for line in text.splitlines():
        indent = len(line) - len(line.lstrip())
        if raw >= 0 and (not line.strip() or indent > raw):
            continue
        raw = indent if patterns.match(r"\s*\.\. raw::", line) else -1
        deepest = max(deepest, indent)
    return deepest


def read_rst(text: str) -> Reading | None:
    """The resume docutils reads from the text, or None where docutils cannot (or should not,
    for its size) read it."""
    if not _resume_sized(text):
        return None
    from docutils.core import publish_parts

    from resume_chat.resume.html.reader import html_lines
    from resume_chat.resume.markdown.reader import read_markdown

    try:
        parts = publish_parts(
            _unknown_directives_as_items(text),
            writer="html5",
            settings_overrides={**_SETTINGS, "warning_stream": io.StringIO()},
        )
    except Exception as exc:
        log.debug("reStructuredText not read by docutils: %s", type(exc).__name__)
        return None
    reading = read_markdown("\n".join(html_lines(parts["html_body"], whole=True, literal=True)))
    # A construct docutils could not parse may drop what it held: then the text reader, which
    # keeps every line, reads the file.
    # (A raw block's tags and their attributes are no letters of the resume's.)
    if _letters(reading.markdown) < _KEPT * _letters(
        patterns.sub(_TAG, "", patterns.sub(_EXPLICIT, "", text))
    ):
        return None
    reading.format = "text"
    return reading


# The directives docutils knows (its reference's list, with the aliases it accepts).
_DIRECTIVE_NAMES = (
    "admonition attention caution class code compound container contents csv-table danger date"
    " default-role epigraph error figure footer header highlights hint image important include"
    " line-block list-table math meta note parsed-literal pull-quote raw replace role rubric"
    " sectnum section-numbering sidebar table target-notes tip title topic unicode warning"
)
_KNOWN_DIRECTIVES = frozenset(_DIRECTIVE_NAMES.split())
# A directive: ".. jobentry:: patronus" over its options and content.
_DIRECTIVE = r"(?m)^([ \t]*)\.\. ([A-Za-z][\w.-]*):: ?(.*)$"


def _unknown_directives_as_items(text: str) -> str:
    """A directive docutils does not know (a theme's ".. jobentry:: patronus" over ":position:",
    ":company:" and the job's list) as a definition list's item: its argument over its fields
    and content, which docutils would otherwise drop with the job."""

    def item(found: re.Match[str]) -> str:
        indent, name, argument = found.groups()
        if name.lower() in _KNOWN_DIRECTIVES:
            return found.group(0)
        return f"{indent}{argument.strip() or name}"

    return patterns.sub(_DIRECTIVE, item, text)


def _letters(text: str) -> int:
    return sum(char.isalnum() for char in text)
