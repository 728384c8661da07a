"""The pieces a JSON Resume is written out with: its keys as titles, its strings as lines
that stay text, its dates, and one entry (a job, a degree, a project)."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from resume_chat import patterns

# Lines that Markdown (or `model.build_resume`) would read as structure rather than text:
# headings, setext underlines, thematic breaks, code fences, quotes, tables and HTML.
_STRUCTURE = patterns.compile(r"^(?:[#>=|<]|```|~~~|[-*_+](?:[ \t]*[-*_+])*$)")
# A bullet people paste into list text ("• Led the team"); the item's "- " already says it.
_BULLET = patterns.compile(r"^[\u2022\u25e6\u25aa\u2023\u2013\u2014*+-]\s+")
_WORD_BREAK = patterns.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-\s]+")
_EN_DASH = "\u2013"


# HTML a theme's editor left in the person's text ("<p>Pilote…</p><ul><li>Construit…</li>"):
# its paragraphs and items are lines, its other tags nothing.
_TAG = patterns.compile(r"(?i)</?(?:p|ul|ol|li|br|div|span|strong|b|em|i|a|h[1-6])\b[^<>]{0,200}>")
_BREAK = patterns.compile(
    r"(?i)<li\b[^<>]{0,200}>|</?(?:p|ul|ol|div|h[1-6])\b[^<>]{0,200}>|<br\s*/?>"
)


def unmarked(text: str) -> str:
    """The text without the HTML tags it holds, each item a "- " line of its own."""
    if not _TAG.search(text):
        return text
    broken = _BREAK.sub(lambda tag: "\n- " if tag.group(0)[:3].lower() == "<li" else "\n", text)
    return html.unescape(_TAG.sub("", broken))


# "title_fr", "title_en", "descriptionDe": one field written in each language.
_IN_LANGUAGE = patterns.compile(
    r"^(.+?)(?:[_.-](?i:en|fr|de|es|it|pt|nl|ru|pl|sv|da|no|nb|fi|cs|tr|ja|zh|ko|ar)"
    r"|(?<=[a-z])(?:En|Fr|De|Es|It|Pt|Nl|Ru|Pl|Sv|Da|No|Nb|Fi|Cs|Tr|Ja|Zh|Ko|Ar))$"
)


def field_of(key: str) -> str:
    """The field a key names, less the language it is written in: "title" of "title_en"."""
    found = _IN_LANGUAGE.match(key)
    return found.group(1) if found else key


def in_english(key: str) -> bool:
    return key != field_of(key) and key[-2:].lower() == "en"


def humanise(key: str) -> str:
    """A JSON key as a title: `sideProjects` and `side_projects` both read "Side projects"."""
    words = [w if w.isupper() else w.lower() for w in _WORD_BREAK.split(key) if w]
    text = " ".join(words)
    return (text[:1].upper() + text[1:]) or key


def escape(line: str) -> str:
    """A line of the person's text that cannot turn into a heading, fence or rule."""
    return "\\" + line if _STRUCTURE.match(line) else line


def heading(level: int, text: str) -> str:
    """An ATX heading; a title ending in "#" ("C#") gets a closing " #" so the "#" stays."""
    return f"{'#' * level} {text}{' #' if text.endswith('#') else ''}"


def item(text: str) -> str:
    """A `- ` list item of the person's text, without a bullet they typed themselves."""
    return f"- {escape(_BULLET.sub('', text))}"


def inline(value: object) -> str:
    """Any JSON value as one line, whitespace collapsed and nothing in it dropped."""
    if isinstance(value, str):
        return " ".join(unmarked(value).split())
    if isinstance(value, list):
        return ", ".join(text for text in map(inline, value) if text)
    if isinstance(value, dict):
        said = {str(k): text for k, v in value.items() if (text := inline(v))}
        return _labelled_list(said) or "; ".join(f"{humanise(k)}: {v}" for k, v in said.items())
    return "" if value is None else json.dumps(value, ensure_ascii=False)


# The keys that name a group of items, and those that hold them: {"category": "Languages",
# "items": ["English", "Greek"]}.
_LABELS = frozenset({"name", "category", "title", "label", "type", "group", "area"})
_ITEMS = frozenset({"items", "keywords", "skills", "values", "list", "tools", "technologies"})


def _labelled_list(said: Mapping[str, str]) -> str:
    """A named list as its name and items: "Idiomas / Languages: Español, Inglés", not
    "Category: Idiomas / Languages; Items: Español, Inglés"; else ""."""
    named = {key.lower(): text for key, text in said.items()}
    keys = list(named)
    if len(keys) != 2 or keys[0] in _ITEMS:
        keys.reverse()
    if len(keys) != 2 or keys[0] not in _LABELS or keys[1] not in _ITEMS:
        return ""
    name, items = named[keys[0]], named[keys[1]]
    return f"{name}: {items}" if len(name) <= 80 else ""


def paragraphs(value: object) -> str:
    """The person's free text as escaped paragraphs; their line breaks are kept, and a list of
    strings is read as one paragraph each."""
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "\n\n".join(text for item in value if (text := paragraphs(item)))
    if not isinstance(value, str):
        return escape(inline(value)) if inline(value) else ""
    blocks: list[list[str]] = [[]]
    for raw in unmarked(value).splitlines():
        line = " ".join(raw.split())
        if line:
            blocks[-1].append(escape(line))
        elif blocks[-1]:
            blocks.append([])
    return "\n\n".join("\n".join(block) for block in blocks if block)


def joined(*parts: object, sep: str = " — ") -> str:
    """The non-empty parts, each as one line, joined by `sep`."""
    return sep.join(text for text in map(inline, parts) if text)


def dates(start: object, end: object) -> str:
    """A "start to end" line; an entry that started and has not ended runs to "Present"."""
    first, last = inline(start), inline(end)
    if first:
        return f"{first} {_EN_DASH} {last or 'Present'}"
    return last


@dataclass
class Entry:
    """One job, degree or project: a heading, fact lines, paragraphs and list items."""

    title: str
    lines: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)

    def add(self, value: object, label: str = "") -> None:
        """Add a fact line, labelled if `label` is given, when `value` says anything."""
        text = inline(value)
        if text:
            self.lines.append(f"{label}: {text}" if label else escape(text))

    def markdown(self, fallback: str) -> str:
        parts = [heading(3, self.title or fallback), "\n".join(self.lines), *self.text]
        parts.append("\n".join(map(item, self.items)))
        return "\n\n".join(part for part in parts if part)

    @property
    def empty(self) -> bool:
        return not (self.title or self.lines or any(self.text) or self.items)


def rest(entry: Mapping[str, object], used: Iterable[str]) -> list[tuple[str, object]]:
    """The keys the schema does not name (people add their own), in file order, humanised."""
    known = set(used)
    return [(humanise(key), value) for key, value in entry.items() if key not in known]


def strings(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [text for text in map(inline, items) if text]


_ANY_TAG = r"</?[a-zA-Z][^<>]{0,500}>"


def one_line(value: object) -> str:
    """A value as one line; HTML a site's JSON carries ("<a href=…>Connected Travel</a>") as
    its words."""
    if value is None or value == "":
        return ""
    text = str(value)
    untagged = patterns.sub(_ANY_TAG, " ", text) if "<" in text else text
    if untagged != text:
        text = html.unescape(untagged)
    return " ".join(text.split())
