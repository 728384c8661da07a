"""A Romanian engineer's LibreOffice PDF (round345): "Date personale" over his name, his age
said as "36 de ani", his address spelled out against harvesters."""

from __future__ import annotations

from resume_chat.resume.markdown.reader import read_markdown
from tests.test_lookups import answer_text

_CV = (
    "## Date personale\n\nCristian Achim\n\n36 de ani, necăsătorit\n\n"
    "brancoliticus at gmail dot com\n\ngithub.com/brancoliticus/portfolio_repo\n\n"
    "## Educație\n\n2004-2013 Universitatea Politehnică din Timișoara\n"
)


def test_the_first_line_under_personal_data_in_romanian_names_him() -> None:
    assert read_markdown(_CV).name == "Cristian Achim"


def test_an_age_in_romanian_answers_how_old() -> None:
    answer = answer_text(read_markdown(_CV).markdown, "How old is Cristian?")
    assert "36 de ani" in answer, answer
