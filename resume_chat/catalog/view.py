"""`resume-chat models`: a table in a terminal, tab-separated lines in a pipe, or JSON."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from resume_chat.catalog.fetch import Catalog, load
from resume_chat.catalog.listing import ModelEntry, context_text, entries, matching, price_text
from resume_chat.errors import reader_gone
from resume_chat.settings import Settings

MODEL_WIDTH = 12  # the fewest characters of a model's id worth a table
NAME_WIDTH = 12  # the fewest characters of a model's name worth a column
_COLUMN_EDGES = 3  # a space of padding each side and one between columns


def show_models(
    settings: Settings,
    search: str | None,
    *,
    refresh: bool = False,
    as_json: bool = False,
    out: TextIO | None = None,
) -> None:
    """List the endpoint's models matching `search`, sorted by id."""
    out = out or sys.stdout
    catalog = load(settings, refresh=refresh)
    every = entries(catalog.data)
    shown = matching(every, search)
    if as_json:
        _write(out, json.dumps([model.as_json() for model in shown], indent=2) + "\n")
    elif not out.isatty() or not _table(out, shown, _caption(catalog, len(shown), len(every))):
        _write(out, "".join("\t".join(row) + "\n" for row in _rows(shown, grouped=False)))
    if search and not shown:
        sys.stderr.write(f"resume-chat: no model id or name contains {search!r}.\n")


def _rows(models: list[ModelEntry], *, grouped: bool) -> list[tuple[str, ...]]:
    """Id, name, context, input and output price per million tokens, each on one line."""
    return [
        (
            _field(model.id),
            _field(model.name) or "-",
            context_text(model.context_length, grouped=grouped),
            price_text(model.prompt),
            price_text(model.completion),
        )
        for model in models
    ]


def _field(text: str) -> str:
    """Text from the endpoint fit for one cell: no tabs, line breaks or escape sequences."""
    return "".join(char if char.isprintable() else " " for char in text).strip()


def _caption(catalog: Catalog, shown: int, every: int) -> str:
    counted = f"{shown} of {every} models" if shown != every else f"{every} models"
    if catalog.age is None:
        return f"{counted}, fetched now"
    hours, minutes = divmod(int(catalog.age) // 60, 60)
    age = (
        f"{hours} h {minutes} min ago" if hours else f"{minutes} min ago" if minutes else "just now"
    )
    return f"{counted}, kept from {age} (--refresh fetches them again)"


def _table(out: TextIO, models: list[ModelEntry], caption: str) -> bool:
    """Print the models as a table; False, printing nothing, where the terminal is too narrow."""
    from rich import box
    from rich.cells import cell_len
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, highlight=False)
    rows = _rows(models, grouped=True)
    headings = ("Model", "Name", "Context", "In $/M", "Out $/M")
    widths = [max((cell_len(row[n]) for row in rows), default=0) for n in range(len(headings))]
    widest_id, _, *numbers = (max(w, len(h)) for w, h in zip(widths, headings, strict=True))
    # The prices and the whole id come first; a name gets what is left, if enough is.
    spare = console.width - _table_width(widest_id, *numbers)
    if widest_id + spare < MODEL_WIDTH:
        return False
    named = any(row[1] != "-" for row in rows) and spare - _COLUMN_EDGES >= NAME_WIDTH
    table = Table(box=box.SIMPLE_HEAD, caption=caption, caption_justify="left")
    # Whole where it fits, as `--model` takes it; folded, never cut, where it does not.
    table.add_column("Model", overflow="fold", min_width=min(widest_id, widest_id + spare))
    if named:
        table.add_column("Name", no_wrap=True, max_width=spare - _COLUMN_EDGES)
    for heading, width in zip(headings[2:], numbers, strict=True):
        table.add_column(heading, justify="right", no_wrap=True, min_width=width)
    for model_id, name, *prices in rows:
        # Text, not str: a `[` in a model's name is not rich markup.
        cells = [model_id, name, *prices] if named else [model_id, *prices]
        table.add_row(*(Text(cell) for cell in cells))
    console.print(table)
    return True


def _table_width(*columns: int) -> int:
    """Characters a SIMPLE_HEAD table of these column widths takes: edges and padding too."""
    return sum(columns) + _COLUMN_EDGES * len(columns) + 1


def _write(out: TextIO, text: str) -> None:
    """Write it all; a reader that went away (`| head`) ends the command quietly."""
    try:
        out.write(text)
        out.flush()
    except BrokenPipeError:
        reader_gone()
