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


def test_a_degree_quoted_brings_its_school_from_above_or_below() -> None:
    """A degree found by a word of the question comes with its school: above it where the
    studies open on a school (a text CV from a PDF: "University of Peradeniya" over "BS in
    Mathematics"), below it where they open on a degree (round284's LaTeX CVs). 35 answers
    across the sets lacked the school before."""
    text = (
        "Chanaka Mapa\n\nEducation\n\nRensselaer Polytechnic Institute\nPhD in Applied "
        "Mathematics\n\nTroy, NY, USA\n2023 - 2028 (expected)\n\nUniversity of Peradeniya\n\n"
        "Peradeniya, Sri Lanka\n\nBS in Mathematics\n\n2022\n\nSkills\n\nJulia, Python\n"
    )
    assert_found(text, "Where did he do his bachelor's degree?", "University of Peradeniya")
    resume = (
        "# Marilyn Wolbert\n\n## Education\n\nRochester Institute of Technology\n\n"
        "Bachelor of Science in Mechanical Engineering, Expected May 2022\n\n"
        "Minors in Italian and ASL\n\n## Skills\n\nSolidWorks\n"
    )
    question = "Which university does Marilyn attend, and when does she expect to graduate?"
    assert_found(resume, question, "Rochester Institute of Technology")


def test_a_doctoral_adviser_before_the_thesis_lines_a_doctorate_finds() -> None:
    """ "Who is his doctoral adviser?": "doctoral" finds the thesis lines, "adviser" the line
    naming him; that one first, not cut off past the lines an answer quotes (round283)."""
    resume = (
        "# Griffin Chure\n\n## Education\n\nPh.D Biochemistry, California Institute of "
        "Technology, (in progress)\n\nB.S. Chemistry, University of Utah, 2013\n\n"
        "A.S. General Science, Utah State University, 2009\n\n## Experience & Positions\n\n"
        "### California Institute of Technology\n\n- **Position** Graduate Student\n"
        "- **Adviser** - Rob Phillips, Department of Biology\n"
        "- **Thesis Topics** - Statistical mechanics of allosteric gene regulation.\n\n"
        "**University of Utah**\n\n- **Degrees** - B.S. Chemistry, May 2013\n"
        "- **Adviser** - David F. Blair, Department of Biology\n"
        "- **Thesis Topics** - Molecular assembly of the bacterial flagellar motor.\n"
        "- **Thesis Title** - How FlhE Controls Cellular Morphology.\n"
    )
    assert_found(resume, "Who is his doctoral adviser?", "Rob Phillips")


def test_a_second_degree_further_down_the_studies_is_quoted_too() -> None:
    """round379's Turkish double major: "B.Sc. in Aeronautical Engineering" stood under the
    first degree's courses, past the lines an entry's opening shows."""
    resume = (
        "# Burak Yilmaz\n\n## Education\n\n"
        "* B.Sc. in **Electronics and Communications Engineering**, Istanbul Technical "
        "University, 2025\n* GPA: 3.55\n* Relevant Courses:\n  * Antennas\n  * Microwaves\n"
        "  * RF Microelectronics\n  * Signals\n  * Control Systems\n"
        "* B.Sc. in **Aeronautical Engineering**, Istanbul Technical University, 2025\n"
    )
    answer = answer_text(resume, "What are Burak's two majors?")
    assert "Electronics and Communications Engineering" in answer, answer
    assert "Aeronautical Engineering" in answer, answer
