"""A plain-text resume: headings found the way a person finds them (caps, underlines, colons)."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.boards import board_jobs
from resume_chat.resume.date_spans import fields_joined
from resume_chat.resume.kinds.classifier import last_word_kind, names_kind
from resume_chat.resume.layout import arrange
from resume_chat.resume.reading import Reading
from resume_chat.resume.text_lines import (
    BULLET,
    MAX_HEADING,
    RULE,
    amid_entry,
    employer_under_dates,
    is_heading,
    labels_above,
    one_of_pairs,
    ruled_records,
    spanned_title,
    titles_a_list,
    under_dates,
)
from resume_chat.resume.text_rules import UNDERLINE, Rules
from resume_chat.resume.visible import bounded_lines

_LIST_REACH = 50  # bullets looked back over for the one a nested bullet stands under
# "## Education" in a .txt file: the person wrote Markdown headings, whatever the extension.
_HASH_HEADING = patterns.compile(r"^#{1,6}\s+(\S.*?)\s*#*$")
# "SKILLS ---------": a heading with its rule drawn on the same line.
_TRAILING_RULE = patterns.compile(r"\s+([=\-~_*#])\1{2,}\s*$")
# "-------zaposlitev----------", "=== Skills ===": a title drawn between two rules, whatever
# its words (a person's own mark of a section, in any language).
_BETWEEN_RULES = patterns.compile(
    r"([=\-~_*#])\1{2,}\s*([^\W\d_][^=~_*#]{0,40}?)\s*([=\-~_*#])\3{2,}"
)


# reStructuredText's inline marks: a link "`Ohio State <https://osu.edu>`__" (its words may
# wrap onto the next line) and a literal "``Python``".
_RST_LINK = patterns.compile(r"`([^`<>]+?)\s*<([^<>`\s]+)>`__?")
_RST_LITERAL = patterns.compile(r"``([^`\n]+)``")


# A page drawn in a box for a terminal ("│  ## Education   │", "┌─ site/cv ──┐"), and the
# leader lines drawn between an entry and its dates ("High School ──────── 2018 - today").
# Told by a line's first and last characters, not by a pattern: a line of a stranger's file
# may be 200,000 characters long, and a pattern that backtracks over it would never end.
_SIDES = frozenset("│┃║")
_CORNERS_OPEN = frozenset("┌┏╔└┗╚├┠╠")
_CORNERS_CLOSE = frozenset("┐┓╗┘┛╝┤┨╣")
_LEADER = patterns.compile(r"[─━═]{3,}")


def _framed(line: str) -> str | None:
    """The text between a line's two sides, or None for a line not drawn between sides."""
    bare = line.strip()
    if len(bare) >= 2 and bare[0] in _SIDES and bare[-1] in _SIDES:
        return bare[1:-1].strip()
    return None


def _edge(line: str) -> bool:
    bare = line.strip()
    return len(bare) >= 2 and bare[0] in _CORNERS_OPEN and bare[-1] in _CORNERS_CLOSE


def _unframed(lines: list[str]) -> list[str]:
    """The lines inside a drawn frame, its edges dropped and its leader lines made dashes;
    a file with no frame (most of its lines not boxed) is left as it is."""
    filled = [line for line in lines if line.strip()]
    boxed = sum(1 for line in filled if _framed(line) is not None or _edge(line))
    if not filled or boxed < 0.6 * len(filled):
        return lines
    out = []
    for line in lines:
        if _edge(line):
            out.append("")
            continue
        inside = _framed(line)
        text = line if inside is None else inside
        out.append(" — ".join(part.strip() for part in _LEADER.split(text)).strip(" —"))
    return out


def read_text(text: str) -> Reading:
    """Read a plain-text resume into canonical Markdown."""
    text = _RST_LITERAL.sub(r"\1", _RST_LINK.sub(r"\1 (\2)", text))
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ").split("\n")
    lines = _unframed(bounded_lines(lines))
    lines = fields_joined(lines)
    out: list[str] = []
    skip, sections = False, False  # sections: a heading was found at the left margin
    first = next((i for i, line in enumerate(lines) if line.strip()), -1)
    titled = _bulleted_titles(lines) | _small_titles(lines)
    records = ruled_records(lines)
    rules = Rules(lines, first)
    board = board_jobs(lines)
    # A resume whose titles are underlined ("Certificates" over "-----") marks them all so:
    # a certificate's "Project Management Professional (PMP)" alone on its line is no title.
    underlined = sum(
        1
        for index, above in enumerate(lines[:-1])
        if len(above.strip()) <= MAX_HEADING and _titled(above.strip()) and rules.underlines(index)
    )
    by_words = underlined < 2
    # A resume whose titles go without a colon ("Work Experience") writes "Programming and
    # Automation:" straight under a job's line as a label of that job, not a title. Counted
    # once, and only for a file that has such a label.
    colonless: list[int] = []
    deepest = 0  # the depth of the last "#" heading
    for index, line in enumerate(lines):
        if skip:
            skip = False
            continue
        stripped = line.strip()
        ruled = _TRAILING_RULE.sub("", stripped)
        hashed = _HASH_HEADING.match(stripped)
        if index in rules.header:
            out.append(_escape(stripped))
        elif index in rules.contents:
            pass  # a table of contents: the titles come again below, over their text
        elif index in rules.subsections:
            out += ["", f"### {stripped}", ""]  # "3.1. University of Helsinki" under "3."
        elif index in board.heads:
            heading, dates = board.heads[index]
            out += ["", f"### {heading}", "", dates, "", stripped]
        elif index in board.moved:
            pass
        elif index in records:
            out += ["", f"**{stripped}**"]  # a record ruled off from the next: its title
        elif index in board.inside and not BULLET.match(line):
            out.append(_escape(stripped))  # an employer's industry, no section of its own
        elif hashed:
            # "## Professional Experience" over "#### SATCOM Operations NCO": the depths kept,
            # so the jobs stay in their section; "# Experience" under "# Name" is a section.
            hashes = max(len(stripped) - len(stripped.lstrip("#")), 2)
            deepest = hashes
            out += (
                [hashed.group(1)]
                if index == first
                else ["", f"{'#' * hashes} {hashed.group(1)}", ""]
            )
        elif spanned_title(stripped):
            # "Опыт работы — 11 лет 2 месяца": a section's title and the years it spans.
            title, span = patterns.split(r"\s+[—–-]\s+", stripped, maxsplit=1)
            out += ["", f"## {title}", "", span]
        elif between := _BETWEEN_RULES.fullmatch(stripped):
            out += ["", f"## {between.group(2).rstrip(':').strip()}", ""]
        elif ruled != stripped and is_heading(ruled, False):
            out += ["", f"## {ruled.rstrip(':').strip()}", ""]
        elif rules.underlines(index) and _titled(stripped) and not BULLET.match(line):
            # A list item over "---" ends a record ruled off from the next; no title.
            out += ["", f"## {stripped}", ""]
            skip = True
        elif (
            is_heading(stripped, index == first, by_words=by_words)
            and not _wraps(lines, index)
            and not amid_entry(lines, index)
            and not under_dates(lines, index)
            and not one_of_pairs(lines, index)
            and not (labels_above(lines, index) and _colonless(lines, first, colonless) >= 2)
            and not (employer_under_dates(lines, index) and not line[:1].isspace())
        ):
            # Pandoc's plain text sets sections at the margin and each entry's title indented
            # under them ("Experiencia" over "    GARGOLA. GESTIÓN..."): an entry, not a section.
            # A job's title holding a section's word under a section: an entry of it.
            entry = stripped.upper() != stripped and _job_title(stripped)
            # "   3. Educação:" after "2. Experiência Profissional:": numbered, a section.
            numbered = patterns.match(r"\d{1,2}[.)]\s", stripped)
            indented = sections and not numbered and (line[:2].isspace() or entry)
            # "Achievements:" under a job's "####" heading is that job's, not a section.
            hashes = _under_job(deepest, line) or (3 if indented else 2)
            out += ["", f"{'#' * hashes} {stripped.rstrip(':').strip()}", ""]
            sections = sections or not line[:1].isspace()
        elif index in titled or titles_a_list(lines, index):
            hashes = _under_job(deepest, line) or 2
            out += ["", f"{'#' * hashes} {BULLET.sub('', line, count=1).strip().rstrip(':')}", ""]
        elif RULE.match(line):
            out.append("")
        elif BULLET.match(line) and not UNDERLINE.match(line):
            # Nested under the bullet above when indented past it ("- School" over "  • PhD").
            indent = len(line) - len(line.lstrip())
            depth = "  " if indent >= 4 or (indent >= 2 and _bullet_above(lines, index)) else ""
            out.append(depth + "- " + BULLET.sub("", line, count=1).strip())
        else:
            out.append(_escape(stripped))
    return arrange(out, "text")


def _colonless(lines: list[str], first: int, counted: list[int]) -> int:
    """How many of the file's titles go without a colon, counted on first use into `counted`."""
    if not counted:
        counted.append(
            sum(
                1
                for index, line in enumerate(lines)
                if not line.rstrip().endswith(":") and is_heading(line.strip(), index == first)
            )
        )
    return counted[0]


def _wraps(lines: list[str], index: int) -> bool:
    """A line carrying on the list item above, indented to its text: "AMD GPU" under
    "-  Wrote OpenCL code to process 3-D vector flow imaging data on an"."""
    indent = len(lines[index]) - len(lines[index].lstrip())
    for above in reversed(lines[max(0, index - _LIST_REACH) : index]):
        item = BULLET.match(above)
        if item:
            return indent >= item.end()
        if not above.strip() or len(above) - len(above.lstrip()) < indent:
            return False  # the item's wrapped lines are indented alike
    return False


def _bulleted_titles(lines: list[str]) -> set[int]:
    """ "- Education" over "2019 - 2022: PhD…", "- Hobbies" over "Piano": titles written as
    list items, each after a blank line and over lines that are no items; two at least."""
    found = set()
    for index, line in enumerate(lines):
        if not BULLET.match(line) or (index and lines[index - 1].strip()):
            continue
        after = index + 1  # the blank lines after one item: each scanned once, no copies
        while after < len(lines) and not lines[after].strip():
            after += 1
        following = lines[after] if after < len(lines) else ""
        bare = BULLET.sub("", line, count=1).strip()
        if following and not BULLET.match(following) and is_heading(bare, False):
            found.add(index)
    return found if len(found) >= 2 else set()


def _small_titles(lines: list[str]) -> set[int]:
    """ "experience" over "2021-Present", "education" over "2017-2019" (pandoc's plain text of
    a CV whose titles are set small): known section words in small letters at the margin, a
    blank line on each side; two at least, so one stray word alone is no title."""
    found = {
        index
        for index, line in enumerate(lines)
        if line.islower()
        and line == line.strip()
        and 0 < index < len(lines) - 1
        and not lines[index - 1].strip()
        and not lines[index + 1].strip()
        and is_heading(line.capitalize(), False)
    }
    return found if len(found) >= 2 else set()


def _titled(line: str) -> bool:
    """A line an underline can make a title: words ("```" over "---" is a fence and a rule)."""
    return len(line) <= MAX_HEADING * 2 and any(char.isalnum() for char in line)


def _bullet_above(lines: list[str], index: int) -> bool:
    """Above, past bullets indented as this one is, a bullet at the margin to stand under."""
    for above in reversed(lines[max(0, index - _LIST_REACH) : index]):
        if not above.strip() or not BULLET.match(above):
            return False
        if not above[:1].isspace():
            return True
    return False


def _under_job(deepest: int, line: str) -> int:
    """The depth of a label under a job's "####" heading ("Achievements:"), 0 elsewhere."""
    return min(deepest + 1, 6) if deepest >= 3 and line.rstrip().endswith(":") else 0


def _job_title(title: str) -> bool:
    """ "Operations Research Analyst", "Technology Intern": a job's title holding a section's
    word, ending in a trade's; not "Work Experience" nor "Job Experience"."""
    bare = title.rstrip(":").strip()
    if names_kind(bare) or last_word_kind(bare)[0] != "other":
        return False
    return bool(patterns.search(r"(?i)(er|or|ist|yst|ant|ern|lead|head|chief)$", bare))


def _escape(line: str) -> str:
    return patterns.sub(r"^(#+)(\s)", r"\\\1\2", line)
