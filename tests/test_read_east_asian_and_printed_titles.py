"""Section titles and spans of dates in Japanese, Korean and Chinese, a browser's print that
sets a job's dates bold under its plain title, a kind of language the resume does not name:
learned from round352's and round355's held-out files (a rirekisho in Markdown tables, a
Korean developer's page, a Chrome print of an HTML resume, an astronomer's Google Docs PDF)."""

from __future__ import annotations

import re

import pytest

from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.layout import arrange
from resume_chat.resume.markdown.reader import read_markdown
from tests.test_lookups import answer_text

_RIREKISHO = """# 履歴書

## 基本情報

| 氏名 | 髙橋孝幸 |
| --- | --- |
| Email | ttkaws15@gmail.com |

## 学歴

| 年 | 月 | 学歴 |
| --- | --- | --- |
| 2011 | 3 | 早稲田大学政治経済学部卒業 |

## 職歴

| 入社 | 退職 | 職歴 |
| --- | --- | --- |
| 2011年04月 | 2014年05月 | スーパー三和 |
| 2018年11月 | 2020年03月 | 株式会社ワールドインテック |

## 免許

| 年 | 月 | 免許 |
| --- | --- | --- |
| 2017 | 10 | 小型自動二輪AT限定 |
"""


def test_japanese_section_titles_name_their_kinds() -> None:
    """ "職歴" is the work history, "免許" a licence: without their words, every question
    fell to the page's title "履歴書"."""
    answer = answer_text(_RIREKISHO, "Where did 孝幸 work most recently?")
    assert "ワールドインテック" in answer, answer
    answer = answer_text(_RIREKISHO, "What licence does 孝幸 hold?")
    assert "小型自動二輪AT限定" in answer, answer


_KOREAN = """# 박시완

## 소개

프론트엔드 개발자입니다.

## 경력

### 인핸드플러스주식회사 | 프론트엔드 개발자 (2022.06 ~ 2025.11)

- Next.js 메모리 사용량 40% 감소

### 주식회사 트리피누 | 프론트엔드 개발자 (2021.05 ~ 2022.03)

- React 컴포넌트 라이브러리 설계

## 학력

### 울산대학교 | 디지털콘텐츠디자인 (2012 ~ 2018)
"""


def test_korean_sections_and_wave_dash_spans() -> None:
    answer = answer_text(_KOREAN, "Which company did 시완 work for in 2023?")
    assert "인핸드플러스주식회사" in answer.splitlines()[0], answer
    answer = answer_text(_KOREAN, "Where did 시완 study?")
    assert "울산대학교" in answer, answer


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("2022.06 ~ 2025.11", "2022.06 ~ 2025"),
        ("2018年4月〜2020年3月 株式会社", "2018年4月〜2020"),
        ("2019年3月至今", "2019年3月至今"),
        ("2017年9月至2021年6月", "2017年9月至2021"),
        ("2019.03 - 재직중", "2019.03 - 재직중"),
    ],
)
def test_east_asian_spans_of_dates(text: str, span: str) -> None:
    found = re.search(DATE_SPAN, text)
    assert found is not None, text
    assert found.group(0) == span, found


def test_a_tilde_alone_is_no_span() -> None:
    assert re.search(DATE_SPAN, "about ~5 years of Go, version 2019 ~ fast") is None


def test_a_plain_title_over_its_dates_set_bold_heads_the_job() -> None:
    """round352's Chrome print: the employer and role in plain type over "#### Feb 2022 -
    Present | Osaka, Japan"; each title fell to the job before."""
    lines = [
        "## PROFESSIONAL EXPERIENCE", "",
        "FPT Software (Japan) - AI Solutions Architect", "",
        "#### Feb 2022 - Present | Osaka, Japan", "",
        "- Lead delivery of a large-scale enterprise software platform.", "",
        "Fujikin Incorporated - Software Engineer", "",
        "#### May 2016 - Jan 2022 | Osaka, Japan", "",
        "- Developed and modernized enterprise EDI systems.",
    ]  # fmt: skip
    markdown = arrange(lines, "pdf", name="Ian Worthington").markdown
    assert "\n#### Fujikin Incorporated - Software Engineer\n\nMay 2016 - Jan 2022" in markdown, (
        markdown
    )
    answer = answer_text(markdown, "When did Ian work at Fujikin Incorporated?")
    assert "May 2016 - Jan 2022" in answer, answer


def test_a_paragraph_over_a_dates_heading_stays_where_it_is() -> None:
    """The last sentence of a job's description is no title of the next."""
    lines = [
        "## Experience", "", "### Acme", "", "Led the platform team of twelve.", "",
        "#### 2019 - 2021", "", "- Built the billing service.",
    ]  # fmt: skip
    markdown = arrange(lines, "pdf", name="Ana Silva").markdown
    assert "#### Led the platform" not in markdown, markdown


_ASTRONOMER = """# Sarah Lee

## Summary

Physicist with skills in SQL, Python and data analysis.

## Experience

### Research Assistant, University of Missouri, 2018-2020

- Program in Python and use astronomical software
"""


def test_a_kind_of_language_the_resume_never_names_lists_the_languages() -> None:
    """ "query" is a kind of language, not one the resume lacks: SQL and Python answer it."""
    answer = answer_text(_ASTRONOMER, "Which programming or query languages does Sarah know?")
    assert "does not mention" not in answer, answer
    assert "SQL" in answer, answer
    answer = answer_text(_ASTRONOMER, "Has Sarah used Haskell?")
    assert "does not mention Haskell" in answer, answer


_OFFICER = """# Amadeo Estuita

## Experience

**Department of Trade and Industry,** Negosyo Center Tacloban

**Negosyo Center Officer,** June 2016 – December 2016

- Accepted and facilitated registration applications of MSMEs

**ABE International College of Business and Accountancy,** Tacloban City

**Part-time Instructor,** June 2016 – October 2016

- Taught courses in Entrepreneurship and Marketing
"""


def test_an_employers_bold_line_over_the_bold_dated_title_is_one_job() -> None:
    """round352's Word CV: each employer's line fell to the job above it."""
    answer = answer_text(_OFFICER, "Where did Amadeo work as a part-time instructor?")
    assert "ABE International College" in answer, answer


_ESTIMATOR = """# Julie Brubacher

## Work Experience

**Lang Homes LLC, Woodinville WA ........................... April 2024 – Present**

**Project Manager.** Lang Homes is a small general contractor for luxury homes.

Created Gantt charts and project schedules.

Motley Motley Inc, Pullman, WA ............................. July 2023 – April 2024

**Project Manager and Cost Estimator.** Motley Motley Inc. is a heavy construction company.

Performed takeoffs for cost estimating purposes using a digitizer.
"""


def test_a_plain_dated_employer_line_over_an_undated_bold_title_is_that_jobs() -> None:
    """round352's Word CV: the employer and dates in plain type, the role bold under them."""
    answer = answer_text(_ESTIMATOR, "When did Julie work at Motley Motley Inc?")
    assert "July 2023 – April 2024" in answer, answer
    assert "April 2024 – Present" not in answer.splitlines()[0], answer


def test_a_break_in_the_name_heading_ends_the_name() -> None:
    """round357's French page: "# Jérôme Delagnes<br>Leader technique…" had no name."""
    markdown = read_markdown(
        "# Jérôme Delagnes<br>Leader technique, architecte\n\n📍 Île-de-France, France\n\n"
        "## Expériences\n\n### Leader technique\n\n**SGCIB**\n\n*février 2021 – novembre 2024*\n"
    ).markdown
    assert markdown.startswith("# Jérôme Delagnes\n\nLeader technique, architecte\n"), markdown
    answer = answer_text(markdown, "Where is Jérôme based?")
    assert "Île-de-France" in answer, answer


def test_the_document_a_career_is_written_in_is_no_section() -> None:
    """ "職務経歴書" (a shokumu keirekisho) titles the page; "職務経歴" in it names the jobs.
    "教育经历" is studies, though "经历" alone is any experience."""
    assert not names_kind("職務経歴書")
    assert section_kind("職務経歴書") == "other"
    assert section_kind("職務経歴") == "experience"
    assert section_kind("教育经历") == "education"


def test_a_han_name_in_a_forms_name_field() -> None:
    """round355's rirekisho: "氏名 · 髙橋孝幸 (たかはし たかゆき)", four letters and a reading."""
    reading = read_markdown(_RIREKISHO.replace("| 髙橋孝幸 |", "| 髙橋孝幸 (たかはし たかゆき) |"))
    assert reading.name == "髙橋孝幸", reading.markdown
