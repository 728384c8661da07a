"""Sections an owner's JSON keeps as a list of titled objects: `[{"title": "Education",
"entries": [...]}, ...]`, or titled in the owner's language (`{"nombre": "IDIOMAS", …}`)."""

from __future__ import annotations

from typing import Any

from resume_chat.resume.jsonresume.text import humanise, one_line
from resume_chat.resume.kinds.classifier import names_a_kind, section_kind

_SECTION_TITLE = ("title", "header", "heading", "section", "h1")
# "nombre" over "contenido" ({"apartados": {"seccion": [{"nombre": "IDIOMAS", …}]}}): a title
# in the owner's language, looked for only where a list is no resume's sections otherwise.
_SECTION_TITLE_ABROAD = ("nombre", "titulo", "título", "titre", "titel", "titolo")


def titled(items: list[Any], *, only: bool = True) -> list[tuple[str, Any]]:
    """A list of titled sections, `[{"title": "Education", "entries": [...]}, ...]`: each its
    title and body (its items or text alone when it holds one thing); none, when `only`, if
    anything else is in the list."""
    sections: list[tuple[str, Any]] = []
    for item in items:
        # "title", or "header" ({"header": "experience", "items": [...]}).
        key = next((k for k in _SECTION_TITLE if isinstance(item, dict) and k in item), "")
        if key and isinstance(item[key], str):
            body: Any = {k: v for k, v in item.items() if k not in (key, "type", "kind")}
            if len(body) == 1:  # its items or its text alone
                body = next(iter(body.values()))
            title = one_line(item[key])
            sections.append((title.capitalize() if title.islower() else title, body))
    return sections if len(sections) == len(items) or not only else []


def holds_sections(key: str, value: list[Any]) -> bool:
    """A key, itself no section's name, whose list is titled sections, two a resume has, or
    all of it titled sections, one a resume has among them (a site's "sidebar": "Studi",
    "Competenze personali")."""
    sections = titled(value)
    titles = {section_kind(title) for title, _ in sections}
    kinds = len(titles - {"other", "header"})
    return not names_a_kind(humanise(key)) and (kinds >= 2 or (kinds == 1 and len(value) > 1))


def titled_section(value: Any) -> list[tuple[str, Any]]:
    """An object that is one titled section a resume has, its entries in a list of their own:
    {"title": "Esperienze professionali", "list": [{"company": …}, …]}."""
    if not isinstance(value, dict) or not any(
        isinstance(v, list) and v and all(isinstance(x, dict) for x in v) for v in value.values()
    ):
        return []
    section = titled([value])
    return section if section and names_a_kind(section[0][0]) else []


def titled_abroad(value: Any) -> list[tuple[str, Any]]:
    """The titled sections a list holds under titles in the owner's language, itself alone in
    an object or not; two kinds a resume has among them, else none."""
    if isinstance(value, dict) and len(value) == 1:
        value = next(iter(value.values()))
    if not isinstance(value, list) or not value:
        return []
    renamed = [
        {("title" if k in _SECTION_TITLE_ABROAD else k): v for k, v in item.items()}
        if isinstance(item, dict)
        else item
        for item in value
    ]
    sections = titled(renamed)
    kinds = {section_kind(title) for title, _ in sections}
    return sections if len(kinds - {"other", "header"}) >= 2 else []
