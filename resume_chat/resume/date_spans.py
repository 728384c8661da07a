"""The one pattern for a span of dates ("2019-2021", "Feb 2020 – Present", "seit 08/2010"),
and the words, in every language the sets hold, that leave a span open: the job still held."""

from __future__ import annotations

import time

from resume_chat import patterns
from resume_chat.resume.months import MONTH_NAME

# The words a span of dates ends on while the job is still held, in every language the sets
# hold: "2024 - present", "2019 - bis heute", "2020 - Nåværende". The outline's CURRENT
# takes the same list, so a span the outline cuts on is one the answerer calls current.
NOW_WORDS = (
    r"present|current|currently|now|today|ongoing|(?:to|till)[- ]date"
    # German, French, Spanish, Portuguese, Italian, Dutch: "bis heute", "à présent", "heden".
    r"|heute|aktuell|derzeit|laufend|présent|aujourd['’]hui|actualidad|actualmente|presente|atual|heden"
    r"|atualmente|agora|ahora|oggi|en cours|en curso|in corso|a la fecha|hasta la fecha|actual"
    r"|hasta la actualidad|hasta (?:el )?(?:presente|hoy)"
    r"|actualitat"
    r"|o momento|vigente"
    # Norwegian, Danish, Swedish, Polish, Indonesian: "2024 - Nåværende".
    r"|nåværende|nuværende|nuvarande|pågående|dags dato|obecnie|sekarang|saat ini|idag"
    # Czech, Slovak, Russian, Ukrainian, Turkish, Hungarian, Romanian, Croatian, Finnish:
    # "2024 – současnost", "FEBRUÁR 2025 - DOTERAZ", "2019 – по настоящее время".
    r"|současnost|súčasnosť|doteraz|dosud|dodnes|do teď|doteď|(по )?настоящее время"
    r"|(по )?н\s?\.\s?в\.|сейчас"
    # "по настоящий момент", misspelt "по настроящий момент" too.
    r"|н\w{2,4}оящ\w* момент"
    r"|теперішній час|дотепер|тепер|günümüz|halen|devam ediyor|jelenleg|napjainkig|prezent"
    r"|trenutno|danas|nykyään|jatkuu"
    # Chinese "至今", Japanese "現在", Korean "현재", "재직중" (still employed).
    r"|至今|现在|現在|현재|재직\s?중|在職中|在籍中"  # Japanese "在職中": employed there now
    # "09.2022 – bis jetzt", "март 2024 - наст.время".
    r"|jetzt|наст\.\s?время|до сих пор"
    # "сентябрь/2008 - текущее время", "03/2021 - н/в"; Vietnamese "2021 - hiện tại", Greek
    # "2019 - σήμερα".
    r"|текущее время|н/в|hiện tại|hiện nay|đến nay|σήμερα|παρόν"
)
# The words between a span's two dates: "01/2000 bis 09/2010", "de 2019 à 2021", "dal 2015 al
# 2018", "2012 hasta 2016", "2019 do 2021", "2007 до 2010", "2018 đến 2020", besides the dashes.
SPAN_TO = r"\b(?:to|until|till|bis|à|au|al|a|hasta|até|tot|do|до|по|đến|έως|μέχρι)\b"
# An arrow between two dates: "2016 🡪 2018", "2019 → 2021", "2020 ➔ Present".
ARROW = "[\u2192\u21d2\u2794\u279c\u27a1\u27f6\U0001f800-\U0001f8ff]"
# A year alone, not part of a longer number: "📅 2015 Illinois", "2024. 09. 10".
YEAR = r"(?<!\d)(19|20)\d\d(?!\d)"
# A span of dates, the one pattern for it: "2019-2021", "Feb 2020 – Present", "05.2009 - 07.2012",
# "2014.07 - 2015.06", "01.06.2017 to 28.02.2022". The outline cuts jobs by it and a heading
# holding it is a job.
DATE_SPAN = (
    # "2016年07月" (Chinese, Japanese): the year and month glued to their signs.
    r"(?i)(\b(19|20)\d\d(([./-]\d{1,2})?\b|年(\s?\d{1,2}\s?月)?)|\b(\d{1,2}[./])?\d{1,2}[./](19|20)\d\d\b"
    r"|['\u2018\u2019]\d\d\b)[^\n]{0,16}?"
    # "2022.06 ~ 2025.11", "2018年4月〜2020年3月": a wave dash in Korean and Japanese.
    rf"(\u2013|\u2014|->|-|~|\u301c|\uff5e|至(?!今)|(?=至今)|{ARROW}|{SPAN_TO})\s*"
    # An end's month, also glued to its year ("July 2016 - June2017").
    # "– März 2019", "- août 2020": the month in the resume's own language.
    # "май/2007 - август/2008": a month and its year joined by a slash. "- vsl. Apr. 2026",
    # "- expected May 2026": an end foreseen.
    r"((vsl|voraussichtlich|expected|exp|anticipated)\.? )?"
    r"([^\W\d_]{3,12}\.?,? |[^\W\d_]{3,12}/?(?=(19|20)\d\d))?"
    rf"((19|20)\d\d|(\d{{1,2}}[./])?\d{{1,2}}[./](19|20)\d\d|{NOW_WORDS}"
    r"|['\u2018\u2019]\d\d\b)"
    # "Seit 08/2010 – Eisbär Eis GmbH", "Since May 2019": a span still open.
    # "С марта 2019 [GuruWalk]": Russian and Ukrainian "since", in capitals too.  # noqa: RUF003
    r"|\b(since|seit|depuis|desde|с|з|від) ([^\W\d_]{3,12}\.? )?(\d{1,2}[./])?(19|20)\d\d\b"  # noqa: RUF001
    # "8/15 to 10/15", "9/11 to present": a month and a year of two digits each.
    r"|(?<![\d/])(0?[1-9]|1[0-2])/\d\d\s*(\u2013|\u2014|-|to)\s*((0?[1-9]|1[0-2])/\d\d(?![\d/])"
    r"|present|current|now|ongoing)"
)


def holds_span(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether any of the lines holds a span of dates ("Feb 2025 – Present")."""
    return any(patterns.search(DATE_SPAN, line) for line in lines)


# A form's two fields for one span: "From: 06/2020" over "To: 10/2023", "Start Date:" over
# "End Date:", "Desde:" over "Hasta:", "Von:" over "Bis:".
_FROM = patterns.compile(
    r"(?i)^(\s*(?:from|start(?:ing)?(?: date)?|desde|von|de|du)\s*:\s*)(\S.*?)\s*$"
)
_TO = patterns.compile(
    r"(?i)^\s*(?:to|until|end(?:ing)?(?: date)?|hasta|bis|até|au|à)\s*:\s*(\S.*?)\s*$"
)


def fields_joined(lines: list[str]) -> list[str]:
    """The lines with each "From:" field and the "To:" field under it made one span ("From:
    06/2020 – 10/2023"), so the span reads as one, as a resume's own line would."""
    out: list[str] = []
    for line in lines:
        start = _FROM.match(out[-1]) if out else None
        end = _TO.match(line)
        if start and end and patterns.search(r"\d", start.group(2)):
            out[-1] = f"{start.group(1)}{start.group(2)} \u2013 {end.group(1)}"
        else:
            out.append(line)
    return out


# A year, or a word leaving the span open in any language: "DOCTORAT EN ACTUARIAT · En cours";
# a month of a two-digit year in a span ("11/22 - 10/24").
_YEAR = patterns.compile(
    rf"(?i)\b(?:19|20)\d\d\b|[\u2018\u2019']\d\d\b|\b(?:{NOW_WORDS})\b"
    r"|\b(?:0?[1-9]|1[0-2])/\d\d\s*[-\u2013\u2014]|[-\u2013\u2014]\s*(?:0?[1-9]|1[0-2])/\d\d\b"
)


def dated_cell(text: str) -> bool:
    """Whether a cell set apart holds dates: "2019 – 2021", "June 2019 – Present"."""
    return len(text) <= 32 and bool(_YEAR.search(text))


# A span's end year, also shortened after its start ("2023–26"): an entry ending this year
# or later is still held.
_SPAN_END = patterns.compile(
    r"\b((?:19|20)\d\d)\s*(?:\u2013|\u2014|-|to|until)\s*(?:[A-Za-z]{3,9}\.? )?"
    r"((?:19|20)\d\d|\d\d)\b(?![-/.]\d)"
)


def end_years(text: str) -> list[int]:
    """The years its spans of dates end in: "2019 - 2021" and "2023–26" end in 2021, 2026."""
    ends = []
    for found in _SPAN_END.finditer(text):
        start, end = int(found.group(1)), int(found.group(2))
        if end < 100:
            if end <= start % 100:
                continue  # "2024-03": a year and its month
            end += start // 100 * 100
        ends.append(end)
    return ends


def ends_this_year_or_later(text: str) -> bool:
    """Dated to end this year or later: still held ("University of Cambridge (2024 - 2028)")."""
    return max(end_years(text), default=0) >= time.localtime().tm_year


# What a line of dates alone holds besides its dates: months, the words that leave a span open
# or join its ends, and seasons ("Summer 2006", "de mayo de 2019 a la fecha", "seit 08/2010").
_DATE_WORDS = (
    rf"(?i)(?<![^\W\d_])(?:{MONTH_NAME}|{NOW_WORDS}|from|since|seit|desde|depuis|von|de|del|of"
    rf"|summer|spring|fall|autumn|winter|date)(?![^\W\d_])|{SPAN_TO}"
)


def dates_only(text: str) -> bool:
    """A line that is dates and nothing else: "`Jan 2019-Present`", "Summer 2006", "(December
    2020 -)", "Agosto 2015 – Marzo 2016."; a number alone (a phone, "100%") is none."""
    dated = _YEAR.search(text) or patterns.search(DATE_SPAN, text)
    rest = patterns.sub(_DATE_WORDS, " ", text)
    return (
        bool(dated)
        and patterns.search(r"\d", text) is not None
        and not patterns.search(r"[^\W\d_]", rest)
    )
