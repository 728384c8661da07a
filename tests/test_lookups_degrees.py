"""Degrees listed a line each, their school on the line under them: which degree was asked, and
where it was taken. Learned from round284's LaTeX CVs (a cognitive scientist's three degrees in
one paragraph of lines, a medical physicist's master's under an accounting one)."""

from __future__ import annotations

from tests.test_lookups import answer_text, assert_found

_STUDIES = (
    "# Amanda Pogue\n\n## Education\n\n"
    "PhD, Brain & Cognitive Sciences, expected 2018\n\nUniversity of Rochester, Rochester, NY\n\n"
    "MA, Brain & Cognitive Sciences, 2016\n\nUniversity of Rochester, Rochester, NY\n\n"
    "MA, Developmental Psychology, 2013\n\nUniversity of Waterloo, Waterloo, ON\n\n"
    "Hon. BSc, Psychology, Cognitive Science, Philosophy, 2009\n\nUniversity of Toronto\n\n"
    "## Professional Associations\n\n- American Psychological Association · 2016 - present\n"
)


def test_a_degree_by_its_letters_and_its_field_is_that_degree() -> None:
    """ "Her MA in Developmental Psychology": the degree naming the field, with its school,
    not the first degree held (the PhD at Rochester, before)."""
    question = "Where and when did she earn her MA in Developmental Psychology?"
    assert_found(_STUDIES, question, "University of Waterloo")
    assert "PhD" not in answer_text(_STUDIES, question), "the first degree held is not asked"


def test_where_a_degree_on_a_line_of_its_own_was_taken_is_the_line_under_it() -> None:
    """ "Where … his master's in radiological physics?": the school under that degree, not
    the first degree's lines heading the section (Master's of Accounting, before)."""
    resume = (
        "# Dustin Lack\n\n## Education\n\nMaster's of Accounting · Dec 2017\n\n"
        "University of Northern Colorado, GPA: 3.67\n\n- Team completed a mock audit\n\n"
        "Master's of Science, Radiological Physics · May 2012\n\n"
        "Wayne State University, GPA: 3.43\n\n"
        "Bachelor's of Science, Physics · May 2008\n\nUniversity of Colorado\n"
    )
    question = "Where and when did he get his master's in radiological physics?"
    assert_found(resume, question, "Wayne State University")


def test_a_university_named_only_in_the_summary_answers_which_university() -> None:
    """round282's Word CV: the degree's heading names no school, the high school's does, and
    the summary says "A graduate web programmer from Staffordshire University"."""
    resume = (
        "# Michael Upjohn\n\nA graduate web programmer from Staffordshire University looking "
        "for .NET roles.\n\n## Education\n\nSep 2009 – 2013\n\n"
        "### BSc (Hons) International Web Programming (2:1)\n\nA course covering web standards.\n\n"
        "Sep 2002 – July 2009\n\n### Fallibroome High School\n\n**A-Levels:** ICT (A)\n"
    )
    assert_found(resume, "Which university did he graduate from?", "Staffordshire University")
