# ruff: noqa: RUF001, RUF002 - resume text in Cyrillic and Japanese, as written
"""What round532-540's first runs answered wrong: a job's dates set above its title when the
first says only "Current", "In which years…" not asked as when, a Polish town declined ("w
Piszu") denied as "Pisz", and places and phones written as forms and headers write them
("site.io Kwinana, WA 6167", "г. Новосибирск", "1203 Geneva (Switzerland)", "080（ 3894） 3297")."""

from __future__ import annotations

from tests.test_answer_round396 import reply_text as _answer

_DATES_ABOVE = """# Catherine Zhang

## Occupation

`Current`

__Postdoctoral Teaching Scholar__, North Carolina State University

- Teaching bioprocessing courses

`2013-2015`

__Chief Scientist__, HYX Biotech LLC

`2012-2013`

__Environmental Engineer/Data Analyst__, Waterborne Environmental Inc.

## Education

`2007 - 2012`
__University of Illinois at Urbana-Champaign__

Ph.D. in Environmental Engineering

`2005 - 2007`
__Tsinghua University__

M.S. in Environmental Science
"""


def test_dates_above_each_title_date_that_job_when_the_first_says_current() -> None:
    answer = _answer(_DATES_ABOVE, "What was her role at HYX Biotech and when?")
    quoted = answer.split("[", 2)[1]  # the first entry quoted
    assert "Chief Scientist" in quoted, answer
    assert "2013-2015" in quoted, answer
    assert "2012-2013" not in quoted, answer


def test_which_years_asks_when() -> None:
    answer = _answer(_DATES_ABOVE, "In which years was she a Ph.D. student?")
    assert "2007 - 2012" in answer, answer


_POLISH = """# Grzegorz Duliński

## Doświadczenie

- 08.2017 - obecnie · Komenda Powiatowa Państwowej Straży Pożarnej w Piszu · Dowódca zastępu
- 09.2015 - 06.2017 · Szkoła Aspirantów Państwowej Straży Pożarnej w Krakowie
"""


def test_a_town_declined_in_the_resumes_language_is_no_absent_name() -> None:
    answer = _answer(_POLISH, "Since when has he worked at the fire service in Pisz?")
    assert "does not mention" not in answer, answer
    assert "08.2017" in answer, answer
    # A town the resume never names, in any case, is still absent.
    assert "does not mention" in _answer(_POLISH, "Has he worked in Gdansk?")


def test_a_town_state_and_postcode_after_a_site_is_where_she_lives() -> None:
    resume = (
        "# Marina Sichova\n\n## Profile\n\n+(61)-433-881-789\n\nmarina@example.com\n\n"
        "marinadotnet.github.io Kwinana, WA 6167\n\nJunior developer.\n\n"
        "## Skills\n\nC#, SQL\n"
    )
    answer = _answer(resume, "Where is she located?")
    assert "Kwinana, WA 6167" in answer, answer


def test_a_town_marked_the_russian_way_in_the_contacts_is_where_he_lives() -> None:
    resume = (
        "## Алексей Холин 34 года\n\nАналитик данных\n\n## Контакт\n\n##### @kh_aleksei\n\n"
        "kholin@example.ru\n\n##### github.com/AlekseiKholin\n\n"
        "##### г. Новосибирск (GMT+7)\n\n## Опыт работы\n\n### Аналитик\n\nСентябрь 2016 – н.в.\n"
    )
    answer = _answer(resume, "Which city is he in?")
    assert "Новосибирск" in answer, answer
    assert "github" not in answer, answer  # the town, not every contact line


def test_a_postcode_and_town_in_the_header_is_where_he_lives() -> None:
    resume = (
        "# Alejandro Ayllón\n\nSoftware Engineer\n\n"
        "27 Promenade de l'Europe · 1203 Geneva (Switzerland)\n\n"
        "## Project details\n\n### Euclid\n\nKeywords: C++14, Python, Sanitizers "
        "(AddressSanitizer, ThreadSanitizer), Coverity\n\n"
        "## Work experience\n\n### 2018 – 2022 · Analyst · University of Geneva\n"
    )
    answer = _answer(resume, "In which city does he live?")
    assert "1203 Geneva" in answer, answer
    assert "Keywords" not in answer, answer


def test_a_phone_with_full_width_brackets_is_a_phone() -> None:
    resume = (
        "# 中山 誠司\n\n- 自宅電話番号： （ · ） · 携帯電話番号 ：080（ 3894） 3297\n"
        "- E-mail · kd1324289@example.jp\n\n## 学歴\n\n- 2019 年 4 月 · 神戸電子専門学校 入学\n"
    )
    answer = _answer(resume, "What is his mobile phone number?")
    assert "3894" in answer, answer
    assert "3297" in answer, answer


_TOOLS_ONLY = """# Matthew Baker

## Skills

PHP, Laravel, MySQL, AWS (EC2, S3), Docker

## Experience

### PHP Developer · Acme Web · 2019 - Present

- Moved the shop to AWS.
"""


def test_a_certification_asked_of_a_tool_listed_only_is_said_unmentioned() -> None:
    answer = _answer(_TOOLS_ONLY, "Does Matthew Baker hold an AWS certification?")
    assert answer.startswith("The resume does not mention a certification in AWS"), answer
    assert "AWS (EC2, S3)" in answer, answer  # what it does say of AWS, quoted


def test_a_certification_the_resume_holds_is_never_said_unmentioned() -> None:
    held = _TOOLS_ONLY + "\n## Certifications\n\n- Solutions Architect – Associate (Amazon AWS)\n"
    answer = _answer(held, "Does Matthew Baker hold an AWS certification?")
    assert "does not mention" not in answer, answer
    assert "Solutions Architect" in answer, answer
    # Named by its letters: "CKA" is the Certified Kubernetes Administrator.
    lettered = _TOOLS_ONLY + "\n## Training\n\n- Kubernetes: CKA (2023)\n"
    answer = _answer(lettered, "Is he a Certified Kubernetes Administrator?")
    assert "does not mention" not in answer, answer
    # A longer name holding it may be a certificate's, the word "certificate" unsaid.
    named = _TOOLS_ONLY + "\n## Courses\n\n- AWS Academy Cloud Foundations (2022)\n"
    assert "does not mention" not in _answer(named, "Does he have an AWS certification?")
    # A line saying "certified" of the thing, in any section.
    said = _TOOLS_ONLY.replace("- Moved the shop to AWS.", "- AWS certified since 2021.")
    assert "does not mention" not in _answer(said, "Does he hold an AWS certification?")
