"""The job held now: rules learned from the forty-third wave of held-out resumes (academic CVs
listing their positions one a line, round228-232), each on a resume shaped to need it."""

from __future__ import annotations

from resume_chat.answerer.chronology import line_started
from tests.test_lookups import answer_text, assert_found

_POSITIONS = (
    "2020–25 Assistant Professor, Univ of Luxembourg\n"
    "2017–20 Research Fellow, Univ of Cambridge\n"
    "2016–17 Postdoctoral Research Associate, Univ of Cambridge\n"
)


def test_a_year_after_since_is_when_a_line_began() -> None:
    """ "Since 2025 Associate Professor": "Since" is no month, and the year is a date."""
    assert line_started("Since 2025 Associate Professor, Univ of Luxembourg") == (2025, 0)
    assert line_started("Seit 2019 Entwickler") == (2019, 0)
    assert line_started("Visual Studio 2005") is None


def test_the_position_held_since_a_year_is_the_current_one() -> None:
    """Positions one a line, the first "Since 2025": that one, not the one that ended in 2025."""
    text = (
        "# Etienne Fodor\n\n## Scientific positions\n\n"
        "Since 2025 Associate Professor, DPhyMS, Univ of Luxembourg\n" + _POSITIONS
    )
    answer = answer_text(text, "What is his current position?")
    assert "Since 2025 Associate Professor" in answer, answer
    assert "Assistant Professor" not in answer, answer


def test_of_two_lines_begun_the_same_year_the_first_is_the_latest() -> None:
    """ "- 2025 Postdoctoral Scholar" above "- 2025 Research Intern": a CV lists the newest
    first; the order of the letters says nothing."""
    text = (
        "# Ben Lira\n\n## Academic Positions\n\n"
        "- 2025 Postdoctoral Scholar, The Wharton School\n"
        "- 2025 Research Intern, Microsoft Research NYC\n"
        "- 2021 Research Assistant, University of Pennsylvania\n"
        "- 2018 Lecturer, Universidad de Lima\n"
    )
    answer = answer_text(text, "What is his current position?")
    assert "Postdoctoral Scholar" in answer, answer
    assert "Research Intern" not in answer, answer


def test_with_no_job_held_now_the_headline_says_what_the_person_does() -> None:
    """A header's "Associate Researcher" over positions that all ended: the latest job may be
    over; the headline answers too."""
    text = (
        "Thomas Huet\nAssociate Researcher\nUniversité Paul-Valéry Montpellier 3, France\n\n"
        "ACADEMIC AND PROFESSIONAL POSITIONS\n\n"
        "2020 · Survey of the engravings of Sauri, Universitat Autónoma de Barcelona\n"
        "2019-20 · Researcher at Archaïos company, database integration\n"
        "2019 · Project designer, CNRS, Paris\n"
    )
    assert_found(text, "What is his current position?", "Associate Researcher")
    assert "2020 · Survey" in answer_text(text, "What is his current position?", reader="text")


def test_internships_said_in_prose_with_no_jobs_section() -> None:
    """A page with no jobs section whose summary says "interned twice during my time in
    college": quoted, never "does not list any work experience"."""
    text = (
        "# Brian Tucker\n\nMy name is Brian and I am a recent grad. I have experience using Git "
        "and interned twice during my time in college.\n\n## Education\n\n"
        "### Louisiana State University\n\nMajor in Computer Science (2012-2017)\n"
    )
    assert_found(text, "Has he had internships?", "interned twice")
