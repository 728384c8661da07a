"""What this stop's reading of older first runs' misses, and round632-639's first runs, showed
the answerer getting wrong: a country line quoted for where a candidate lives, the town with
its postcode on the line above left out."""

from __future__ import annotations

from tests.answering import answer_text


def test_the_town_above_its_country_is_quoted_with_it() -> None:
    resume = (
        "# Joan Rieu\n\nSoftware Engineer\n\nMr. Joan Rieu\nApt 113 Rés Tournebride\n"
        "2 Avenue de Noès\n33600 Pessac\nFrance\n\njoanrieu.com\njoan.rieu@gmail.com\n"
        "+33 (0) 6 88 44 83 46\n\n## Experience\n\n### Inria\n\n- Internship, Bordeaux, 2016\n"
    )
    answer = answer_text(resume, "In which town does Joan Rieu live?")
    assert "33600 Pessac" in answer, answer
    assert "France" in answer, answer
