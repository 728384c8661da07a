"""Facts a resume states in other words than the question's: a magazine's Editor-in-Chief
"ran a publication", "Theater, Scriptwriter" is stage work, "lunar orbits" are about the Moon,
"Coffee" is what someone likes to drink, ".DOCX" is a Word file, "Python, Java" is programming,
"RR. HH." is HR in Spanish. Each had been denied ("The resume does not mention Moon.")."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_HEAD = "# Sam Rivera\n\n## Experience\n\n"
_SPANISH = (
    "# Andrés Soto\n\nPsicólogo con trayectoria en gestión de personas y RR. HH. en el sistema "
    "universitario.\n\n## Experiencia\n\n### Universidad de Talca, Desarrollo de Personas – "
    "Analista, 2014–2019\n\n- Reclutamiento y selección de personal académico.\n- Evaluaciones "
    "psicolaborales y análisis de puestos.\n\n## Formación académica\n\n"
    "### Psicólogo – Universidad Diego Portales, 2009–2014\n"
)


@pytest.mark.parametrize(
    ("body", "question", "said"),
    [
        (
            "### Editor-in-Chief · 2013 - 2016\n\nGiga Geek Online Magazine\n\n"
            "- Grew readership by redesigning the site.\n",
            "Have they ever run a publication?",
            "Giga Geek Online Magazine",
        ),
        (
            "### Intern, Raman Institute · 2019\n\n- Solved equations to optimise lunar orbits.\n",
            "Has he done any work related to the Moon?",
            "lunar orbits",
        ),
        (
            "### Tutor, City College · 2022\n\n- Taught algebra.\n\n## Activities\n\n"
            "- 2022 - 2023 | Urdaneta Performer Arts Guild, Theater, Scriptwriter\n",
            "Has he been involved in drama or stage productions?",
            "Scriptwriter",
        ),
        (
            "### Analyst, Acme · 2020 - now\n\n- Audits.\n\n## Elsewhere\n\n"
            "- Coffee ☕\n- Seas with warm water\n",
            "What do they like to drink?",
            "Coffee",
        ),
        (
            "### Writer, Acme · 2020 - now\n\n- Manuals.\n\n## Downloads\n\n"
            "Download as .PDF (/cv.pdf) Download as .DOCX (/Sam_Rivera-CV.docx)\n",
            "Can I get his resume as a Word file?",
            "Sam_Rivera-CV.docx",
        ),
        (
            "## Education\n\n### B.Tech in Electronics, IIIT Kota\n\n## Skills\n\n"
            "- beginer: Python, Java, C/C++\n",
            "How experienced is he with programming?",
            "beginer",
        ),
    ],
)
def test_a_fact_said_in_other_words_is_quoted(body: str, question: str, said: str) -> None:
    answer = answer_text(_HEAD + body, question)
    assert said in answer, answer


def test_letters_of_a_trade_asked_of_a_resume_in_another_language_are_not_denied() -> None:
    answer = answer_text(_SPANISH, "Has he worked in HR or recruitment?")
    assert "Universidad de Talca" in answer, answer


def test_a_name_the_resume_lacks_is_still_denied() -> None:
    answer = answer_text(
        _HEAD + "### Writer, Acme · 2020 - now\n\n- Manuals.\n", "Has he used Kafka?"
    )
    assert answer.startswith("The resume does not mention Kafka"), answer
