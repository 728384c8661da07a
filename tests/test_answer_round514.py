"""What was seen wrong on the sets of stop 62: questions read as asking something else ("Which
company did he most recently work for, and in which city?" as where he lives, "Name one unit
he tutored." as his name, "At which university does he work?" as naming a university), a French
heading "Projets Académiques" taken for a line, and one test of a line that is dates alone."""

from __future__ import annotations

import pytest

from resume_chat.answerer.intents import classify
from resume_chat.answerer.named import names_in
from resume_chat.resume.date_spans import dates_only
from resume_chat.resume.kinds.classifier import names_kind, section_kind
from tests.test_answer_round396 import reply_text as _answer

_JOBS = (
    "# Mossab Arektout\n\nAvenue Mohammed Ben Abdallah, Rabat • mossab@example.com\n\n"
    "## Experience\n\n### Oracle · Casablanca, Maroc\n\n"
    "- Software Engineer · June 2025 – September 2025\n- Built REST APIs in Java.\n\n"
    "### CBI · Casablanca, Maroc\n\n- AI Intern · June 2024 – August 2024\n"
    "- Invoice extraction with OCR.\n"
)


def test_the_city_of_the_most_recent_employer_is_the_jobs_not_the_home() -> None:
    answer = _answer(_JOBS, "Which company did he most recently work for, and in which city?")
    assert "Oracle" in answer, answer
    assert "Casablanca" in answer, answer
    assert classify("Where does he live?").name == "location"


def test_name_one_thing_in_a_second_sentence_asks_no_name() -> None:
    assert classify("Has he taught at university? Name one unit he tutored.").name != "name"
    assert classify("Name one unit he tutored.").name != "name"
    assert classify("What is his name?").name == "name"


def test_which_after_a_preposition_names_nothing() -> None:
    assert names_in("At which university does he work?") == frozenset()
    assert "klarhet" in names_in("What did she do at klarhet?")


def test_a_french_plural_of_academic_names_a_section() -> None:
    assert names_kind("Projets Académiques")
    assert section_kind("Formation académique") == "education"
    # Activities beside studies are no studies, in French or English.
    assert section_kind("Activités Extra-Académiques") != "education"
    assert section_kind("Extra-Academic Activities") != "education"


@pytest.mark.parametrize(
    ("line", "alone"),
    [
        ("Jan 2019-Present", True),
        ("`Summer 2006`", True),
        ("(December 2020 -)", True),
        ("Agosto 2015 – Marzo 2016.", True),
        ("de mayo de 2019 a la fecha", True),
        ("März 2020 - Januar 2021", True),
        ("2019 bis heute", True),
        ("09/16 - Ahora", True),
        ("+33 6 28 13 37 12", False),
        ("100%", False),
        ("Python 2019", False),
        ("Acme Corp, 2019 – 2021", False),
    ],
)
def test_a_line_of_dates_alone_in_any_language(line: str, alone: bool) -> None:
    assert dates_only(line) is alone
