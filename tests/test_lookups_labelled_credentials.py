"""Certifications said in a labelled line of another section ("- Certifications: CompTIA A+"
among the skills, round321's IT support engineer): "What certifications does he hold?" had
quoted only a certificate programme among the degrees."""

from __future__ import annotations

from tests.test_lookups import answer_text

_SIDEBAR = (
    "# Ray Lin\n\n## Education\n\n"
    "- Bachelor of Science in Computer Engineering Technology · SUNY Farmingdale · 2013–2015\n"
    "- Certificate Program in Computer & Smart Home Technology · Barry Tech · 2007–2009\n\n"
    "## Skills\n\n- Certifications: CompTIA A+\n- Virtualization: VMware vSphere and ESXi\n"
)


def test_a_labelled_line_of_certifications_answers_before_a_certificate_programme() -> None:
    answer = answer_text(_SIDEBAR, "What certifications does he hold?")
    assert answer.startswith("[Skills] - Certifications: CompTIA A+"), answer
    assert "Barry Tech" in answer, answer


def test_a_label_with_nothing_after_it_holds_nothing() -> None:
    empty = _SIDEBAR.replace("- Certifications: CompTIA A+\n", "- Certifications:\n")
    answer = answer_text(empty, "What certifications does he hold?")
    assert not answer.startswith("[Skills]"), answer


def test_certificates_labelled_in_german_are_quoted() -> None:
    """round372's German law intern: "**Zertifikate**: CFI Math Fundamentals…" among his
    skills; with no section of certificates, the header and his schools were quoted."""
    resume = (
        "# Lev Thierbach\n\nFreiburg im Breisgau ⋄ levthierbach@gmail.com\n\n## BILDUNG\n\n"
        "**Angell Akademie Freiburg** Freiburg im Breisgau\n\nAbitur | Wirtschaft 2026\n\n"
        "## SKILLS, ACTIVITIES & INTERESTS\n\n**Sprachen:** Deutsch und Englisch\n\n"
        "**Zertifikate**: CFI Math Fundamentals for Capital Markets\n"
    )
    answer = answer_text(resume, "Which certificate does Lev have?")
    assert "CFI Math Fundamentals" in answer, answer
