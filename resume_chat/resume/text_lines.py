"""What a plain-text resume's line is, told by its words and the lines around it: a heading,
or a line of a record that happens to hold a section's word."""

from __future__ import annotations

import itertools

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.kinds.classifier import section_kind

BULLET = patterns.compile(r"^\s*([•◦▪▫●○■□‣⁃∙·*+\-–—>]|o(?=\s))\s+")
MAX_HEADING = 48
# Full-width hyphens (U+FF0D) in a row rule a Chinese text resume off.
RULE = patterns.compile(r"^\s*([=\-~_*#.·•\uff0d])\1{2,}\s*$|^\s*([=\-~_*#.·•] ?){3,}$")


def is_heading(line: str, first: bool, *, by_words: bool = True) -> bool:
    """A short line in capitals, or a known section word alone on its line: with a colon, or
    (`by_words`, where titles are not underlined) capitalised."""
    if not line or len(line) > MAX_HEADING or BULLET.match(line) or line.endswith((".", ",")):
        return False  # a sentence, not a heading
    # "二、公开发表论文": a Chinese part's numeral before its title, as "II." before one.
    bare = patterns.sub(r"^[一二三四五六七八九十]{1,3}[、\uff0e.]\s*", "", line.rstrip(":").strip())
    if patterns.search(r"\S:\s*\S", bare):
        return False  # "Degree: Master of Science", "G.P.A.: 4.0": a labelled value
    if patterns.search(r"\S\s—\s\S", bare) and bare.upper() != bare and not spanned_title(bare):
        return False  # "German — native proficiency": a value and what is said of it
    letters = [c for c in bare if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    words = bare.split()
    # Capitals, most of the letters: not "CET-4" and a Chinese sentence (Chinese has no case).
    capitals = len(cased) >= 3 and 2 * len(cased) >= len(letters) and bare.upper() == bare
    if capitals and len(words) <= 6 and not first:
        return not patterns.search(r"\d{3,}|@|https?:", bare)
    # A short line in a script with no capitals, "外语", "教育经历": no sentence's punctuation.
    if not cased and 2 <= len(letters) <= 10 and not first and len(words) <= 3:
        if bare.endswith("\uff1a"):  # "手机" and a colon over its value: a label
            return section_kind(bare.rstrip("\uff1a")) != "other"
        return not patterns.search(
            r"[\uff1a\uff0c\uff1b。、,;!?\uff01\uff1f()\uff08\uff09\d@]", bare
        )
    # "Сербский (Limited Working)": a language and its level in brackets, no title of a kind.
    unnoted = patterns.sub(r"\s*\([^)]*\)", "", bare).strip() or bare
    known = section_kind(unnoted) != "other" and len(words) <= 4
    if line.endswith(":"):
        return known
    # "5. Employment", "II. Education": a numbered title, capitalised after its number.
    unnumbered = patterns.sub(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,4}\.)\s+", "", bare)
    return known and by_words and unnumbered[:1].isupper()


_SPANNED = patterns.compile(
    r"^(\w[^—–]{2,40}?)\s+[—–-]\s+\d{1,2}\s+[^\W\d_]+(?:\s+\d{1,2}\s+[^\W\d_]+)?$"
)


def spanned_title(line: str) -> bool:
    """A section's title with the time it spans: "Опыт работы — 11 лет 2 месяца"."""
    found = _SPANNED.match(line)
    return found is not None and section_kind(found.group(1)) != "other"


def amid_entry(lines: list[str], index: int) -> bool:
    """A section's word in mixed case between an entry's lines, none of them blank: a job
    board's industry ("Тренинговые компании" over "Бизнес-образование" over the job's dates),
    in a file whose titles stand apart."""
    above = lines[index - 1].strip() if index else ""
    below = lines[index + 1].strip() if index + 1 < len(lines) else ""
    line = lines[index].strip()
    if not above or not below or line.upper() == line or line.endswith(":"):
        return False
    # "React community" between "React Arabic translation maintainer" and "FEB 2019 - JULY
    # 2019": the employer of a record, its first word no section's.
    words = line.split()
    if patterns.search(DATE_SPAN, below) and len(words) >= 2 and section_kind(words[0]) == "other":
        return not is_heading(above, False) and not above.endswith((".", ":"))
    # "Reporting projet" among a job's tasks: its first word no kind's, its kind's word in
    # small letters, no title in a list of lines.
    lowered = len(words) >= 2 and words[-1].islower() and section_kind(words[0]) == "other"
    if lowered and not is_heading(above, False) and not is_heading(below, False):
        return True
    dated = patterns.search(DATE_SPAN, above)
    if (
        len(words) >= 2
        and dated
        and len(above) - dated.start() <= 25
        and not is_heading(above, False)
    ):
        return True  # "Science and Technology" under "High School — 2018 - today": its field
    joined = patterns.search(r"[^\W\d_]-[^\W\d_]", line)  # "Бизнес-образование": a compound
    return not is_heading(above, False) and not above.endswith(":") and bool(joined)


_PAIR = patterns.compile(r"^\s*[^\W\d_][^:]*?\s[-–—]\s+\S")


def one_of_pairs(lines: list[str], index: int) -> bool:
    """ "Spanisch - Grundkenntnisse" right under "Deutsch - Muttersprache": a list of values
    and their levels runs on, though its last names a section's word ("-kenntnisse")."""
    above = lines[index - 1] if index else ""
    return bool(_PAIR.match(above) and _PAIR.match(lines[index])) and not is_heading(
        above.strip(), False
    )


def titles_a_list(lines: list[str], index: int) -> bool:
    """ "Grupinės parodos:" after a blank line, over lines that each open with a year or a
    bullet: a title in any language, by what it stands over."""
    line = lines[index].strip()
    words = line.rstrip(":").split()
    if not (line.endswith(":") and 0 < len(words) <= 4 and line[:1].isupper()):
        return False
    if index == 0 or lines[index - 1].strip() or patterns.search(r"\d", line):
        return False
    below = lines[index + 1 : index + 3]
    listed = [item for item in below if patterns.match(r"\s*((19|20)\d\d\b|[•*-]\s)", item)]
    return len(below) == 2 and len(listed) == 2


def employer_under_dates(lines: list[str], index: int) -> bool:
    """ "AK BARS BANK" in capitals a line or two under "July 2017 - July 2021": the job's
    employer, no section's title (it names no kind of one). Indented, it heads an entry."""
    above = [line for line in lines[max(0, index - 4) : index] if line.strip()][-3:]
    bare = lines[index].strip().rstrip(":")
    return section_kind(bare) == "other" and any(patterns.search(DATE_SPAN, line) for line in above)


def labels_above(lines: list[str], index: int) -> bool:
    """A known word with a colon, in small letters, right under a job's first lines (its dated
    line among the three above, the line right above it text): a label of that job's list."""
    line = lines[index].strip()
    above = lines[max(0, index - 3) : index]
    return (
        line.endswith(":")
        and line != line.upper()
        and any(patterns.search(DATE_SPAN, item) for item in above)
        and bool(above[-1].strip())
        and not RULE.match(above[-1])
    )


def ruled_records(lines: list[str]) -> set[int]:
    """The title lines of records ruled off from each other ("-----" over "Software Project
    Leader & Manager", "LG Electronics", "March, 2004 — November, 2017"): each block between
    rules that opens on a short line and gives a span of dates within its first four lines,
    where two blocks at least do so."""
    # A rule under a title ("Work Experience" over "------") underlines it: no record's edge.
    rules = [
        i for i, line in enumerate(lines) if RULE.match(line) and not (i and lines[i - 1].strip())
    ]
    titles = set()
    for start, end in itertools.pairwise([*rules, len(lines)]):
        said = [i for i in range(start + 1, end) if lines[i].strip()]
        if len(said) < 2:
            continue
        first = lines[said[0]].strip()
        opening = said[1:4]
        if (
            len(first) <= 80
            and not BULLET.match(lines[said[0]])
            and not patterns.search(DATE_SPAN, first)
            and not first.endswith((".", ":"))
            and not first.startswith("#")  # "## Education" ruled off: a section, no record
            and not is_heading(first, False)
            and any(patterns.search(DATE_SPAN, lines[i]) for i in opening)
        ):
            titles.add(said[0])
    return titles if len(titles) >= 2 else set()


def under_dates(lines: list[str], index: int) -> bool:
    """An indented line of a paragraph that opens on its dates at the margin ("Février 2015 à
    janvier 2017" over "    Autoformation …" over "    Autoformation PHP MySQL"): past its
    first, a line of that record, whatever its words, not a section's title."""
    if not lines[index][:1].isspace():
        return False
    above = index - 1
    while above >= 0 and lines[above].strip() and lines[above][:1].isspace():
        above -= 1
    # The first line under the dates may title the record (Pandoc's "dic 2018" over
    # "    GARGOLA. GESTIÓN…"); the lines after it are its own.
    dated = above >= 0 and bool(lines[above].strip()) and only_dates(lines[above].strip())
    return dated and above < index - 1
