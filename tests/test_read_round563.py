"""What round563-566's first runs showed the readers getting wrong: Google Docs' hanging indent
typed as white underscores, Canva's "@" and "," drawn apart from their words, an owner's JSON
writing each field in two languages ("title_fr", "title_en") or naming them in Danish
("navn", "stilling", "firma"), and a LaTeX template's own section macro ruled off by another."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.pdf.reader import read_pdf
from tests.documents import helvetica_page


def test_a_hanging_indent_typed_as_white_underscores_is_no_text() -> None:
    white = "1 1 1 rg BT /F1 11 Tf 72 {y} Td (______) Tj ET 0 0 0 rg"
    lines = [
        "BT /F1 16 Tf 72 740 Td (Kyle Onda) Tj ET",
        "BT /F1 13 Tf 72 712 Td (PUBLICATIONS) Tj ET",
        'BT /F1 11 Tf 72 690 Td (Onda, K., Sinha, P., and Kaza, N. "Missing Millions: '
        "Undercounting) Tj ET",
        white.format(y=676),
        'BT /F1 11 Tf 90 676 Td (Urbanization in India." Population and Environment, 2019.) Tj ET',
        'BT /F1 11 Tf 72 656 Td (Bain, R., Cronk, R., and Onda, K. "Global assessment of '
        "exposure to faecal) Tj ET",
        white.format(y=642),
        'BT /F1 11 Tf 90 642 Td (contamination." Tropical Medicine, 2014.) Tj ET',
    ]
    markdown = read_pdf(helvetica_page("\n".join(lines)), Path("cv.pdf")).markdown
    assert "_" not in markdown, markdown
    assert "Undercounting Urbanization in India" in markdown, markdown
    assert "faecal contamination" in markdown, markdown


def test_canvas_comma_and_at_drawn_apart_close_up_and_an_address_keeps_its_line() -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(40, 60, "Erbol Bekzat")
    pdf.set_font("Helvetica", "B", 12)
    pdf.text(40, 100, "CONTACTS")
    pdf.text(40, 180, "EXPERIENCE")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(40, 120, "+996554647401")
    pdf.text(40, 195, "Unity developer at Kodo Games")
    for y, parts in (
        (135, [("Tokombaeva street 23/4, Kyrgyzstan", 0.0), (" , ", -1.0), ("Bishkek", 0.0)]),
        # Canva draws the "@" 1.4 pt past the user's name, the domain right after it.
        (150, [("derbolb", 1.4), ("@", 0.2), ("gmail.com", 0.0)]),
    ):
        x = 40.0
        for text, gap in parts:
            pdf.text(x, y, text)
            x += pdf.get_string_width(text) + gap
    markdown = read_pdf(bytes(pdf.output()), Path("cv.pdf")).markdown
    assert "\nTokombaeva street 23/4, Kyrgyzstan, Bishkek\n\nderbolb@gmail.com\n" in markdown, (
        markdown
    )


def _json(data: object) -> str:
    reading = read_resume_bytes(json.dumps(data).encode(), Path("cv.json"))
    assert reading.format == "json", reading.warnings
    return reading.markdown


def test_a_field_written_in_two_languages_titles_its_entry_in_english() -> None:
    job = {
        "title_fr": "Tech Lead Java",
        "title_en": "Java Tech Lead",
        "company": "Stellantis Financial Services",
        "start": 2010,
        "end": 2016,
        "description_fr": ["Développement d'applications Java"],
        "description_en": ["Enterprise Java application development"],
    }
    later = job | {"title_fr": "Architecte Data", "title_en": "Data Architect", "start": 2021}
    markdown = _json({"profile": {"name": "Nicolas Daval"}, "experiences": [later, job]})
    assert "### Data Architect — Stellantis Financial Services" in markdown, markdown
    assert "### Java Tech Lead — Stellantis Financial Services" in markdown, markdown
    assert "Description en" not in markdown, markdown  # the bullets are the entry's own
    assert "- Enterprise Java application development" in markdown, markdown


def test_a_danish_owners_json_names_the_person_and_titles_each_job() -> None:
    data = {
        "navn": "Frederik Hedelund Pedersen",
        "kontakt": {"telefon": "+45 53 30 64 71"},
        "erfaring": [
            {"firma": "EWII", "stilling": "Softwareudvikler", "periode": "Oktober 2024 - nu"},
            {"firma": "NATO Mission Irak", "stilling": "Udsendt soldat", "periode": "2021"},
        ],
    }
    markdown = _json(data)
    assert markdown.startswith("# Frederik Hedelund Pedersen\n"), markdown
    assert "### Softwareudvikler — EWII" in markdown, markdown
    assert "### Udsendt soldat — NATO Mission Irak" in markdown, markdown


def test_a_template_section_macro_ruled_off_by_a_macro_of_its_own_titles_sections() -> None:
    source = r"""\documentclass{article}
\newcommand{\horizline}{\vspace{0.4em}\hrule height 0.6pt \vspace{0.4em}}
\newcommand{\sezione}[1]{
    \vspace{1em}{\large{\textsc{#1}}}
    \horizline
}
\author{Giacomo Lorenzon}
\begin{document}
{\Huge Giacomo Lorenzon}

\sezione{Relevant experiences}
\textbf{JPMorgan Chase \& Co.} Quantitative Research -- default probability.\\

\sezione{Volunteering and Interests}
Blood donor at AVIS. Gallarate, Italy. 2017 -- present.
\end{document}
"""
    reading = read_resume_bytes(source.encode(), Path("cv.tex"))
    assert "## Relevant experiences" in reading.markdown, reading.markdown
    assert "## Volunteering and Interests" in reading.markdown, reading.markdown


def test_czech_practice_and_certificates_are_sections_of_their_kind() -> None:
    assert section_kind("Praxe") == "experience"
    assert section_kind("Certifikáty") == "certifications"
    assert section_kind("Osobní informace") == "contact"
