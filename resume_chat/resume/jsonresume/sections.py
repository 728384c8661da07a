"""A validated JSON Resume rendered as canonical Markdown, every string kept, in a fixed order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from resume_chat.resume.jsonresume.text import (
    Entry,
    dates,
    escape,
    inline,
    item,
    joined,
    paragraphs,
    rest,
    strings,
)

# Top-level keys that describe the file, not the person.
IGNORED_KEYS = frozenset({"meta", "$schema"})
# What the schema's "meta" holds: where the file lives, its version and its look.
META_KEYS = frozenset({"canonical", "version", "lastModified", "theme"})


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
    entry.items = strings(data.get("highlights", []))
    used = (*_ROLE, *_EMPLOYER, "startDate", "endDate", "location", "url", "website")
    return _finish(entry, data, (*used, "description", "summary", "highlights"))


def _volunteer(data: Mapping[str, object]) -> Entry:
    organization = _first(data, ("organization", *_EMPLOYER))
    entry = Entry(joined(_first(data, _ROLE), organization))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("url"))
    entry.text = [paragraphs(data.get("summary"))]
    entry.items = strings(data.get("highlights", []))
    used = (*_ROLE, *_EMPLOYER, "startDate", "endDate", "url", "summary", "highlights")
    return _finish(entry, data, used)


def _education(data: Mapping[str, object]) -> Entry:
    degree = joined(data.get("studyType") or data.get("degree"), data.get("area"), sep=" in ")
    entry = Entry(joined(degree, _first(data, _SCHOOL)))
    entry.add(dates(data.get("startDate"), data.get("endDate")))
    entry.add(data.get("url"))
    entry.add(data.get("score"), "GPA/score")
    entry.items = strings(data.get("courses", []))
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
    entry.items = strings(data.get("highlights", []))
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
            entry = Entry(inline(element[found]))
            # A job list kept under a key of its own ("workhh"): its dates one line, as
            # work's are, so the newest job is told by its end. Only both: a key the schema
            # does not know says nothing of an end left out meaning "Present".
            spans = ("startDate", "endDate")
            both = all(element.get(key) for key in spans)
            if both:
                entry.add(dates(element.get("startDate"), element.get("endDate")))
            entry = _finish(entry, element, (found, *spans) if both else (found,))
            parts += ["\n".join(items), entry.markdown(f"Entry {number}")]
            items = []
        elif text := inline(element):
            items.append(item(text))
    parts.append("\n".join(items))
    return "\n\n".join(part for part in parts if part)
