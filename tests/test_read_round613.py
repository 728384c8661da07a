"""What round613-619's first runs showed the readers getting wrong: Word 365 spreading each
glyph of a line apart inside its "TJ" arrays ("Bianc a Karoline", the header lost with the
name); wkhtmltopdf mapping the space an HTML source's line break became to "\\n" ("Desarrollador
Web Full Stack" read as four lines); and a Word file's "06/23 – 09/23" (months with two-digit
years) heading each job, not read as its dates."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from resume_chat.resume.pdf.reader import read_pdf
from tests.answering import resume_of
from tests.documents import dejavu_page


def _drawn(texts: list[str], content: str, unicode_of_space: str = "0020") -> bytes:
    """A one-page PDF in DejaVu Sans whose page draws `content` (its glyphs written as
    "<GLYPH:x>", each letter's code in the embedded font) and whose font maps the space glyph
    to `unicode_of_space`."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream

    pdf = dejavu_page()
    for number, text in enumerate(texts):  # the glyphs the page will use, embedded
        pdf.text(40, 40 + 20 * number, text)
    reader = PdfReader(io.BytesIO(bytes(pdf.output())))
    cmap = _to_unicode(reader.pages[0]).get_data().decode()
    codes = {}
    for line in cmap.splitlines():
        parts = line.strip("<>").split("> <")
        if len(parts) == 2 and len(parts[1]) == 4:
            codes[chr(int(parts[1], 16))] = parts[0]
    writer = PdfWriter(clone_from=reader)
    page = writer.pages[0]
    for letter, code in codes.items():
        content = content.replace(f"<GLYPH:{letter}>", f"<{code}>")
    stream = ContentStream(None, writer)
    stream.set_data(content.encode())
    page.replace_contents(stream)
    mapped = cmap.replace("<0020> <0020>", f"<0020> <{unicode_of_space}>")
    _to_unicode(writer.pages[0]).set_data(mapped.encode())
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _to_unicode(page: Any) -> Any:
    """The ToUnicode map of the page's one font (pypdf's objects are untyped dictionaries)."""
    return page["/Resources"]["/Font"]["/F1"]["/ToUnicode"].get_object()


def _glyphs(text: str, spread: int = 0) -> str:
    """A "TJ" array drawing `text` a glyph at a time, each pushed `spread` thousandths apart."""
    return "[" + f" -{spread} ".join(f"<GLYPH:{letter}>" for letter in text) + "] TJ"


def test_letters_spread_inside_a_run_widen_it_to_where_the_next_run_starts() -> None:
    measure = dejavu_page()
    # Word 365 pushes each glyph 60/1000 em from the last: "Bianc" ends 3 pt further on.
    end = 200 + measure.get_string_width("Bianc") + 5 * 0.6
    measure.output()  # fpdf2 closes the font file it opened only on output
    content = (
        f"BT /F1 10 Tf 1 0 0 1 200 760 Tm {_glyphs('Bianc', 60)} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 {end:.2f} 760 Tm {_glyphs('a Karoline', 60)} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 200 700 Tm {_glyphs('EXPERIENCE')} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 200 680 Tm {_glyphs('Analista de vendas')} ET\n"
    )
    raw = _drawn(["Bianca Karoline EXPERIENCE Analista de vendas"], content)
    reading = read_pdf(raw, Path("cv.pdf"))
    assert "Bianca Karoline" in reading.markdown, reading.markdown


def test_a_line_break_drawn_as_a_glyph_on_one_baseline_is_a_space() -> None:
    # wkhtmltopdf: the space an HTML source's line break became, mapped back to "\n".
    title = "Desarrollador Web Full Stack"
    content = (
        f"BT /F1 10 Tf 1 0 0 1 60 760 Tm {_glyphs('Javier Santos')} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 60 700 Tm {_glyphs('Experiencia')} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 60 680 Tm {_glyphs(title)} ET\n"
        f"BT /F1 10 Tf 1 0 0 1 60 660 Tm {_glyphs('Ping Tech')} ET\n"
    )
    raw = _drawn([f"Javier Santos Experiencia {title} Ping Tech"], content, "000A")
    reading = read_pdf(raw, Path("cv.pdf"))
    assert title in reading.markdown, reading.markdown


def test_months_with_two_digit_years_heading_each_job_are_its_dates() -> None:
    text = (
        "# Joseph Peters\n\n## RELEVANT EXPERIENCE\n\n#### 02/18 – 02/18\n\n"
        "#### Hardware Assistant (Work Placement)\n\nCTI Business Solutions\n\n"
        "- Installing and configuring computers\n\n#### 06/23 – 09/23\n\n"
        "#### Data Centre Operations Technician\n\nAmazon Web Services\n\n"
        "- Troubleshooting hardware tickets\n"
    )
    resume = resume_of(text)
    section = next(s for s in resume.sections if s.title == "RELEVANT EXPERIENCE")
    entries = {entry.title: entry.body for entry in section.children}
    assert "06/23 – 09/23" in entries.get("Data Centre Operations Technician", ""), entries
