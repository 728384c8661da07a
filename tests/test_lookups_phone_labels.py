# ruff: noqa: RUF001 - Ukrainian labels, as a real CV writes them
"""A phone number after its label's colon with no space ("Телефон:0987796042", round379's
Ukrainian hairdresser) is a phone number: it had been taken for part of a word, and "What is
her phone number?" was denied, a fact the resume states."""

from __future__ import annotations

import re

import pytest

from resume_chat.answerer.contacts import PHONE
from tests.test_lookups import answer_text


@pytest.mark.parametrize(
    "line", ["Телефон:0987796042", "Tel:+49 151 23456789", "Mobil:0176 66305863"]
)
def test_a_number_right_after_a_labels_colon_is_a_phone(line: str) -> None:
    assert re.search(PHONE, line), line


@pytest.mark.parametrize("line", ["arXiv:2101.123456", "http://x.org:8080/cv"])
def test_an_arxiv_number_or_a_sites_port_is_no_phone(line: str) -> None:
    assert not re.search(PHONE, line), line


def test_the_phone_question_quotes_it() -> None:
    resume = "# Олена Шкорина\n\nДата народження: 16.07.93\n\nТелефон:0987796042\n"
    answer = answer_text(resume, "What is Олена's phone number?")
    assert "0987796042" in answer, answer
