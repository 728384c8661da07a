# ruff: noqa: RUF002, RUF003 - Japanese marks, as a real 職務経歴書 writes them
"""The marks a Japanese résumé (職務経歴書) sets its parts with, read as its headings.

"■**職務要約**" opens a section (a summary), "■職務経歴" another; "□2003年4月～2009年9月
新日鉄ソリューションズ株式会社" opens one job in it, its span and its employer on one line. A
Word file styles none of them as a heading, so without their marks all of it reads as one
block of paragraphs.
"""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.classifier import section_kind

# "■**職務要約**", "■ 職務経歴", "### ■資格": a title, short, after the section's mark.
_SECTION = patterns.compile(
    r"^\s*(?:#{1,6}\s+)?[■◼]\s*(?:\*\*)?(?P<title>[^*■]{1,20}?)(?:\*\*)?\s*$"
)
# "□2010年8月～現在 フリーランス(ソフトウェア開発業)", "◆2019年4月～2021年3月 株式会社…".
_ENTRY = patterns.compile(r"^\s*(?:#{1,6}\s+)?[□◆◇◻]\s*(?P<title>\S.*?)\s*$")
_SPAN = patterns.compile(DATE_SPAN)


def marked_parts(lines: list[str]) -> list[str]:
    """The lines with two sections marked "■" at least made "##" headings, and each line
    marked "□" or "◆" that holds a span of dates one entry under them."""
    sections = [i for i, line in enumerate(lines) if _SECTION.match(line)]
    if len(sections) < 2:
        return lines
    out = list(lines)
    for i in sections:
        out[i] = "## " + _SECTION.match(lines[i])["title"].strip()  # type: ignore[index]
    for i, line in enumerate(lines):
        entry = _ENTRY.match(line)
        if entry and i > sections[0] and _SPAN.search(entry["title"]):
            out[i] = "### " + entry["title"]
    return out


# "**상세경력 ※**경력기술서는 경력자를 대상으로…": a Korean form's part, its title bold and marked
# "※" (a note follows), the note run on after it.
_NOTED = patterns.compile(r"^\s*\*\*(?P<title>[^*※]{1,20}?)\s*※\s*\*\*\s*(?P<note>.*)$")


def noted_titles(lines: list[str]) -> list[str]:
    """The lines with each bold title marked "※" that names a kind of section a heading, its
    note a line under it."""
    out: list[str] = []
    for line in lines:
        noted = _NOTED.match(line)
        if noted is None or section_kind(noted["title"].strip()) == "other":
            out.append(line)
            continue
        out += ["## " + noted["title"].strip(), "", *([noted["note"], ""] if noted["note"] else [])]
    return out
