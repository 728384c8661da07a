"""PDFs whose text is set in Type 3 fonts measured in ems, as Figma exports them."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import assemble_pdf

_EM = 0.55  # every letter's width, in ems (Figma writes "0.56392"), a space a third of that


def _figma_pdf(lines: list[tuple[float, float, list[str]]]) -> bytes:
    """A page drawing each line as runs of a Type 3 font with the identity FontMatrix and
    fractional widths, each run placed by its own "Tm" right where the one before ends, the
    way Figma draws a word whose letters sit in two font subsets ("W" + "ork e" + "xp")."""
    letters = sorted({char for _, _, runs in lines for run in runs for char in run})
    widths = " ".join(str(_EM / 3 if char == " " else _EM) for char in letters)
    unicode = "".join(f"<{code:02X}> <{ord(char):04X}>\n" for code, char in enumerate(letters))
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /F def "
        "1 begincodespacerange <00> <FF> endcodespacerange "
        f"{len(letters)} beginbfchar\n{unicode}endbfchar endcmap end end"
    )
    content = ""
    for x, y, runs in lines:
        content += "BT\n"
        for run in runs:
            codes = "".join(f"{letters.index(char):02X}" for char in run)
            content += f"12 0 0 12 {x:.3f} {y} Tm /F1 1 Tf [<{codes}>] TJ\n"
            x += 12 * sum(_EM / 3 if char == " " else _EM for char in run)
        content += "ET\n"
    names = " ".join(f"/g{code}" for code in range(len(letters)))
    procs = " ".join(f"/g{code} 6 0 R" for code in range(len(letters)))
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [1 0 0 1 0 0] "
        f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [0 {names}] >> "
        f"/FirstChar 0 /LastChar {len(letters) - 1} /Widths [{widths}] /ToUnicode 7 0 R "
        "/Resources << >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Length 9 >>\nstream\n{_EM} 0 d0\nendstream",
        f"<< /Length {len(cmap)} >>\nstream\n{cmap}\nendstream",
    ])  # fmt: skip


def test_a_word_drawn_in_runs_of_a_figma_font_stays_one_word() -> None:
    """pypdf reads a Type 3 font's fractional widths as 0, so it takes each next run for a
    word apart ("W ork e xp erience", "P atagonia"); the font's own widths say it is not."""
    raw = _figma_pdf([
        (72, 700, ["Jo Example"]),
        (72, 660, ["W", "ork e", "xp", "erience"]),
        (72, 640, ["2023 ", "P", "atagonia ", "Cu", "stomer Service"]),
        (72, 620, ["Hr", "a", "f", "nista ", "Elde", "r", "l", "y ", "Care Worker"]),
    ])  # fmt: skip
    markdown = read_pdf(raw, Path("figma.pdf")).markdown
    for phrase in ("Work experience", "Patagonia Customer Service", "Hrafnista Elderly Care"):
        assert phrase in markdown, markdown
