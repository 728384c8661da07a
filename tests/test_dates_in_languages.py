"""Spans of dates as resumes in other languages write them: learned from round344's Russian and
German Word files ("май/2007 - август/2008", "сентябрь/2008 - текущее время", "01/2000 bis
09/2010") and a Moroccan engineer's arrows ("2016 🡪 2018"). Unread, a job ran on into the
next one, and the job held now was none."""

# ruff: noqa: RUF001 - resume text in Cyrillic, Vietnamese and Chinese, as written

from __future__ import annotations

import re

import pytest

from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.dates_line import only_dates
from tests.test_lookups import answer_text


@pytest.mark.parametrize(
    "span",
    [
        "01/2000 bis 09/2010",
        "май/2007 - август/2008",
        "2000 год - май/2007",
        "2008 - текущее время",
        "2016 🡪 2018",
        "2018→ 2019",
        "2016 по тепер",  # Ukrainian "until now", round379's hairdresser
        "2012 hasta 2016",
        "22/03/2004 tot 19/05/2004",
        "2015 đến 2018",
    ],
)
def test_a_span_in_the_resumes_words_is_a_span(span: str) -> None:
    found = re.search(DATE_SPAN, f"Редактор {span} ООО")
    # From its first year ("май/" before it is the month of that year) to its end.
    assert found is not None
    assert span.endswith(found.group(0)), found


@pytest.mark.parametrize("text", ["2019 and 2021", "in 2019 a 5-person team"])
def test_years_joined_by_other_words_are_no_span(text: str) -> None:
    assert re.search(DATE_SPAN, text) is None


@pytest.mark.parametrize(
    "line",
    [
        "сентябрь/2008 - текущее время",
        "май/2007 - август/2008",
        "03/2021 - н/в",
        "2021 - hiện tại",
        "2019 - σήμερα",
    ],
)
def test_a_heading_holding_only_such_dates_is_a_dates_line(line: str) -> None:
    assert only_dates(line)


def test_a_job_held_now_in_russian_is_the_current_job() -> None:
    resume = (
        "# Наталья Ярина\n\n## Опыт работы\n\n### Редактор\n\nсентябрь/2008 - текущее время\n\n"
        "ООО «Сысерть Медиа», город Сысерть\n\n### Менеджер\n\nООО «Легион»\n\n"
        "май/2007 - август/2008\n"
    )
    answer = answer_text(resume, "Where does Natalya work now?")
    assert answer.splitlines()[0].startswith("[Опыт работы › Редактор]"), answer
    assert "Сысерть Медиа" in answer.splitlines()[0], answer


def test_jobs_cut_at_a_span_written_with_bis() -> None:
    """ "01/2000 bis 09/2010 **Verlagsrepräsentant**": the job starts there, not inside the one
    above it."""
    resume = (
        "# Carsten Jahn\n\n## Berufliche Praxis\n\n10/2010- 12/2012 **Handelsvertreter**\n\n"
        "Phoenix Organization Inc.\n\n01/2000 bis 09/2010 **Verlagsrepräsentant**\n\n"
        "Franzis Verlag GmbH, Poing\n"
    )
    answer = answer_text(resume, "How long did he work for Franzis Verlag?")
    assert "01/2000 bis 09/2010" in answer, answer
