"""Pipe tables as people type them, mended so a CommonMark parser with tables reads them."""

from __future__ import annotations

from resume_chat import patterns

_DELIMITER = patterns.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


def _cells(row: str) -> int:
    inner = row.strip().removeprefix("|").removesuffix("|")
    return len(patterns.split(r"(?<!\\)\|", inner))


def mended_tables(text: str) -> str:
    """A table whose delimiter row has more or fewer cells than its header row ("| Name |
    City | Email |" over "| :--: | :--: | :--: | :--: |") is no table to GFM, and its rows
    become one paragraph of pipes: the delimiter row is set to the header's cell count."""
    if "|" not in text or "-" not in text:
        return text
    lines = text.split("\n")
    for number in range(1, len(lines)):
        row, header = lines[number], lines[number - 1]
        if "|" not in row or "|" not in header or not _DELIMITER.match(row):
            continue
        wanted, found = _cells(header), _cells(row)
        if wanted != found and wanted >= 2:
            lines[number] = "|" + "|".join([" --- "] * wanted) + "|"
    return "\n".join(lines)


_LABEL = patterns.compile(r"^[^\W\d_][\w .'/-]{0,24}$")


def labelled_row(out: list[str], rows: list[list[str]]) -> list[str]:
    """A table of one row under a header of labels ("Name | City | Email" over "Eshan Iyer |
    College Park, MD | eshan@x.com") is a form: its two lines, just written to `out`, become
    "City: College Park, MD", one label a line. Any other table is left as it is."""
    if len(rows) != 2 or len(rows[0]) != len(rows[1]) or len(rows[0]) < 2:
        return []
    labels = [" ".join(label.replace("*", "").split()) for label in rows[0]]
    if not all(_LABEL.match(label) for label in labels) or not all(rows[1]):
        return []
    del out[-2:]
    return [f"{label}: {value}" for label, value in zip(labels, rows[1], strict=True)]
