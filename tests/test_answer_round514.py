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


# What the first runs of round514-530 denied, each stated in the resume.
@pytest.mark.parametrize(
    ("markdown", "question", "expected"),
    [
        # A master's named in Ukrainian ("магістр") in a resume half in English.
        (
            "# Kyrylo Sovailo\n\n## Освіта\n\n"
            "### Дармштадтський технічний університет · 2023 – 2025\n\n"
            "Computational Engineering, магістр\n\n## Experience\n\n"
            "### Intern at Continental AG · 2022\n\n"
            "- Built test rigs in C++ for braking systems and their controllers.\n",
            "Where did he do his master's and in which field?",
            "Computational Engineering",
        ),
        # A day of the week in Dutch: no name to deny.
        (
            "# Anisha B.\n\n## Werkervaring\n\n"
            "### vakkenvuller | dirk van den broek | 2018 - 2020\n\n"
            "- Ik werk bij DIRK als vakkenvuller en werk meestal op zaterdagen.\n",
            "Where does she work on Saturdays, and as what?",
            "zaterdagen",
        ),
        # An acronym's plural: "CMSs" of "CMS: WordPress".
        (
            "# Michèle\n\n## Skills\n\n- HTML5, CSS3, JavaScript\n- CMS: WordPress, Drupal\n",
            "Which CMSs has she worked with?",
            "WordPress",
        ),
        # Italian "Nato a" over the place and the date.
        (
            "# Giacomo Novara\n\n## Curriculum Vitae\n\nAggiornato: maggio 2026\nNato a\n"
            "Palermo, 13 agosto 1975\nQualifica\nProfessore Associato\n",
            "Where and when was he born?",
            "Palermo, 13 agosto 1975",
        ),
        # Korean "저서": the books written.
        (
            "# 서 경 원\n\n## 경력\n\n- 2020.01: 식품의약품안전평가원 원장\n\n## 저서\n\n"
            "- 2025.12: 최신 규제과학 총론, 조윤커뮤니케이션\n",
            "What book has 서경원 published, and with which publisher?",
            "조윤커뮤니케이션",
        ),
        # A candidate the page never names, asked with an accent: no name to deny.
        (
            "## Formation académique\n\n**2016 - 2020 : Doctorat en informatique**\n\n"
            "Institut National Polytechnique de Toulouse\n",
            "What doctorate does Étienne Monier hold, and from where?",
            "Doctorat en informatique",
        ),
    ],
)
def test_a_fact_stated_in_the_resumes_words_is_not_denied(
    markdown: str, question: str, expected: str
) -> None:
    answer = _answer(markdown, question)
    assert "does not" not in answer, answer
    assert expected in answer, answer


def test_a_spelled_capitals_name_absent_from_a_resume_in_another_script_is_denied() -> None:
    markdown = (
        "# Грачёв Михаил\n\n## Опыт\n\n### Team Lead · 2020 – настоящее время\n\n"
        "- Разработка сервисов на Rust и Go, поддержка кластеров Kubernetes.\n"
        "- Выступления на митапах и конференциях.\n"
    )
    assert "does not mention AWS" in _answer(markdown, "Does Mikhail hold an AWS certification?")


def test_a_job_headed_by_its_dates_alone_names_its_employer_under_its_title() -> None:
    """ "Mai 2024 - Juli 2024" heads the job (a German month, a line of dates alone); the
    employer stands under the title, not at the foot of the job before it."""
    markdown = (
        "# Jonas Busch\n\n## BERUFLICHER WERDEGANG\n\n### Januar 2025 - Mai 2025\n\n"
        "PR-Assistenz\n\nFilmpresse Meuser\n\n### Mai 2024 - Juli 2024\n\n"
        "Werkstudent Marketing & Theatrical Sales Manager\n\nBusch Media Group GmbH & Co.KG\n"
    )
    answer = _answer(markdown, "At which company did he work in marketing and theatrical sales?")
    assert "Busch Media Group" in answer, answer
