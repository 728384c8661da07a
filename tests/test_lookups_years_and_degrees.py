"""A span of years asked, and a degree asked among studies listed from the first school:
learned from round349's Austrian web developer (a Markdown page)."""

from __future__ import annotations

from tests.test_lookups import answer_text

_JOBS = (
    "# Markus Tiefenbacher\n\n## Beruflicher Werdegang\n\n"
    "### Web Engineer, Styria Digital Services Juni 2013 - heute\n\n* Support aller Portale\n\n"
    "### Web Developer, TAO Software März 2013 - Juni 2013\n\n* Immobilienplatform\n\n"
    "### Web Developer, YOUSURE Tarifvergleich GmbH 2009-2013\n\n* Frontend Entwicklung\n\n"
    "### Umweltbundesamt GmbH 2008-2009\n\n* IT-Support\n"
)


def test_a_span_of_years_asks_for_the_job_held_across_it() -> None:
    """Not the job begun in its last year, nor the one ended in its first."""
    answer = answer_text(_JOBS, "Which company did Markus work for between 2009 and 2013?")
    assert "YOUSURE" in answer.splitlines()[0], answer


def test_the_studies_naming_a_degree_answer_what_degree_first() -> None:
    resume = (
        "# Markus Tiefenbacher\n\n## Ausbildung\n\n- Volksschule Gföhl · 1996-2000\n"
        "- Sporthauptschule Gföhl · 2000-2004\n- BHAS Krems · Digital Business · 2004-2007\n\n"
        "## Werdegang\n\n### Web Developer, YOUSURE 2009-2013\n\n* Frontend\n\n"
        "## Studium\n\n### SAE Technology Institute Wien\n\n"
        "Abschluss: Bachelor of Science (Honours) · 2008-2012\n"
    )
    answer = answer_text(resume, "What degree did Markus earn and where?")
    assert "Bachelor of Science (Honours)" in answer.splitlines()[0], answer


def test_a_masters_asked_puts_the_masters_first_not_a_course_taught_on_one() -> None:
    resume = (
        "# Ann Lee\n\n## Teaching\n\n### Behavioral Mechanisms\n\nSince 2024\n\n"
        "- M.Sc. program; Lecturer; Linköping University\n\n## Education\n\n"
        "### PhD in Analytical Sociology, Linköping University\n\n2025\n\n"
        "### B.A. in History, University of Bonn\n\n2014\n\n"
        "### M.A. in Sociology, University of Bonn\n\n2017\n"
    )
    answer = answer_text(resume, "Where did she do her master's degree?")
    first = answer.splitlines()[0]
    assert "M.A. in Sociology, University of Bonn" in first, answer
