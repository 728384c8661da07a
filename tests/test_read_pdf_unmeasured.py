"""PDFs as Photoshop exports them: a composite (Type 0) font that gives no glyph widths at all,
each glyph placed by its own "Td", spaces drawn as glyphs of their own. pypdf takes every glyph
for half an em wide and put a space after each one drawn wider ("E xp eriencia lab oral")."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import assemble_pdf

_SIZE = 12


def _advance(char: str) -> float:
    """A proportional font's advance, in ems: narrow letters, wide letters, capitals, space."""
    if char == " ":
        return 0.25
    if char in "ijlftr.,":
        return 0.3
    if char in "mwMW":
        return 0.85
    return 0.68 if char.isupper() else 0.56


def _photoshop_pdf(lines: list[str], *, widths: bool = False) -> bytes:
    """A page of Identity-H text, each glyph (spaces too) its own "Tj" and each move its own
    "Td" of the glyph's advance; the font gives no /W nor /DW unless `widths`."""
    chars = sorted({char for line in lines for char in line})
    codes = {char: 3 + index for index, char in enumerate(chars)}
    unicode = "".join(f"<{code:04X}> <{ord(char):04X}>\n" for char, code in codes.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /P def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(codes)} beginbfchar\n{unicode}endbfchar endcmap end end"
    )
    content = ""
    for row, line in enumerate(lines):
        moves = [f"<{codes[char]:04X}> Tj {_advance(char):.3f} 0 Td" for char in line]
        content += f"BT /F1 1 Tf {_SIZE} 0 0 {_SIZE} 72 {700 - 24 * row} Tm {' '.join(moves)} ET\n"
    measured = (
        " /W [" + " ".join(f"{codes[c]} [{round(_advance(c) * 1000)}]" for c in chars) + "]"
        if widths
        else ""
    )
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /AMVONU+RalewayRoman-Regular "
        "/Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AMVONU+RalewayRoman-Regular "
        f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>{measured} >>",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ])  # fmt: skip


_LINES = [
    "Anna Vidal Tur",
    "Experiencia laboral",
    "Desarrolladora backend en SEAPort Solutions",
    "Empecé estudiando Ingeniería Electrónica",
]


def test_a_font_with_no_widths_is_read_with_the_spaces_it_draws() -> None:
    markdown = read_pdf(_photoshop_pdf(_LINES), Path("photoshop.pdf")).markdown
    for line in _LINES[1:]:
        assert line in markdown, markdown
    assert "E xp" not in markdown, markdown
    assert "lab oral" not in markdown, markdown


def test_the_same_text_with_widths_reads_alike() -> None:
    """The font that gives its widths was read right before: the mend changes nothing there."""
    measured = read_pdf(_photoshop_pdf(_LINES, widths=True), Path("measured.pdf")).markdown
    unmeasured = read_pdf(_photoshop_pdf(_LINES), Path("photoshop.pdf")).markdown
    assert measured == unmeasured
