"""A tool asked by its name that the resume names nowhere, in any spelling, is denied also when
the question asks about skills ("Has she used Vue.js?" had quoted "React.js & Redux"): its
".js" ending is no evidence (JavaScript is named), nor is its maker's name ("Apache Spark" of
a resume naming Apache Airflow). A tool the resume spells otherwise is still found."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_FRONTEND = (
    "# Erin Abernethy\n\n## Skills and Expertise\n\n- JavaScript & TypeScript\n"
    "- React.js & Redux\n- Node.js & Knex.js\n\n## Core Skills\n\n"
    "Data Engineering: dbt, Apache Airflow, Docker, MongoDB\n\n## Experience\n\n"
    "### Head of Front End — Accenture · 2021 - present\n\n- Built web apps.\n"
)


@pytest.mark.parametrize(
    ("question", "denied"),
    [
        ("Has she used Vue.js?", "Vue.js"),
        ("Does she have experience with Vue.js?", "Vue.js"),
        ("Has she used Apache Spark?", "Spark"),
        ("Does she know Kotlin?", "Kotlin"),
    ],
)
def test_a_tool_named_nowhere_is_denied(question: str, denied: str) -> None:
    answer = answer_text(_FRONTEND, question)
    assert answer == f"The resume does not mention {denied}.", answer


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Has she used React?", "React.js"),
        ("Has she used Node?", "Node.js"),
        ("Has she used Airflow?", "Apache Airflow"),
        ("Does she know TypeScript?", "TypeScript"),
    ],
)
def test_a_tool_the_resume_names_is_quoted(question: str, said: str) -> None:
    answer = answer_text(_FRONTEND, question)
    assert said in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "Has she worked with any NoSQL database?",
        "Which NoSQL database does she know?",
        "Does she know a front-end UI library?",
        "Has she built reusable UI component libraries?",
    ],
)
def test_a_kind_of_tool_asked_is_not_denied_by_its_name(question: str) -> None:
    """ "NoSQL", "UI": a kind the resume's tools belong to (MongoDB, React), asked as a kind."""
    answer = answer_text(_FRONTEND, question)
    assert "does not mention" not in answer, answer
