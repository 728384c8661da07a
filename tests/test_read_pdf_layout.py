"""PDF layouts drawn run by run, as browsers and design tools draw them: words cut across fonts,
letter-spaced headings, sections set in bands across two halves, dates at the right margin."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.reader import read_pdf
from resume_chat.resume.pdf.row_text import tracking
from tests.documents import assemble_pdf, helvetica_page

if TYPE_CHECKING:
    from fpdf import FPDF


def _page() -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(40, 60, "Jo Example")
    return pdf


def _runs(
    pdf: FPDF,
    x: float,
    y: float,
    runs: list[tuple[str, str, str]],
    spacing: float = 0,
    gap: float = 0,
) -> None:
    """Draw `runs` (text, family, style) one after another on one baseline, each `gap` past
    where the one before ends, as a browser does when a word's letters come from several font
    subsets (gap 0) or each word is drawn on its own (gap: a space)."""
    for text, family, style in runs:
        pdf.set_font(family, style, 12)
        pdf.set_char_spacing(spacing)
        pdf.text(x, y, text)
        x += pdf.get_string_width(text) + gap  # with the spacing after each letter, as drawn
    pdf.set_char_spacing(0)


def _markdown(pdf: FPDF) -> str:
    return read_pdf(bytes(pdf.output()), Path("drawn.pdf")).markdown


def test_a_word_drawn_in_two_fonts_stays_one_word() -> None:
    """Runs are measured by their fonts' own glyph widths: a monospaced "Illi" is twice as
    wide as letters like "I" and "l" usually are, and "nois" starts where it really ends."""
    pdf = _page()
    _runs(
        pdf,
        40,
        100,
        [("Lives in ", "Courier", ""), ("Illi", "Courier", "B"), ("nois", "Courier", "")],
    )
    markdown = _markdown(pdf)
    assert "Lives in Illinois" in markdown, markdown


def test_letter_spaced_heading_reads_as_one_word() -> None:
    """A heading set with letter-spacing, its letters in runs of several fonts, is one word;
    a line of words each drawn on its own stays words."""
    pdf = _page()
    heading = [("E", "Helvetica", "B"), ("X", "Times", "B"), ("PERIEN", "Helvetica", "B")]
    _runs(pdf, 40, 100, [*heading, ("CE", "Times", "B")], spacing=2.5)
    words = ["Led", "the", "ledger", "rewrite", "in", "Go"]
    _runs(pdf, 40, 120, [(word, "Helvetica", "") for word in words], gap=3.3)  # a space
    markdown = _markdown(pdf)
    assert "EXPERIENCE" in markdown, markdown
    assert "Led the ledger rewrite in Go" in markdown, markdown


def test_sections_set_in_bands_across_two_halves_keep_their_entries() -> None:
    """Headings only in the left half, entries going on level with them in the right half:
    each right-half entry belongs to the section beside it, not to the last one on the left."""
    pdf = _page()
    bands = [
        ("Employment", ["Designer at Datawheel", "Web Designer at Berman"]),
        ("Education", ["University of South Florida", "Hillsborough Community College"]),
        ("Internships", ["Art Intern at PeakBiety", "Web Intern at Operation Homefront"]),
    ]
    y = 110.0
    for heading, (left, right) in bands:
        pdf.set_font("Helvetica", "B", 20)
        pdf.text(40, y, heading)
        for x, title in ((40, left), (320, right)):
            pdf.set_font("Helvetica", "B", 13)
            pdf.text(x, y + 30, title)
            pdf.set_font("Helvetica", "", 10)
            for row in range(3):
                pdf.text(x, y + 48 + 14 * row, f"Line {row + 1} of the work done there.")
        y += 150
    markdown = _markdown(pdf)
    order = [markdown.index(text) for _, (left, right) in bands for text in (left, right)]
    sections = [markdown.index(f"## {heading}") for heading, _ in bands]
    assert order == sorted(order), markdown
    assert sections[1] > order[1], markdown
    assert sections[2] > order[3], markdown


def test_a_title_with_its_dates_at_the_right_margin_is_a_heading() -> None:
    """ "Acme Corp ........ 2019 – 2021": a bold title with dates set far apart is an entry."""
    pdf = _page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 100, "Experience")
    for y, (title, dates) in enumerate((("Acme Corp", "2019 - 2021"), ("Beta Ltd", "2016 - 2019"))):
        pdf.set_font("Helvetica", "B", 12)
        pdf.text(40, 130 + 60 * y, title)
        pdf.set_font("Helvetica", "", 12)
        pdf.text(480, 130 + 60 * y, dates)
        pdf.set_font("Helvetica", "", 11)
        pdf.text(40, 148 + 60 * y, f"Built the things {title} sold.")
    markdown = _markdown(pdf)
    assert "### Acme Corp · 2019 - 2021" in markdown, markdown
    assert "### Beta Ltd · 2016 - 2019" in markdown, markdown


def test_an_employer_line_over_a_dated_title_heads_the_entry() -> None:
    """LaTeX's "Employer ···· City" over "Title ···· Dates": the employer heads the entry and
    the title with its dates is its first line, so each job keeps its employer."""
    pdf = _page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 100, "Experience")
    jobs = (("Arista Networks", "Dublin, Ireland", "Kernel engineer", "Sept 2017 - present"),
            ("Virtuozzo", "Moscow, Russia", "Kernel engineer", "Jan 2016 - Jul 2017"))  # fmt: skip
    for index, (employer, place, title, dates) in enumerate(jobs):
        y = 130 + 70 * index
        for x, size, text in (
            (40, 11, employer),
            (480, 11, place),
            (52, 10, title),
            (470, 10, dates),
        ):
            pdf.set_font("Helvetica", "", size)
            pdf.text(x, y if size == 11 else y + 13, text)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(52, y + 28, f"Fixed the kernel crashes at {employer} in the tty drivers.")
    markdown = _markdown(pdf)
    for employer, place, title, dates in jobs:
        assert f"### {employer} · {place}\n\n- {title} · {dates}" in markdown, markdown


def test_a_dated_employer_line_over_a_bold_title_heads_the_entry() -> None:
    """Word's "KROMATID, Longmont, CO ···· 2022 – 2024" over a bold "Cell Culture Manager":
    the employer's line heads each job, also over a title too long to be a heading itself."""
    pdf = _page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(40, 100, "WORK HISTORY")
    jobs = (("KROMATID, Longmont, CO", "January 2022 - August 2024", "Cell Culture Manager"),
            ("IMMUNITYBIO INC., Louisville, CO", "July 2020 - January 2022",
             "Research Technologist (Title for non-PhD scientist level at the firm)"))  # fmt: skip
    for index, (employer, dates, title) in enumerate(jobs):
        y = 130 + 60 * index
        pdf.set_font("Helvetica", "", 11)
        pdf.text(40, y, employer)
        pdf.text(420, y, dates)
        pdf.set_font("Helvetica", "B", 11)
        pdf.text(40, y + 15, title)
        pdf.set_font("Helvetica", "", 11)
        pdf.text(40, y + 30, f"Grew the cell lines at {employer.split(',')[0].title()} daily.")
    markdown = _markdown(pdf)
    for employer, dates, title in jobs:
        assert f"### {employer} · {dates}\n\n{title}" in markdown, markdown


def _two_cells(
    pdf: FPDF, rows: Sequence[tuple[float, str, str]], right: float, step: float
) -> None:
    """Each row's (size, left text, right text) on one baseline, the left at x=40, from y=100."""
    for index, (size, left, beside) in enumerate(rows):
        pdf.set_font("Helvetica", "", size)
        for x, text in ((40, left), (right, beside)):
            if text:
                pdf.text(x, 100 + step * index, text)


def test_a_section_title_in_capitals_stands_at_the_level_of_the_others() -> None:
    """Awesome-CV: "EXPERIENCE ···· 8 years" leads its line; "EDUCATION", alone in the size of
    the job titles, is a section too, not one more job's heading under the last job."""
    pdf = _page()
    pdf.set_font("Helvetica", "", 10)
    pdf.text(450, 60, "As of February 22, 2025")  # beside the name: no name line, one tier more
    pdf.set_font("Helvetica", "", 18)
    pdf.text(40, 80, "Software Developer")
    rows = [(12, "EXPERIENCE", "8 years"), (12, "Senior Android Developer", ""),
            (12, "GFT", "Oct 2022 - Present"), (9, "Built the banking app in Kotlin. " * 5, ""),
            (12, "EDUCATION", ""), (12, "M.A. in Quantitative Finance", ""),
            (12, "University of Warsaw", "Sep 2016 - Jan 2022"),
            (9, "Statistics, Financial Markets, Time Series Analysis. " * 3, "")]  # fmt: skip
    _two_cells(pdf, rows, right=470, step=18)
    markdown = _markdown(pdf)
    assert "\n## EXPERIENCE\n" in markdown, markdown
    assert "\n## EDUCATION\n" in markdown, markdown


def test_a_column_of_labels_is_read_across_with_what_each_labels() -> None:
    """A Word CV with its labels and dates in a left column, each level with the line it
    labels: rows read across ("2018-2019 · MX net Kft."), not every date first."""
    pdf = _page()
    rows = [("Name:", "Bertold Krausz"), ("Phone:", "+36 30 55 68 964"), ("", ""),
            ("2018-2019", "MX net Kft., Junior web developer"), ("", "Fixed bugs in the POS app."),
            ("", "Sped up the slowest modules."), ("", "Built new features."),
            ("2015-2019", "University of Szeged, Computer Science"), ("", "Thesis: a budget app."),
            ("", "Graduated with honours."), ("2009-2015", "Kosztolanyi Gimnazium, Budapest"),
            ("", "Languages: English, German.")]  # fmt: skip
    _two_cells(pdf, [(10, label, text) for label, text in rows], right=180, step=14)
    markdown = _markdown(pdf)
    assert "2018-2019 · MX net Kft." in markdown, markdown
    assert "2015-2019 · University of Szeged" in markdown, markdown


def _row(size: float, runs: list[tuple[float, float, str]]) -> list[Fragment]:
    return [Fragment(x, 100.0, size, False, text, width=width) for x, width, text in runs]


def test_letter_spacing_is_told_from_uneven_word_spaces() -> None:
    """Rows measured from real PDFs. Chrome's letter-spaced heading: the gap after each run
    grows with its length. Google Docs' words a space apart (one space narrower than the
    rest): the gaps stay the same, and no letter-spacing may be taken out of them."""
    heading = _row(10.5, [(233.7, 6.4, "E"), (241.9, 7.5, "X"), (251.2, 38.1, "PERIEN"),
                          (299.8, 6.9, "Ț"), (307.6, 92.6, "A PROFESIONALĂ")])  # fmt: skip
    assert 1.5 < tracking(heading) < 2.0
    words = _row(11.0, [(66.0, 53.195, "Co-captain"), (122.212, 3.663, "-"),
                        (128.926, 22.016, "Yale"), (153.164, 45.864, "Graduate"),
                        (202.049, 31.797, "Rugby"), (236.877, 39.134, "Football"),
                        (279.037, 22.623, "Club"), (304.698, 59.931, "(2023-2024)")])  # fmt: skip
    assert tracking(words) == 0.0


def _form_pdf(boxes: list[tuple[float, float, str]]) -> bytes:
    """A page whose text boxes are form XObjects, each drawn where a `cm` puts it (Canva)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    names, forms = [], []
    for number, (_, _, text) in enumerate(boxes):
        stream = f"BT /F1 12 Tf 0 0 Td ({text}) Tj ET".encode()
        forms.append(
            f"<< /Type /XObject /Subtype /Form /BBox [0 0 400 40] /Resources << /Font "
            f"<< /F1 {4 + len(boxes)} 0 R >> >> /Length {len(stream)} >>\nstream\n"
            f"{stream.decode()}\nendstream"
        )
        names.append(f"/Fm{number} {4 + number} 0 R")
    content = "".join(f"q 1 0 0 1 {x} {y} cm /Fm{n} Do Q " for n, (x, y, _) in enumerate(boxes))
    objects[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objects.append(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << "
        f"{' '.join(names)} >> >> /Contents {5 + len(boxes)} 0 R >>"
    )
    objects += forms
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(f"<< /Length {len(content)} >>\nstream\n{content}\nendstream")
    return assemble_pdf(objects)


def test_text_boxes_drawn_as_forms_stand_where_they_are_drawn() -> None:
    """Canva draws each text box as a form XObject; each is placed by the matrix where it is
    drawn, not read from the page's corner on top of the others."""
    raw = _form_pdf([(50, 700, "Chase Costa"), (50, 640, "Hugh Trumble Cafe"),
                     (50, 620, "Lead Barista at the MCG"), (50, 560, "Melba College")])  # fmt: skip
    markdown = read_pdf(raw, Path("canva.pdf")).markdown
    order = [markdown.find(text) for text in ("Hugh Trumble", "Lead Barista", "Melba College")]
    assert -1 < order[0] < order[1] < order[2], markdown
    assert "CafeLead" not in markdown, markdown  # read from one corner, the boxes ran together


def test_a_run_placed_by_tm_then_td_stays_on_its_line() -> None:
    """Google Docs places each run with a "Tm" and then a "Td" moving it down a line height;
    pypdf reports the run from the "Tm" alone, which put the line's second half above it."""
    lines = [("Ph.D.", 72, 624), ("School of Forest Resources, University of Florida", 103, 624),
             ("Advisor: Dr. Stephanie Bohlman", 108, 610)]  # fmt: skip
    content = "".join(
        f"BT /F1 11 Tf 1 0 0 1 {x} {y + 8} Tm 0 -8 Td ({text}) Tj ET " for text, x, y in lines
    )
    raw = helvetica_page(content)
    markdown = read_pdf(raw, Path("docs.pdf")).markdown
    assert "Ph.D. School of Forest" in markdown, markdown


def _rows(left_width: float) -> list[Fragment]:
    """Twelve lines, each a run from x=50 and one from x=367.5 on the same baseline."""
    frags = []
    for row in range(12):
        y = 700.0 - 14 * row
        frags.append(Fragment(50.0, y, 10.0, False, "Left words", width=left_width))
        frags.append(Fragment(367.5, y, 10.0, False, "309-6467 more", width=60.0))
    return frags


def test_a_gutter_that_cuts_lines_where_their_words_run_on_is_no_column() -> None:
    """A Word export whose lines end and begin near one x: "720-" | "309-6467" is one line."""
    from resume_chat.resume.pdf.columns import columns

    frags = _rows(left_width=316.6)
    assert columns(frags) == [frags]


def test_two_columns_apart_on_every_line_are_still_columns() -> None:
    from resume_chat.resume.pdf.columns import columns

    assert len(columns(_rows(left_width=200.0))) == 2


def test_a_name_in_small_capitals_is_one_word_each() -> None:
    """ "X" in 20 pt and "UAN" in 16 pt, a little apart: "XUAN", not "X UAN"."""
    from resume_chat.resume.pdf.reader import _line

    row = [
        Fragment(236.0, 736.7, 19.92, False, "X", width=14.38),
        Fragment(252.34, 736.7, 16.08, False, "UAN ", width=38.85),
        Fragment(299.14, 736.7, 19.92, False, "B", width=13.29),
        Fragment(314.26, 736.7, 16.08, False, "EATTY", width=52.69),
    ]
    assert _line(row, set(), [], 1).text == "XUAN BEATTY"


def test_a_name_set_large_on_two_lines_is_one_name() -> None:
    """ "Benjamin" over "Joossens", both in 24 pt: the name, not two headings."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 24)
    pdf.text(40, 60, "Benjamin")
    pdf.text(40, 86, "Joossens")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 130, "Education")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 150, "Applied Informatics, UCLL Leuven, 2020")
    reading = read_pdf(bytes(pdf.output()), Path("drawn.pdf"))
    assert reading.name == "Benjamin Joossens", reading.markdown


def test_the_metadata_name_leading_a_line_is_split_from_the_link_beside_it() -> None:
    """moderncv's name and a profile link on one baseline: the name the file's properties
    give is taken from the front of the line, and the link stays."""
    pdf = _page()
    pdf.set_author("Jo Example")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(300, 60, "· in jo-example")
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 110, "Education")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(40, 130, "BS Biology, University of Kentucky, 2018")
    reading = read_pdf(bytes(pdf.output()), Path("drawn.pdf"))
    assert reading.name == "Jo Example", reading.markdown
    assert "jo-example" in reading.markdown


def test_a_section_title_centred_in_the_size_of_the_job_titles_heads_them() -> None:
    """A LaTeX page with "Experience" centred over bold job titles of its own size, the text
    below set smaller: a section over its jobs, not a list item among them."""
    pdf = _page()
    body = "Cleaned the survey data and wrote the weekly report for the board. " * 2
    y = 100.0
    for section, jobs in (("Experience", ("Business Analyst", "Research Assistant")),
                          ("Education", ("Master of Science in Data Science",))):  # fmt: skip
        pdf.set_font("Helvetica", "", 10)
        pdf.text((595 - pdf.get_string_width(section)) / 2, y, section)
        for job in jobs:
            pdf.set_font("Helvetica", "B", 10)
            pdf.text(40, y + 16, f"{job}")
            pdf.text(460, y + 16, "2019 - 2023")
            pdf.set_font("Helvetica", "", 9)
            pdf.text(40, y + 28, "University of Zurich, Zurich")
            pdf.text(40, y + 40, body[:126])  # across the page, as wide as the dates' end
            y += 40
        y += 30
    markdown = _markdown(pdf)
    assert "\n## Experience\n" in markdown, markdown
    assert "\n## Education\n" in markdown, markdown
    assert "\n### Business Analyst · 2019 - 2023\n" in markdown, markdown


def test_a_numbered_items_wrapped_lines_hang_under_its_words_and_join_it() -> None:
    """A publication list numbered "10.", "9." whose wrapped lines hang under the item's words,
    right of its number: each item reads as one line, the journal with the title it follows."""
    pdf = _page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.text(40, 100, "Publications")
    pdf.set_font("Helvetica", "", 10)
    items = [
        ("10. Chen R., Feng J., Shukla D., and Su X. (2020). Tunable Metallopolymer Charge Trade",
         "Interactions for Electrochemical Metal Ion Capture. (manuscript in preparation)"),
        ("9. Feng J. and Shukla D. (2020). FingerprintContacts: Predicting Protein Alternative",
         "Conformations from Coevolution. J. Phys. Chem. B."),
        ("8. Wang S., Feng J., Xie Y., Tian Z., Peng D., Wu H., and Jiang Z. (2016). Constructing",
         "Asymmetric Membranes for Efficient Carbon Capture. J. Membr. Sci. 500, 25-32."),
    ]  # fmt: skip
    y = 120.0
    for first, second in items:
        pdf.text(40, y, first)
        pdf.text(40 + pdf.get_string_width("10. "), y + 12, second)
        y += 28
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown
    assert "Protein Alternative Conformations from Coevolution. J. Phys. Chem. B." in markdown, (
        markdown
    )
    assert "Constructing Asymmetric Membranes" in markdown, markdown


def test_plain_section_titles_count_beside_a_stray_large_line() -> None:
    """ "Education" and "Publications" in body type, alone on their lines, and one line set
    large for no section ("(DCOSS)"): the titles still head their sections."""
    pdf = _page()
    pdf.set_font("Helvetica", "", 10)
    rows = ["Education", "University of Kentucky, KY, USA, 2021 - 2025",
            "Ph.D. in Computer Science", "", "Publications",
            "1. Mahanipour, A. Federated Feature Selection. IJCNN 2025.", "",
            "Research Experience",
            "Research Assistant, University of Kentucky, 2021 - Present"]  # fmt: skip
    y = 100.0
    for row in rows:
        if row:
            pdf.text(40, y, row)
        y += 14 if row else 10
    pdf.set_font("Helvetica", "", 16)
    pdf.text(40, y + 20, "(DCOSS)")
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown
    assert "## Education" in markdown, markdown
    assert "## Research Experience" in markdown, markdown
