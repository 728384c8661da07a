# ruff: noqa: RUF001 - resume text in Cyrillic, as written
"""A birth date asked of a resume in another language: its silence is quoted around, never
judged, for its words are not ours; but a birth date is digits in every language. With no date
a person could be born on and no age anywhere, it is not there (round372's Spanish data
scientist, round373's French pharmacy technician, round375's Spanish lecturer: their lines were
quoted where "The resume does not give…" was right)."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_SPANISH = (
    "# Santiago Ruiz\n\nBogotá, Colombia · santiago@example.com\n\n## PERFIL\n\n"
    "Científico de Datos con formación en Ingeniería Electrónica.\n\n## EXPERIENCIA\n\n"
    "### Analista de datos — Bancolombia\n\nEnero 2021 – Presente\n\n- Modelos de riesgo\n"
)
_SILENT = "The resume does not give an age or date of birth."


@pytest.mark.parametrize(
    "question",
    ["What is Santiago's date of birth?", "When was Santiago born?", "What year was he born?"],
)
def test_a_birth_date_no_resume_line_could_be_is_not_there(question: str) -> None:
    assert answer_text(_SPANISH, question) == _SILENT


@pytest.mark.parametrize(
    "stated",
    [
        "Fecha de nac.: 12/03/1994",  # a label our patterns do not know, a full date
        "12 de marzo de 1994",
        "Nacimiento 16.07.93",  # a two-digit year
        "Soltero, 31 años",
        "Родился 1994 г.р.",
        "g. 1994",  # Lithuanian "gimė"
        "Dziś mam 31 lat",
    ],
)
def test_any_date_or_age_a_person_could_have_is_never_denied(stated: str) -> None:
    resume = _SPANISH.replace("santiago@example.com\n", f"santiago@example.com\n\n{stated}\n")
    answer = answer_text(resume, "What is Santiago's date of birth?")
    assert answer != _SILENT, answer


def test_an_age_or_a_birthplace_asked_is_still_quoted_around() -> None:
    """ "How old is he?" and "Where was he born?" are stated in ways no pattern knows
    ("32 gadi", "родом из"): those are not judged absent in another language."""
    for question in ("How old is Santiago?", "Where was Santiago born?"):
        assert answer_text(_SPANISH, question) != _SILENT, question
