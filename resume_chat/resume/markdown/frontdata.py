"""Resume sections kept as data in front matter (Hugo resume themes): rendered as sections.

A theme may hold the whole resume in YAML: `experience: {list: [{title, company, dates,
items: [{details}]}]}`. A top-level key that names a kind of section becomes `## Section`,
each record in it a `### title — organisation` entry with its dates, fields and items.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from resume_chat import patterns
from resume_chat.resume.jsonresume.text import humanise
from resume_chat.resume.kinds.classifier import section_kind

# Record fields that name the entry, and the organisation it was at, best first.
_TITLE_KEYS = ("title", "position", "role", "degree", "name", "label", "award", "course")
_PLACE_KEYS = (
    *("company", "organization", "organisation", "university", "institution", "school"),
    *("employer", "issuer", "awarder", "publisher", "location"),
)
_DATE_KEYS = ("dates", "date", "period", "years", "duration", "start", "end")
_QUIET = frozenset({"enable", "icon", "image", "logo", "img", "class", "color", "weight", "id"})
_MAX_LINES = 2_000  # the rendering is cut well before the resume's own size limit
_MAX_DEPTH = 5


def data_sections(fields: dict[str, Any]) -> list[str]:
    """Markdown lines for every top-level key of front matter that holds a resume section, or
    for each section of a list of them (`sections: [{title: Experience, items: [...]}]`)."""
    lines: list[str] = []
    for key, value in fields.items():
        if _titled_sections(key, value):
            for section in value:
                title = _first(section, _HEADING_KEYS)
                rest = {k: v for k, v in section.items() if str(k).lower() not in _HEADING_KEYS}
                lines += ["", f"## {title}", ""]
                for field in rest.values():
                    lines += _records(field, 0)
            continue
        if not isinstance(value, dict | list) or section_kind(_human(key)) == "other":
            continue
        lines += ["", f"## {_human(key)}", ""]
        if isinstance(value, dict):
            if value.get("enable") is False:
                lines = lines[:-3]
                continue  # a section the page does not show
            listed = value.get("list", value.get("items"))
            if listed is not None:
                # The section's own fields beside its list ("location: DFW, Texas"), labelled.
                lines += [
                    f"{_human(key)}: {_scalar(field)}"
                    for key, field in value.items()
                    if key not in ("list", "items") and str(key).lower() not in _QUIET
                    if _scalar(field)
                ]
                value = listed
        lines += _records(value, 0)
        if len(lines) > _MAX_LINES:
            break
    return lines[:_MAX_LINES]


def section_keys(fields: dict[str, Any]) -> frozenset[str]:
    """The keys `data_sections` renders, so the header does not repeat them."""
    return frozenset(
        key
        for key, value in fields.items()
        if isinstance(value, dict | list)
        and (section_kind(_human(key)) != "other" or _titled_sections(key, value))
    )


_HEADING_KEYS = ("title", "heading", "section")


def _titled_sections(key: str, value: Any) -> bool:
    """A list of records each titled by a kind of section ("About", "Experience"), two at least,
    holding content (a list, or text): not a page's menu of links to them, nor the entries of a
    key that names their kind (`[[experience]]` jobs titled "Research Coordinator")."""
    if section_kind(_human(key)) != "other":
        return False
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        return False
    kinds = [section_kind(_first(item, _HEADING_KEYS)) for item in value]
    held = sum(
        any(
            isinstance(field, list | dict) or len(_scalar(field)) > 40
            for key, field in item.items()
            if str(key).lower() not in _HEADING_KEYS
        )
        for item in value
    )
    return held >= 2 and sum(kind != "other" for kind in kinds) >= 2


def _human(key: str) -> str:
    return humanise(str(key).replace("-", " ").strip())


def _records(value: Any, depth: int) -> list[str]:
    if depth > _MAX_DEPTH:
        return []
    if isinstance(value, list):
        return [line for item in value for line in _record(item, depth)]
    if isinstance(value, dict):
        return _record(value, depth)
    return [_scalar(value)] if _scalar(value) else []


def _record(item: Any, depth: int) -> list[str]:
    """One entry: `### title — place`, then its dates and fields, then its items."""
    if not isinstance(item, dict):
        text = _scalar(item)
        return [f"- {text}"] if text else []
    fields = {k: v for k, v in item.items() if str(k).lower() not in _QUIET}
    title = _first(fields, _TITLE_KEYS)
    place = _first(fields, _PLACE_KEYS)
    used = {k for k, v in fields.items() if _scalar(v) in (title, place) and _scalar(v)}
    said = _said(fields)
    if said and patterns.fullmatch(_WHEN, title) and not place:
        # `{label: "Since 2025", text: ["**Researcher in Analytical Sociology**", "Linköping
        # University"]}`: the dates label the entry its text heads, as a line of its own.
        heading, *rest = said
        lines = ["", "### " + heading.replace("**", ""), "", title, ""]
        return lines + [f"- {line}" for line in rest]
    lines = ["", "### " + " — ".join(part for part in (title, place) if part), ""]
    if not title and not place:
        lines = [""]
    for key, value in fields.items():
        if key in used:
            continue
        span = _span(value) if str(key).lower() in _DATE_KEYS else ""
        if span:
            lines.append(span)
        elif isinstance(value, dict | list):
            lines += [
                line if line.startswith(("- ", "#", "")) else f"- {line}"
                for line in _records(value, depth + 1)
            ]
        elif _scalar(value):
            label = str(key).lower()
            lines.append(
                _scalar(value)
                if label in _DATE_KEYS or label in ("details", "text", "description", "summary")
                else f"{_human(key)}: {_scalar(value)}"
            )
    return lines


# A label that is dates alone: "2025", "2020-25", "Since 2025", "2014 – present".
_WHEN = r"(?i)(?:since |from |until )?[\d\s./–—-]*\d[\d\s./–—-]*(?:present|now|today)?"


def _said(fields: dict[str, Any]) -> list[str]:
    """The lines of a record's "text", when that is all it says besides its label."""
    text = fields.get("text")
    lines = [text] if isinstance(text, str) else text if isinstance(text, list) else []
    said = [_scalar(line) for line in lines if _scalar(line)]
    others = [k for k in fields if str(k).lower() not in ("text", *_TITLE_KEYS)]
    plain = all(isinstance(line, str | int | float) for line in lines)  # "" parts paragraphs
    return said if plain and not others else []


def _span(value: Any) -> str:
    """ "2025-01-01 – Present" from `{start: 2025-01-01, end: null}`."""
    if not isinstance(value, dict) or not ({"start", "end"} & {str(k).lower() for k in value}):
        return ""
    start = _first(value, ("start", "from"))
    end = _first(value, ("end", "to")) or "Present"
    return f"{start} – {end}" if start else ""


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> str:
    for key in keys:
        for actual, value in fields.items():
            if str(actual).lower() == key and _scalar(value):
                return _scalar(value)
    return ""


def _scalar(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()  # YAML reads "2025-01-01" as a date
    if isinstance(value, str | int | float):
        return " ".join(str(value).split())
    return ""
