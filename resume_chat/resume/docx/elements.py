"""The pieces of mammoth's document model the Word reader looks at: an element's kind, its
children and its plain text."""

from __future__ import annotations

from typing import Any


def kind_of(element: Any) -> str:
    """The element's class name: "Paragraph", "Run", "Text", "Tab", "Table"…"""
    return type(element).__name__


def children_of(element: Any) -> list[Any]:
    return list(getattr(element, "children", None) or [])


def plain_text(element: Any) -> str:
    """The plain text of a mammoth document element, a tab or a line break read as a space."""
    if kind_of(element) == "Text":
        return str(element.value)
    if kind_of(element) in ("Tab", "Break"):
        return " "
    return "".join(plain_text(child) for child in children_of(element))


def runs_of(element: Any) -> list[Any]:
    """The runs with text in a paragraph, inside hyperlinks too."""
    runs: list[Any] = []
    for child in children_of(element):
        if kind_of(child) == "Run":
            runs += [child] if plain_text(child).strip() else []
        else:
            runs += runs_of(child)
    return runs
