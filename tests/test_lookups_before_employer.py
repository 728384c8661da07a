"""The job before an employer the person held several roles at, or one a summary names: "Which
bank did he work for before joining G-Research?" had quoted the G-Research roles (the name
asked came first, as an example of a bank would), and "What internship did he have before
Ericsson?" the summary line saying "Ericsson intern"."""

from __future__ import annotations

from tests.test_lookups import answer_text

_ROLES = (
    "# Tom Hale\n\n## Experience\n\n"
    "### Release Engineering Manager — G-Research\n\n2022-01 – 2023-02\n\n- Releases.\n\n"
    "### Operations Manager — G-Research\n\n2018-05 – 2021-12\n\n- Operations.\n\n"
    "### Operations Analyst — G-Research\n\n2015-06 – 2018-05\n\n- Monitoring.\n\n"
    "### Full Stack Developer — UBS\n\n2013-10 – 2015-05\n\n- Trading screens.\n\n"
    "### Technology Intern — Primark\n\n2011-06 – 2011-09\n\n- Tills.\n"
)
_INTERN = (
    "# Jack Lee\n\nSummary: Computing student and Ericsson intern building CI/CD tooling.\n\n"
    "## Experience\n\n### Software Engineering Intern — Ericsson\n\nDates: Jan 2026–Present\n\n"
    "- Jenkins pipelines.\n\n### Web Development Intern — Ossark\n\nDates: May 2025–Aug 2025\n\n"
    "- PHP sites.\n\n### Cashier — Casey's Londis\n\nDates: May 2024–Mar 2026\n\n- Tills.\n"
)


def test_the_employer_before_the_first_of_several_roles_somewhere() -> None:
    answer = answer_text(_ROLES, "Which bank did he work for before joining G-Research?")
    assert answer.startswith("[Experience › Full Stack Developer — UBS]"), answer


def test_the_job_before_an_employer_a_summary_also_names() -> None:
    answer = answer_text(_INTERN, "What internship did he have before Ericsson?")
    assert answer.startswith("[Experience › Web Development Intern — Ossark]"), answer


def test_the_job_before_the_first_role_at_an_employer() -> None:
    answer = answer_text(_ROLES, "What did he do before joining G-Research?")
    assert answer.startswith("[Experience › Full Stack Developer — UBS]"), answer
