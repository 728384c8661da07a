# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""Text resumes saved in an old Windows code page: read when they are Western text (a page
saved from Word with a non-breaking space between every word, round357's health analyst),
or Cyrillic (Windows-1251, round379's Ukrainian student); refused with one clear line when they
would read as nonsense (Japanese in Shift JIS)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.errors import ResumeError
from resume_chat.resume import load_resume

_ANALYST = (
    "Benjamin Malley\nbenjaminmalley.github.com/about\n\n"
    "I am a software developer and user experience professional.\n\n"
    "Experience\n\n"
    "Altarum Institute \u2013 Ann Arbor, MI\n"
    "Health Analyst, October 2012 \u2013 present\n\n"
    "Adobe \u2013 San Francisco, CA\n"
    "User Experience Intern, June \u2013 September 2010\n"
)


def test_a_windows_1252_page_with_a_no_break_space_between_words_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes(_ANALYST.replace(" ", "\u00a0").encode("cp1252"))
    answer = "\n".join(
        format_reply(OfflineAnswerer(load_resume(path)).answer("Where does Benjamin work now?"))
    )
    assert "Altarum Institute" in answer, answer


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("履歴書\n氏名 高橋孝幸\n職歴\n2011年04月 スーパー三和\n", "shift_jis"),
    ],
)
def test_text_in_another_old_code_page_is_refused_not_misread(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "resume.txt"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ResumeError, match=r"not UTF-8 text .* Save it as UTF-8"):
        load_resume(path)


def test_cyrillic_in_windows_1251_is_read(tmp_path: Path) -> None:
    path = tmp_path / "resume.txt"
    text = "Забрянська Маріанна\n\nТелефон:\n\n+38(095)044-17-52\n\nНавички:\n\nC, C++\n"
    path.write_bytes(text.encode("cp1251"))
    resume = load_resume(path)
    assert "Маріанна" in resume.markdown
    reply = OfflineAnswerer(resume).answer("What is her phone number?")
    assert "+38(095)044-17-52" in "\n".join(format_reply(reply))
