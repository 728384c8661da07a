"""A PDF resume read into canonical Markdown, with headings and lists recovered from the layout."""

from __future__ import annotations

import io
import itertools
import logging
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from resume_chat.errors import ResumeError
from resume_chat.resume.layout import arrange, looks_like_name
from resume_chat.resume.reading import MAX_RESUME_BYTES, Reading

# A resume is one to three pages, a CV with publications a dozen; past 40 it is not a resume,
# and each page costs pypdf tens of milliseconds.
MAX_PAGES = 40

_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_BULLET = re.compile(r"^(?:[•◦▪▫●○■□‣∙►▶➢➤✓✔]|[-\u2013\u2014*](?=\s))\s*")
_PAGE_NUMBER = re.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
_LEADING_HASH = re.compile(r"^(#+)(\s)")
_FILL = {b"f", b"F", b"f*", b"b", b"B", b"b*", b"B*"}
# Bounds on the layout search, so a page of a million glyphs or shapes stays linear.
MAX_DOTS, MAX_EDGES = 2_000, 40
# Glyph widths in em, to guess where a fragment ends: pypdf reports where text starts only.
_NARROW, _WIDE = set("ijlI.,:;'!|`"), set("mwMW@%")

Point = tuple[float, float]


@dataclass
class _Fragment:
    """A piece of text drawn at one position, in one font."""

    x: float
    y: float
    size: float
    bold: bool
    text: str
    placed: bool = True  # False when its x is a guess: it followed the last run unplaced

    @property
    def end(self) -> float:
        return self.x + _width(self.text, self.size, self.bold)


@dataclass
class _Line:
    """One baseline of one column, its fragments joined; `left`/`right` bound the column."""

    page: int
    x: float  # where the text starts, after any bullet glyph
    y: float
    size: float
    bold: bool
    text: str
    cells: int  # visually separate runs: a table row, or a title with its dates far right
    bullet: bool
    end: float
    left: float = 0.0
    right: float = 0.0


def _width(text: str, size: float, bold: bool) -> float:
    ems = sum(
        0.3 if c in _NARROW else 0.85 if c in _WIDE else 0.68 if c.isupper() else 0.52 for c in text
    )
    return ems * size * (1.08 if bold else 1.0)


def _apply(matrix: Any, x: float, y: float, *, shift: bool = True) -> Point:
    """A point (or, without shift, a vector) through a PDF matrix [a b c d e f]."""
    a, b, c, d, e, f = (float(v) for v in matrix)
    return x * a + y * c + (e if shift else 0.0), x * b + y * d + (f if shift else 0.0)


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pypdf's warnings and log lines about odd files: they are not for the user."""
    logger = logging.getLogger("pypdf")
    disabled = logger.disabled
    logger.disabled = True
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.disabled = disabled


def _fragments(page: Any) -> tuple[list[_Fragment], list[Point]]:
    """A page's text runs, and the small filled shapes drawn as bullets (points, y up)."""
    found: list[_Fragment] = []
    dots: list[Point] = []
    path: list[Point] = []

    def text(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if not text.strip():
            return
        x, y = _apply(cm, float(tm[4]), float(tm[5]))
        up = _apply(cm, float(tm[2]), float(tm[3]), shift=False)  # the glyphs' height vector
        height = abs(float(size or 0) * math.hypot(*up)) or 10.0
        if not all(math.isfinite(v) for v in (x, y, height)):
            return
        bold = bool(_BOLD_FONT.search(str(font.get("/BaseFont", "")) if font else ""))
        for index, part in enumerate(text.translate(_LIGATURES).split("\n")):
            if part.strip():
                found.append(_Fragment(x, y - index * height * 1.2, height, bold, part))

    def operator(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        # Browsers draw list bullets as tiny filled circles or squares, not as text.
        if op in (b"m", b"l", b"c", b"re") and len(args) >= 2:
            xs, ys = [float(v) for v in args[0::2]], [float(v) for v in args[1::2]]
            if op == b"re" and len(args) == 4:
                xs, ys = [xs[0], xs[0] + xs[1]], [ys[0], ys[0] + ys[1]]
            path.extend(_apply(cm, x, y) for x, y in zip(xs, ys, strict=True))
        elif op in _FILL and path:
            xs, ys = [x for x, _ in path], [y for _, y in path]
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            bullet = 1 <= width <= 8 and 1 <= height <= 8 and 0.5 <= width / height <= 2
            if bullet and len(dots) < MAX_DOTS:
                dots.append((sum(xs) / len(xs), min(ys)))
            path.clear()
        elif op in (b"n", b"S", b"s"):
            path.clear()

    page.extract_text(visitor_text=text, visitor_operand_before=operator)
    return found, dots


def _columns(frags: list[_Fragment]) -> list[list[_Fragment]]:
    """Split a page at a gutter that text runs beside but never across; else one column."""
    edges = Counter(round(f.x) for f in frags)  # a column's left edge starts many lines
    for gutter in sorted(x for x, count in edges.most_common(MAX_EDGES) if count >= 3)[1:]:
        left = [f for f in frags if f.x < gutter - 1]
        right = [f for f in frags if f.x >= gutter - 1]
        if min(len(left), len(right)) < max(4, 0.1 * len(frags)):
            continue
        if sum(f.end > gutter + f.size for f in left) > 0.05 * len(left):
            continue
        # Side by side, not one under the other: the shorter one sits beside the other.
        spans = [(min(f.y for f in side), max(f.y for f in side)) for side in (left, right)]
        overlap = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
        if overlap >= 0.5 * min(high - low for low, high in spans):
            # The column with the biggest type (the name, on page 1) reads first.
            biggest = max(f.size for f in frags)
            return [left, right] if any(f.size == biggest for f in left) else [right, left]
    return [frags]


def _lines(frags: list[_Fragment], dots: list[Point], page: int) -> list[_Line]:
    """Group a column's fragments by baseline, top to bottom, left to right."""
    rows: list[list[_Fragment]] = []
    for frag in sorted(frags, key=lambda f: (-f.y, f.x)):
        if rows and abs(rows[-1][0].y - frag.y) <= 0.4 * min(rows[-1][0].size, frag.size):
            rows[-1].append(frag)
        else:
            rows.append([frag])
    for row in rows:
        row.sort(key=lambda f: f.x)
        for previous, frag in itertools.pairwise(row):
            if frag.x - previous.x < 0.5:  # drawn on after a font change: pypdf repeats the x
                frag.x, frag.placed = previous.end, False
    # Table columns start at the same x on neighbouring rows, however tight the gap looks.
    starts = [{round(f.x) for f in row[1:] if f.placed} for row in rows]
    lines = []
    for index, row in enumerate(rows):
        neighbours = set().union(*starts[max(index - 1, 0) : index], *starts[index + 1 : index + 2])
        line = _line(row, neighbours, dots, page)
        # A page number heads or foots the page, apart from the text.
        near = [rows[i][0].y for i in (index - 1, index + 1) if 0 <= i < len(rows)]
        margin = index in (0, len(rows) - 1) and all(
            abs(y - row[0].y) > 2.5 * row[0].size for y in near
        )
        if line.text and not (margin and _PAGE_NUMBER.match(line.text)):
            lines.append(line)
    # The right edge is where body lines end: a big name may overhang the column.
    body = Counter(round(line.size) for line in lines).most_common(1)[0][0] if lines else 0
    right = max((line.end for line in lines if round(line.size) == body), default=0.0)
    left = min(f.x for f in frags)
    for line in lines:
        line.left, line.right = left, right
    return lines


def _line(row: list[_Fragment], neighbours: set[int], dots: list[Point], page: int) -> _Line:
    """Join one baseline's fragments: a wide gap or a table column's edge starts a new cell."""
    text, cells, start = row[0].text, 1, row[0].x
    for previous, frag in itertools.pairwise(row):
        gap = frag.x - previous.end
        spaced = gap > 0.1 * frag.size or frag.text[:1].isspace()
        aligned = any(abs(round(frag.x) - x) <= 1 for x in neighbours)
        if _BULLET.fullmatch(text.strip() + " "):
            start = frag.x  # a bullet glyph drawn on its own: the text starts here
            text += " "
        elif gap > 2 * frag.size or (spaced and aligned):
            text, cells = text.rstrip() + " · ", cells + 1
        elif spaced:
            text += " "
        text += frag.text
    text = " ".join(text.split())
    bullet = _BULLET.match(text)
    if bullet:
        text = text[bullet.end() :]
        start += _width(bullet.group(0), row[0].size, False) if start == row[0].x else 0
    size, y = max(f.size for f in row), row[0].y
    drawn = any(
        start - 3 * size <= x < start and y - 0.3 * size <= dy <= y + size for x, dy in dots
    )
    bold = all(f.bold for f in row)
    return _Line(page, start, y, size, bold, text, cells, bool(bullet) or drawn, row[-1].end)


def _heading_levels(lines: list[_Line], body: float) -> dict[int, int]:
    """Map line index → heading level by rank: larger first, then ALL CAPS, then bold."""
    keys: dict[int, tuple[float, bool, bool]] = {}
    for index, line in enumerate(lines):
        if line.bullet or line.cells > 1 or len(line.text) > 80 or line.text[-1] in ".,;":
            continue
        short = len(line.text.split()) <= 8
        caps = _caps(line.text) and "," not in line.text  # not "SQL, AWS, GCP"
        if line.size >= body * 1.12 or (short and (line.bold or caps)):
            keys[index] = (round(line.size * 2) / 2, caps, line.bold)
    tiers = sorted(set(keys.values()), reverse=True)
    return {index: 2 + min(tiers.index(key), 2) for index, key in keys.items()}


def _name_line(lines: list[_Line], body: float, known: set[str]) -> int | None:
    """The largest line near the top of page 1, else the first line, if it reads as a name."""
    top = [index for index, line in enumerate(lines[:8]) if line.page == 0]
    if not top:
        return None
    biggest = max(top, key=lambda index: lines[index].size)
    named = biggest if lines[biggest].size >= body * 1.15 else top[0]
    text = lines[named].text
    return named if looks_like_name(text) or text.casefold() in known else None


def _continues(previous: _Line, line: _Line) -> bool:
    """Whether `line` goes on from `previous`: same indent, size and weight; previous full."""
    # Full: the next line's first word would not have fitted after it, so the text wrapped.
    word = _width(" " + line.text.split(" ", 1)[0], previous.size, previous.bold)
    if previous.end + word < previous.left + 0.85 * (previous.right - previous.left):
        return False
    if line.bullet or line.cells > 1 or previous.cells > 1:
        return False
    if abs(previous.size - line.size) > 0.6 or previous.bold != line.bold:
        return False
    if abs(line.x - previous.x) >= 0.3 * line.size:
        return False
    if line.page != previous.page:
        return line.page == previous.page + 1
    return 0 < previous.y - line.y <= 1.8 * line.size


def _markdown(lines: list[_Line], known: set[str]) -> tuple[list[str], str]:
    """Markdown lines with headings and items, and the name if the metadata states it."""
    sizes = Counter[float]()
    for line in lines:
        sizes[round(line.size * 2) / 2] += len(line.text)
    body = sizes.most_common(1)[0][0]
    named = _name_line(lines, body, known)
    name = "" if named is None else lines[named].text
    blocks = [f"# {name}"] if name else []
    others = [line for index, line in enumerate(lines) if index != named]
    levels = _heading_levels(others, body)
    last: _Line | None = None  # the latest line of the open paragraph or list item
    for index, line in enumerate(others):
        if index in levels:
            blocks.append(f"{'#' * levels[index]} {line.text}")
            last = None
            continue
        if last is not None and _continues(last, line):
            # A break after a hyphen keeps it ("Kafka-based"); a soft hyphen goes.
            soft = blocks[-1].endswith("\u00ad")
            hyphen = blocks[-1].endswith("-") and blocks[-1][-2:-1].isalpha()
            joiner = "" if soft or hyphen else " "
            blocks[-1] = blocks[-1].removesuffix("\u00ad") + joiner + line.text
        elif line.bullet or line.cells > 1 or line.x > line.left + 1.5 * line.size:
            blocks.append(f"- {line.text}")
        else:
            blocks.append(_LEADING_HASH.sub(r"\\\1\2", line.text))
        last = line
    out: list[str] = []  # a blank line between blocks, none between the items of one list
    for block in blocks:
        listed = block.startswith("- ") and bool(out) and out[-1].startswith("- ")
        out += [block] if listed else ["", block]
    return out, name if name.casefold() in known else ""


def read_pdf(raw: bytes, path: Path) -> Reading:
    """Read a PDF resume's text layer into canonical Markdown; scanned or locked files refuse."""
    import pypdf

    encrypted = ResumeError(f"Resume {path} is an encrypted PDF; save a copy without a password.")
    notes: list[str] = []
    lines: list[_Line] = []
    empty: list[int] = []
    try:
        with _quiet():
            reader = pypdf.PdfReader(io.BytesIO(raw))
            if reader.is_encrypted:
                try:  # an owner password alone (no copying, no printing) still opens
                    opened = reader.decrypt("")
                except pypdf.errors.PyPdfError:
                    opened = pypdf.PasswordType.NOT_DECRYPTED
                if opened == pypdf.PasswordType.NOT_DECRYPTED:
                    raise encrypted
            info = reader.metadata
            named = (info.title, info.author) if info else ()
            known = {str(value).strip().casefold() for value in named if value}
            total, read, chars = len(reader.pages), 0, 0
            while read < min(total, MAX_PAGES) and chars <= MAX_RESUME_BYTES:
                frags, dots = _fragments(reader.pages[read])
                read += 1
                if not frags:
                    empty.append(read)
                for column in _columns(frags) if frags else []:
                    lines.extend(_lines(column, dots, read - 1))
                chars += sum(len(frag.text) + 1 for frag in frags)
            if read < total:
                notes.append(f"only the first {read} of {total} pages were read")
    except ResumeError:
        raise
    except pypdf.errors.FileNotDecryptedError:
        raise encrypted from None
    # A malformed file can raise almost anything from deep inside the parser (zlib.error,
    # struct.error, KeyError, RecursionError...): each is a file we cannot read, not a traceback.
    except Exception as exc:
        reason = " ".join(str(exc).split())[:120] or type(exc).__name__
        raise ResumeError(f"Resume {path} is not a readable PDF ({reason}).") from None
    if not lines:
        raise ResumeError(
            f"Resume {path} is a scanned PDF with no text layer; export it from your editor "
            "as a text PDF, or run OCR."
        )
    notes.extend(f"page {number} of {total} has no text (scanned?)" for number in empty)
    markdown, name = _markdown(lines, known)
    reading = arrange(markdown, "pdf", name=name)
    reading.warnings[:0] = notes
    return reading
