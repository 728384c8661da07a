"""Degrees written each above its school's heading, the last heading with nothing under it
(round334's lead developer): "What did he study at Newcastle University?" had quoted the A
levels written under it, which were the next school's."""

from __future__ import annotations

from tests.test_lookups import answer_text

_ABOVE = (
    "# Ben Segni\n\n## Education:\n\nPostgraduate Certificate in Education & QTS\n\n"
    "### Northumbria University, 2005-2006\n\nBA(Hons) Architectural Studies,\n\n"
    "### Newcastle University, 2001-2004\n\n"
    "Advanced Level Art, Advanced Level English , Advanced Level French\n\n"
    "### Queen Elizabeth's Hospital School, Bristol, 1998-2000\n"
)


def test_each_school_takes_the_line_above_its_heading() -> None:
    answer = answer_text(_ABOVE, "What did he study at Newcastle University?")
    assert answer.startswith("[Education: › Newcastle University, 2001-2004] BA(Hons)"), answer


def test_a_last_school_with_lines_of_its_own_keeps_the_lines_under_each() -> None:
    under = _ABOVE + "\nGCSEs\n"
    answer = answer_text(under, "What did he study at Newcastle University?")
    assert answer.startswith("[Education: › Newcastle University, 2001-2004] Advanced"), answer
