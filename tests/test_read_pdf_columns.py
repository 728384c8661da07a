"""Two columns under a header across the page, and Word's bullets: drawn run by run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from resume_chat.resume.pdf.reader import read_pdf

if TYPE_CHECKING:
    from fpdf import FPDF

_LEFT = ["Education", "IHK Bayreuth, Master", "Professional, 11/2024", "Gymnasium Bayreuth",
         "Abitur, 06/2012", "Skills", "Business Cases", "KPIs", "Project Management",
         "Power BI", "Jira", "Languages", "German, English"]  # fmt: skip
_RIGHT = ["Work Experience", "10/2022 - 06/2025", "Deputy Head of Commercial Management, JCL",
          "Established the controlling department to raise the", "efficiency of administration",
          "07/2020 - 10/2022", "Commercial Clerk, JCL, Redwitz",
          "Conducted cost comparisons within network management", "01/2019 - 07/2020",
          "Commercial Clerk, JCL / Temporary Assignment",
          "Prepared stock reconciliations"]  # fmt: skip


def _page(header: list[str]) -> FPDF:
    """A name and `header` lines across the page, then two columns at x=40 and x=230 whose
    baselines never meet."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(70, 60, "Jana Wunsch")
    pdf.set_font("Helvetica", "", 12)
    for index, line in enumerate(header):
        pdf.text(70, 85 + 14 * index, line)
    for x, lines, step, first in ((40, _LEFT, 19.0, 180.0), (230, _RIGHT, 13.5, 186.0)):
        for index, line in enumerate(lines):
            pdf.set_font("Helvetica", "B" if index in (0, 5, 11) and x == 40 else "", 11)
            pdf.text(x, first + step * index, line)
    return pdf


def _markdown(pdf: FPDF) -> str:
    return read_pdf(bytes(pdf.output()), Path("columns.pdf")).markdown


def test_a_header_across_the_page_does_not_merge_the_columns_below_it() -> None:
    """The name and address run across the gutter above both columns: the columns below
    still read one after the other, each line whole."""
    header = ["Master Professional in Business Management",
              "Address: Sonnige Lehne 10, 95466 Weidenberg",
              "E-Mail: j_rommel@outlook.com"]  # fmt: skip
    markdown = _markdown(_page(header))
    assert "Deputy Head of Commercial Management, JCL" in markdown, markdown
    assert "Commercial Clerk, JCL / Temporary Assignment" in markdown, markdown
    assert markdown.index("Languages") < markdown.index("Work Experience"), markdown
    assert "Address: Sonnige Lehne 10" in markdown, markdown


def test_a_name_whose_last_word_starts_past_the_gutter_is_still_a_header() -> None:
    """Word draws "JANA MARA" and "GARO" as runs of their own, the last one starting right of
    the gutter: the name stays a header line, and the columns below still split."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 30)
    pdf.text(70, 60, "Jana Mara")
    pdf.text(240, 60, "Garo")
    for x, lines, step, first in ((40, _LEFT, 19.0, 180.0), (230, _RIGHT, 13.5, 186.0)):
        for index, line in enumerate(lines):
            pdf.set_font("Helvetica", "", 11)
            pdf.text(x, first + step * index, line)
    markdown = _markdown(pdf)
    assert "Jana Mara Garo" in markdown, markdown
    assert "Deputy Head of Commercial Management, JCL" in markdown, markdown
    assert markdown.index("Languages") < markdown.index("Work Experience"), markdown


def test_a_left_column_of_centred_lines_is_still_a_column() -> None:
    """Canva centres a sidebar's lines, so no left edge of theirs recurs: the right column's
    edge is the page's first, and still the gutter."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for index, line in enumerate(_LEFT):
        pdf.text(120 - pdf.get_string_width(line) / 2 + 1.3 * index, 180 + 19 * index, line)
    for index, line in enumerate(_RIGHT):
        pdf.text(267, 186 + 13.5 * index, line)
    markdown = _markdown(pdf)
    assert "Deputy Head of Commercial Management, JCL" in markdown, markdown
    assert "Commercial Clerk, JCL / Temporary Assignment" in markdown, markdown
    assert markdown.index("Languages") < markdown.index("Work Experience"), markdown


def test_prose_across_the_page_above_two_blocks_keeps_them_one_column() -> None:
    """A summary running to the right margin above: the page is not cut into columns."""
    prose = "A junior programmer who writes clean and efficient code for every team she joins."
    markdown = _markdown(_page([prose, prose, prose]))
    assert markdown.index("Work Experience") < markdown.index("Languages"), markdown


def _laid_out(runs: list[tuple[float, float, float, bool, str, float]]) -> str:
    """The Markdown of runs given as (x, y, size, bold, text, width), one page."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.layout import to_markdown
    from resume_chat.resume.pdf.reader import _lines

    frags = [
        Fragment(x, y, size, bold, text, width=width) for x, y, size, bold, text, width in runs
    ]
    return "\n".join(to_markdown(_lines(frags, [], 0), set())[0])


def test_a_sidebar_of_a_few_lines_is_its_own_column() -> None:
    """Word's page with a right sidebar whose skills are pictures: "SKILLS", "LANGUAGES" and
    four lines beside sixty lines of jobs, on baselines of their own."""
    from resume_chat.resume.pdf.columns import Fragment, columns

    main = [Fragment(24.0, 760.0 - 12 * row, 9.0, False, f"Built the checkout API {row}.",
                     width=300.0) for row in range(60)]  # fmt: skip
    side = [Fragment(390.0, y, 9.0, False, text, width=90.0)
            for y, text in ((695.0, "SKILLS"), (335.0, "LANGUAGES"), (321.0, "Spanish"),
                            (309.5, "Native"), (281.0, "English"), (269.5, "Fluent"))]  # fmt: skip
    assert columns(main + side) == [main, side]
    # The same few lines level with the jobs' lines are a column of dates: one column.
    level = [Fragment(390.0, 760.0 - 12 * row, 9.0, False, "2019 - 2021", width=50.0)
             for row in range(0, 60, 12)]  # fmt: skip
    assert len(columns(main + level)) == 1


_SUPERVISED = "Supervised a project to implement a sustainable electric fleet for the whole"
_MESSAGING = "Experienced in Javascript & CSS scaffolding, Video, Audio, and Text messaging using"


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        # Word draws "•" as U+F0B7 in the Symbol font, in the run of the item's text; the
        # wrapped line hangs under the text, right of where the bullet's width was guessed.
        ([(40.0, 700.0, 16.0, True, "Experience", 90.0),
          (245.3, 670.0, 11.0, False, f"\uf0b7 {_SUPERVISED}", 310.0),
          (263.3, 656.0, 11.0, False, "company in Lichtenfels", 120.0),
          (245.3, 642.0, 11.0, False, "\uf0b7 Improved the cash flow", 130.0)],
         f"- {_SUPERVISED} company in Lichtenfels\n- Improved the cash flow"),
        # Word indents the bullet and sets the wrapped line back at the margin, left of it.
        ([(24.1, 700.0, 14.0, True, "WORK EXPERIENCE", 130.0),
          (32.3, 680.0, 9.0, False, f"\u2022 {_MESSAGING}", 330.0),
          (25.3, 668.5, 9.0, False, "WebRTC and Twilio API.", 95.0),
          (32.3, 656.0, 9.0, False, "\u2022 Developed a mobile app", 100.0)],
         f"- {_MESSAGING} WebRTC and Twilio API.\n- Developed a mobile app"),
    ],
)  # fmt: skip
def test_word_bullets_mark_items_and_their_wrapped_lines_join(
    runs: list[tuple[float, float, float, bool, str, float]], expected: str
) -> None:
    markdown = _laid_out(runs)
    assert expected in markdown, markdown


def test_dates_set_level_with_their_lines_at_the_right_margin_are_no_column() -> None:
    """Awesome-CV's "KYiV NATiONAL ECONOMiC UNiVERSiTY ···· 2004-08": the dates at the right
    margin end their rows; read as a column they would come after the whole page."""
    from resume_chat.resume.pdf.columns import Fragment, columns

    main = [Fragment(40.0, 760.0 - 12 * row, 8.0, False, f"Taught econometrics {row}.",
                     width=300.0) for row in range(40)]  # fmt: skip
    dates = [Fragment(531.0, 760.0 - 12 * row, 8.0, False, f"20{row:02d}", width=28.0)
             for row in range(0, 40, 5)]  # fmt: skip
    assert len(columns(main + dates)) == 1


_MARGIN = [
    ("Employment", ["Postdoctoral researcher, University of Tübingen, Germany  2022-present",
                    "Timing analysis of X-ray pulsars with NICER and Insight-HXMT",
                    "Postdoctoral researcher, Institute of High Energy Physics  2020-2022",
                    "In-orbit calibration of the Insight-HXMT telescope"]),
    ("Education", ["Institute of High Energy Physics, Beijing  2015-2020",
                   "Ph.D. in High Energy Astrophysics", "Supervisor: Liming Song",
                   "Yunnan University  2011-2015",
                   "Bachelor's degree in Mathematics and Physics"]),
    ("Computer Skills", ["Languages: Python, GNU Bash, C++", "Software: Xspec, TEMPO2",
                         "Systems: macOS, GNU/Linux"]),
    ("Research Interests", ["Glitches in high-energy pulsars",
                            "Timing of accreting X-ray pulsars",
                            "Statistics of instrumental effects"]),
]  # fmt: skip


def test_section_titles_in_the_left_margin_head_the_lines_level_with_them() -> None:
    """A LaTeX CV sets each section's title in a margin, level with its first line ("Research"
    over "Interests" when two lines): each title heads its own lines, not all the titles first
    and then every line under the last one."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 50, "Youli Tuo")
    y = 90.0
    for title, lines in _MARGIN:
        pdf.set_font("Helvetica", "B", 11)
        words = title.split()
        if title == "Research Interests":  # the first word a line above, the second level
            pdf.text(40, y - 13, words[0])
            pdf.text(40, y, words[1])
        else:
            pdf.text(40, y, title)
        pdf.set_font("Helvetica", "", 10)
        for line in lines:
            pdf.text(150, y, line)
            y += 13
        y += 14
    markdown = _markdown(pdf)
    at = markdown.index
    assert at("Employment") < at("Postdoctoral researcher, University") < at("Education"), markdown
    assert at("Education") < at("Ph.D. in High Energy") < at("Computer Skills"), markdown
    assert at("Research Interests") < at("Glitches in high-energy pulsars"), markdown


def test_bold_titles_run_into_their_lines_are_no_margin() -> None:
    """ "Rising Star Award Human Behavior and Evolution Society": a bold title a space before
    its words, however many such lines share the left edge, stays one line with them, even
    with a column of lines further down the page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 50, "Awards")
    y = 70.0
    for title, rest in (("Rising Star Award", "Human Behavior and Evolution Society, 2024"),
                        ("New Investigator Award", "Human Behavior and Evolution Society, 2021"),
                        ("Research Grant", "University of Nebraska, Lincoln, 2012"),
                        ("Education Award", "Sallie W. Nixon Foundation, 2011")):  # fmt: skip
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(40, y, title)
        end = 40 + pdf.get_string_width(title + " ")
        pdf.set_font("Helvetica", "", 10)
        pdf.text(end, y, rest)
        y += 16
    for step in range(14):  # fieldwork dated in a column of its own, further down the page
        pdf.text(150, y + 20 + 13 * step, f"Fieldwork in the Omo Valley, season {step}")
    markdown = _markdown(pdf)
    assert "Rising Star Award Human Behavior and Evolution Society, 2024" in markdown, markdown
    assert "New Investigator Award Human Behavior and Evolution Society, 2021" in markdown


def test_a_name_in_big_type_across_both_columns_is_a_header_not_prose() -> None:
    """round325's Canva page: the name in 26 points runs from the sidebar's side to near the
    right margin, over a sidebar and a main column; it was taken for prose across the gutter,
    and the page read as one column, a sidebar line between every two of the profile's."""
    runs = [(310.0, 750.0, 26.0, True, "SHOAFZAL SHOMUHIDOV", 337.0),
            (310.0, 724.0, 13.8, True, "DATA ANALYST", 97.0)]  # fmt: skip
    side = ["CONTACT", "+998 93 562 72 42", "shomuhidov.shoafzal@gmail.com",
            "Tashkent, Uzbekistan", "SKILLS", "Python | Pandas", "SQL", "ETL | Git"]  # fmt: skip
    runs += [(143.0, 583.0 - 19 * row, 9.6, False, text, 90.0) for row, text in enumerate(side)]
    main = [f"Built a production ETL pipeline, line {row} of the profile." for row in range(10)]
    runs += [(346.0, 638.0 - 13 * row, 9.6, False, text, 320.0) for row, text in enumerate(main)]
    from resume_chat.resume.pdf.columns import Fragment, columns
    from resume_chat.resume.pdf.layout import to_markdown
    from resume_chat.resume.pdf.reader import _lines

    frags = [Fragment(x, y, size, bold, text, width=wide) for x, y, size, bold, text, wide in runs]
    lines = [line for column in columns(frags) for line in _lines(column, [], 0)]
    markdown = "\n".join(to_markdown(lines, set())[0])
    assert markdown.find("ETL | Git") < markdown.find("line 0 of the profile"), markdown
    assert markdown.find("line 9 of the profile") > markdown.find("Tashkent"), markdown


def test_a_run_drawn_far_off_the_page_costs_no_more_than_one_on_it() -> None:
    """A hostile PDF's run set a trillion points to the right: the search for an empty band
    down the page sweeps the runs' edges, so it neither allocates nor walks the distance
    (a list a point wide across it was a MemoryError)."""
    import tracemalloc

    from resume_chat.resume.pdf.columns import Fragment, columns

    main = [Fragment(24.0, 760.0 - 12 * row, 9.0, False, f"Built the checkout API {row}.",
                     width=300.0) for row in range(40)]  # fmt: skip
    far = Fragment(1e12, 400.0, 9.0, False, "far away", width=40.0)
    tracemalloc.start()
    try:
        found = columns([*main, far])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(len(column) for column in found) == len(main) + 1
    assert peak < 5_000_000, peak
