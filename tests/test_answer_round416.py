"""What round416-419's first runs answered wrong, and the first wave's last misses: a British
CV's qualifications said only in its profile (denied, once), a Korean form's field for the post
applied for, and quality control asked of a Korean resume."""

from __future__ import annotations

from tests.test_answer_round396 import reply_text as _answer


def test_qualifications_said_only_in_a_profile_are_quoted_not_denied() -> None:
    markdown = (
        "# Stephen Gowen\n\n## Personal Profile\n\nI am an experienced full stack developer. I "
        "have an HNC in Computer Studies, a TEC Certificate in Electronics and O Levels in "
        "English Language.\n\n## Work History\n\n**Sep 20 – Feb 21 Software Consultant – CAM "
        "Systems Ltd.**\n\n- Built supply-chain software.\n"
    )
    answer = _answer(markdown, "What qualifications does he have?")
    assert "HNC in Computer Studies" in answer, answer


def test_a_korean_forms_field_for_the_post_applied_for() -> None:
    markdown = (
        "# 박한솔\n\n- **지원분야** · JAVA개발 · **희망연봉**\n- **성명영문** · Park Han Sol\n\n"
        "## Career (경력, 아르바이트)\n\n- 2019.07.16 – 2019.07.26 · 건국대학교 · 강사\n"
    )
    answer = _answer(markdown, "What position is Park Han Sol applying for?")
    assert "JAVA개발" in answer, answer


def test_quality_control_in_the_resumes_words() -> None:
    markdown = (
        "# 이재상\n\n- 제조업체에서 품질관리 및 제품 시험평가 (2년 11개월)\n"
        "- 경북대학교 K-Digital Training 빅데이터 분석가 양성과정 수료 예정\n\n"
        "## 경력\n\n### 에임트 2019.7 ~ 2022.6\n\n사원\n\n## 자격증\n\n### ADsP 2022.11\n"
    )
    answer = _answer(markdown, "How many years of experience does he have in quality control?")
    assert "2년 11개월" in answer, answer
