"""Round321-328's misses in where a person is and what a section holds: a town set a line
above its country in a block of contact lines, wherever a PDF's columns put that block; studies
headed in Spanish, French, Portuguese, Indonesian or Italian."""

from __future__ import annotations

from tests.test_lookups import answer_text


def test_a_town_a_line_above_its_country_beside_the_contacts_is_quoted_with_it() -> None:
    """round321's student: "Thika" over "Kenya", over the phone and the email, after the
    projects (a Word sidebar printed to PDF): the country alone was quoted, not the town."""
    text = (
        "# Emmanuel Juma\n\n## Recent Projects\n\n### Mobile app development\n\n"
        "- Simple calculator in Flutter.\n\nThika\n\nKenya\n\n+254114221612\n\n"
        "jumaemmanuel23@outlook.com\n"
    )
    answer = answer_text(text, "Where is he located?")
    assert "Thika" in answer, answer
    assert "Kenya" in answer, answer


def test_studies_headed_in_spanish_french_or_indonesian_are_education() -> None:
    """round326's Peruvian psychologist: "ESTUDIOS" over three degrees at the Pontificia
    Universidad Católica del Perú was no section of studies, and "Which university did she
    attend?" quoted her jobs."""
    from resume_chat.resume.kinds.classifier import section_kind

    for heading in ("ESTUDIOS", "Études", "Estudos", "Riwayat Pendidikan", "Formazione"):
        assert section_kind(heading) == "education", heading
    text = (
        "# Alessandra Nakano\n\n## EXPERIENCIA LABORAL\n\n### Psicóloga clínica\n\n"
        "- Summer School 2022- 2023\n\n## ESTUDIOS\n\n"
        "03/2013-2018 PONTIFICIA UNIVERSIDAD CATÓLICA DEL PERÚ\n\n- Psicología Clínica\n"
    )
    answer = answer_text(text, "Which university did she attend?")
    assert "CATÓLICA DEL PERÚ" in answer, answer
