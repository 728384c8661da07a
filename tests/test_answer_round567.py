"""What round567-570's first runs denied or missed: a Microsoft certificate by its exam
("MTA 98-361"), a CMS by its names (WordPress, Joomla), a site's counter of years, jobs each
opened by their title's item, a role one is moving into, studies asked in the present tense
of a profile that says them, and an item's text quoted without the item it describes."""

# ruff: noqa: RUF001 - Russian words, as a real CV writes them

from __future__ import annotations

import json

from resume_chat.answerer.intents import classify
from tests.answering import answer_text


def test_a_microsoft_exam_is_a_microsoft_certificate() -> None:
    resume = (
        "# Terlan Abdullayev\n\n## Work experience\n\n2015.09 – Prospect (pronet)\n\n"
        "## Additional information\n\n- I participated Algorithm Olympiads in Azerbaijan.\n"
        "- MTA 98-361 Software Development Fundamentals Certificate\n"
    )
    answer = answer_text(resume, "Which Microsoft certificate does he hold?")
    assert "MTA 98-361" in answer, answer


def test_a_cms_is_answered_by_the_ones_it_names() -> None:
    resume = (
        "# Romain Quencez\n\n## Expériences\n\n### Développeur web — ORE\n\n"
        "Date: 2011 - 2017\n\nCréation et suivi de sites web (Wordpress et Joomla)\n"
    )
    answer = answer_text(resume, "Which CMS has he built websites with?")
    assert "Wordpress et Joomla" in answer, answer


def test_a_sites_counter_of_years_answers_the_years_claimed() -> None:
    job = {
        "title": {"fr": "Développeur web, back-end", "en": "Backend developer"},
        "location": "Atol Conseils & Développements",
        "date": "2018 - aujourd'hui",
        "description": {"fr": "* Création d'un viewer", "en": ""},
        "tags": ["python", "django"],
    }
    older = job | {"title": {"fr": "Développeur web"}, "location": "ORE", "date": "2011 - 2017"}
    school = {"title": "Licence professionnelle", "location": "IUT Dijon", "date": "2017 - 2018"}
    data = {
        "sections": [
            {"title": {"fr": "Expériences", "en": "Work experiences"}, "items": [job, older]},
            {"title": "Formations", "items": [school]},
        ],
        "numbers": [{"title": "années d'expérience", "number": 5}],
    }
    answer = answer_text(json.dumps(data), "How many years of experience does he claim?", "cv.json")
    assert answer.startswith("[Numbers › années d'expérience]\n> Number: 5"), answer


def test_jobs_each_opened_by_their_titles_item_keep_their_titles() -> None:
    resume = (
        "# Mingyi Pan\n\n## Professional Experience\n\n- Frontend Developer\n"
        "- Freedom Robotics | February 2022 - Present\n- Develop and maintain SDK packages.\n"
        "- Web Designer\n- Freelance | September 2020 - September 2021\n"
        "- Designed web applications for small local businesses.\n- System Engineer\n"
        "- Consolidated Edison | November 2016 - February 2022\n"
        "- Reviewed and optimized PLC programs for steam pipelines.\n"
    )
    answer = answer_text(resume, "What did Mingyi Pan do at Consolidated Edison?")
    assert answer.split("\n")[1:3] == [
        "> - System Engineer",
        "> - Consolidated Edison | November 2016 - February 2022",
    ], answer
    answer = answer_text(resume, "Did Mingyi Pan do any freelance work?")
    assert "> - Web Designer\n> - Freelance" in answer, answer


def test_a_role_one_is_moving_into_is_the_goal() -> None:
    assert classify("What role is Anselmo Xavier de Oliveira moving into?").name == "goal"


def test_studies_asked_now_are_answered_by_the_profile_that_says_them() -> None:
    resume = (
        "# Коблов Андрей\n\nТелефон: +7-960-352-15-14\n\n## О себе:\n\n"
        "Студент 2 курса СГТУ. Учусь на направлении ИФСТ (Информационные Системы и Технологии).\n\n"
        "## Образование:\n\n- Неоконченное высшее (бакалавр)\n- Год окончания: 2025\n"
    )
    for question in ("Which programme does Andrey study?", "Which year of university is he in?"):
        answer = answer_text(resume, question)
        assert "Студент 2 курса СГТУ" in answer, answer


def test_an_items_text_quoted_brings_the_item_above_it() -> None:
    resume = (
        "# David Bindel\n\n## Software\n\n- BoneFEA --\n"
        "  A commercial code for fast simulation of failure in human bone.\n- HiQLab --\n"
        "  A finite element simulator for computing losses in resonant\n  microsystems.\n"
    )
    question = "Which software did he write for computing losses in resonant microsystems?"
    answer = answer_text(resume, question)
    assert "> - HiQLab --\n> A finite element simulator" in answer, answer
