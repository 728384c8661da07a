"""A table row whose cells stack their fields line by line, a column of dates beside a column
of schools beside a column of degrees, read as one line per record."""

from __future__ import annotations

from typing import Any

from resume_chat import patterns
from resume_chat.resume.date_spans import YEAR
from resume_chat.resume.docx.elements import children_of, kind_of, plain_text
from resume_chat.resume.docx.sides import names_section

# A field of such a row is short: a date, a school, a degree; not a paragraph of prose.
_FIELD = 60


def stacked_records(cells: list[Any]) -> list[Any] | None:
    """ "2017. 03. ~ 2025. 08." over "2014. 03. ~ 2017. 02." in one cell, "고려대학교(세종)" over
    "금호고등학교" in the next, "졸업예정, 빅데이터전공" over "졸업" in the third: the row's
    title ("학력"), then a paragraph for each record across the stacked cells, the n-th line
    of each (empty lines skipped), its fields set apart by " · ". (A row of one record is
    left as it was: its cells, bold, may be the headings of a job.)
    None where the row is no such thing: stacks of unequal heights, a long line, or neither a
    column of dates to line the others up by nor three columns as tall (two lists side by
    side, skills beside languages, are no records)."""
    if any(kind_of(child) == "Table" for cell in cells for child in children_of(cell)):
        return None
    stacks = [
        [p for p in children_of(cell) if kind_of(p) == "Paragraph" and _said(p)] for cell in cells
    ]
    titles = [s[0] for s in stacks if len(s) == 1 and names_section(plain_text(s[0]).strip())]
    fields = [s for s in stacks if s and s[0] not in titles]
    height = max((len(stack) for stack in fields), default=0)
    if len(fields) < 2 or height < 2 or any(len(s) < height - 1 for s in fields):
        return None
    if any(len(plain_text(p).strip()) > _FIELD for stack in fields for p in stack):
        return None
    # A column of dates as tall as the row: a title wrapped on two lines beside one date
    # ("Software Entwicklung" over "Praktikum" | "seit 02/2023") is one record.
    dated = any(
        len(stack) == height and all(patterns.search(YEAR, plain_text(p)) for p in stack)
        for stack in fields
    )
    # Or three columns as tall: "영어, TOEIC" | "ETS" | "880", a score under its test's name.
    even = len(fields) >= 3 and height >= 2 and all(len(stack) == height for stack in fields)
    if not (dated or even):
        return None
    from mammoth import documents  # type: ignore[import-untyped]

    out = list(titles)
    for line in range(height):
        parts = [stack[line] for stack in fields if line < len(stack)]
        runs: list[Any] = []
        for part in parts:
            runs += [documents.run([documents.text(" · ")])] if runs else []
            runs += children_of(part)
        out.append(parts[0].copy(children=runs))
    return out


def _said(child: Any) -> bool:
    """A paragraph with words in it."""
    return kind_of(child) == "Paragraph" and bool(plain_text(child).strip())
