"""Things a question names by their kind or a short name, and the resume by their own: rules
learned from the thirty-third wave of held-out resumes (round189-192), each on a resume
shaped to need it."""

from __future__ import annotations

from resume_chat.answerer.intents import classify
from tests.test_lookups import assert_found

_STUDENT = """# Rustam Kirillov

## Education
- Innopolis University, Bachelor in Computer Science (2019-2023)

## Awards and Achievements
- ICPC 2019 Quarter Finalist - Top 5 among Southern Volga region
- Digital SuperHero Hackathon 2020, Finalist

## Technology Stack
Design Software: Proficient in autoCAD, Rhinoceros, Photoshop
"""

_ECONOMIST = """# Richard Dorsett

## Other roles
- Specialist Adviser to the House of Commons Work and Pensions Committee, 2010
- Fellow, National Institute of Economic and Social Research (2016-)

## Employment
- 2017- Professor of Economic Evaluation, University of Westminster
"""


def test_competitive_programming_by_its_contests() -> None:
    assert_found(_STUDENT, "Has he done competitive programming?", "ICPC 2019")


def test_a_program_by_its_short_name() -> None:
    """Rhino is Rhinoceros, as everyone using it says."""
    assert_found(_STUDENT, "Does he know Rhino?", "Rhinoceros")


def test_parliament_by_its_houses() -> None:
    assert_found(_ECONOMIST, "Has he ever advised Parliament?", "House of Commons")


def test_a_paid_job_is_a_job_not_a_question_of_pay() -> None:
    assert classify("Does he have a paid job anywhere?").name != "salary"
    assert classify("Was the internship paid work?").name != "salary"
    assert classify("How much was he paid?").name == "salary"
