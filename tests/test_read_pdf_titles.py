"""Titles a PDF sets unusually: words pushed apart, dates in mixed case, a header repeated."""

from __future__ import annotations

from resume_chat.answerer.cutting import split_bold_entries

Run = tuple[float, float, float, bool, str, float]  # x, y, size, bold, text, width
_BODY = "Led digital strategy for the university libraries and three of their units."


def _laid_out(pages: list[list[Run]], marks: list[tuple[float, float]] | None = None) -> str:
    """The Markdown of runs given page by page, with small shapes drawn at `marks`."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.layout import to_markdown
    from resume_chat.resume.pdf.reader import _lines

    lines = []
    for page, runs in enumerate(pages):
        frags = [Fragment(x, y, size, bold, text, width=w) for x, y, size, bold, text, w in runs]
        lines += _lines(frags, marks or [], page)
    return "\n".join(to_markdown(lines, set())[0])


def _body(top: float, rows: int = 6) -> list[Run]:
    return [(211.0, top - 13 * row, 10.0, False, _BODY, 370.0) for row in range(rows)]


def test_a_title_whose_words_are_pushed_apart_is_one_title() -> None:
    """macOS Quartz justifies "PROFESSIONAL APPOINTMENTS" across its column, even cutting a
    word's last letter off into a run of its own: one title, not a row of cells."""
    markdown = _laid_out([[
        (211.0, 700.0, 12.0, True, "PROFESSIONAL ", 78.3),
        (328.2, 700.0, 12.0, True, "SUMMARY", 54.8),
        *_body(680.0, 3),
        (211.0, 620.0, 12.0, True, "PROFESSIONA", 70.5), (314.4, 620.0, 12.0, True, "L ", 7.8),
        (328.2, 620.0, 12.0, True, "APPOINTMENTS", 81.1),
        *_body(600.0),
    ]])  # fmt: skip
    assert "## PROFESSIONAL SUMMARY" in markdown, markdown
    assert "## PROFESSIONAL APPOINTMENTS" in markdown, markdown


def test_two_titles_side_by_side_stay_two() -> None:
    markdown = _laid_out([[
        (211.0, 700.0, 12.0, True, "EDUCATION", 70.0),
        (400.0, 700.0, 12.0, True, "SKILLS", 45.0),
        *_body(680.0),
    ]])  # fmt: skip
    assert "EDUCATION SKILLS" not in markdown, markdown


def test_a_title_in_capitals_with_its_dates_in_mixed_case_heads_its_entry() -> None:
    """ "ASSOCIATE UNIVERSITY LIBRARIAN ···· 07/2019 – Present": the title is in capitals,
    whatever the case of "Present"; it heads its job as "08/2018 – 08/2020" heads the next."""
    markdown = _laid_out([[
        (211.0, 720.0, 12.0, True, "EXPERIENCE", 70.0),
        (211.0, 700.0, 10.08, False, "ASSOCIATE UNIVERSITY LIBRARIAN", 190.0),
        (520.0, 700.0, 10.08, False, "07/2019 – Present", 61.0),
        *_body(686.0),
        (211.0, 600.0, 10.08, False, "ADJUNCT PROFESSOR", 110.0),
        (520.0, 600.0, 10.08, False, "08/2018 – 08/2020", 61.0),
        *_body(586.0),
    ]])  # fmt: skip
    assert "# ASSOCIATE UNIVERSITY LIBRARIAN · 07/2019 – Present" in markdown, markdown
    assert "# ADJUNCT PROFESSOR · 08/2018 – 08/2020" in markdown, markdown


def test_the_name_atop_a_later_page_is_no_heading() -> None:
    """Page 2 repeats "CLIFFORD B. ANDERSON" over his headline, as page 1 does."""
    header: list[Run] = [
        (211.0, 780.0, 38.0, False, "CLIFFORD B. ANDERSON", 300.0),
        (211.0, 740.0, 11.0, False, "INFORMATION SCIENCE PROFESSIONAL", 200.0),
    ]
    first = [*header, (211.0, 700.0, 12.0, True, "EXPERIENCE", 70.0), *_body(680.0)]
    second = [*header, (211.0, 700.0, 12.0, True, "PUBLICATIONS", 80.0), *_body(680.0)]
    markdown = _laid_out([first, second])
    assert markdown.count("CLIFFORD B. ANDERSON") == 1, markdown
    assert markdown.count("INFORMATION SCIENCE PROFESSIONAL") == 1, markdown


def test_an_employer_over_a_one_word_position_in_capitals_heads_the_entry() -> None:
    """Awesome-CV: "Colegio de Ingenieros del Peru ···· Lima, Peru" over "MEMBER ···· Nov.
    2020 – Present"; the line above heads the entry, not the entry before it."""
    markdown = _laid_out([[
        (60.0, 720.0, 14.0, True, "Extracurricular Activity", 160.0),
        (60.0, 700.0, 10.0, True, "ASCE Graduate Student Organization", 190.0),
        (480.0, 700.0, 10.0, False, "Illinois, USA", 60.0),
        (60.0, 688.0, 8.0, False, "MEMBER", 35.0),
        (480.0, 688.0, 8.0, False, "Aug. 2020 – Aug. 2021", 80.0),
        (60.0, 676.0, 9.0, False, "Volunteered to organize events for students.", 300.0),
        (60.0, 650.0, 10.0, True, "Colegio de Ingenieros del Peru", 170.0),
        (480.0, 650.0, 10.0, False, "Lima, Peru", 50.0),
        (60.0, 638.0, 8.0, False, "MEMBER", 35.0),
        (480.0, 638.0, 8.0, False, "Nov. 2020 – Present", 80.0),
        (60.0, 626.0, 9.0, False, "Registered Engineer, CIP 252041.", 170.0),
        *[(60.0, 600.0 - 12 * row, 9.0, False, _BODY, 330.0) for row in range(8)],
    ]])  # fmt: skip
    assert "# Colegio de Ingenieros del Peru · Lima, Peru" in markdown, markdown


def test_bold_dates_under_an_undated_title_date_it() -> None:
    """A pandoc Word file: "**CAIS Group**: Senior Backend Developer", a line break, then
    "**Oct 2021 – Present**": one job, not a job and an entry of dates."""
    lines = ["**CAIS Group**: Senior Backend Developer", "**Oct 2021 – Present**",
             "Kotlin | Postgres | Kafka", "- Built core backend services.",
             "**BT Openreach**: Technical Lead", "**May 2019 – Oct 2021**",
             "- Delivered £5M in annual efficiency savings."]  # fmt: skip
    entries = split_bold_entries(lines)
    assert [title for title, _ in entries] == ["CAIS Group", "BT Openreach"], entries
    # Dates first, as some lay every job out, still open each entry.
    dated_first = ["**2019 – 2021**", "Engineer at Acme", "**2017 – 2019**", "Tester at Initech"]
    assert len(split_bold_entries(dated_first)) == 2


def _ornamented(marks: list[tuple[float, float]]) -> str:
    title = (68.4, 704.7, 10.0, True, "Esperienze professionali", 117.1)
    return _laid_out([[title, *_body(684.0)]], marks)


def test_a_row_of_squares_before_a_title_is_its_ornament_not_a_bullet() -> None:
    """An Italian LaTeX CV draws three small squares before each section's title: a title,
    where one mark before a line would make it a list item."""
    squares = [(50.4, 704.9), (55.4, 704.9), (60.4, 704.9)]
    assert "## Esperienze professionali" in _ornamented(squares), _ornamented(squares)
    assert "- Esperienze professionali" in _ornamented(squares[2:]), _ornamented(squares[2:])


def test_two_sections_side_by_side_read_one_after_the_other() -> None:
    """Round343's Italian CV: "Lingue" beside "Volontariato e altri Interessi", each over its
    own column, row level with row. Read across, every language joined a hobby."""
    rows = [("Italiano: Madrelingua", "Campi estivi (Kenya 2010)"),
            ("Inglese: Fluente, B2", "Membro di Smileland"),
            ("Francese: Fluente, C1", "Insegnamento di italiano")]  # fmt: skip
    markdown = _laid_out([[
        (65.0, 700.0, 11.0, True, "Lingue", 40.0),
        (320.0, 700.0, 11.0, True, "Volontariato e altri Interessi", 170.0),
        *[run for row, (left, right) in enumerate(rows) for run in (
            (65.0, 684.0 - 13 * row, 10.0, False, left, 120.0),
            (320.0, 684.0 - 13 * row, 10.0, False, right, 130.0))],
        *_body(600.0, 2),
    ]])  # fmt: skip
    languages = markdown.split("## Lingue")[1].split("## Volontariato e altri Interessi")[0]
    assert "Francese: Fluente, C1" in languages, markdown
    assert "Campi estivi" not in languages, markdown
    assert "Membro di Smileland" in markdown.split("## Volontariato e altri Interessi")[1]


def test_two_titles_over_rows_of_three_cells_stay_one_row() -> None:
    """Round313's Illustrator CV: "Selected Experience · Certifications" over a job's title,
    dates and employer: no two columns under the titles, nothing to read column by column."""
    markdown = _laid_out([[
        (65.0, 700.0, 11.0, True, "Selected Experience", 110.0),
        (320.0, 700.0, 11.0, True, "Certifications", 80.0),
        (65.0, 684.0, 10.0, False, "Principal Software Engineer", 150.0),
        (250.0, 684.0, 10.0, False, "2022–Present", 60.0),
        (400.0, 684.0, 10.0, False, "The Linux Foundation", 110.0),
        *_body(660.0, 3),
    ]])  # fmt: skip
    assert "## Certifications" not in markdown, markdown


def test_two_columns_go_on_through_lines_on_one_side_until_a_title_as_big() -> None:
    """Round92's Spanish CV: "Educación" beside "Certificaciones", a school's heading alone on
    the left, a certificate's alone on the right; "Habilidades" across the page ends them."""
    markdown = _laid_out([[
        (65.0, 700.0, 13.0, True, "Educación", 70.0),
        (320.0, 700.0, 13.0, True, "Certificaciones", 100.0),
        (65.0, 684.0, 10.0, False, "Octubre 2022 – Julio 2023", 120.0),
        (320.0, 684.0, 10.0, False, "Noviembre 2023 Online", 110.0),
        (65.0, 671.0, 10.0, False, "Universidad Católica de Cuenca", 150.0),
        (320.0, 658.0, 10.0, False, "SDPC Scrum Developer", 110.0),
        (65.0, 645.0, 10.0, False, "Ingeniería de Sistemas", 120.0),
        (320.0, 645.0, 10.0, False, "Enero 2021 Online", 90.0),
        (65.0, 620.0, 13.0, True, "Habilidades", 80.0),
        *_body(600.0, 2),
    ]])  # fmt: skip
    studies = markdown.split("Educación")[1].split("Certificaciones")[0]
    assert "Universidad Católica de Cuenca" in studies, markdown
    assert "Ingeniería de Sistemas" in studies, markdown
    certificates = markdown.split("Certificaciones")[1].split("Habilidades")[0]
    assert "SDPC Scrum Developer" in certificates, markdown
    assert "Universidad" not in certificates, markdown
