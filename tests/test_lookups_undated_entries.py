"""When a job or a school is asked about and the resume dates it nowhere, the answer says so
before quoting it (round375's JSON Resume with no dates in it, round273's single-column PDF,
round367's theatre graduate): the quotes alone read as an answer that missed its date."""

from __future__ import annotations

import pytest

from resume_chat.answerer.timeframes import NO_DATE
from tests.test_lookups import reply_text

_UNDATED = (
    "# Austin Hale\n\n## Experience\n\n### Software Engineer — AccuWeather\n\n"
    "Developed enterprise software for business clients.\n\n### Developer — Ad Hoc\n\n"
    "Built forms for veterans.\n\n## Education\n\n### B.S. Computer Science — Wichita State\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "When did Austin start working at AccuWeather?",
        "When did he graduate from Wichita State?",
        "What year did he join Ad Hoc?",
    ],
)
def test_an_entry_dated_nowhere_is_said_to_be_undated(question: str) -> None:
    answer = reply_text(_UNDATED, question)
    assert answer.startswith(NO_DATE), answer


@pytest.mark.parametrize(
    "dated",
    [
        "### Software Engineer — AccuWeather (2019 – 2021)",  # in its heading
        "### Software Engineer — AccuWeather\n\nSince March 2019.",  # in its lines
        # In another section naming it: a timeline of the jobs.
        "### Software Engineer — AccuWeather\n\n## Timeline\n\n- 2019: joined AccuWeather",
        "### Software Engineer — AccuWeather\n\n2 years.",  # its length
        # Its other jobs and studies dated: this one's dates may stand where no reading saw.
        "### Software Engineer — AccuWeather\n\n## Jobs\n\n### Clerk · 2015 – 2017\n\n"
        "### Cashier · 2013 – 2015",
    ],
)
def test_an_entry_dated_anywhere_is_never_said_undated(dated: str) -> None:
    resume = _UNDATED.replace("### Software Engineer — AccuWeather", dated, 1)
    answer = reply_text(resume, "When did Austin start working at AccuWeather?")
    assert not answer.startswith(NO_DATE), answer
    assert "AccuWeather" in answer, answer


def test_a_question_not_asking_when_keeps_its_quotes_alone() -> None:
    answer = reply_text(_UNDATED, "What did Austin do at AccuWeather?")
    assert not answer.startswith(NO_DATE), answer
