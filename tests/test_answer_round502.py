"""What round502-507's first runs answered wrong: "Which Linux certification does he have?"
denied of a Japanese CV listing "LPIC-1", an artist's "b. 1978, New Zealand." not read as her
birth year, and a name heading linked to the site's own page ("Jennifer Mason
<a href="default.htm">") read with the page's address as part of the name."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import load_resume
from tests.test_answer_round396 import reply_text as _answer


def test_a_linux_certificate_answers_a_linux_certification() -> None:
    markdown = (
        "# 村上玄徳\n\n## 取得資格等\n\n| 取得時期 | 資格等 |\n| - | - |\n"
        "| 2021年9月 | AWS Certified Solutions Architect |\n| 2020年2月 | LPIC-1 |\n"
    )
    answer = _answer(markdown, "Which Linux certification does he have?")
    assert "LPIC-1" in answer, answer


def test_b_and_a_year_then_a_country_is_a_birth_year() -> None:
    markdown = (
        "# Jennifer Mason\n\nb. 1978, New Zealand.\n\n## Exhibitions\n\n"
        "- 2019 Solo show, Auckland\n- 2017 Group show, Wellington\n"
    )
    answer = _answer(markdown, "In what year was Jennifer Mason born?")
    assert "1978" in answer, answer


def test_a_link_to_the_sites_own_page_is_no_address(tmp_path: Path) -> None:
    path = tmp_path / "cv.html"
    path.write_text(
        "<html><body><h1><a href='default.htm'>Jennifer Mason</a></h1>"
        "<p class='bold'>b. 1978, New Zealand.</p><h2>Solo Exhibitions</h2>"
        "<p>2019 Lines, Auckland Art Gallery</p>"
        "<p>Contact: <a href='mailto:jen@example.org'>e-mail</a></p></body></html>",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert resume.name == "Jennifer Mason"
    assert "default.htm" not in resume.markdown
    assert "jen@example.org" in resume.markdown
    answer = OfflineAnswerer(resume).answer("In what year was she born?")
    assert "1978" in "\n".join(format_reply(answer))


def test_a_page_after_its_navigation_list_is_no_part_of_the_last_item(tmp_path: Path) -> None:
    path = tmp_path / "cv.html"
    path.write_text(
        "<!DOCTYPE html><html><body><h1>Jennifer Mason</h1>"
        "<ul><li><a href='works.htm'>works</a></li><li><a href='cv.htm'>cv</a></li></ul>"
        "<p class='bold'>Qualifications</p>"
        "<p>BFA, Elam School of Fine Arts, The University of Auckland. 2004.</p>"
        "<p class='bold'>Awards / Scholarships</p><p>Chartwell Trust Grant 2015</p>"
        "</body></html>",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert [section.title for section in resume.sections][-2:] == [
        "Qualifications",
        "Awards / Scholarships",
    ]
    answer = OfflineAnswerer(resume).answer("What grants has she received?")
    assert "Chartwell Trust Grant" in "\n".join(format_reply(answer))
