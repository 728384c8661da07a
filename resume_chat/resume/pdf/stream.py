"""A PDF page's content stream walked into text runs, each placed on the page, and the small
shapes browsers draw as list bullets."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from resume_chat import patterns
from resume_chat.resume.kinds.spelling import unspaced
from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.faint import Faint
from resume_chat.resume.pdf.fonts import FontWidths, page_fonts
from resume_chat.resume.pdf.spacing import kerning, space_word_gaps, spaced_by, spread
from resume_chat.resume.pdf.unmeasured import Unmeasured

_BOLD_FONT = patterns.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
# A font of pictures whose glyphs sit on letter codes: LaTeX's marvosym, which moderncv draws
# its phone ("H"), envelope ("B") and list marks ("{") in. Each glyph is a mark, not a letter.
_PICTURE_FONT = patterns.compile(r"marvosym", re.IGNORECASE)
# Some fonts map CJK ideographs to the look-alike Kangxi radicals ("⽉" for "月"): read as
# the ideographs, as Unicode's compatibility mapping says.
_RADICALS = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FD6)}
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st"})
# A font with no map to Unicode: pypdf gives its glyphs' names ("/two.lf/zero.lf" for "20",
# "/f_i" for "fi"). Digits and ligatures by their standard names are read as what they draw.
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_GLYPH = patterns.compile(
    r"/(" + "|".join(_DIGITS) + r")(?:\.[a-z]{1,5})?|/(f_f_[il]|f_[filtbhjk])"
)


def _glyph(found: re.Match[str]) -> str:
    return str(_DIGITS.index(found.group(1))) if found.group(1) else found.group(2).replace("_", "")


# Painting operators: a fill (a disc, a square bullet) or a stroke (a circle, as nested lists use).
_PAINT = {b"f", b"F", b"f*", b"b", b"B", b"b*", b"B*", b"S", b"s"}
# Bounds on the layout search, so a page of a million glyphs or shapes stays linear.
MAX_DOTS, MAX_FORM_DEPTH = 2_000, 12

Point = tuple[float, float]


def _apply(matrix: Any, x: float, y: float, *, shift: bool = True) -> Point:
    """A point (or, without shift, a vector) through a PDF matrix [a b c d e f]."""
    a, b, c, d, e, f = (float(v) for v in matrix)
    return x * a + y * c + (e if shift else 0.0), x * b + y * d + (f if shift else 0.0)


def page_runs(page: Any, fonts: FontWidths) -> tuple[list[Fragment], list[Point]]:
    """A page's text runs, and the small filled shapes drawn as bullets (points, y up)."""
    found: list[Fragment] = []
    dots: list[Point] = []
    path: list[Point] = []
    # pypdf reads a form XObject (Canva draws each text box as one) from its own origin: the
    # matrix in force where it is drawn ("Do") places it on the page, for each level of nesting.
    frames: list[Any] = []
    drawing: list[Any] = []  # the matrix of a "Do" whose form's first operator is still to come

    def place(matrix: Any, x: float, y: float, *, shift: bool = True) -> Point:
        point = _apply(matrix, x, y, shift=shift)
        for outer in reversed(frames):
            point = _apply(outer, *point, shift=shift)
        return point

    # pypdf reports a run from the matrix a "Tm" set, missing the "Td" right after it when it
    # first put in a space (Google Docs draws each run so: the run drawn a line too high).
    moved: dict[tuple[float, ...], tuple[float, float]] = {}
    last: list[Any] = [b"", ()]

    # A space drawn as a run of its own (Typst draws "Sol", " ", "Yates" in two fonts) is read
    # into the next run, which then starts a new word however close it is drawn.
    space: list[Point] = []  # where that space was drawn

    # The last run's font measured blind by pypdf (Figma's): the next "TJ" is likely in it too.
    blind = [False]

    # Word justifies a line by widening its spaces ("Tw") and spreads letters ("Tc"): measured
    # from its glyphs alone, a run falls short of where the next one starts, which then seems
    # a word away ("más de 1", "7 años" read "1 7"). In text units, saved and restored by q/Q.
    spacing: list[tuple[float, float]] = [(0.0, 0.0)]
    # The spacings the text pypdf hands over next was shown with: one run may gather several
    # operators' text, and where their spacings differ (InDesign's tabs drawn as spaced-out
    # spaces) none is the run's.
    shown: set[tuple[float, float]] = set()

    # Code 32 drawn as a letter, each glyph placed on its own (Google Docs): which of the
    # letters drawn since the last run pypdf wrongly spaced after (see `FontWidths.letter32`).
    letters = _Letters(page, fonts)
    unmeasured = Unmeasured(page)  # Photoshop's fonts with no widths: spaces as drawn
    faint = Faint(page)  # text drawn nearly transparent, a backdrop: how faint each run was
    faintly: set[bool] = set()
    # LaTeX's \\hfill after a font change: "[-25385 (Juin 2024)] TJ" in the dates' font, no
    # "Td" before it. pypdf reports the run where the line began; it starts past the last run
    # by that offset (thousandths of an em), the first offset of its first "TJ" (`Fragment.lead`).
    lead: list[float] = []
    kerned = [0.0]  # the kerning of the "TJ" arrays shown since the last run (`kerning`)
    # The baselines the run's glyphs were shown on: where all are one, a line break inside its
    # text is a glyph (wkhtmltopdf maps the space an HTML source's line break became to "\n",
    # and "Desarrollador Web Full Stack" read as four lines), not a step down.
    baselines: set[float] = set()

    def text(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        used = set(shown)
        shown.clear()
        if len(baselines) == 1 and "\n" in text.strip("\n"):
            head, tail = len(text) - len(text.lstrip("\n")), len(text.rstrip("\n"))
            text = text[:head] + text[head:tail].replace("\n", " ") + text[tail:]
        baselines.clear()
        pulled, kerned[0] = kerned[0], 0.0
        backdrop = faintly == {True}  # every operator that showed this run drew it faint
        faintly.clear()
        if backdrop:
            return
        blind[0] = fonts.spaced_blindly(font)
        text = unmeasured.mended(letters.mended(text))
        if not text.strip():
            if " " in text:
                space[:] = [place(cm, float(tm[4]), float(tm[5]))]
            return
        shift = moved.get(tuple(float(v) for v in tm)) if text[:1] == " " else None
        if shift is not None:
            tx, ty = shift
            tm = [*tm[:4], tm[4] + tx * tm[0] + ty * tm[2], tm[5] + tx * tm[1] + ty * tm[3]]
        x, y = place(cm, float(tm[4]), float(tm[5]))
        up = place(cm, float(tm[2]), float(tm[3]), shift=False)  # the glyphs' height vector
        height = abs(float(size or 0) * math.hypot(*up)) or 10.0
        if not all(math.isfinite(v) for v in (x, y, height)):
            return
        across = abs(float(size or 0) * math.hypot(*place(cm, tm[0], tm[1], shift=False)))
        offset, lead[:] = (lead or [0.0])[0] / 1000 * across, []
        offset = offset if offset > height and math.isfinite(offset) else 0.0
        # Only a space just before this run, on its line: Word draws spaces elsewhere too.
        # (Adobe XD draws each word and space in its own font, and pypdf gives them one x.)
        if space and abs(y - space[0][1]) < 0.2 * height and 0 <= x - space[0][0] < height:
            text = text if text[:1].isspace() else " " + text
        space.clear()
        named = str(font.get("/BaseFont", "")) if font else ""
        bold = bool(_BOLD_FONT.search(named))
        if _PICTURE_FONT.search(named):
            text = patterns.sub(r"\S", "\u2022", text)
        if found and _drawn_twice(found[-1], text, x, y):
            found.pop()  # InDesign's bold by drawing a label twice on one spot: said once
            bold = True
        for index, part in enumerate(text.split("\n")):
            if part.strip():
                ems = fonts.ems(part, font)
                width = ems * across if ems is not None and math.isfinite(ems * across) else None
                if width is not None and len(used) == 1 and used != {(0.0, 0.0)}:
                    width += spread(part, font, next(iter(used)), across / float(size or 1))
                # Kerning drawn into the run, in a font whose words are each placed on their
                # own (XeTeX's): the run is that much narrower than its glyphs' widths.
                # In any font, letters pushed apart inside the run (Word 365 spreads each glyph
                # of a line by -45 to -65 thousandths: "Bianc" ended a space short of "a
                # Karoline") make it that much wider, and as far again past its last letter.
                pull = pulled / 1000 * across if fonts.spaceless(font) or pulled < 0 else 0.0
                pull *= len(part) / max(len(part) - 1, 1) if pull < 0 else 1.0
                if width is not None and "\n" not in text and -width < pull < width:
                    width -= pull
                # Measured as drawn (a ligature is one glyph), read as letters ("fi").
                text = part.translate(_LIGATURES).translate(_RADICALS)
                text = _GLYPH.sub(_glyph, text) if "/" in text else text
                text = unspaced(text)
                top = y - index * height * 1.2
                first = 0.0 if index else offset
                led = part[:1] == " " and fonts.spaceless(font)
                undrawn = (fonts.ems(" ", font) or 0.0) * across if led else 0.0
                found.append(
                    Fragment(x, top, height, bold, text, width=width, blind=blind[0], lead=first)
                )
                if width is not None and 0 < undrawn < width:
                    found[-1].undrawn = undrawn

    def operator(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        spaced_by(spacing, op, args)
        faint.drawing(op, args)
        if op in _SHOWING:
            if not shown:  # the run's first showing operator
                first = args[0][0] if op == b"TJ" and args and isinstance(args[0], list) else 0
                lead[:] = [-float(first)] if isinstance(first, (int, float)) else []
            shown.add(spacing[-1])
            baselines.add(float(tm[5]) if op in (b"Tj", b"TJ") else math.nan)
            faintly.add(faint.faint())
        letters.drawing(op, args)
        unmeasured.drawing(op, args)
        if op == b"TJ" and args and isinstance(args[0], list):
            space_word_gaps(args[0], kerned=blind[0])
            kerned[0] += kerning(args[0])
        if op == b"Td" and last[0] == b"Tm" and len(args) == 2 and len(last[1]) == 6:
            moved[tuple(float(v) for v in last[1])] = (float(args[0]), float(args[1]))
        last[:] = [op, args]
        if drawing and len(frames) < MAX_FORM_DEPTH:
            frames.append(drawing.pop())  # the form's own content has begun
        if op == b"Do":
            drawing[:] = [list(cm)]
            return
        # Browsers draw list bullets as tiny circles or squares, filled or outlined, not as text.
        if op in (b"m", b"l", b"c", b"re") and len(args) >= 2:
            xs, ys = [float(v) for v in args[0::2]], [float(v) for v in args[1::2]]
            if op == b"re" and len(args) == 4:
                xs, ys = [xs[0], xs[0] + xs[1]], [ys[0], ys[0] + ys[1]]
            path.extend(place(cm, x, y) for x, y in zip(xs, ys, strict=True))
        elif op in _PAINT and path:
            xs, ys = [x for x, _ in path], [y for _, y in path]
            width, height = max(xs) - min(xs), max(ys) - min(ys)
            bullet = 1 <= width <= 8 and 1 <= height <= 8 and 0.5 <= width / height <= 2
            if bullet and len(dots) < MAX_DOTS:
                dots.append((sum(xs) / len(xs), min(ys)))
            path.clear()
        elif op == b"n":
            path.clear()

    def after(op: bytes, args: Any, cm: Any, tm: Any) -> None:
        faint.drawn(op)
        if op == b"Do":
            if drawing:
                drawing.clear()  # an image, or a form with nothing in it
            elif frames:
                frames.pop()

    page.extract_text(
        visitor_text=text, visitor_operand_before=operator, visitor_operand_after=after
    )
    return found, dots


_SHOWING = frozenset((b"Tj", b"TJ", b"'", b'"'))


class _Letters:
    """Which letters drawn with code 32 pypdf put a space after though the next glyph follows
    it closely: in Google Docs' PDFs each glyph is placed by its own "Td", and pypdf, taking
    the letter for a space, measures it too narrow ("de dicate d" for "dedicated")."""

    def __init__(self, page: Any, fonts: FontWidths) -> None:
        self._fonts = page_fonts(page)
        self._widths = fonts
        self._letter: tuple[str, bytes, float] | None = None
        self._size = 0.0
        self._drawn = 0  # letters drawn since the last run was read
        self._after = False  # the last glyph drawn was the letter
        self._wrong: set[int] = set()  # the letters a space was wrongly put after

    def drawing(self, op: bytes, args: Any) -> None:
        """Follow the operators: the font, the letters drawn, and the move after each."""
        if op == b"Tf" and len(args) == 2:
            try:
                font = self._fonts[args[0]].get_object()
                self._letter, self._size = self._widths.letter32(font), float(args[1])
            except (KeyError, TypeError, ValueError, AttributeError):
                self._letter = None
        elif self._letter is None:
            return
        elif op in (b"Tj", b"TJ") and args:
            code = self._letter[1]
            drawn = args[0] if isinstance(args[0], list) else [args[0]]
            glyphs = [
                run[i : i + len(code)]
                for run in drawn
                if isinstance(run, bytes)
                for i in range(0, len(run), len(code))
            ]
            self._drawn += glyphs.count(code)
            self._after = bool(glyphs) and glyphs[-1] == code and isinstance(drawn[-1], bytes)
        elif op == b"Td" and self._after and len(args) == 2:
            # Moved on by the letter's own width: the next glyph of the same word.
            if float(args[0]) < (self._letter[2] + 0.15) * self._size:
                self._wrong.add(self._drawn)
            self._after = False
        else:
            self._after = False

    def mended(self, text: str) -> str:
        """A run as read, without the spaces wrongly put after the letter."""
        wrong, letter, drawn = self._wrong, self._letter[0] if self._letter else "", self._drawn
        self._drawn, self._wrong = 0, set()
        # Only where every such letter of the run was seen drawn with code 32.
        if not wrong or not letter or text.count(letter) != drawn:
            return text
        parts, seen = [], 0
        for index, char in enumerate(text):
            if char == " " and index and text[index - 1] == letter and seen in wrong:
                continue
            seen += char == letter
            parts.append(char)
        return "".join(parts)


def _drawn_twice(last: Fragment, text: str, x: float, y: float) -> bool:
    """Whether `text` is drawn where the run before it was and begins with all of it
    ("Freiberufliche Designerin", then "Freiberufliche Designerin (Tätigkeit:" on one spot)."""
    said = last.text.strip()
    spot = abs(last.x - x) < 0.01 and abs(last.y - y) < 0.01
    return spot and len(said) >= 6 and text.lstrip().startswith(said)
