# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""A job board's plain-text export (hh.ru's), learned from round367's learning methodologist:
each job its employer and city, the employer's industries, the span worked with its length,
then the title alone; no heading anywhere. The jobs were no entries, the industries sections,
and "where does she work now?" quoted the header."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.model import build_resume
from resume_chat.resume.text import read_text

EXPORT = """Марценюк Наталья

Женщина, 40 лет

look85@gmail.com

Опыт работы — 11 лет 2 месяца

Корпоративный университет ОАО «РЖД», АНО
Москва, rzd.ru

Образовательные учреждения

Тренинговые компании
Бизнес-образование
Февраль 2024 — настоящее время 2 года 3 месяца

Главный методист

Разработка и запуск флагманской программы «Профессионал +».

МойОфис
Москва, myoffice.ru/

Информационные технологии, системная интеграция, интернет

Разработка программного обеспечения
Май 2022 — Июнь 2022 2 месяца

Методист по оценке продуктовых знаний

Проект для ЗАО «Протек»

Создание базы 500+ кейсов и тестов.

Сбер
Москва

Финансовый сектор
Апрель 2021 — Ноябрь 2021 8 месяцев

Менеджер образовательных программ

Отвечала за портфель образовательных решений.

Образование

Высшее
Московский городской педагогический университет, Москва
2008
"""


def _answer(question: str) -> str:
    resume = build_resume(read_text(EXPORT), Path("cv.txt"))
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


def test_each_job_of_a_board_export_is_an_entry_headed_by_its_title_and_employer() -> None:
    markdown = read_text(EXPORT).markdown
    assert "### Главный методист — Корпоративный университет ОАО «РЖД», АНО" in markdown
    assert "### Методист по оценке продуктовых знаний — МойОфис" in markdown
    # The span worked stands first under the heading, where a job's dates are looked for.
    assert "МойОфис\n\nМай 2022 — Июнь 2022 2 месяца\n\nМойОфис" in markdown, markdown
    # An industry, or a project named in a job's account, is no section of the resume.
    assert "# Разработка программного обеспечения" not in markdown, markdown
    assert "# Проект для ЗАО «Протек»" not in markdown, markdown
    assert "## Образование" in markdown, markdown


def test_the_job_held_now_is_the_one_whose_span_is_open() -> None:
    answer = _answer("Where does Наталья work now?")
    assert "Корпоративный университет" in answer, answer
    assert "Сбер" in _answer("What was Наталья's role at Сбер?"), answer


def test_lines_with_a_span_and_its_length_that_are_not_jobs_change_nothing() -> None:
    """One dated line with its length is no export: a course "2019 — 2020 1 год" stays as it is."""
    text = "Anna Berg\n\nEducation\n\nKurs Deutsch\n2019 — 2020 1 year\n\nB2 level\n"
    assert "###" not in read_text(text).markdown
