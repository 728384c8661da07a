"""A browser's print header and footer (round36): the date and the page's title over the page,
its address and page count under it. They are not the resume, and the header's title, running
across the page, kept its two columns from being seen."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf


def _printed(header: str, footer: str) -> bytes:
    """A two-column page as Chrome prints it: a sidebar of skills, jobs on the right."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 8)
    pdf.text(24, 22, header)
    pdf.text(24, 826, footer)
    pdf.set_font("Helvetica", "", 24)
    pdf.text(140, 90, "Gennady Rudchenko")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(140, 120, "Minsk, Belarus")
    y = 170.0
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(46, y, "Skills")
    pdf.text(220, y, "Experience")
    pdf.set_font("Helvetica", "", 9)
    skills = ["HTML CSS JavaScript", "TypeScript", "Vue Nuxt Pinia", "Sass Tailwind CSS",
              "REST API GraphQL", "Git Docker", "Vitest Playwright", "Figma Cursor"]  # fmt: skip
    jobs = ["Frontend Developer, Zaochnik 2022-present", "Turn Figma mockups into code with",
            "designers and backend developers.", "SEO Specialist, Zaochnik 2018-2022",
            "Keywords, competitor analysis, site", "structure and link acquisition.",
            "Freelance web developer 2022-present", "Client websites built with Nuxt."]  # fmt: skip
    for row, (skill, job) in enumerate(zip(skills, jobs, strict=True)):
        pdf.text(46, y + 24 + 18 * row, skill)
        pdf.text(232, y + 24 + 18 * row + 5, job)
    return bytes(pdf.output())


def test_the_print_header_and_footer_go_and_the_columns_read_apart(tmp_path: Path) -> None:
    raw = _printed(
        "19.08.2026, 11:54          CV Gennady Rudchenko",
        "localhost:63342/CV/index.html?lang=en                    1/2",
    )
    markdown = read_pdf(raw, tmp_path / "cv.pdf").markdown
    assert "11:54" not in markdown, markdown
    assert "localhost" not in markdown, markdown
    # Each column's lines follow each other: a job's sentence is not split by a skill.
    start = markdown.index("Turn Figma mockups into code with")
    between = markdown[start : markdown.index("designers and backend developers.")]
    assert between.split()[-1] == "with", markdown
    assert markdown.index("Figma Cursor") < markdown.index("Frontend Developer"), markdown


def test_a_dated_line_that_is_the_resume_s_own_stays(tmp_path: Path) -> None:
    """A footer with no page count ("Updated 19.08.2026") is the resume's, not the browser's."""
    raw = _printed("Updated 19.08.2026", "www.rudchenko.dev")
    markdown = read_pdf(raw, tmp_path / "cv.pdf").markdown
    assert "Updated 19.08.2026" in markdown, markdown
    assert "rudchenko.dev" in markdown, markdown


def _sidebar_centred() -> bytes:
    """Jobs on the left, a sidebar of centred lines on the right (Canva): no left edge of the
    sidebar's comes back, so only the empty band between the two shows the gutter."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 22)
    pdf.text(46, 60, "Earnestina Petergeorge")
    pdf.set_font("Helvetica", "", 10)
    jobs = ["Marketing Assistant, Tanuki, Toronto", "Spearheaded social media campaigns on",
            "Instagram and TikTok for the brand.", "Computer Science Teacher, IVHQ Nepal",
            "Created a curriculum covering all key", "concepts of computer databases.",
            "Lead of UI/UX, Golden Hacks Waterloo", "Won second-best overall in the event.",
            "Designed frameworks for the front end", "team in a short period of time.",
            "Vice President of Marketing, WiCS", "Managed all social media platforms."]  # fmt: skip
    side = ["EDUCATION", "Honours BSc", "Computer Science", "Wilfrid Laurier", "University, 2021",
            "INTERESTS", "Painting", "Travelling", "UK, Nepal, France", "Modelling",
            "LANGUAGES", "Nepali"]  # fmt: skip
    for row, (job, item) in enumerate(zip(jobs, side, strict=True)):
        pdf.text(46, 120 + 20 * row, job)
        centre = 480 - pdf.get_string_width(item) / 2
        pdf.text(centre, 128 + 20 * row, item)
    return bytes(pdf.output())


def test_a_sidebar_of_centred_lines_is_a_column_of_its_own(tmp_path: Path) -> None:
    """round86: a Canva page's right sidebar was read line by line into its jobs."""
    markdown = read_pdf(_sidebar_centred(), tmp_path / "cv.pdf").markdown
    start = markdown.index("Spearheaded social media campaigns on")
    between = markdown[start : markdown.index("Instagram and TikTok for the brand.")]
    assert "Computer Science" not in between, markdown
    assert "Honours BSc" not in between, markdown
