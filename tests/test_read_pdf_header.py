"""The top of a PDF page: a title over the name, an address set as large as the name."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.glyphs import glyphs_mended, icon_names_dropped
from resume_chat.resume.pdf.reader import read_pdf


def _page(lines: list[tuple[float, str, str]], title: str = "") -> bytes:
    """Lines of (size, style, text) from the top, each below the last, then one section."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.set_title(title)
    pdf.add_page()
    y = 60.0
    for size, style, text in lines:
        pdf.set_font("Helvetica", style, size)
        pdf.text(72, y, text)
        y += size * 1.6
    for size, style, text in [(16, "B", "EXPERIENCE"), (11, "", "Cosmetologist, Salon Nine")]:
        pdf.set_font("Helvetica", style, size)
        pdf.text(72, y, text)
        y += 24
    pdf.set_font("Helvetica", "", 11)
    for row in range(6):  # the body's size is the one most text is set in
        pdf.text(
            72, y + 14 * row, f"Cut and coloured hair for clients of every age, {row} days a week."
        )
    return bytes(pdf.output())


def test_the_name_under_a_page_title_names_the_candidate() -> None:
    """ "Resume" in 34 pt over "Christopher Sayegh" in 20 pt, the file's title "Resume" too:
    the page's title is no name."""
    raw = _page([(34, "", "Resume"), (20, "", "Christopher Sayegh"),
                 (20, "", "16775 Mission Rd"), (20, "", "Stilwell, KS 66085")],
                title="Resume")  # fmt: skip
    reading = read_pdf(raw, Path("cv.pdf"))
    assert reading.name == "Christopher Sayegh"


def test_an_address_in_big_type_is_no_section() -> None:
    """A street, a town with its ZIP code, a British postcode and a birth date set as large
    as the name are the header's lines, not sections."""
    raw = _page([(20, "", "Christopher Sayegh"), (20, "", "16775 Mission Rd"),
                 (20, "", "Stilwell, KS 66085"), (20, "", "BS13 7BP"),
                 (20, "", "D.O.B - 03/07/1989")])  # fmt: skip
    markdown = read_pdf(raw, Path("cv.pdf")).markdown
    for line in ("16775 Mission Rd", "Stilwell, KS 66085", "BS13 7BP", "D.O.B - 03/07/1989"):
        assert f"\n{line}\n" in markdown, markdown
        assert f"# {line}" not in markdown, markdown


def test_small_capitals_and_ligatures_named_by_their_glyphs() -> None:
    """A LaTeX PDF whose small-capital font maps no characters: pypdf writes each glyph's
    name ("E/d.sc/u.sc/c.sc/a.sc/t.sc/i.sc/o.sc/n.sc", "/T_heile"); read as the letters."""
    assert glyphs_mended("E/d.sc/u.sc/c.sc/a.sc/t.sc/i.sc/o.sc/n.sc") == "EDUCATION"
    assert glyphs_mended("Aref, S., /T_heile, T.") == "Aref, S., Theile, T."
    assert glyphs_mended("Reports/Analysis 2021") == "Reports/Analysis 2021"


def test_a_section_title_set_large_at_the_top_is_no_name() -> None:
    """round99: a Swiss CV's first heading "Berufliche Tätigkeiten", the largest line at the
    top and the file's title, was read as the candidate's name."""
    raw = _page([(16, "B", "Berufliche Tätigkeiten"), (14, "B", "Jasmin Christen"),
                 (11, "", "Stadelstrasse 22, 6373 Ennetbürgen")],
                title="Berufliche Tätigkeiten")  # fmt: skip
    reading = read_pdf(raw, Path("cv.pdf"))
    assert reading.name != "Berufliche Tätigkeiten", reading.markdown
    assert "Berufliche Tätigkeiten\n" in reading.markdown, reading.markdown


def test_a_headline_set_over_the_name_is_no_section() -> None:
    """round36: "FRONTEND WEB DEVELOPER" in capitals over the name headed a section that took
    the header's town with it, so "Where is he based?" found no town."""
    path = Path(__file__).parent / "round36/resumes/pdf-browser-printed-frontend-developer.pdf"
    reading = read_pdf(path.read_bytes(), path)
    assert reading.name == "Gennady Rudchenko"
    header = reading.markdown.split("\n#", 1)[0]  # from the name to the first heading
    assert "FRONTEND WEB DEVELOPER" in header, reading.markdown
    assert "Minsk, Belarus" in header, reading.markdown


def test_icon_glyph_names_are_dropped_where_a_page_shows_several() -> None:
    """Round340's Dutch LaTeX CV: its icon font maps no characters, so pypdf writes each
    icon's name: "03 jan 1991 · /_478" hid a birth date, "## /_549 Werkervaring" a title."""
    shown = ["## /_549 Werkervaring", "- 03 jan 1991 · /_478", "- arjen@bos4.nl · /envelope_alt"]
    assert icon_names_dropped(shown) == ["## Werkervaring", "- 03 jan 1991", "- arjen@bos4.nl"]
    # Font Awesome's names are hyphenated (round343's Spanish CV).
    named = ["- Arena /external-link-alt · Skövde", "- /github Pablo", "- /linkedin-in Pablo"]
    assert icon_names_dropped(named) == ["- Arena · Skövde", "- Pablo", "- Pablo"]
    # A path or two in prose is kept: "/usr/local", "see /docs".
    prose = ["Installed it under /usr and /opt on the servers.", "I/O and TCP/IP"]
    assert icon_names_dropped(prose) == prose


def test_a_name_on_two_lines_beside_an_address_block() -> None:
    """Round348's browser-printed resume: "Ammishaddai" over "Jacobus" in 31 pt at the left,
    the address block's lines at the right set between them: one name, not two headings."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(330, 40, "Address:")
    pdf.set_font("Helvetica", "", 10)
    for y, line in ((54, "935 main street, Wayne"), (66, "Phone number: 402-518-8230"),
                    (98, "Email address: a.jacobus@example.com")):  # fmt: skip
        pdf.text(330, y, line)
    pdf.set_font("Helvetica", "B", 31)
    pdf.text(65, 80, "Ammishaddai")
    pdf.text(65, 117, "Jacobus")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(45, 170, "Work experience")
    pdf.set_font("Helvetica", "", 10)
    for row in range(6):
        pdf.text(45, 190 + 12 * row, f"Tutored college students in Python and Java, {row} days.")
    reading = read_pdf(bytes(pdf.output()), Path("cv.pdf"))
    assert reading.name == "Ammishaddai Jacobus", reading.markdown
