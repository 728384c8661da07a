"""Resumes set out in ways the last stop's second wave brought (round384-387's first runs): a
plain-text page drawn in a frame, LaTeX's accents over capitals, Turkish titles in capitals,
section titles wrapped in a margin, Word styles shared by sections and jobs, a page header's
line a job's heading also holds, and a PDF's contact block set in the second column."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.outline import outline
from resume_chat.resume.kinds.classifier import names_kind
from resume_chat.resume.layout import arrange
from resume_chat.resume.model import build_resume
from resume_chat.resume.pdf.glyphs import glyphs_mended
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text

_FRAMED = (
    "  ┌─ site.dev/cv ──────────────────────────────────────────┐\n"
    "  │                                                        │\n"
    "  │  # Xaver Wenhart - CV                                  │\n"
    "  │  Birthyear: 2008                                       │\n"
    "  │                                                        │\n"
    "  │  ## Education                                          │\n"
    "  │  High School ──────────────────────────── 2018 - today │\n"
    "  │  Science and Technology                                │\n"
    "  │  English | Latin | Computer Science                    │\n"
    "  │                                                        │\n"
    "  │  ## Internships                                        │\n"
    "  │  Dawonia Real Estate GmbH ─────────────────── March 2024│\n"
    "  │  IT Specialist                                         │\n"
    "  │                                                        │\n"
    "  │  ## Languages                                          │\n"
    "  │  German ──────────────────────────── native proficiency│\n"
    "  │  English ────────────────── professional proficiency   │\n"
    "  └────────────────────────────────────────────────────────┘\n"
)


def test_a_page_drawn_in_a_frame_reads_as_the_page_inside_it() -> None:
    """The frame's edges go, its leader lines become dashes: the headings inside are found,
    and neither the school's field nor a language's level is taken for a title."""
    resume = build_resume(read_text(_FRAMED), Path("cv.txt"))
    assert resume.name == "Xaver Wenhart - CV" or resume.name.startswith("Xaver Wenhart")
    titles = [entry.citation for entry in outline(resume)]
    assert "Internships" in " ".join(titles), titles
    assert not any("Science and Technology" in title for title in titles), titles
    assert not any("native proficiency" in title for title in titles), titles
    assert "Dawonia" in answer_text(_FRAMED, "Where did Xaver intern in March 2024?", "text")


def test_a_birth_year_labelled_so_answers_when_he_was_born() -> None:
    """ "Birthyear: 2008" is a birth date in all but the day: never "does not give"."""
    answer = answer_text(_FRAMED, "In which year was Xaver born?", "text")
    assert "Birthyear: 2008" in answer, answer


def test_loose_accents_over_capitals_join_their_letters_and_words() -> None:
    """LaTeX's accents drawn apart ("Do˘gu", "˙Italya", cedilla after "S"), and pypdf's
    spaces around an accent raised over a capital ("T ¨UB˙ITAK", "Veli¨Universitesi")."""
    mended = glyphs_mended("Orta Do\u02d8gu Teknik\u00a8Universitesi")
    assert mended == "Orta Doğu Teknik Üniversitesi"
    assert glyphs_mended("T \u00a8UB\u02d9ITAK MAM") == "TÜBİTAK MAM"
    assert glyphs_mended("ER\u02d9IS\u00b8 \u02d9IM") == "ERİŞİM"
    assert glyphs_mended("C\u00b8 evrimi\u00b8ci") == "Çevrimiçi"
    # An icon font's double acute set before a link is no accent of the link's first letter.
    icon = "\u02dd www.linkedin.com/in/someone"
    assert glyphs_mended(icon) == icon


def test_turkish_titles_in_capitals_name_their_kinds() -> None:
    """ "EĞİTİM" lowers to "eği̇ti̇m", a dot apart from each "i": still "eğitim"."""
    assert names_kind("EĞİTİM")
    assert names_kind("DENEYİM")
    assert names_kind("İŞ DENEYİMİ")


def test_section_titles_wrapped_in_the_margin_label_nothing() -> None:
    """ "ÖDÜLLER," over "BURSLAR VE" over "DERECELER" in a left margin, beside nothing: one
    title on three lines; the rows level with titles beside them are still read across."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.gutter import labels

    left = [Fragment(72.0, y, 10.0, False, text, width=60.0) for y, text in (
        (674.0, "ERİŞİM"), (597.0, "EĞİTİM"), (497.0, "DENEYİM"),
        (273.0, "ÖDÜLLER,"), (259.0, "BURSLAR VE"), (247.0, "DERECELER"),
    )]  # fmt: skip
    right = [
        Fragment(162.0, 674.0 - 12.0 * row, 10.0, False, f"Line {row} of the page", width=300.0)
        for row in range(40)
    ]
    assert labels(left, right)


_FLAT = [
    "# Shane Nisley",
    "",
    "### Work Experience",
    "",
    "digital marketing service director | August 2020 to Current",
    "",
    "### Hometown Industries – Lincoln, NE",
    "",
    "- Manage the overall strategy",
    "",
    "Assistant Account Manager | May 2017 to August 2020",
    "",
    "### Nelnet Business Solutions - Lincoln, NE",
    "",
    "- Delivered exceptional service",
    "",
    "### Skills",
    "",
    "- Python",
]


def test_a_job_line_over_its_employer_set_in_the_sections_style_goes_under_it() -> None:
    """A Word template styles "Work Experience" and each employer alike; each job's "title |
    dates" line stands above its employer, and belongs to it, not to the job before."""
    markdown = arrange(_FLAT, "docx").markdown
    nelnet = markdown.index("Nelnet Business Solutions")
    assert markdown.index("Assistant Account Manager | May 2017") > nelnet, markdown
    answer = answer_text(markdown, "What was Shane's role at Nelnet Business Solutions?")
    assert "Assistant Account Manager" in answer, answer


def test_dates_alone_over_repeated_labels_stay_where_they_are() -> None:
    """ "March 2022 - December 2023" over "Certificate here", course after course: the dates
    close their course, they do not head the label under them."""
    lines = ["# Chris Booth", "", "## Education", "", "1. CS50P: Programming with Python", ""]
    for dates in ("March 2022 - December 2023", "February 2023 - April 2023"):
        lines += [dates, "", "## Certificate here", "", "2. Free Code Camp", ""]
    markdown = arrange(lines, "text").markdown
    assert markdown.index("March 2022") < markdown.index("## Certificate here"), markdown


def test_a_page_header_line_a_job_heading_also_holds_is_kept(tmp_path: Path) -> None:
    """ "Pocheon-si, South Korea" in the page header, and inside a job's heading: the header's
    own line, where the person lives; a header line the body repeats whole is said once."""
    import docx

    from resume_chat.resume.docx.reader import read_docx

    document = docx.Document()
    header = document.sections[0].header
    header.paragraphs[0].add_run("Darius D. Dixon")
    header.add_paragraph("Pocheon-si, South Korea")
    header.add_paragraph("Experience")
    document.add_heading("Experience", level=1)
    document.add_paragraph("Woori Recycling, Pocheon-si, South Korea - Production Assistant")
    path = tmp_path / "header.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    assert markdown.count("Pocheon-si, South Korea") == 2, markdown
    assert markdown.count("Experience") == 1, markdown


def test_a_contact_block_topping_the_second_column_goes_into_the_header() -> None:
    """Google Docs' name at the left, address, phone and email at the top of a right column
    that then holds the skills: the contacts join the header, not the left column's end."""
    from resume_chat.resume.pdf.header import header_beside
    from resume_chat.resume.pdf.layout import Line

    def line(x: float, y: float, text: str, bold: bool = False) -> Line:
        return Line(0, x, y, 11.0, bold, text, 1, False, x + 120.0)

    first = [
        line(45, 719, "Shelja Sarin"),
        line(45, 696, "Objective: Seeking an internship"),
        line(45, 640, "EXPERIENCE", bold=True),
        line(45, 620, "Cisco Systems, Intern"),
        line(45, 200, "Program of Study: Programming"),
    ]
    second = [
        line(417, 733, "6156 Turnberry Ct"),
        line(417, 706, "(925) 577-6237"),
        line(417, 692, "shelja.sa@gmail.com"),
        line(417, 400, "SKILLS", bold=True),
        line(417, 380, "Python"),
    ]
    moved = header_beside([first, second])
    texts = [item.text for item in moved[0]]
    assert texts.index("shelja.sa@gmail.com") < texts.index("EXPERIENCE"), texts
    assert [item.text for item in moved[1]] == ["SKILLS", "Python"]
    # A right column that starts with a title, or below the header, is left as it is.
    assert header_beside([first, second[3:]]) == [first, second[3:]]
    low = [line(417, 500, "Kyiv, 01001"), *second[3:]]
    assert header_beside([first, low]) == [first, low]


def test_a_section_in_accented_capitals_leads_its_row() -> None:
    """ "EĞİTİM · 2019–2023: Ankara …": a margin title read across with its first row heads
    its section, whatever its accents."""
    from resume_chat.resume.pdf.layout import _section_led

    led = _section_led("EĞİTİM · 2019–2023: Ankara Bayram Veli Üniversitesi")
    assert led is not None
    assert led[0] == "EĞİTİM", led


def test_chinese_titles_written_together_name_their_kinds() -> None:
    """ "课程和技能" (courses and skills), "研究经历" (research experience), "出版物"."""
    from resume_chat.resume.kinds.classifier import section_kind

    assert names_kind("课程和技能")
    assert section_kind("研究经历") == "experience"
    assert section_kind("出版物") == "publications"
    assert not names_kind("青岛大学")  # a university is no kind of section


def test_fields_in_a_sidebar_s_large_type_stay_one_a_line() -> None:
    """Canva's "Mobile number: …" over "Email: …" over "Adress: Kharkiv, Ukraine", each in
    type larger than the body's: fields, not one heading wrapped."""
    from resume_chat.resume.pdf.layout import Line
    from resume_chat.resume.pdf.wraps import unwrapped

    texts = ["Mobile number: +380680543960", "Email: someone@gmail.com", "Adress: Kharkiv, Ukraine"]
    lines = [
        Line(0, 22.0, 550.0 - 16.0 * row, 11.3, False, text, 1, False, 190.0, left=22.0)
        for row, text in enumerate(texts)
    ]
    assert [line.text for line in unwrapped(lines, 9.0)] == texts


def test_a_name_labelled_in_a_row_of_cells_or_set_between_squares_is_found() -> None:
    """ "姓名 · 耿硕 · 年龄 · 24 岁": the name field's cell, not the row; "Yanko Dimitrov ■
    Josephsburgstraße 26A ■ 81673 München": the name before the first square."""
    from resume_chat.resume import parse_resume

    labelled = "- 姓名 · 耿硕 · 年龄 · 24 岁\n- 邮箱 · g@qdu.edu.cn\n\n## 教育背景\n\n青岛大学\n"
    assert parse_resume(labelled).name == "耿硕"
    squares = "Yanko Dimitrov ■ Josephsburgstraße 26A ■ 81673 München\n\n## Sprachen\n\nDeutsch\n"
    assert parse_resume(squares).name == "Yanko Dimitrov"


def test_a_stranger_s_endless_line_is_cut_before_patterns_read_it() -> None:
    """A line of 190,000 spaces took patterns with a leading "\\s*" minutes (cubic in its
    length); runs of spaces are cut to a page's width, and lines to a paragraph's."""
    from resume_chat.resume.visible import bounded_lines

    cut = bounded_lines(["a" + " " * 190_000 + "x", "a-" * 95_000, "Short line   with gaps"])
    assert cut[0] == "a" + " " * 120 + "x"
    assert all(len(line) <= 20_000 for line in cut)
    assert "".join(cut[1:-1]) == "a-" * 95_000
    assert cut[-1] == "Short line   with gaps"
    resume = build_resume(read_text("Ann Lee\n" + " " * 190_000 + "x\n"), Path("cv.txt"))
    assert resume.name == "Ann Lee"
