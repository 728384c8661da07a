"""What round424-427's first runs answered wrong: a town only a job's line ends on (denied,
once), a debate team and a song contest in the resume's words,
and a span of years taken for a phone number."""

# ruff: noqa: RUF001 - resume text in Russian, Ukrainian and Chinese, as written

from __future__ import annotations

from resume_chat.answerer.contacts import PHONE
from resume_chat.patterns import search
from tests.test_answer_round396 import reply_text as _answer


def test_the_town_a_jobs_line_ends_on_is_where_he_is() -> None:
    markdown = (
        "# Magdaleno Quintana\n\n954-554-5897 | mq@gmail.com\n\n## EXPERIENCE\n\n"
        "**Classroom Support Technician** Feb 2025 – Present\n\nUniversity of Central Florida "
        "Orlando, FL\n\n- Perform routine maintenance checks\n"
    )
    answer = _answer(markdown, "Where is he located?")
    assert "Orlando, FL" in answer, answer


def test_a_debate_team_and_a_song_contest_in_the_resumes_words() -> None:
    chinese = "# 曾思宇\n\n## 社团和组织经历\n\n香港中文大学英辩队\n\n- 英式议会辩论（BP）\n"
    assert "英辩队" in _answer(chinese, "Is he a member of any debate team?")
    russian = (
        "# Алина Саати\n\n## Опыт работы\n\n- Сценарист (2015-2017)\n\n## Достижения\n\n"
        "- 2 место на конкурсе песни имени Валентины Толкуновой - «Душа России»\n"
    )
    answer = _answer(russian, "What place did she win in the Tolkunova song contest?")
    assert "2 место" in answer, answer


def test_a_span_of_years_is_no_phone_number() -> None:
    assert search(PHONE, "+55 11 95305-3155")
    assert not search(PHONE, "- 2017 - 2019/20")
