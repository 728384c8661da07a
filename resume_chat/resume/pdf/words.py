"""Runs drawn a letter at a time, joined back into words.

Some generators (an Indonesian label-and-table form printed from Word, among others) draw every
glyph as a run of its own, placed where it goes. Read letter by letter, nothing on the page
looks like a line of text: a word that runs over a column's edge never crosses it, so the
labels and their values split into two columns ("Curr" | "iculum Vitae"). Letters drawn on
one baseline, each where the last one ended, are one word, as every other generator draws it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.resume import scripts

if TYPE_CHECKING:
    from resume_chat.resume.pdf.columns import Fragment

# An ordinal's letters, raised after their number ("1st", "11th"); a row of them alone, "st · th".
_SUFFIXES = ("st", "nd", "rd", "th")
ORDINALS = patterns.compile(rf"(?:{'|'.join(_SUFFIXES)})(?: · (?:{'|'.join(_SUFFIXES)}))*")
CLOSING = frozenset(".,;:!?)]}»”’%")  # marks that close the word before them
_LETTERS_SHARE = 0.5  # of a page's runs, single letters: a page drawn a letter at a time
_MIN_RUNS = 40
_TOUCHING = 0.08  # ems between a letter's end and the next one's start, either way


def _letter(frag: Fragment) -> bool:
    return len(frag.text.strip()) == 1 and frag.width is not None


def _touching(last: Fragment, frag: Fragment) -> bool:
    """Whether `frag` starts where `last` ends. A word's first letter may come with the space
    pypdf read before it (" R"), measured in its width though drawn before its x: its end
    then lies up to a space's width (under 0.4 em in any font) past the next letter's start."""
    gap = frag.x - last.end
    spaced = last.text[:1].isspace() and len(last.text.strip()) == 1
    return -(0.4 if spaced else _TOUCHING) * frag.size <= gap <= _TOUCHING * frag.size


def _alike(last: Fragment, frag: Fragment) -> bool:
    """Measured runs on one baseline in one font's size and weight: one run of text, if they
    touch."""
    return (
        last.width is not None
        and frag.width is not None
        and last.bold == frag.bold
        and abs(last.size - frag.size) <= 0.05 * frag.size
        and abs(last.y - frag.y) <= 0.1 * frag.size
    )


def letters_joined(frags: list[Fragment]) -> list[Fragment]:
    """The page's runs with letters drawn one per run joined into words, in drawing order;
    a page drawn otherwise, unchanged."""
    if len(frags) < _MIN_RUNS or sum(map(_letter, frags)) < _LETTERS_SHARE * len(frags):
        return frags
    joined: list[Fragment] = []
    for frag in frags:
        last = joined[-1] if joined else None
        if (
            last is not None
            and _alike(last, frag)
            and not frag.text[:1].isspace()
            and not last.text[-1:].isspace()
            and _touching(last, frag)
        ):
            width = frag.end - last.x
            joined[-1] = replace(last, text=last.text + frag.text, width=width)
        else:
            joined.append(frag)
    return joined


_WORDS_SHARE = 0.5  # of a page's runs, one word led by its space: a page drawn a word at a time
_SPACE_BEFORE = 0.45  # ems: the leading space is in a run's width, drawn before its x


def words_joined(frags: list[Fragment]) -> list[Fragment]:
    """The page's runs with words drawn one per run (" Computing", " Science,": Google Docs)
    joined into the runs of text they make, in drawing order; a page drawn otherwise,
    unchanged. Read word by word, the gaps between words line up by chance down a page of
    prose and look like a gutter, splitting lines in two columns."""
    led = sum(1 for f in frags if f.text[:1] == " " and len(f.text.split()) == 1)
    if len(frags) < _MIN_RUNS or led < _WORDS_SHARE * len(frags):
        return frags
    joined: list[Fragment] = []
    previous: Fragment | None = None  # the run drawn last, as drawn
    for frag in frags:
        last = joined[-1] if joined else None
        if (
            last is not None
            and previous is not None
            and _alike(last, frag)
            and frag.text[:1] == " "
            and -_SPACE_BEFORE * frag.size <= frag.x - last.end <= _TOUCHING * frag.size
        ):
            # "pasj" + " ą" (a fallback font's letter, pypdf's space before it): one word.
            text = last.text + glued(previous, frag, frag.x - previous.end)
            joined[-1] = replace(last, text=text, width=frag.end - last.x)
        else:
            joined.append(frag)
        previous = frag
    return joined


_MIN_SPACED = 4  # letters drawn a space apart, fewer of them may be words ("A & B")
_WORD_GAP = patterns.compile(r"\s{2,}")


def letters_closed(text: str) -> str:
    """A run of letters spaced a space apart, its words two or more ("P U B L I C A T I O N S
    S C I E N T I F I Q U E S", a browser's `letter-spacing`; "W E B - …" in Cyrillic,
    Canva's): read as the words they spell, as a reader sees them. pypdf reads the gap after
    each spaced letter as a space, and the wider one between words as two. A row of marks
    (a dotted leader, "○ ○ ○ ○ ○"), or a line of short words ("I am a TA"), stays as it is."""
    flat = text.replace("\xa0", " ")
    letters = flat.split()
    if len(letters) < _MIN_SPACED or any(len(letter) > 1 for letter in letters):
        return text
    if sum(letter.isalnum() for letter in letters) < max(3, len(letters) // 2):
        return text
    words = [part.replace(" ", "") for part in _WORD_GAP.split(flat.strip())]
    lead, trail = flat[: len(flat) - len(flat.lstrip())], flat[len(flat.rstrip()) :]
    return lead[:1] + " ".join(words) + trail[:1]


_LATIN = patterns.compile(f"[\x00-\x7f{scripts.LATIN_ACCENTED}]+")
_WORD_LETTER = patterns.compile(f"[{scripts.GREEK}{scripts.CYRILLIC}]")


def _accented(letters: str) -> bool:
    """Latin letters beyond ASCII ("ą", "ęł", Vietnamese "ộ"), which a font may lack and
    Chrome draws from another, the rest of their word after them. Chinese, written without
    spaces, spaces itself from Latin words by hand ("融合 Agent"); a Cyrillic or Greek letter
    alone is a word ("Желаемая должность и зарплата")."""
    return letters.isalpha() and not letters.isascii() and bool(_LATIN.fullmatch(letters))


def glued(previous: Fragment, frag: Fragment, gap: float) -> str:
    """The run's text as it goes on the word before it, or as it stands: Chrome draws the "ą"
    of "rozwiązań" from a fallback font, a run of a letter or two starting where "rozwi" ends,
    and "zań" goes on after it; pypdf begins each such run with a space the page does not show.
    (A run begun with such a space was measured with it, so it seems to end up to a space's
    width later.) After such a letter, a second space is the page's own ("ą" "  do")."""
    if frag.text[:1] != " " or None in (previous.width, frag.width) or previous.blind:
        return frag.text
    letters, before = frag.text.strip(), previous.text.strip()
    # Not Greek or Cyrillic: a page in them has its letters, and a letter alone is a word there.
    alone = _WORD_LETTER.search(letters) is not None
    fallback = len(letters) <= 2 and letters.isalpha() and not letters.isascii() and not alone
    # After such a letter, the rest of the word and what follows it: "Obs", " ł", " uga sprz".
    after = len(before) <= 2 and _accented(before)
    # A word's letters go on, or its closing mark does ("rozwiązań" + " .").
    goes_on = letters[:1].isalpha() or letters[:1] in CLOSING
    low, high = (-0.4, -0.1) if previous.text[:1] == " " else (-0.08, 0.05)
    if not ((fallback or after) and goes_on and low < gap / frag.size < high):
        return frag.text
    return frag.text[1:] if after else frag.text.lstrip()


def ordinals_lowered(frags: list[Fragment]) -> list[Fragment]:
    """ "11" then "th" raised in small type ("11th December 2001", as LaTeX and Word set it):
    the suffix goes onto its number's baseline, so the date reads whole; left raised, it is a
    row of its own, dropped."""
    out = list(frags)
    for n, frag in enumerate(frags):
        if frag.text.strip() not in _SUFFIXES:
            continue
        number = next(
            (
                other
                for other in frags
                if other.text.rstrip()[-1:].isdigit()
                and frag.size < 0.85 * other.size
                and 0 < frag.y - other.y <= 0.6 * other.size
                and abs(frag.x - other.end) <= 0.3 * other.size
            ),
            None,
        )
        if number is not None:
            out[n] = replace(frag, y=number.y)
    return out


def overprinted_once(frags: list[Fragment]) -> list[Fragment]:
    """Each run once: Figma draws some text twice at one place ("Politecnico di Milano ·
    2200221- 1- 2200 2323" read for "2021 - 2023"). A run where the same text in the same size
    already stands is the same run drawn again; not a piece of a string whose pieces pypdf
    places all at its start."""
    seen: set[tuple[str, float, int, int]] = set()
    kept: list[Fragment] = []
    for previous, frag in zip([None, *frags], frags, strict=False):
        key = (frag.text, frag.size, round(frag.x * 2), round(frag.y * 2))
        # Pieces of one string all start where it starts ("3", ",", "553", "," at one x).
        own = previous is None or (previous.x, previous.y) != (frag.x, frag.y)
        if own and frag.placed and frag.text.strip() and key in seen:
            continue
        seen.add(key)
        kept.append(frag)
    return kept


# "derbolb @gmail.com": an address's "@" drawn apart from its user (Canva); never a space there.
_SPACED_AT = patterns.compile(r"(?<=[\w.+-]) @(?=[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b)")
# "Кыргызстан , Бишкек": a comma drawn apart from its word; no language spaces one so.
_SPACED_COMMA = patterns.compile(r"(?<=[^\W\d_]) ,(?= [^\W\d_])")


def closed_up(text: str) -> str:
    """A line's text with an address's "@" and a comma drawn apart from their words (Canva)
    closed up."""
    return _SPACED_COMMA.sub(",", _SPACED_AT.sub("@", text))
