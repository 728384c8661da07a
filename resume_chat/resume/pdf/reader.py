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
from dataclasses import replace
from pathlib import Path

from resume_chat import patterns
from resume_chat.errors import ResumeError
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import dated_cell
from resume_chat.resume.layout import arrange
from resume_chat.resume.pdf.chrome import without_print_chrome
from resume_chat.resume.pdf.columns import Fragment, columns
from resume_chat.resume.pdf.fonts import FontWidths
from resume_chat.resume.pdf.glyphs import (
    glyphs_mended,
    icon,
    icon_names,
    icon_names_dropped,
    ligatures_mended,
)
from resume_chat.resume.pdf.header import header_beside
from resume_chat.resume.pdf.layout import Line, text_width, to_markdown
from resume_chat.resume.pdf.links import hidden_links, page_links
from resume_chat.resume.pdf.row_text import small_capitals, spread_title, tracking
from resume_chat.resume.pdf.rows import rows_joined
from resume_chat.resume.pdf.sheets import page_edge, two_up
from resume_chat.resume.pdf.stream import Point, page_runs
from resume_chat.resume.pdf.words import (
    CLOSING,
    ORDINALS,
    closed_up,
    glued,
    letters_closed,
    letters_joined,
    ordinals_lowered,
    overprinted_once,
    words_joined,
)
from resume_chat.resume.reading import MAX_RESUME_BYTES, Reading

# A resume is one to three pages, a CV with publications a dozen; past 40 it is not a resume,
# and each page costs pypdf tens of milliseconds.
MAX_PAGES = 40

# Word's bullets in the Symbol and Wingdings fonts come as private-use characters: U+F0B7 "•",
# U+F0A7 "▪", U+F0D8 "➢", U+F076 "❖", U+F0FC "✓".
_BULLET = patterns.compile(
    rf"^(?:[•◦▪▫●○■□‣∙►▶➢➤✓✔{scripts.PRIVATE_BULLETS}]|[-\u2013\u2014*](?=\s))\s*"
)
_SOFT_HYPHEN = patterns.compile("\u00ad(?=.)")
# "Nama / Name    :    Setiawan": a form's colon set in a column of its own joins its label.
_COLON_CELL = patterns.compile(r" · :(?: · | )?")
_SPACED_DIGITS = patterns.compile(r"(?<![\w.,])\d(?: \d){3,}(?![\w.,])")
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# Punctuation that closes up to the word before it, across a change of font ("**Riak**.").
_PAGE_NUMBER = patterns.compile(r"^(?:page\s*)?\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.IGNORECASE)


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence pypdf's warnings and log lines about odd files: they are not for the user."""
    logger = logging.getLogger("pypdf")
    # Its modules log through child loggers ("pypdf._reader"), which `disabled` on this one
    # does not reach; a level above CRITICAL, which they inherit, does.
    level = logger.level
    logger.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _lines(
    frags: list[Fragment], dots: list[Point], page: int, width: float = math.inf
) -> list[Line]:
    """Group a column's fragments by baseline, top to bottom, left to right."""
    rows: list[list[Fragment]] = []
    for frag in sorted(frags, key=lambda f: (-f.y, f.x)):
        if rows and abs(rows[-1][0].y - frag.y) <= 0.4 * min(rows[-1][0].size, frag.size):
            rows[-1].append(frag)
        else:
            rows.append([frag])
    for row in rows:
        row.sort(key=lambda f: f.x)
        for previous, frag in itertools.pairwise(row):
            if frag.x - previous.x < 0.5:  # drawn on after a font change: pypdf repeats the x
                frag.x, frag.placed = previous.end + frag.lead, False
    # Table columns start at the same x on neighbouring rows, however tight the gap looks.
    starts = [{round(f.x) for p, f in itertools.pairwise(row) if _apart(p, f)} for row in rows]
    lines = []
    for index, row in enumerate(rows):
        neighbours = set().union(*starts[max(index - 1, 0) : index], *starts[index + 1 : index + 2])
        line = _line(row, neighbours, dots, page)
        # A page number heads or foots the page, apart from the text.
        near = [rows[i][0].y for i in (index - 1, index + 1) if 0 <= i < len(rows)]
        margin = index in (0, len(rows) - 1) and all(
            abs(y - row[0].y) > 2.5 * row[0].size for y in near
        )
        # "1st October": Word raises "st" over its own baseline, a row of its own.
        ordinal = ORDINALS.fullmatch(line.text) is not None and len(row) <= 3
        if line.text and not (margin and _PAGE_NUMBER.match(line.text)) and not ordinal:
            lines.append(line)
    # The right edge is where body lines end: a big name may overhang the column.
    body = Counter(round(line.size) for line in lines).most_common(1)[0][0] if lines else 0
    # A line ending past the page's edge was measured wrong (a header of icon names read as
    # letters, "♂¶ap-¶arker-alt", 200 points past it): no edge of the column.
    ends = [line.end for line in lines if round(line.size) == body and line.end <= width]
    right = max(ends, default=0.0)
    left = min(f.x for f in frags)
    for line in lines:
        line.left, line.right = left, right
    return rows_joined(lines)


# What an icon font's glyph is to every later step: Unicode's private use, read as no letter.
_ICON_GLYPH = "\ue000"


def _apart(previous: Fragment, frag: Fragment, ems: float = 0.1) -> bool:
    """Whether a run may start a cell: placed apart from the last one, where widths are known
    (runs of a word drawn in several fonts follow each other closely), or placed at all."""
    if previous.width is None or frag.width is None:
        return frag.placed
    return frag.placed and frag.x - previous.end > ems * frag.size


def _monospaced(frag: Fragment) -> bool:
    """Whether a run's glyphs are each 0.6 em wide, as a monospaced font's (Source Code Pro,
    Courier) are: its measured width says so, to within a rounding."""
    if frag.width is None or len(frag.text.strip()) < 2:
        return False
    # Counted with its spaces or without: pypdf's own spaces take no glyph in a font with none.
    counts = {len(frag.text), len(frag.text.strip()), len(frag.text.replace(" ", ""))}
    return any(abs(frag.width / (frag.size * count) - 0.6) < 0.004 for count in counts)


def _line(row: list[Fragment], neighbours: set[int], dots: list[Point], page: int) -> Line:
    """Join one baseline's fragments: a wide gap or a table column's edge starts a new cell."""
    # A zero-width space drawn as a run of its own (Chrome prints Google Docs' so) is no cell;
    # nor an icon font's glyph set before the text ("\uf173 Floatility GmbH", in 18 pt). One
    # inside a word is a ligature ("so\uf0ffware"), read later.
    row = [frag for frag in row if frag.text.strip(_ZERO_WIDTH)] or row
    larger = len(row) > 1 and row[0].size > 1.2 * row[1].size
    row = row[1:] if larger and icon(row[0].text) else row
    # "______" before a line's words: a hanging indent typed out in white (Google Docs). The
    # line starts where they do, as the paragraph's first line does; they are no words.
    margin = row[0].x
    row = row[1:] if len(row) > 1 and not row[0].text.strip("_ ") else row
    text, cells, start, last_cell = row[0].text, 1, min(margin, row[0].x), 0
    spans = [[row[0].x, row[0].end]]
    if text.strip() == "o" and len(row) > 1 and row[1].x - row[0].end > 0.8 * row[1].size:
        text = "•"  # Word's second-level bullet: a letter o in Courier New, a tab before the text
    spacing = tracking(row)
    for index, (previous, frag) in enumerate(itertools.pairwise(row), start=1):
        gap = frag.x - previous.end - spacing * len(previous.text)
        # Chrome draws "ą" of "pasją" from a fallback font, a run starting where "pasj" ends.
        part = glued(previous, frag, gap)
        # Widths are guesses, so a font change can look like a gap; punctuation never starts a word.
        closing = part[:1] in CLOSING
        # (A run led by pypdf's space in a font with none to draw ends its glyphs earlier; not
        # before an accented letter, which WPS and Chrome draw as a run of its own: "Cosm" "ética".)
        drawn_gap = gap + (previous.undrawn if part[:1].isascii() else 0.0)
        spaced = (drawn_gap > 0.1 * frag.size and not closing) or part[:1].isspace()
        # "Jul 2023" in a column of dates measured a little too wide, touching the bold "Ph.D. in
        # Fluid Mechanics" beside it: a change of weight between a year and a capital ends a word.
        weight = previous.bold != frag.bold and gap > -0.5 * frag.size
        spaced = spaced or (weight and previous.text[-1:].isdigit() and part[:1].isupper())
        spaced = spaced and not small_capitals(previous, frag, gap)
        # In a monospaced font a word's space is 0.6 em, and words line up from row to row.
        apart = 1.2 if _monospaced(previous) and _monospaced(frag) else 0.5
        aligned = _apart(previous, frag, apart) and any(
            abs(round(frag.x) - x) <= 1 for x in neighbours
        )
        if _BULLET.fullmatch(text.strip() + " "):
            start = frag.x  # a bullet glyph drawn on its own: the text starts here
            text += " "
        elif previous.blind and gap < -0.1 * frag.size and text[-1:] == " ":
            text = text.rstrip()  # a space pypdf guessed, overlapped: the word goes on here
        elif gap > 2 * frag.size or (spaced and aligned):
            text, cells, last_cell = text.rstrip() + " · ", cells + 1, index
            spans.append([frag.x, frag.end])
        elif spaced:
            text += " "
        text += part
        spans[-1][1] = max(spans[-1][1], frag.end)
    spans[0][0] = start
    title = spread_title(row) if cells > 1 else ""
    text, cells = (title, 1) if title else (text, cells)
    # A soft hyphen drawn inside a line is a hyphen seen ("AUG 2010 \u00ad MAY 2014", as
    # Google Docs prints them); at a line's end it marks a word broken, joined later.
    text = closed_up(_SOFT_HYPHEN.sub("-", " ".join(text.split())))
    # Its cells stay counted: a form's rows are items, each a field.
    text = _COLON_CELL.sub(": ", text).rstrip()
    # Canva's letter-spaced years, "1 9 8 6 – 1 9 8 9", drawn a digit at a time: one number.
    text = _SPACED_DIGITS.sub(lambda found: found.group(0).replace(" ", ""), text)
    bullet = _BULLET.match(text)
    if bullet:
        text = text[bullet.end() :]
        start += text_width(bullet.group(0), row[0].size, False) if start == row[0].x else 0
    size, y = max(f.size for f in row), row[0].y
    beside = {
        round(x)
        for x, dy in dots
        if start - 3 * size <= x < start and y - 0.3 * size <= dy <= y + size
    }
    # One mark before a line is its bullet; a row of three squares (moderncv-like titles), an
    # ornament of a heading.
    drawn = 0 < len(beside) < 3
    # "**Acme Corp**        2019 – 2021": the title's weight, not its dates'.
    titled = cells == 2 and dated_cell(text.rsplit(" · ", 1)[-1])
    bold = all(f.bold for f in row[: last_cell if titled else len(row)])
    marker = bullet.group(0).strip() if bullet else ""
    line = Line(page, start, y, size, bold, text, cells, bool(bullet) or drawn, row[-1].end, marker)
    line.spans = tuple((first, last) for first, last in spans) if cells == len(spans) else ()
    return line


def read_pdf(raw: bytes, path: Path) -> Reading:
    """Read a PDF resume's text layer into canonical Markdown; scanned or locked files refuse."""
    import pypdf

    encrypted = ResumeError(f"Resume {path} is an encrypted PDF; save a copy without a password.")
    notes: list[str] = []
    lines: list[Line] = []
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
            links: list[str] = []
            fonts = FontWidths()
            while read < min(total, MAX_PAGES) and chars <= MAX_RESUME_BYTES:
                links.extend(page_links(reader.pages[read]))
                frags, dots = page_runs(reader.pages[read], fonts)
                # " \u200b" between words (Skia's Google Docs export): no text, and measured
                # as wide as a letter it would run over the word after it.
                frags = [frag for frag in frags if frag.text.strip(_ZERO_WIDTH + " ")]
                frags = [replace(f, text=letters_closed(f.text)) for f in frags]
                frags = letters_joined(without_print_chrome(overprinted_once(frags)))
                frags = words_joined(frags)
                frags = ordinals_lowered(frags)
                # An icon drawn by its glyph's name ("/mobile_phone") is one glyph wide, not as
                # wide as the name's letters, which would run it across the next column.
                icons = icon_names([frag.text.strip() for frag in frags])
                frags = [
                    replace(f, text=_ICON_GLYPH, width=f.size) if i in icons else f
                    for i, f in enumerate(frags)
                ]
                read += 1
                if not frags:
                    empty.append(read)
                edge = page_edge(reader.pages[read - 1])
                halves = two_up(frags, reader.pages[read - 1])
                # (A blank landscape page is two empty halves: no column to read.)
                split = [column for half in halves for column in columns(half) if column]
                parts = [_lines(column, dots, read - 1, edge) for column in split]
                lines.extend(line for part in header_beside(parts) for line in part)
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
    texts = ligatures_mended([glyphs_mended(line.text) for line in lines])
    lines = [replace(line, text=text) for line, text in zip(lines, texts, strict=True)]
    markdown, name = to_markdown(lines, known)
    text = "\n".join(line.text for line in lines).casefold()
    # A link's address lives in an annotation, not in the text ("GitHub" → github.com/x):
    # addresses the text does not show are kept as header lines.
    hidden = hidden_links(links, text)
    markdown = icon_names_dropped(markdown)
    reading = arrange(markdown, "pdf", name=name, extra=[f"Link: {url}" for url in hidden])
    reading.warnings[:0] = notes
    return reading
