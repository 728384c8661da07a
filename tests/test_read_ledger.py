"""A Japanese résumé's ledger (履歴書): rows of year · month · event, joined and left, in the
era's years or western ones, read as dated entries; the form's header rows and fields read as
its sections."""

# ruff: noqa: RUF001 - resume text in Japanese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.ledger import ledgers
from resume_chat.resume.model import build_resume
from resume_chat.resume.reading import Reading
from resume_chat.resume.text import read_text

# As Word's JIS form reads: a combined table, its parts named in rows of their own.
_FORM = """履　歴　書 2021年1月 現在

氏名 佐藤 英一

- 年 · 月 · 学歴・職歴（各別にまとめて書く）
- 学 歴
- 平成4 · 3 · 私立 三島高等学校 情報処理科 卒業
- 平成6 · 3 · 三島情報ビジネス専門学校 卒業
- 職 歴
- 平成 6 · 8 · 株式会社クボテック 入社
- 平成7 · 6 · 株式会社クボテック 退職
- 平成16 · 2 · 株式会社ヒューマン・エンジニアリング 入社
- 平成24 · 10 · 株式会社ヒューマン・エンジニアリング退職
- 平成24 · 11 · 株式会社ワクワク旅館 入社
- 平成28 · 5 · 株式会社ワクワク旅館 退職
- 平成28 · 6 · フリーランス・エンジニアとして独立 現在に至る

年

月

免許・資格

- 平成5 · 12 · 通産省 第二種情報処理技術者試験 合格
- 平成4 · 11 · 第一種 普通自動車免許 取得

本人希望記入欄（特に給料・職種・勤務時間・勤務地・その他についての希望などがあれば記入）

→ 週２日（木、金）、フルリモートを希望します
"""


def _answer(reading: Reading, question: str) -> str:
    resume = build_resume(reading, Path("cv.txt"))
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


def test_joining_and_leaving_rows_are_one_entry_in_western_years() -> None:
    markdown = read_text(_FORM).markdown
    assert "### 株式会社クボテック\n\n1994.08 – 1995.06\n" in markdown, markdown
    # The rows stay as written, under the span.
    assert "- 平成 6 · 8 · 株式会社クボテック 入社" in markdown, markdown
    assert "2004.02 – 2012.10" in markdown, markdown
    assert "2016.06 – 現在" in markdown, markdown
    assert "## 学歴" in markdown, markdown
    assert "## 職歴" in markdown, markdown
    assert "## 免許・資格" in markdown, markdown


def test_the_ledger_answers_now_before_and_first() -> None:
    reading = read_text(_FORM)
    answer = _answer(reading, "What is Eiichi Sato doing now?")
    assert "フリーランス・エンジニア" in answer, answer
    answer = _answer(reading, "Which company did he work for before going freelance?")
    assert answer.index("ワクワク旅館") < answer.index("ヒューマン"), answer
    assert "株式会社クボテック" in _answer(reading, "What was his first employer?")


def test_the_forms_fields_are_its_sections() -> None:
    reading = read_text(_FORM)
    answer = _answer(reading, "What qualifications does he hold?")
    assert "第二種情報処理技術者試験" in answer, answer
    answer = _answer(reading, "What kind of position is he looking for?")
    assert "週２日" in answer, answer
    answer = _answer(reading, "Where did he train as a programmer?")
    assert "三島情報ビジネス専門学校" in answer, answer


def test_one_row_spans_and_two_date_columns() -> None:
    """ "2017~2020 · 4~7 · …" holds its span in one row; "入社 · 退職 · 職歴" heads columns of
    the joining and the leaving date."""
    lines = [
        "- 年 · 月 · 職 · 歴",
        "- 2017~2020 · 4~7 · 『株式会社セラク』 · Data Scientist",
        "- 2020~2021 · 9~2 · 『株式会社 EDIX』 Lead Data Scientist",
        "",
        "- 入社 · 退職 · 職歴",
        "- 2011年04月 · 2014年05月 · スーパー三和 (パートタイム)",
        "- 2018年11月 · 2020年03月 · 株式会社ワールドインテック (正社員)",
    ]
    out = ledgers(lines)
    assert out[0] == "## 職歴", out
    spans = ("2017.04 – 2020.07", "2020.09 – 2021.02", "2011.04 – 2014.05", "2018.11 – 2020.03")
    for span in spans:
        assert span in out, out
    assert out.count("## 職歴") == 1, out  # the second table's header continues the first's


def test_lines_that_are_no_ledger_stay_as_they_are() -> None:
    """Dated lines with no joining or leaving in them, and a lone dated row, are left alone."""
    lines = ["## Experience", "- 2019 · 3 · Shipped the billing service", "- 2020 · 4 · Led QA"]
    assert ledgers(lines) == lines
    lines = ["## 職歴", "- 2019 · 4 · 株式会社ウェム 入社"]
    assert ledgers(lines) == lines
    assert ledgers([]) == []
    assert ledgers(["# Ann"]) == ["# Ann"]
