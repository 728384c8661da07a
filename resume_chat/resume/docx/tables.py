"""Tables in a Word resume: a layout table (cells holding whole sections) unwrapped into its
cells' paragraphs; a row of short cells in it ("Client | Brussels Airport") kept a row."""

from __future__ import annotations

import re
from typing import Any

from resume_chat import patterns
from resume_chat.resume.docx.elements import children_of, kind_of, plain_text, runs_of
from resume_chat.resume.docx.sides import names_section
from resume_chat.resume.docx.stacks import stacked_records

# Word's "Heading 1" as a template made in another language names it: "Título 1", "Titre 1",
# "Überschrift 1", "Заголовок 1", "見出し 1".
HEADING_STYLE = patterns.compile(
    r"^(heading|t[íi]tulo|titre|[üu]berschrift|titolo|nag[łl][óo]wek|заголовок|kop|rubrik"
    r"|ba[şs]l[ıi]k|overskrift|otsikko|nadpis|見出し|제목|标题|標題)\s*[1-6]$",  # noqa: RUF001
    re.IGNORECASE,
)
MAX_TABLE_DEPTH = 8


def flatten(children: list[Any], depth: int = 0) -> list[Any]:
    """Unwrap layout tables (cells holding whole sections) into their cells' paragraphs."""
    out: list[Any] = []
    for child in children:
        table = kind_of(child) == "Table" and depth < MAX_TABLE_DEPTH
        # A row or a cell may hold a bookmark beside its cells: only cells have children.
        rows = children_of(child) if table else []
        cells = [cell for row in rows for cell in children_of(row)]
        # A cell with a whole section in it, or a section's title (an icon in the next cell);
        # or a row stacking its records line by line, read a record a line.
        stacking = any(stacked_records(children_of(row)) is not None for row in rows)
        layout = stacking or any(_holds_section(cell) for cell in cells)
        if not layout or _headed(rows):
            out.append(child)
            continue
        # Such a table is layout; a row of short cells in it ("Client | Brussels Airport",
        # "Period | 10/2018 - Present") stays a row, its label beside its value.
        kept: list[Any] = []
        for row in children_of(child):
            if _label_and_value(children_of(row)):
                kept.append(row)
                continue
            if kept:
                out.append(child.copy(children=kept))
                kept = []
            stacked = stacked_records(children_of(row))
            if stacked is not None:
                out += stacked
                continue
            for cell in children_of(row):
                out += flatten(children_of(cell), depth + 1)
        if kept:
            out.append(child.copy(children=kept))
    return out


def _headed(rows: list[Any]) -> bool:
    """A table of data under a row of column names: three or more short bold cells over rows
    as wide ("Periode | Functie | werkgever", then one job a row), however many lines a cell
    holds ("April 2015 / - / Heden"). Not layout: kept a table."""
    head = children_of(rows[0]) if len(rows) >= 2 else []
    return (
        len(head) >= 3
        and all(_column_name(cell) for cell in head)
        and all(len(children_of(row)) == len(head) for row in rows[1:])
    )


def _column_name(cell: Any) -> bool:
    """A short bold name ("Título Obtenido"), or none; under it, at most a hint of what goes
    in the column, in brackets ("Tipo" over "(Secundaria, Tercer Nivel, Cuarto Nivel)")."""
    if len(plain_text(cell).split()) <= 3:
        return _all_bold(cell)
    said = [paragraph for paragraph in children_of(cell) if plain_text(paragraph).strip()]
    return (
        bool(said)
        and len(plain_text(said[0]).split()) <= 4
        and _all_bold(said[0], alone=True)
        and patterns.fullmatch(
            r"\(.*\)", " ".join(plain_text(hint).strip() for hint in said[1:]) or "()"
        )
        is not None
    )


def _holds_section(cell: Any) -> bool:
    return len(children_of(cell)) >= 3 or _titled(cell)


def _label_and_value(cells: list[Any]) -> bool:
    """Two or more cells of one short line each, none a section's title: a row of a table."""
    texts = [" ".join(plain_text(cell).split()) for cell in cells]
    said = [text for text in texts if text]
    return (
        len(said) >= 2
        and all(
            len(children_of(cell)) <= 2 and len(text) <= 200
            for cell, text in zip(cells, texts, strict=True)
        )
        and not any(names_section(text) for text in said)
        # "**04/2021 - 12/2021** | **Zivildienst - ChanceB**": a job's heading, set in bold.
        and not any(_all_bold(cell) for cell in cells)
    )


def _all_bold(cell: Any, alone: bool = False) -> bool:
    """Every run bold, of a cell's paragraphs (or of one paragraph, `alone`)."""
    paragraphs = [cell] if alone else children_of(cell)
    runs = [run for paragraph in paragraphs for run in runs_of(paragraph)]
    return bool(runs) and all(run.is_bold for run in runs)


def _titled(cell: Any) -> bool:
    """Whether a table cell holds a paragraph in one of Word's heading styles."""
    return any(
        HEADING_STYLE.match(str(getattr(child, "style_name", None) or ""))
        for child in children_of(cell)
    )
