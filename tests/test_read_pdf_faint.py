"""A PDF's backdrop: text drawn at a few percent opacity behind the CV is not read.

round502's Polish AI engineer set a Python listing behind his CV at 8% opacity (a form drawn
through a graphics state whose fill alpha is 0.08): read as text it came first, and the name,
the title and the e-mail were lost under it.
"""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume import load_resume
from tests.documents import assemble_pdf

_FORM = (
    "BT /F1 9 Tf 40 700 Td (import torch) Tj 0 -12 Td (class Extractor:) Tj"
    " 0 -12 Td (def layout self page) Tj ET"
)


def _page(alpha: float) -> bytes:
    content = (
        "q /G2 gs /X1 Do Q\n"
        "BT /F1 20 Tf 300 740 Td (Lukasz Guziczak) Tj ET\n"
        "BT /F1 12 Tf 300 716 Td (AI Engineer) Tj ET\n"
        "BT /F1 14 Tf 300 680 Td (EXPERIENCE) Tj ET\n"
        "BT /F1 10 Tf 300 664 Td (Natek, Wroclaw 2024 - present) Tj ET\n"
        "BT /F1 14 Tf 300 630 Td (EDUCATION) Tj ET\n"
        "BT /F1 10 Tf 300 614 Td (Politechnika Wroclawska, 2016 - 2020) Tj ET\n"
    )
    return assemble_pdf([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        " >> /ExtGState << /G2 6 0 R >> /XObject << /X1 7 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        f"<< /Type /ExtGState /ca {alpha} >>",
        "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R"
        f" >> >> /Length {len(_FORM)} >>\nstream\n{_FORM}\nendstream",
    ])  # fmt: skip


def test_text_drawn_at_a_few_percent_opacity_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(_page(0.08))
    resume = load_resume(path)
    assert "import torch" not in resume.markdown
    assert "Extractor" not in resume.markdown
    assert resume.name == "Lukasz Guziczak"
    assert "Natek" in resume.markdown


def test_text_drawn_half_transparent_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(_page(0.5))
    resume = load_resume(path)
    assert "import torch" in resume.markdown


def test_text_drawn_wholly_transparent_is_read(tmp_path: Path) -> None:
    """Chrome draws text it paints by other means (a gradient clipped to its letters) as a
    selectable copy at alpha 0: that copy is the page's text."""
    path = tmp_path / "cv.pdf"
    path.write_bytes(_page(0))
    resume = load_resume(path)
    assert "import torch" in resume.markdown
