"""What round632-639's first runs showed the PDF reader getting wrong: Chrome drawing a JSON
Resume theme's kerned text in pieces, each measured from its glyphs alone, so that a piece
started a point or two before the last one's measured end and the page was split in two
columns through its words ("Visual Comput" | "ing Bachelor"); and letters spaced a space
apart ("P U B L I C A T I O N S  S C I E N T I F I Q U E S", a Canva title in Cyrillic) read
as letters, never as the words they spell."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import dejavu_page


def test_pieces_of_a_line_overlapping_by_a_point_are_not_two_columns() -> None:
    pdf = dejavu_page(10)
    pdf.text(60, 60, "Moritz Tomasi")
    pdf.text(60, 90, "EDUCATION")
    left = "Computer Science and Visual Comput"
    # Each line's second piece starts 1.5 pt before the first one's measured end, at one x
    # down the page, as Chrome's pieces of kerned text do.
    joint = 60 + pdf.get_string_width(left) - 1.5
    rights = [
        "ing Bachelor | 2009 - 2015",
        "ing Master | 2015 - 2017",
        "ing courses, seminars",
        "ing and graphics",
        "ing at the institute",
        "ing, with a thesis",
    ]
    for number, right in enumerate(rights):
        pdf.text(60, 110 + 14 * number, left)
        pdf.text(joint, 110 + 14 * number, right)
    reading = read_pdf(bytes(pdf.output()), Path("cv.pdf"))
    assert "Visual Computing Bachelor | 2009 - 2015" in reading.markdown, reading.markdown


def test_letters_spaced_a_space_apart_read_as_their_words() -> None:
    pdf = dejavu_page(10)
    pdf.text(60, 60, "Imen Ferjani")
    pdf.text(60, 80, "g a v i n c r o o k s @ r o g e r s . c o m")
    pdf.text(60, 110, "P U B L I C A T I O N S  S C I E N T I F I Q U E S")
    pdf.text(60, 130, "Characterization of generalized operators, 2021")
    pdf.text(60, 160, "C O M P É T E N C E S")
    pdf.text(60, 180, "Python, MATLAB, LaTeX")
    pdf.text(60, 200, ". . . . . . . . . . 2017")
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown
    assert "gavincrooks@rogers.com" in markdown, markdown
    assert "PUBLICATIONS SCIENTIFIQUES" in markdown, markdown
    assert "COMPÉTENCES" in markdown, markdown
    assert ". . . . . . . . . . 2017" in markdown, markdown  # a dotted leader stays
