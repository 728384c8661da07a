"""Plain questions the last stop's second wave answered wrong (round384-387's first runs): an
identifier taken for a phone, a name's initials for an acronym, a place's dates without the
job, a line of contacts for an address, a licence bought for one held, a country club and a
school's "Society" for volunteering, two jobs named alike, and "received" as a search word."""

from __future__ import annotations

from tests.test_lookups import answer_text

_RESEARCHER = """# Dilek Küçük

Web: https://dkucuk.github.io/

ORCID: 0000-0003-2656-1300

Scopus Author ID: 25652213800

## Experience

### Researcher – TÜBİTAK MAM (2022 – Halen)

- Stance detection
"""


def test_an_identifier_labelled_id_is_no_phone() -> None:
    answer = answer_text(_RESEARCHER, "What is Dilek's phone number?")
    assert answer.startswith("The resume does not"), answer


_SHANE = """# Shane Nisley

Salt Lake City, UT | shane.nisley@utah.edu

## Work Experience

### Hometown Industries – Lincoln, NE

- Negotiated and closed a software license agreement for an omnichannel marketing platform
- Established partner relationship with Amazon, gaining a seat to offer clients DSP
"""


def test_a_name_s_initials_spell_no_acronym_and_a_licence_bought_is_none_held() -> None:
    """ "Does Shane … professional …" is no "DSP"; a software license agreement closed is
    no licence held."""
    answer = answer_text(_SHANE, "Does Shane hold any professional certifications?")
    assert answer.startswith("The resume does not"), answer


_PIANIST = """# Christopher Example

## Research Experience

- Stanford Cognitive Systems Neuroscience Lab – Palo Alto CA · May 2017 - Present
- Research Assistant

## Other Work Experience

- STEM CAMP – Medford, MA · July 2013 - August 2015
- Founder/Head Teacher - Engineering Summer Camp
- Wrote and implemented 450 hours of STEM curriculum.
- The Piano Van – New Zealand · October 2015 - May 2017
- Self Employed – Pianist
- Converted cargo vans into campers with custom system for transporting a piano.
"""


def test_what_was_done_in_a_time_named_brings_the_title_under_its_dates() -> None:
    answer = answer_text(_PIANIST, "What did Christopher do between October 2015 and May 2017?")
    assert "Pianist" in answer, answer


_LEON = """# Leon Frickensmith

leonfrickensmith@gmail.com github.com/lfricken 217 255 0626

## Experience

### Software Developer - Epic Systems - 2016 to Present

- Led development of a shared view framework
"""


def test_a_line_of_contacts_alone_says_nowhere() -> None:
    answer = answer_text(_LEON, "Where does Leon live?")
    assert answer.startswith("The resume does not"), answer


_LUCA = """# Luca Example

## Summary

I work tirelessly to achieve my goals.

## Experience

### Assistant Software Engineer — SaTech / Country Club: El Tipal

- Helped build a security system for a country club using Arduinos

## Education

### Computer Science — Open Source Society University

2024-07 – 2027-07
"""


def test_a_country_club_or_a_society_university_is_no_volunteering() -> None:
    answer = answer_text(_LUCA, "Has Luca done any volunteer work?")
    assert answer.startswith("The resume does not"), answer


_ECONOMIST = """# Ana Example

## Professional Experiences

### En Via (Microfinance foundation) · Oaxaca, Mexico

- Volunteer. Main activities: Survey and statistical work · Jul 2015 - Sept 2015

### Bocconi University · Research Assistant

- Data cleaning

## Other Activities

Student Affiliate at the Laboratory for Effective Anti-Poverty Practices (2017-2019)
"""


def test_volunteering_said_outright_comes_before_activities_that_do_not_say_it() -> None:
    answer = answer_text(_ECONOMIST, "Has she done any volunteer work?")
    assert answer.startswith("[Professional Experiences › En Via"), answer


_EMILIANO = """# Emiliano Example

## Berufserfahrung

### Java Chapter Lead / Line Manager

**eos.uptrade GmbH** · 02/2025 – heute

- Leitung des Java Chapters mit rund 22 Entwicklern

## Lehre

### Dozent für Java und KI-Automation

**Volkshochschule Leer** · nebenberuflich · 08/2024 – heute
"""


def test_of_two_jobs_named_alike_the_one_the_question_describes_comes_first() -> None:
    """ "Where does he teach Java?": both jobs name Java; "Dozent" is one who teaches."""
    answer = answer_text(_EMILIANO, "Where does Emiliano teach Java on the side?")
    assert answer.startswith("[Lehre › Dozent für Java"), answer


_AWARDS = """# Byungwoo Example

## Summary

I received a high-quality education at a lower cost and want to give back.

## Experience

### CTO — Example Corp (2020 – Present)

- Led the platform team
"""


def test_received_is_no_word_to_search_an_award_by() -> None:
    answer = answer_text(_AWARDS, "What awards has Byungwoo received?")
    assert answer.startswith("The resume does not"), answer


_MIRANDA = """# Miranda Chan

- phone (236) 867-1850 | mirandachanct@gmail.com | linkedin miranda-chan

## Experience

- Full Stack Software Engineer Intern, MailChannels · Sep 2021 – May 2022

## References

Available on request.
"""


def test_how_she_can_be_contacted_asks_for_her_contacts() -> None:
    answer = answer_text(_MIRANDA, "How can she be contacted?")
    assert "mirandachanct@gmail.com" in answer, answer


_GENG = """# 耿硕

## 教育背景

### 2018-2023 青岛大学 临床医学学士

### 出版物

1. Sun Y, Geng S, Fu C, Song X. Causal relationship between affect and risk.

### 课程和技能

- 软件 · Python 和 R
"""


def test_languages_or_software_asked_of_a_chinese_resume_are_its_languages() -> None:
    """ "软件" is software: the question's lower-case word is no name to deny, and an
    author's initial "C" in a paper is no language."""
    answer = answer_text(_GENG, "Which programming languages or software does he use?")
    assert answer.startswith("[教育背景 › 课程和技能]") or answer.startswith("[课程和技能]"), answer
    assert "Python" in answer, answer


_GRAYSON = """# Grayson Quinn

## Education

### Bachelor’s Degree (Psychology)

Mississippi State University

07/2017 - 04/2021

## Experience

### Research Assistant

Mississippi State University | 09/2020 - 04/2021

- Assist the Head Researcher in experiments
"""


def test_what_he_did_at_a_university_is_his_job_there_first() -> None:
    answer = answer_text(_GRAYSON, "What did he do at Mississippi State University?")
    assert answer.startswith("[Experience › Research Assistant]"), answer
    studied = answer_text(_GRAYSON, "What did he study at Mississippi State University?")
    assert studied.startswith("[Education"), studied


_QUINN = """# Grayson Quinn

Front End Developer

## Experience

### HR Coordinator

Canopy Children’s Solutions | 01/2022 - 09/2022

## Skills

- Git
- React
"""


def test_the_title_he_uses_for_himself_is_his_headline() -> None:
    """ "… use for himself": how he calls himself, not what tools he uses."""
    answer = answer_text(_QUINN, "What job title does he use for himself?")
    assert answer.startswith("[Grayson Quinn] Front End Developer"), answer


_JOSE = """# José Holguín

## Habilidades

- **Desarrollo de Bases de datos**
  - Xampp: 50%
  - MySQL: 35%
- **Creación de Publicidad Empresarial**
  - Photoshop: 10%
"""


def test_a_local_database_server_is_a_database_tool() -> None:
    answer = answer_text(_JOSE, "Which database tools has he used?")
    assert "Xampp" in answer, answer
    assert "MySQL" in answer, answer


def test_the_field_a_chinese_form_says_he_applies_for_is_his_goal() -> None:
    """ "拟申请专业" (the major he intends to apply for), the fifth field of the header."""
    resume = (
        "# 耿硕\n\n- 姓名 · 耿硕 · 年龄 · 24 岁\n- 所学专业 · 临床医学\n- 邮箱 · a@b.cn\n"
        "- ORCID · 0000-0003-0075-6070\n- 拟申请专业 · 生物信息学、计算生物学大类\n\n"
        "## 教育背景\n\n2018-2023 青岛大学 临床医学学士\n"
    )
    answer = answer_text(resume, "What field does he want to apply for?")
    assert "生物信息学" in answer, answer


_COURSES_FIRST = """# Juan Pablo Addeo

## Education

### Cursos in Freelance — Linkedin Learning

2021-01-01 – 2021-02-01

### Cursos in Freelance — Udemy

2018-01-01 – 2021-03-01

### Ingeniero en Sistemas — Universidad Tecnológica Nacional (UTN)

2006-01-01 – 2018-08-01
"""


def test_which_university_answers_with_the_studies_at_one_first() -> None:
    answer = answer_text(_COURSES_FIRST, "Which university did Juan Pablo attend?")
    assert answer.startswith("[Education › Ingeniero en Sistemas — Universidad"), answer


_HEEYEON = """# ✔ INFO

## 🙍‍♂️ 이희연

- Java & Spring 기반 Backend 개발자 (2017 ~ )
- 소프트웨어 공학 학사

## 📂 이력사항

- **인플루언서 검색 개발@NAVER Corp (Sep 2021 - Present)**
  - 마이크로서비스 & 이벤트 드리븐 아키텍처 기반 Backend 개발
- **카탈로그 데이터 개발@Wemakeprice(Jul 2020 - Aug 2021 · 1 yr 2 mos)**

## 🔨 개발 환경

- Java, Kotlin, Spring Boot
"""


def test_a_name_in_hangul_is_no_spelling_of_every_hangul_word() -> None:
    """ "희연" has no Latin letters; squashed to those, it met every Korean word of the resume,
    and all of them were searched for."""
    from resume_chat.answerer.index import ResumeIndex
    from resume_chat.answerer.outline import outline
    from resume_chat.resume import parse_resume

    parsed = parse_resume(_HEEYEON)
    index = ResumeIndex(outline(parsed), parsed.name)
    assert index.expand(["희연"]) == ["희연"]
    answer = answer_text(_HEEYEON, "What degree does 희연 hold?")
    assert "소프트웨어 공학 학사" in answer, answer


_FIELD_ASSISTANT = """# Sam Example

## Work experience

- Volunteer Field Assistant
- Rock Creek National Park
- Mapping social trail networks with GPS

- Research Assistant
- University of Maryland

## Service and leadership

- Currently signed in to 43 different slack teams
"""


def test_a_volunteer_role_said_outright_comes_with_where_it_was() -> None:
    answer = answer_text(_FIELD_ASSISTANT, "Have they done any volunteer work?")
    assert "Volunteer Field Assistant | - Rock Creek National Park" in answer, answer
