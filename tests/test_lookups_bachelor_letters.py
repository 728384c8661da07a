"""A bachelor's by its letters without their last stop ("College of Charleston B.S Applied
Mathematics", round334): "Where did he do his bachelor's degree?" had quoted a tutoring job's
"four-year undergraduates"."""

from __future__ import annotations

from tests.test_lookups import answer_text

_BIOSTATISTICIAN = (
    "# Ben Brennan\n\n### Education\n\n#### University of Michigan – Ann Arbor Ph.D Biostatistics "
    "Anticipated 2024\n\n**University of Michigan – Ann Arbor M.S. Biostatistics** (3.77 GPA)\n\n"
    "**College of Charleston B.S Applied Mathematics & Economics** (3.9 GPA) **2015 - 2016**\n\n"
    "## Teaching Experience\n\n**Mathematics Tutor** (Center for Academic Support) **2014**\n\n"
    "- Clients ranged from traditional, four-year undergraduates to community learners\n"
)


def test_a_bachelors_letters_without_their_last_stop_name_it() -> None:
    answer = answer_text(_BIOSTATISTICIAN, "Where did he do his bachelor's degree?")
    assert "College of Charleston B.S Applied" in answer.split("\n")[0], answer
