"""A PhD denied where the resume holds none: a supervisor's "Dr." in a research line had kept
the denial away (round326's physics graduate, "Has he completed a PhD?", quoted his B.S.);
"Dr." by the candidate's own name, or a German doctorate's letters, still hold one."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_GRADUATE = (
    "# David Buch\n\nBeckley, West Virginia · dnbuch@example.edu\n\n## Education\n\n"
    "### West Virginia University, 2014 – 2018\n\n- B.S., Mathematics and Physics\n\n"
    "## Research\n\n- Computational Physics, WVU. Dr. Zachariah Etienne. Summer 2017.\n"
    "- Computational Biology, Yale University. Dr. Corey O'Hern and Dr. Lynne Regan.\n"
)


def test_a_phd_is_denied_where_only_a_supervisors_title_says_doctor() -> None:
    answer = answer_text(_GRADUATE, "Has he completed a PhD?")
    assert answer.startswith("The resume does not mention a PhD"), answer
    # A marketer's "digital promotion" is no German "Promotion" (round335).
    promoted = _GRADUATE + "- Oversaw the digital promotion of a brand.\n"
    answer = answer_text(promoted, "Has he completed a PhD?")
    assert answer.startswith("The resume does not mention a PhD"), answer


@pytest.mark.parametrize(
    "resume",
    [
        _GRADUATE.replace("# David Buch", "# Dr. David Buch"),
        _GRADUATE + "\n## Degrees\n\n- Dr.-Ing., TU München, 2022\n",
        _GRADUATE + "\n## Degrees\n\n- Dr. rer. nat., Universität Bonn, 2021\n",
    ],
)
def test_a_doctor_by_name_or_by_a_german_title_is_not_denied(resume: str) -> None:
    answer = answer_text(resume, "Has he completed a PhD?")
    assert "does not mention" not in answer, answer


_SPANISH = (
    "# Lucía Rojas\n\nPsicóloga clínica con experiencia en educación emocional.\n\n"
    "## Experiencia laboral\n\n### Psicóloga, La Tarumba · 2020 – Actualidad\n\n"
    "- Talleres de emociones para niños.\n\n## Estudios\n\n"
    "### Licenciada en Psicología, Pontificia Universidad Católica del Perú, 2013 – 2018\n"
)


def test_a_doctorate_is_denied_of_a_resume_in_another_language_naming_none() -> None:
    """Round312's and round326's Spanish CVs, round308's Chinese one: a doctorate is named
    alike in every language resumes are written in, so none named is none held."""
    answer = answer_text(_SPANISH, "Does she have a doctorate?")
    assert answer.startswith("The resume does not mention a PhD"), answer


@pytest.mark.parametrize(
    "held",
    [
        "### Doctorado en Psicología, Universidad de Chile, 2022\n",
        "### Promotieonderzoek, Universiteit Leiden, 2015 – 2019\n",
        "### 博士, 北京大学, 2019\n",
        "### 2008 - 2012 Wissenschaftliche Mitarbeiterin (Promotion), Universität Bonn\n",
    ],
)
def test_a_doctorate_in_another_languages_words_is_not_denied(held: str) -> None:
    answer = answer_text(_SPANISH + "\n" + held, "Does she have a doctorate?")
    assert "does not mention" not in answer, answer
