"""Whether an entry is held now: its heading matter marked present, current or now in any
language the sets hold, a span left open, or dates ending this year or later."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import NOW_WORDS, ends_this_year_or_later

# Patterns stay strings, compiled on first use (resume_chat.patterns keeps what it compiled).
CURRENT = (
    # "2024 – recent": a span's end, not "recent projects".
    # "Proyectos Empresariales Agora": Portuguese "agora" (now) marks a span's end only, no
    # company's name; Spanish "Actual" capitalised, or after a dash.
    rf"(?i)\b((?!(?:agora|actual)\b)(?:{NOW_WORDS})|(?<=[-–—] )(?:recent|agora|actual)|(?-i:Actual)"
    r"|(?<=[-–—] )acte?(?=\.)"  # "Ag. 2019 – Acte.": "actualmente", cut short
    # "Seit 08/2010 – Eisbär Eis GmbH", "Since 2019": begun and not ended; not "(since 04/2025)"
    # after a line's own dates, which says when its detail began.
    r"|(?<!\()(since|seit|depuis|desde)\s+(\w+\.?\s+)?(\d\d?[./])?(19|20)\d\d"
    # "PhD in Biology (2nd Year) · Started September 2019": begun, no end after it.
    r"|(?<=· )started\s+(\w+\.?\s+)?(19|20)\d\d(?![^\n]{0,25}?(19|20)\d\d)"
    # Russian "since" (a one-letter word), a month or not, no end after it: "\u0441 июня 2004
    # --- …", "\u0441 2013 · Технический писатель" (not "\u0441 2007 по 2012").
    r"|(?<![^\W\d_])\u0441\s+([^\W\d_]{3,9}\s+)?(19|20)\d\d(?![^\n]{0,25}?(19|20)\d\d)"
    # "since Sept22", "since Jan '23": a month and the year's last two digits.
    r"|(?<!\()(since|seit|depuis|desde)\s+[a-z]{3,9}\.?\s?'?\d\d\b"
    # "from 2018" alone, a pandoc CV's term for the job held since: no end after it.
    r"|((?<=^- )|(?<=^\* )|^)from:?\s+(\w+\.?\s+)?(\d\d?[./])?(19|20)\d\d"
    r"(?!\s*(-|–|—|to\b|until|till|\d))"
    # "2017- Professor of Economic Evaluation", "2023– · Assistant Professor": a span left
    # open, its dash against the year and no end year or month after it ("2019 – SkyEng
    # school" is a year and what was done in it). With its month, a bullet before it too
    # (moderncv's "- 01/2020– Data Engineer, VR Group").
    r"|((?<=^- )|(?<=^\* )|^)(\d\d?[./])?(19|20)\d\d(?=[-–—](\s|$)(?!\s*((19|20)?\d\d|jan|feb"
    r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter))))\b"
)

# "· 2021 –" at a line's end; "(2017 - )", a span left open in its brackets.
# "2025 - ...": the end left as dots, held now.
_OPEN_END = r"\b(19|20)\d\d\s*[-–—]\s*(\.{3}|…|\?)?\s*($|· |\)\s*$)"
_DATE_START = (
    r"(?i)\s*[-*]?\s*((19|20)\d\d|\d\d?[./]|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|present|current|now|today)\w*\b)"
)


def held_now(head: tuple[str, ...]) -> bool:
    """An entry's title, first lines and parents (`head`) mark it held now, or its span ends
    this year or later ("University of Cambridge (2024 - 2028)" is a PhD in progress)."""
    if any(_marks_current(text) for text in head):
        return True
    # "Associate Professor · 2021 –": a span left open at the end of its line, unless the
    # next line goes on with the end (a PDF's line wrapped inside the span).
    for text, after in zip(head, (*head[1:], ""), strict=True):
        if patterns.search(_OPEN_END, text) and not patterns.match(_DATE_START, after):
            return True
    return any(ends_this_year_or_later(text) for text in head)


def _marks_current(text: str) -> bool:
    """A line marked as held now; in a bullet's sentence ("- Contributed on scaling … across
    current and new Medallia customers") "current" or "now" is prose, "Present" still a date."""
    sentence = text.startswith("- ") and len(text.split()) > 10
    return any(
        not (sentence and found.group(0).lower() in _PROSE_WORDS)
        # "(Feb. 2022 – now)" at a long item's end: a span's end still, no prose.
        or patterns.search(_SPAN_OPENED, text[: found.start()])
        for found in patterns.finditer(CURRENT, text)
    )


_PROSE_WORDS = frozenset({"current", "currently", "now", "today"})
_SPAN_OPENED = r"\b(19|20)\d\d\s*[-–—]\s*$"
