"""What round428-435's first runs answered wrong: an e-mail a job site masks (denied), a
rirekisho's birth year with its day left blank (denied), a name's position asked, "in what
year" taken for a word to find, a German address in a sidebar, a job "2025 - ..." held now,
a Turkish "İş Geçmişi" and a job's length."""

# ruff: noqa: RUF001 - resume text in Japanese, Chinese, Turkish and Russian, as written

from __future__ import annotations

from tests.test_answer_round396 import reply_text as _answer


def test_an_email_a_job_site_masks_is_still_her_email() -> None:
    markdown = (
        "# 오은아\n\n- 이메일 oeu******@naver.com · 휴대폰 010-****-6867\n\n## 학력\n\n"
        "- 안양대학교\n"
    )
    answer = _answer(markdown, "What is her email address?")
    assert "oeu******@naver.com" in answer, answer
    bold = "# Mo Amro\n\n**Mo.alamro@outlook.com**\n\n## Education\n\n- BSc\n"
    assert "Mo.alamro@outlook.com" in _answer(bold, "What is his email?")


def test_a_birth_year_with_its_day_left_blank_and_an_age() -> None:
    markdown = (
        "# 多田　旭志\n\n- 履歴書 · 2025年　　　7月　　　25日現在\n\nふりがな\n\nただ　てるし\n\n"
        "写真をはる位置\n\n- 本人単身胸から上\n- 氏名 · 多田　旭志\n"
        "- 2000年　　　月　　　日生　(満　25　歳) · ※性別 男\n- ふりがな · ふくしまけん · 電話\n"
        "- 現住所 · 〒 福島県 · E-mail\n\n## 学歴\n\n##### 会津大学\n\n2018.04 – 2022.03\n"
        "- 2018 · 4 · 会津大学 入学\n"
    )
    answer = _answer(markdown, "How old is he / what year was he born?")
    assert "2000年" in answer, answer
    assert "満 25 歳" in answer, answer
    chinese = "# 李双江\n\n- 年龄：22岁 · 学历：本科\n\n## 教育经历\n\n- 大学\n"
    assert "22岁" in _answer(chinese, "How old is he?")


def test_a_names_position_is_the_one_held_now() -> None:
    markdown = (
        "# Hyuk Kim\n\n- Position: Senior Graphics/Engine Software Engineer\n"
        "- E-mail: hk@example.com\n\n# Experience\n\n- **Crimson Desert** at Pearl Abyss "
        "(Jan 2020 - Mar 2025)\n- **Dragonhound** at NEXON Korea (Mar 2016 - Dec 2019)\n"
    )
    answer = _answer(markdown, "What is Hyuk Kim's position?")
    assert "Senior Graphics/Engine Software Engineer" in answer, answer


def test_in_what_year_asks_when_and_finds_no_year() -> None:
    markdown = (
        "# Carly Urban\n\n## Education\n\n- University of Wisconsin-Madison · Madison, WI\n"
        "- Ph.D. Economics 2012\n\n## University Service\n\n### First Year Research Experience "
        "Faculty Mentor, 2015-2016\n\n- External Committee Member for Physics Ph.D. student, "
        "2013\n"
    )
    answer = _answer(markdown, "Where did Carly Urban get her PhD and in what year?")
    assert "Ph.D. Economics 2012" in answer, answer


def test_a_street_and_postcode_in_a_sidebar_is_where_she_lives() -> None:
    markdown = (
        "# Vanda Farsad\n\nFullstack-Entwickler\n\n## Berufserfahrung\n\n- seit 2020 · "
        "Freiberufliche Entwicklerin\n\n## Ausbildung\n\n### Contact\n\n"
        "✉ Am Inselpark 9, 21109 Hamburg\n\n♂phone +49 172 289 08 37\n"
    )
    assert "21109 Hamburg" in _answer(markdown, "Which city does she live in?")
    server = (
        "# Jean Dupont\n\n34260 La Tour-sur-Orb\n\n## Expérience\n\n### Administrateur\n\n"
        "- Configuration server 2003, 2008 RC2 (10 serveurs)\n"
    )
    answer = _answer(server, "Where is he based?")
    assert "La Tour-sur-Orb" in answer, answer
    assert "2008 RC2" not in answer, answer


def test_a_job_to_dots_is_held_now_under_a_turkish_work_history() -> None:
    markdown = (
        "# Muhammet Şafak\n\nSTAFF DEVELOPER\n\n## İŞ GEÇMİŞİ\n\n#### STAFF DEVELOPER\n\n"
        "Bulutklinik — İstanbul — 2025 - ...\n\n- Mikroservis mimarisi\n\n"
        "#### SENİOR DEVELOPER\n\nBulutklinik — İstanbul — 2022 - 2025\n\n- OAuth 2\n"
    )
    answer = _answer(markdown, "What is his current role?")
    assert "2025 - ..." in answer, answer
    assert "2022 - 2025" not in answer, answer


def test_a_degree_given_with_honours_is_still_a_degree() -> None:
    markdown = (
        "# Wissam Boubkir\n\n## // EXPERIENCE\n\n### IT Supervisor · ECDH · 2024–Present\n\n"
        "- Hardened the network\n\n## // EDUCATION\n\n### English Literature · Bac Libre (SPC) "
        "— Highest Honors\n\n- Faculté des Lettres, Tétouan — 2023–Present · 2021\n"
    )
    answer = _answer(markdown, "What is he studying and where?")
    assert "Faculté des Lettres, Tétouan" in answer, answer


def test_a_year_alone_among_the_headers_contacts_is_the_birth_year() -> None:
    markdown = (
        "# Saber Yazdi\n\nTraining Manager\n\n- saber@example.com · +98 919 607 0718 · Qom, Iran\n"
        "- 1982\n\n## Professional Summary\n\nIT instructor with more than 25 years of "
        "experience.\n"
    )
    answer = _answer(markdown, "What year was he born?")
    assert "1982" in answer, answer


def test_an_age_said_in_russian_with_god() -> None:
    markdown = (
        "# Сергей Банный\n\nСергей Банный, 21 год, Python Backend Developer, Россия, г. Калуга\n\n"
        "## Обо мне\n\nПочта: sebanny@mail.ru\n\nТелефон: +79190350281\n"
    )
    answer = _answer(markdown, "How old is he?")
    assert "21 год" in answer, answer


def test_the_country_before_the_current_jobs_dates() -> None:
    markdown = (
        "# Evan Dean\n\n## Professional experience\n\n**Farm Manager**\n\n"
        "**Pegasus Agvet Farm Mkushi, Zambia October 2021 - Present**\n\n**English Teacher**\n\n"
        "**Apax English Da Nang, Vietnam March 2017- October 2021**\n"
    )
    answer = _answer(markdown, "In which country is he currently working?")
    assert "Zambia" in answer, answer
