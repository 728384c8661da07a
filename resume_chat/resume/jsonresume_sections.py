"""A validated JSON Resume rendered as canonical Markdown, every string kept, in a fixed order."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# Lines that Markdown (or `model.build_resume`) would read as structure rather than text:
# headings, setext underlines, thematic breaks, code fences, quotes, tables and HTML.
_STRUCTURE = re.compile(r"^(?:[#>=|<]|```|~~~|[-*_+](?:[ \t]*[-*_+])*$)")
# A bullet people paste into list text ("• Led the team"); the item's "- " already says it.
_BULLET = re.compile(r"^[\u2022\u25e6\u25aa\u2023\u2013\u2014*+-]\s+")
_WORD_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[_\-\s]+")
_EN_DASH = "\u2013"
# Top-level keys that describe the file, not the person.
IGNORED_KEYS = frozenset({"meta", "$schema"})


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
        return " ".join(value.split())
    if isinstance(value, list):
        return ", ".join(text for text in map(inline, value) if text)
    if isinstance(value, dict):
        return "; ".join(
            f"{humanise(str(k))}: {text}" for k, v in value.items() if (text := inline(v))
        )
    return "" if value is None else json.dumps(value, ensure_ascii=False)


def paragraphs(value: object) -> str:
    """The person's free text as escaped paragraphs; their line breaks are kept, and a list of
    strings is read as one paragraph each."""
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return "\n\n".join(text for item in value if (text := paragraphs(item)))
    if not isinstance(value, str):
        return escape(inline(value)) if inline(value) else ""
    blocks: list[list[str]] = [[]]
    for raw in value.splitlines():
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


def _strings(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [text for text in map(inline, items) if text]


def _finish(entry: Entry, data: Mapping[str, object], used: Iterable[str]) -> Entry:
    for label, value in rest(data, used):
        entry.add(value, label)
    return entry


# Fields people name in their own words, each with the schema's own name first.
_EMPLOYER = ("name", "company", "employer", "organization", "organisation", "org")
_ROLE = ("position", "role", "title", "jobTitle")
_SCHOOL = ("institution", "school", "university", "college")


def _first(data: Mapping[str, object], keys: tuple[str, ...]) -> object:
    return next((data[key] for key in keys if data.get(key)), None)


def _work(data: Mapping[str, object]) -> Entry:
    # Schema 0.0.x, still common in the wild, named the employer `company` and its site `website`.
    entry = Entry(joined(_first(data, _ROLE), _first(data, _EMPLOYER)))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("location"))
    entry.add(data.get("url") or data.get("website"))
    entry.text = [paragraphs(data.get("description")), paragraphs(data.get("summary"))]
    entry.items = _strings(data.get("highlights", []))
    used = (*_ROLE, *_EMPLOYER, "startDate", "endDate", "location", "url", "website")
    return _finish(entry, data, (*used, "description", "summary", "highlights"))


def _volunteer(data: Mapping[str, object]) -> Entry:
    organization = _first(data, ("organization", *_EMPLOYER))
    entry = Entry(joined(_first(data, _ROLE), organization))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("url"))
    entry.text = [paragraphs(data.get("summary"))]
    entry.items = _strings(data.get("highlights", []))
    used = (*_ROLE, *_EMPLOYER, "startDate", "endDate", "url", "summary", "highlights")
    return _finish(entry, data, used)


def _education(data: Mapping[str, object]) -> Entry:
    degree = joined(data.get("studyType") or data.get("degree"), data.get("area"), sep=" in ")
    entry = Entry(joined(degree, _first(data, _SCHOOL)))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("url"))
    entry.add(data.get("score"), "GPA/score")
    entry.items = _strings(data.get("courses", []))
    used = ("studyType", "degree", "area", *_SCHOOL, "startDate", "endDate", "url", "score")
    return _finish(entry, data, (*used, "courses"))


def _award(data: Mapping[str, object]) -> Entry:
    entry = Entry(joined(data.get("title"), data.get("awarder")))
    entry.add(data.get("date"))
    entry.text = [paragraphs(data.get("summary"))]
    return _finish(entry, data, ("title", "awarder", "date", "summary"))


def _certificate(data: Mapping[str, object]) -> Entry:
    entry = Entry(joined(data.get("name"), data.get("issuer")))
    entry.add(data.get("date"))
    entry.add(data.get("url"))
    return _finish(entry, data, ("name", "issuer", "date", "url"))


def _publication(data: Mapping[str, object]) -> Entry:
    entry = Entry(joined(data.get("name"), data.get("publisher")))
    entry.add(data.get("releaseDate"))
    entry.add(data.get("url"))
    entry.text = [paragraphs(data.get("summary"))]
    return _finish(entry, data, ("name", "publisher", "releaseDate", "url", "summary"))


def _project(data: Mapping[str, object]) -> Entry:
    entry = Entry(inline(data.get("name")))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("url"))
    entry.add(data.get("roles"), "Roles")
    entry.add(data.get("entity"), "Entity")
    entry.add(data.get("type"), "Type")
    entry.add(data.get("keywords"), "Keywords")
    entry.text = [paragraphs(data.get("description"))]
    entry.items = _strings(data.get("highlights", []))
    used = ("name", "startDate", "endDate", "url", "roles", "entity", "type", "keywords")
    return _finish(entry, data, (*used, "description", "highlights"))


def _with_rest(text: str, data: Mapping[str, object], used: Iterable[str]) -> str:
    """A list item, with any keys the schema does not name kept in brackets after it."""
    extra = inline(dict(rest(data, used)))
    return f"{text} ({extra})" if text and extra else text or extra


def _skill(data: Mapping[str, object]) -> str:
    name, level = inline(data.get("name")), inline(data.get("level"))
    named = f"{name} ({level})" if name and level else name or level
    text = joined(named, data.get("keywords"), sep=": ")
    return _with_rest(text, data, ("name", "level", "keywords"))


# ISO 639-1 codes some files give instead of a language's name ("language": "fr").
_LANGUAGE_CODES = {
    "ar": "Arabic", "bn": "Bengali", "ca": "Catalan", "cs": "Czech", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "es": "Spanish", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "he": "Hebrew", "hi": "Hindi", "hu": "Hungarian",
    "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "ms": "Malay",
    "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sv": "Swedish", "sw": "Swahili", "ta": "Tamil",
    "th": "Thai", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "zh": "Chinese",
}  # fmt: skip


def _language(data: Mapping[str, object]) -> str:
    name = data.get("language")
    if isinstance(name, str) and name.strip().lower() in _LANGUAGE_CODES:
        name = f"{_LANGUAGE_CODES[name.strip().lower()]} ({name.strip()})"
    text = joined(name, data.get("fluency"), sep=": ")
    return _with_rest(text, data, ("language", "fluency"))


def _interest(data: Mapping[str, object]) -> str:
    text = joined(data.get("name"), data.get("keywords"), sep=": ")
    return _with_rest(text, data, ("name", "keywords"))


def _reference(data: Mapping[str, object]) -> str:
    text = joined(data.get("name"), data.get("reference"), sep=": ")
    return _with_rest(text, data, ("name", "reference"))


SectionRenderer = Callable[[list[Mapping[str, object]]], str]


def _entries(render: Callable[[Mapping[str, object]], Entry], noun: str) -> SectionRenderer:
    """A section of `###` entries; an entry with no title is called "{noun} {n}"."""

    def section(values: list[Mapping[str, object]]) -> str:
        blocks = [(number, render(value)) for number, value in enumerate(values, start=1)]
        return "\n\n".join(e.markdown(f"{noun} {n}") for n, e in blocks if not e.empty)

    return section


def _items(render: Callable[[Mapping[str, object]], str]) -> SectionRenderer:
    """A section of `- ` items, one per entry."""

    def section(values: list[Mapping[str, object]]) -> str:
        return "\n".join(item(text) for text in map(render, values) if text)

    return section


# key, heading and renderer: the schema's order, except that projects come before references,
# which close a resume by convention.
SECTIONS: tuple[tuple[str, str, SectionRenderer], ...] = (
    ("work", "Experience", _entries(_work, "Job")),
    ("volunteer", "Volunteering", _entries(_volunteer, "Volunteer role")),
    ("education", "Education", _entries(_education, "Study")),
    ("awards", "Awards", _entries(_award, "Award")),
    ("certificates", "Certifications", _entries(_certificate, "Certificate")),
    ("publications", "Publications", _entries(_publication, "Publication")),
    ("skills", "Skills", _items(_skill)),
    ("languages", "Languages", _items(_language)),
    ("interests", "Interests", _items(_interest)),
    ("projects", "Projects", _entries(_project, "Project")),
    ("references", "References", _items(_reference)),
)


def extra_section(value: object) -> str:
    """The body of a section the schema does not name: text, fact lines, items or entries."""
    if isinstance(value, str):
        return paragraphs(value)
    if isinstance(value, dict):
        return "\n".join(f"{label}: {text}" for label, v in rest(value, ()) if (text := inline(v)))
    if not isinstance(value, list):
        return escape(inline(value))
    parts: list[str] = []
    items: list[str] = []
    for number, element in enumerate(value, start=1):
        keys = ("title", "name", "position")
        found = isinstance(element, dict) and next((k for k in keys if k in element), None)
        if found:
            entry = _finish(Entry(inline(element[found])), element, (found,))
            parts += ["\n".join(items), entry.markdown(f"Entry {number}")]
            items = []
        elif text := inline(element):
            items.append(item(text))
    parts.append("\n".join(items))
    return "\n\n".join(part for part in parts if part)
