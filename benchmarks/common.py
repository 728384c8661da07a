"""Shared pieces of the benchmarks: the repository on sys.path, the installed command, tables."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COMMAND = str(Path(sys.executable).with_name("resume-chat"))
RESUME = str(ROOT / "data" / "resume.md")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def table(headers: list[str], rows: list[list[str]]) -> str:
    """A Markdown table, ready to paste into the README."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(headers, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        padded = (str(cell).ljust(width) for cell, width in zip(cells, widths, strict=True))
        return "| " + " | ".join(padded) + " |"

    return "\n".join(
        [line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]
    )
