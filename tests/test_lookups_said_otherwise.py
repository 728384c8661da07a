"""Facts round377's and round380-383's resumes state in their own way, found as they state them:
a degree asked in English of a resume in Russian, a volunteer's role marked in Turkish, a town
after two columns ran together, a major on a labelled line, a project asked by its title."""

from __future__ import annotations

import json
import re
from pathlib import Path

from resume_chat.answerer.intents import classify
from resume_chat.resume import load_resume
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.pdf.glyphs import glyphs_mended
from tests.test_lookups import answer_text, reply_text

_SETS = Path(__file__).resolve().parent


def _ask(resume: str, question: str) -> str:
    """The answer to a question about one of the held-out sets' real resumes."""
    from resume_chat.answerer.offline import OfflineAnswerer, format_reply

    return "\n".join(format_reply(OfflineAnswerer(load_resume(_SETS / resume)).answer(question)))


def test_a_degree_asked_in_english_is_found_by_its_russian_name() -> None:
    resume = (
        "# Илья Семенков\n\n## ОБРАЗОВАНИЕ\n\n"
        "### Аспирантура, Информатика и вычислительная техника | НИУ ВШЭ | 2021 - 2025\n\n"
        "### Магистратура, Прикладная математика и информатика | НИУ ВШЭ | 2019 - 2021\n\n"
        "### Бакалавриат, Государственное и муниципальное управление | НИУ ВШЭ | 2015 - 2019\n"
    )
    master = reply_text(resume, "What did Илья study for his master's degree?")
    assert master.startswith("[ОБРАЗОВАНИЕ › Магистратура"), master
    bachelor = reply_text(resume, "What did Илья study for his bachelor's degree?")
    assert bachelor.startswith("[ОБРАЗОВАНИЕ › Бакалавриат"), bachelor


def test_the_studies_begun_last_answer_most_recently() -> None:
    resume = (
        "# Jawad\n\n## Education\n\n### South Asian College - Higher Secondary Certificate\n\n"
        "Chittagong. January 2014 - May 2015\n\n### East Delta University - Bachelor\n\n"
        "Chittagong. January 2016 - April 2018\n\n### BRAC University - Bachelor\n\n"
        "Dhaka. May 2018 - October 2022\n"
    )
    answer = reply_text(resume, "Which university did Jawad attend most recently?")
    assert answer.startswith("[Education › BRAC University"), answer


def test_a_degree_further_down_a_list_of_courses_is_quoted() -> None:
    answer = _ask(
        "round381/resumes/markdown-emoji-headings-spanish-product-director.md",
        "What did Manuel study at university?",
    )
    assert "Grado en Física" in answer, answer


def test_languages_asked_of_a_resume_naming_no_code_are_the_spoken_ones() -> None:
    """ "What languages does Andreas know?": no programming language is named, so the tongues
    he lists answer it, not a denial; asked of programming, still denied."""
    resume = (
        "# Andreas Jacob\n\n## LANGUAGES KNOW:\n\n**English,Malayalam**\n\n## HOBBIES:\n\nWriting\n"
    )
    assert "Malayalam" in reply_text(resume, "What languages does Andreas know?")
    denied = reply_text(resume, "What programming languages does Andreas know?")
    assert denied.startswith("The resume does not list programming languages"), denied


def test_a_name_in_chinese_after_in_the_is_looked_up_as_written() -> None:
    resume = (
        "# 邓冬勤\n\n## 校园经历\n\n- 2019-2020学年度荣获“三好学”\n\n"
        "- 2020-2021学年度在“蓝桥杯”中荣获“省级三等奖”\n\n"
        "- 2020-2021学年度在“中国软件杯”中荣获“国级三等奖”\n"
    )
    answer = reply_text(resume, "What prize did 冬勤 win in the 蓝桥杯 competition?")
    assert answer.startswith("[校园经历 › 2020-2021学年度在“蓝桥杯”"), answer


def test_a_role_marked_volunteer_in_its_heading_witnesses_volunteering() -> None:
    resume = (
        "# dilara CANATA\n\n## ÖĞRETMENLİK DENEYİMİ\n\n### Türkçe Öğretmeni 2016-2018\n\n"
        "Ortaokul öğrencilerine Türkçe dersleri veriyor.\n\n"
        "### Türkçe Öğretmeni (Gönüllü) 2017-Halen\n\n"
        "TEOG ağırlıklı olmak üzere vakıf çocuklarına Türkçe dersi veriyor.\n"  # noqa: RUF001
    )
    answer = reply_text(resume, "Where does dilara volunteer?")
    assert answer.startswith("[ÖĞRETMENLİK DENEYİMİ › Türkçe Öğretmeni (Gönüllü)"), answer


def test_a_town_ending_a_line_two_columns_ran_together_is_where_one_is_from() -> None:
    """ "… (10th Nov 1998) Hasanpur, Uttar Pradesh, India" beside the phone; not the goal's
    "WEB DEVELOPMENT, Python Frameworks", whose comma reads like a town's."""
    resume = (
        "# Aman Agarwal\n\nLooking for freelancing opportunities in the field of WEB "
        "DEVELOPMENT, Python Frameworks, APIs\n\n## Projects\n\n### Shopify app — Jun 2018\n\n"
        "Birla Institute Of Technology, Mesra 19, Male (10th Nov 1998) Hasanpur, Uttar Pradesh, "
        "India\n\n+91 (821) -893 2177\n\nEmail: aman@example.com\n"
    )
    answer = reply_text(resume, "Where is Aman from?")
    assert "Hasanpur" in answer, answer


def test_a_trades_word_is_found_in_the_resumes_language() -> None:
    """ "hours" and "specialisation" of "Especialização … 360 horas"; "baccalauréat" of "Bac
    scientifique" in a French CV printed from a browser, whose languages come first."""
    resume = (
        "# Oldair\n\n## ESPECIALIZAÇÃO\n\n"
        "Curso de Especialização: Recursos Hídricos, com carga horária de 360 horas.\n\n"
        "Curso em Gestão Escolar, com carga horária de 1.000 horas.\n"
    )
    answer = reply_text(resume, "How many hours was his specialisation in water resources?")
    assert "360 horas" in answer.split("\n[")[0], answer
    answer = _ask(
        "round380/resumes/pdf-browser-print-french-telecom-engineering-student.pdf",
        "Which baccalauréat did Charles obtain and with which honours?",
    )
    assert "Mention Très Bien" in answer, answer


def test_a_summary_saying_what_one_is_finishing_answers_what_one_studies() -> None:
    resume = (
        "# Edward Gilbert\n\n## Summary\n\n- Finishing an integrated mathematics masters at the "
        "University of Warwick, having gained a first overall.\n\n## Qualifications\n\n"
        "- Maths, Further Maths, Physics and Economics A-levels all at A*.\n"
    )
    answer = reply_text(resume, "What is Edward studying and where?")
    assert answer.startswith("[Summary]\n> - Finishing an integrated mathematics masters"), answer


def test_a_major_is_its_labelled_line() -> None:
    resume = (
        "# Chengyu Qian\n\n## Education\n\n### Name of university: UESTC\n\n"
        "Dates of study: Sep.2014 – June 2018\n\nDegree level: Bachelor\n\n"
        "Degree major: Software Engineering\n"
    )
    answer = reply_text(resume, "What is Chengyu's major?")
    assert "Degree major: Software Engineering" in answer.split("\n")[1], answer


def test_what_one_is_currently_learning_is_no_job() -> None:
    assert classify("Which Linux distribution is Maximo currently learning?").name != "current"
    assert classify("Where does Maximo work currently?").name == "current"


def test_where_the_current_job_is_asks_of_the_job() -> None:
    resume = (
        "# Roy van Neden\n\nInteraction designer uit Leidschendam woonachtig in Den Haag.\n\n"
        "## Werkervaring\n\n### Front-end developer\n\nCODE - a Shopify Plus agency  \n"
        "Okt. 2019 - heden  \nDelft\n\n### Interaction designer\n\nPluut  \n"
        "Feb. 2015 – sep. 2019  \nDen Haag\n"
    )
    assert classify("In which city is Roy's current job located?").name == "current"
    assert "Delft" in reply_text(resume, "In which city is Roy's current job located?")


def test_the_employer_under_a_quoted_title_comes_with_it() -> None:
    answer = _ask(
        "round269/resumes/pdf-quartz-ux-researcher.pdf", "Where did they build Android apps?"
    )
    assert "INOVA IT Systems" in answer, answer


def test_a_resume_in_cyrillic_says_since_and_now_its_own_way() -> None:
    resume = (
        "# Илья\n\n# С 2020 по настроящий момент [Belodezhda.ru] Брест\n\n"  # noqa: RUF001
        "Интернет магазин женской одежды.\n\n# 2018-2019 [MotionTribe] Брюссель\n\n"
        "Сервис по аренде фото-видео техники.\n"
    )
    answer = reply_text(resume, "Where does Илья work now?")
    first = answer.split("\n", 1)[0]  # the first quote's citation: the job held now
    assert "С 2020 по настроящий момент [Belodezhda.ru]" in first, answer  # noqa: RUF001
    assert re.search(DATE_SPAN, "С марта 2019 [GuruWalk] Валенсия")  # noqa: RUF001
    assert re.search(DATE_SPAN, "Technische Universität Darmstadt · Oct. 2022 - vsl. Apr. 2026")


def test_front_matter_for_r_markdown_output_is_no_fact() -> None:
    resume = (
        "---\noutput:\n  word_document: default\n  html_document:\n    css: style.css\n---\n"
        "# Gustavo Bayón\n\n## Situación Profesional Actual\n\n- Puesto · Research Engineer\n"
        "- Organismo · ArcelorMittal\n"
    )
    answer = reply_text(resume, "Where does Gustavo work now?")
    assert "style.css" not in answer, answer
    assert "default" not in answer, answer
    assert answer.startswith("[Situación Profesional Actual]"), answer


def test_a_field_in_two_languages_reads_as_its_value() -> None:
    from resume_chat.resume.jsonresume.freeform_values import translations_joined

    data = json.loads(
        '{"education": [{"institution": {"de": "Technische Hochschule Deggendorf", '
        '"en": "Deggendorf Institute of Technology"}, "to": "2017", "id": {"to": "x", "at": "y"}}]}'
    )
    joined = translations_joined(data)["education"][0]
    assert joined["institution"] == (
        "Technische Hochschule Deggendorf / Deggendorf Institute of Technology"
    )
    assert joined["id"] == {"to": "x", "at": "y"}  # two letters, but no languages' codes


def test_a_control_character_a_font_draws_is_a_space() -> None:
    """ "Engineer \\x15 Aerospace": one space, so the line still reads as a job's heading of
    twelve words ("Asa Branca Rocket Design - … Engineer Aerospace Subsystems")."""
    assert glyphs_mended("Telemetry Engineer \x15 Aerospace") == "Telemetry Engineer Aerospace"
    assert glyphs_mended("\x88 Helped develop").strip() == "Helped develop"
    text = (
        "André Aleixo\n\nProfessional Experience\n\nAingura IIoT - System Engineer\n\n"
        "Bilbao, Spain March 2020 - December 2021\n\nBuilt the edge platform.\n\n"
        "Asa Branca Rocket Design - Embedded Systems & Telemetry Engineer Aerospace "
        "Subsystems\n\nRecife, Pernambuco March 2018 - July 2019\n\nHelped develop telemetry.\n"
    )
    answer = answer_text(text, "Which company did André work for in 2018?", "text")
    assert "Asa Branca" in answer, answer
