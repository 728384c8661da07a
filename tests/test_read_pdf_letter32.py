"""PDFs as Google Docs and Word print them: a subset font drawing a letter with code 32, each
glyph placed by its own "Td" (pypdf takes the letter for a space, py-pdf/pypdf#3978), a
monospaced font whose words line up, an ordinal's "st" raised over its number."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import assemble_pdf

_SIZE, _ADVANCE = 12, 0.6  # a monospaced font: every glyph 600 units wide


def _docs_pdf(lines: list[str], letter: str = "e", *, one_run: bool = False) -> bytes:
    """A page of Identity-H text whose code 32 draws `letter`, each word its own "BT" placed
    by "Tm" (or, `one_run`, each line), each glyph after the first by a "Td" of one advance
    (a space's glyph is not drawn: the next is placed an advance further on)."""
    chars = sorted({char for line in lines for char in line if char != " "} - {letter})
    codes = {letter: 32, **{char: 33 + index for index, char in enumerate(chars)}}
    unicode = "".join(f"<{code:04X}> <{ord(char):04X}>\n" for char, code in codes.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /G def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(codes)} beginbfchar\n{unicode}endbfchar endcmap end end"
    )
    content, step = "", _SIZE * _ADVANCE
    for row, line in enumerate(lines):
        x, y = 72.0, 700 - 20 * row
        if one_run:
            moves = [f"{step * (1 + (line[i - 1 : i] == ' ')):.1f} 0 Td " for i in range(len(line))]
            glyphs = "".join(
                moves[i] * (i > 0) + f"<{codes[char]:04X}> Tj "
                for i, char in enumerate(line)
                if char != " "
            )
            content += f"BT /F1 {_SIZE} Tf 1 0 0 1 {x:.2f} {y} Tm {glyphs}ET\n"
            continue
        for word in line.split(" "):
            glyphs = f" {step} 0 Td ".join(f"<{codes[char]:04X}> Tj" for char in word)
            content += f"BT /F1 {_SIZE} Tf 1 0 0 1 {x:.2f} {y} Tm {glyphs} ET\n"
            x += step * (len(word) + 1)
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+SourceCodePro-Regular "
        "/Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+SourceCodePro-Regular "
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 600 >>",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ])  # fmt: skip


def test_a_letter_drawn_with_code_32_is_read_without_a_space_after_it() -> None:
    """ "de dicate d" and "Re dCross" were read for "dedicated" and "Red Cross": the letter
    was measured as a space, so every next glyph looked a word apart, and the words, taken
    for wider than drawn, ran together."""
    raw = _docs_pdf([
        "Jane Sample",
        "Red Cross-certified dedicated lifeguard",
        "James Madison University Recreation Center",
    ])  # fmt: skip
    markdown = read_pdf(raw, Path("docs.pdf")).markdown
    for phrase in ("Red Cross-certified dedicated lifeguard", "James Madison University"):
        assert phrase in markdown, markdown


def test_a_space_between_words_after_the_letter_stays() -> None:
    """Words drawn in one "BT" a space's width apart keep their space: only a move of the
    letter's own width is the same word going on."""
    raw = _docs_pdf(["Jo Sample", "Lee Jones lives here"], one_run=True)
    markdown = read_pdf(raw, Path("docs.pdf")).markdown
    assert "Lee Jones lives here" in markdown, markdown


def test_words_of_a_monospaced_font_that_line_up_are_no_table() -> None:
    """round198: in Source Code Pro every word starts on the same grid, so words of the next
    line start where this line's do; a word's space (0.6 em) is no table's gutter ("James ·
    Madison")."""
    raw = _docs_pdf([
        "Jane Sample",
        "I attend James Madison University now",
        "We liked Jonas Madsens Universalis ok",
        "a long sentence that crosses the gutter",
    ])  # fmt: skip
    markdown = read_pdf(raw, Path("docs.pdf")).markdown
    assert "I attend James Madison University now" in markdown, markdown
    assert " · " not in markdown, markdown


def test_an_ordinal_raised_over_its_number_is_no_line() -> None:
    """round313: Word sets the "st" of "1st October" raised and small, a row of its own, which
    was read as an item "- st" at the head of the job's lines."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "Vivian Osinde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 9, "WORK HISTORY", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    y = pdf.get_y() + 4
    pdf.text(20, y, "Research Analyst 1")
    x = 20 + pdf.get_string_width("Research Analyst 1")
    pdf.set_font("Helvetica", "", 7)
    pdf.text(x, y - 2.2, "st")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(x + pdf.get_string_width("st ") * 7 / 11, y, "October 2024 - Present")
    pdf.text(20, y + 6, "Turing Enterprises, Nairobi")
    markdown = read_pdf(bytes(pdf.output()), Path("word.pdf")).markdown
    assert "\n- st\n" not in markdown, markdown
    assert "\nst\n" not in markdown, markdown
    assert "Turing Enterprises" in markdown, markdown
