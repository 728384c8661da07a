"""LaTeX's layouts of an entry's line: dates pushed right by `\\hfill` in another font or in the
same run, and a column of dates touching the title beside it."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import assemble_pdf

# Every glyph half an em wide, so that where a run ends is known, as pdfTeX's fonts say.
_WIDTHS = f"/FirstChar 32 /LastChar 126 /Widths [{' '.join(['500'] * 95)}]"


def _page(content: str) -> bytes:
    """A page whose /F1 is a regular font and /F2 a bold one, both with their widths."""
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " /F2 5 0 R >> >> /Contents 6 0 R >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica {_WIDTHS} >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold {_WIDTHS} >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
    ])  # fmt: skip


def _job(y: int, employer: str, title: str, dates: str) -> str:
    """An employer's line with its town at the right margin, then the title with its dates
    pushed right in the regular font by one offset, no "Td" between: pdfTeX's \\hfill."""
    push = -(500 - 5 * len(title) - 5 * len(dates)) * 100  # thousandths of an em, at 10 pt
    return (
        f"BT /F2 10 Tf 1 0 0 1 50 {y} Tm ({employer}) Tj /F1 10 Tf 430 0 Td (Lyon, France) Tj"
        f" /F2 10 Tf -430 -14 Td ({title}) Tj /F1 10 Tf [{push} ({dates})] TJ"
        f" 11 -14 Td (- Built the robot arm's planner in C++ for the welding line.) Tj ET "
    )


def test_dates_pushed_right_after_a_font_change_are_set_apart_from_the_title() -> None:
    """pypdf reports the dates' run where the line began; its first offset says how far past
    the title it starts. Set apart, the dates date the title, and the employer heads it."""
    content = (
        "BT /F2 14 Tf 1 0 0 1 250 740 Tm (Experience) Tj ET "
        + _job(710, "Acme Robotics", "Software Engineer", "June 2024 - August 2025")
        + _job(662, "Bolt Systems", "Research Intern", "June 2022 - August 2022")
    )
    markdown = read_pdf(_page(content), Path("cv.pdf")).markdown
    assert "### Acme Robotics · Lyon, France" in markdown, markdown
    assert "Software Engineer · June 2024 - August 2025" in markdown, markdown
    assert "### Bolt Systems" in markdown, markdown


def test_an_employer_and_its_town_head_a_title_dated_in_the_same_run() -> None:
    """Jake's template: the school in bold, its town pushed right after a font change, then the
    degree and its dates in one italic run, the offset between them inside it. The school's
    line heads the degree, as the same layout with the dates set apart does."""
    content = "BT /F2 14 Tf 1 0 0 1 50 740 Tm (Education) Tj ET "
    for y, school, degree in (
        (710, "Indiana University Bloomington", "Master of Science in Computer Science"),
        (680, "Gokaraju Rangaraju Institute", "Bachelor of Technology in Computer Science"),
    ):
        push = -(500 - 5 * len(school) - 60) * 100
        content += (
            f"BT /F2 10 Tf 1 0 0 1 50 {y} Tm ({school}) Tj /F1 10 Tf [{push} (Hyderabad)] TJ"
            f" 0 -14 Td [({degree}) -9000 (Aug 2019 - May 2023)] TJ ET "
        )
    markdown = read_pdf(_page(content), Path("cv.pdf")).markdown
    assert "### Gokaraju Rangaraju Institute · Hyderabad" in markdown, markdown
    assert "### Indiana University Bloomington · Hyderabad" in markdown, markdown


def test_a_column_of_dates_measured_into_the_bold_title_beside_it_is_a_word_apart() -> None:
    """ "Jul 2019 - Jul 2023" ends a little past where the bold "Ph.D. in Fluid Mechanics"
    starts: a change of weight between a year and a capital ends a word."""
    content = (
        "BT /F2 14 Tf 1 0 0 1 50 740 Tm (Education) Tj ET "
        "BT /F1 10 Tf 1 0 0 1 60 710 Tm (Jul 2019 - Jul 2023) Tj ET "
        "BT /F2 10 Tf 1 0 0 1 152 710 Tm (Ph.D. in Fluid Mechanics, Carlos III) Tj ET "
        "BT /F1 10 Tf 1 0 0 1 152 696 Tm (Thesis: A thermochemical code for shocks.) Tj ET "
        "BT /F1 10 Tf 1 0 0 1 60 660 Tm (Oct 2011 - Jul 2017) Tj ET "
        "BT /F2 10 Tf 1 0 0 1 152 660 Tm (B.Sc. Industrial Engineering, Malaga) Tj ET "
    )
    markdown = read_pdf(_page(content), Path("cv.pdf")).markdown
    assert "Jul 2023 Ph.D. in Fluid Mechanics" in markdown, markdown
    assert "Jul 2017 B.Sc. Industrial" in markdown, markdown
