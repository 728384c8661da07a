"""Reactive Resume's export (rxresu.me, version 4): `{"data": {"basics": …, "summary": …,
"sections": {"experience": {"title": "Experience", "items": […]}, …}}}`, each item a company
and a position, a school and a degree, with its period written as shown ("June 2023 - March
2025") and its description in HTML. Read into the same Markdown a JSON Resume gives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from resume_chat import patterns
from resume_chat.resume.jsonresume.text import (
    Entry,
    heading,
    humanise,
    inline,
    joined,
    paragraphs,
    rest,
    unmarked,
)

# An item's title, the place it was at, and its dates, by the keys each section uses.
_TITLE = ("position", "degree", "title", "name")
_PLACE = ("company", "school", "organization", "institution", "issuer", "awarder", "publisher")
_WHEN = ("period", "date")
# Keys of the builder's own (its ids, its look), not the person's.
_PLUMBING = frozenset({"id", "hidden", "icon", "visible", "columns", "separateLinks", "level"})


def reactive_resume(data: object) -> Mapping[str, Any] | None:
    """The resume inside the export (or the export itself), or None for any other JSON."""
    inner = data.get("data") if isinstance(data, dict) else None
    for candidate in (inner, data):
        if (
            isinstance(candidate, dict)
            and isinstance(candidate.get("basics"), dict)
            and isinstance(candidate.get("sections"), dict)
        ):
            return candidate
    return None


def read_reactive(resume: Mapping[str, Any]) -> tuple[str, str]:
    """(Markdown, the person's name); the same file always gives the same bytes."""
    basics: Mapping[str, Any] = resume["basics"]
    name = inline(basics.get("name"))
    parts = [heading(1, name) if name else "", paragraphs(basics.get("headline"))]
    contact = [
        f"{label}: {text}"
        for key, label in (("email", "Email"), ("phone", "Phone"), ("location", "Location"))
        if (text := inline(basics.get(key)))
    ]
    contact += [f"Website: {url}"] if (url := _url(basics.get("website"))) else []
    sections: Mapping[str, Any] = resume["sections"]
    profiles = sections.get("profiles", {})
    for profile in _shown(profiles.get("items") if isinstance(profiles, dict) else None):
        network = inline(profile.get("network")) or "Profile"
        if text := joined(profile.get("username"), _url(profile.get("website"))):
            contact.append(f"{network}: {text}")
    parts.append("\n".join(contact))
    summary = resume.get("summary")
    if isinstance(summary, dict) and not summary.get("hidden"):
        summary = summary.get("content")
    if text := paragraphs(summary):
        parts.append(f"## Summary\n\n{text}")
    custom = resume.get("customSections")
    listed = [
        *((key, value) for key, value in sections.items() if key != "profiles"),
        *(custom.items() if isinstance(custom, dict) else ()),
    ]
    for key, section in listed:
        if not isinstance(section, dict) or section.get("hidden"):
            continue
        body = "\n\n".join(
            text
            for number, element in enumerate(_shown(section.get("items")), start=1)
            if (text := _entry(element).markdown(f"Entry {number}"))
        )
        if body:
            title = inline(section.get("title")) or humanise(str(key))
            parts.append(f"{heading(2, title)}\n\n{body}")
    markdown = "\n\n".join(part for part in parts if part)
    return (markdown + "\n" if markdown else ""), name


def _shown(items: object) -> list[Mapping[str, Any]]:
    """The items the builder shows: objects not marked hidden."""
    listed = items if isinstance(items, list) else []
    return [item for item in listed if isinstance(item, dict) and not item.get("hidden")]


def _url(value: object) -> str:
    """A link as the builder keeps it, `{"url": …, "label": …}`, or a plain string."""
    return inline(value.get("url")) if isinstance(value, dict) else inline(value)


def _first(item: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[str, str]:
    key = next((key for key in keys if inline(item.get(key))), "")
    return key, inline(item.get(key)) if key else ""


def _entry(item: Mapping[str, Any]) -> Entry:
    """One item: `### Position — Company`, its period and place, then its other fields."""
    title_key, title = _first(item, _TITLE)
    place_key, place = _first(item, _PLACE)
    area = inline(item.get("area"))
    title = f"{title} in {area}" if title and area else title or area
    entry = Entry(joined(title, place) if title != place else title)
    when_key, when = _first(item, _WHEN)
    entry.add(when)
    entry.add(item.get("location"))
    entry.add(_url(item.get("website")))
    used = {title_key, place_key, when_key, "area", "location", "website", "description"}
    for label, value in rest(item, used | _PLUMBING):
        entry.add(value, label)
    # "<ul><li><p>…</p></li></ul>": each item's paragraph one item, not an empty one over it.
    text = unmarked(str(item.get("description") or ""))
    lines = [patterns.sub(r"^-(?:\s+|$)", "", line.strip()) for line in text.splitlines()]
    entry.items = [line for line in lines if line]
    return entry
