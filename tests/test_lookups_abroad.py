"""Abroad: the lines naming a place in another country than the resume's own. Learned from
the fifty-fourth and fifty-fifth waves of held-out resumes (round273-280), where "Has she
worked outside the US?" and "Has he taught abroad?" quoted jobs at home; about one question
in sixty over all the sets asks it."""

from __future__ import annotations

from tests.test_lookups import answer_text, assert_found

_TEACHER = (
    "# Joshua Benjamin\n\nNew Holland, PA, 17557\n\n## Professional Experience\n\n"
    "### Drexel University — Philadelphia, PA\n\nAdjunct English Professor, 2010-present\n\n"
    "- Taught courses in the English Language Center.\n\n"
    "### Living Word Academy — Lancaster, PA\n\n"
    "- A private school in Lancaster County known for its quality education.\n"
    "- Spanish Teacher, 2003-2008\n\nInstituto Centro America — Quetzaltenango, Guatemala\n\n"
    "- English as a Foreign Language Teacher, June-July 2005\n\n## Education\n\n"
    "### Millersville University — Millersville, PA\n\n- M.Ed. in ESL, 2009\n"
)


def test_abroad_is_a_country_other_than_the_resumes_own() -> None:
    """Pennsylvania throughout, Guatemala once: that line answers; "Lancaster County" under
    "Lancaster, PA" is no town in England."""
    answer = answer_text(_TEACHER, "Has he taught abroad?")
    assert "Guatemala" in answer, answer
    assert "Lancaster County" not in answer, answer


def test_outside_the_country_the_question_names() -> None:
    """ "Outside the US": Copenhagen, Denmark, not a job in Boston."""
    text = (
        "# Clara Lee\n\n## Experience\n\n### Graduate Research Assistant\n\n"
        "Northeastern University, Boston, MA, 2023-present\n\n### Research Technician\n\n"
        "Massachusetts General Hospital, Boston, MA, 2021-2023\n\n### Lab Assistant\n\n"
        "Brandeis University, Waltham, MA, 2021\n\n### Tutor\n\n"
        "Kumon, Ann Arbor, MI, 2018-2019\n\n### Program Assistant\n\n"
        "DIS, Copenhagen, Denmark, 2019-2021\n\n"
        "## Education\n\n### B.A. Psychology\n\nUniversity of Michigan, Ann Arbor, MI\n"
    )
    assert_found(text, "Has she worked outside the US?", "Copenhagen")


def test_study_abroad_brings_the_studies_first() -> None:
    """ "Did he study abroad?" of a French engineer: the semesters in California, not his job
    in London first; a state's name is a place in the United States."""
    text = (
        "# Rémi Dupont\n\nLyon, France\n\n## Experience\n\n### 2014 - 2016\n\n"
        "- Convertr Media Ltd, London UK, Developer\n\n### 2016 - present\n\n"
        "- Ubisoft, Lyon, DevOps engineer\n\n## Education\n\n### 2010 — INSA Lyon\n\n"
        "- Engineering degree\n\n### 2007 — Université Claude Bernard Lyon 1\n\n"
        "- Licence in computer science\n\n### 2005 — Lycée Ampère, Lyon\n\n- Baccalauréat S\n\n"
        "### 2009 — California State University Long Beach\n\n"
        "- Two semesters: network and information systems\n"
    )
    answer = answer_text(text, "Did he ever study abroad?")
    assert answer.index("California State") < answer.find("London") or "London" not in answer
    assert "California State University" in answer, answer
