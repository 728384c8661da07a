# ruff: noqa: RUF001 - Russian and Serbian words, as real CVs write them
"""Lists in Cyrillic resumes: programming languages labelled "Languages" ("Языки: JavaScript,
Java, SQL") say nothing of the languages a person speaks (round367's Russian front-end lead,
whose "Which spoken languages does he speak?" quoted that list); Bulgarian names of languages
and certificates (round370's warehouse worker)."""

from __future__ import annotations

import pytest

from tests.test_lookups import reply_text

CODE_ONLY = (
    "# Андрей Костюк\n\nМосква, Россия\n\n## Технические навыки\n\n"
    "Языки: JavaScript, Java, SQL, XML, Python\n\nХранилища данных: PostgreSQL, MongoDB\n\n"
    "## Опыт работы\n\n### Ведущий разработчик — nullpointer\n\nИюль 2012 – настоящее время\n"
)


def test_a_list_of_programming_languages_names_no_spoken_one() -> None:
    answer = reply_text(CODE_ONLY, "Which spoken languages does Андрей speak?")
    assert answer.startswith("The resume does not mention"), answer


@pytest.mark.parametrize(
    ("resume", "said"),
    [
        # A language spoken in the same list as the code: the list answers.
        (CODE_ONLY.replace("XML, Python", "XML, Python, английский"), "английский"),
        # Serbian's "Језици" and "енглески", Cyrillic names the lists above do not spell.
        # Not a section we know the title of: not quoted, but never denied.
        (CODE_ONLY + "\n## Језици\n\nенглески (B2)\n", ""),
        (CODE_ONLY.replace("Москва, Россия", "Москва, Россия\n\nАнглийский — B2"), "Английский"),
    ],
)
def test_a_spoken_language_named_anywhere_is_quoted_not_denied(resume: str, said: str) -> None:
    answer = reply_text(resume, "Which spoken languages does Андрей speak?")
    assert said in answer, answer
    assert not answer.startswith("The resume does not mention"), answer


def test_bulgarian_names_of_languages_are_quoted_each() -> None:
    """round370's Bulgarian warehouse worker: "Руски език" went unquoted after "Английски
    език", Bulgarian's Russian spelled without the Russian "русск"."""
    resume = (
        "# Андриана Тодорова\n\n## УМЕНИЯ И ДОПЪЛНИТЕЛНИ КВАЛИФИКАЦИИ:\n\n"
        "**Английски език** ниво на владеене B2 +\n\n**Руски език** ниво на владеене B1\n\n"
        "**MS Office** ниво на владеене Основно\n"
    )
    answer = reply_text(resume, "What foreign languages does Андриана speak?")
    assert "Английски" in answer, answer
    assert "Руски" in answer, answer


def test_a_certificate_named_in_another_language_comes_first() -> None:
    """round370's Bulgarian warehouse worker: "Сертификат: ДА" is her word for a certificate;
    the header and her jobs came first, the lines naming her certificates after them."""
    resume = (
        "# Ann Lee\n\nАдрес: гр.София\n\nТел: 0893222063\n\n## ТРУДОВ ОПИТ:\n\n"
        "Комплектовач, фирма: Техномат\n\n- Отговорности: склад\n\n"
        "## УМЕНИЯ И ДОПЪЛНИТЕЛНИ КВАЛИФИКАЦИИ:\n\n**Английски език** ниво на владеене B2\n\n"
        "**C#** Programming Basics – 6.00, **Сертификат: ДА**\n\n"
        "**MS Office** ниво на владеене Основно\n"
    )
    question = "Which programming language did Ann get certificates in?"
    answer = reply_text(resume, question).split("\n")
    assert "C#" in "\n".join(answer[:2]), answer


def test_a_tool_no_script_translates_is_denied_where_a_company_is_not() -> None:
    """round371's Russian developer: "Has he worked with Kubernetes?" of a CV naming Docker and
    Nginx in Latin letters, Kubernetes nowhere: a tool's name is the same in every script. A
    company's is not ("Yandex" is "Яндекс"), so it is never denied."""
    tool = reply_text(CODE_ONLY, "Has Андрей worked with Kubernetes?")
    assert tool == "The resume does not mention Kubernetes.", tool
    company = reply_text(CODE_ONLY, "Has Андрей worked at Yandex?")
    assert not company.startswith("The resume does not mention"), company
