# ruff: noqa: RUF001, RUF002, RUF003 - resume text in Slovenian and Russian, as written
"""What round541-546's first runs denied or could not read: a French "M1" (a master's year), a
Slovenian plain-text CV whose sections are drawn between dashes, a Spanish "carnet de coche",
"C#" typed with a Cyrillic С, a certificate kept under "Cursussen", and an owner's JSON kept
under "perfil" with its sections titled "nombre"."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.model import build_resume


def _answer(text: str, name: str, question: str) -> str:
    path = Path(name)
    resume = build_resume(read_resume_bytes(text.encode(), path), path)
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


def test_a_french_master_year_is_a_masters() -> None:
    resume = (
        "# Leonardo Bianco\n\n## Education\n\n- Université Paris-Saclay Orsay, France\n"
        "- M1 Applied Mathematics · 2020 – 2021\n\n"
        "- University of Campinas (Unicamp) Campinas, Brazil\n"
        "- Bachelor’s degree in Mathematics & Physics · 2016 – 2019\n"
    )
    answer = _answer(resume, "cv.md", "What master's programme did Leonardo follow?")
    assert "does not mention" not in answer, answer


_SLOVENIAN = """Janez Novak

-------drugo---------------
Seminar za spletni marketing

------------spretnosti/znanja--------------
jeziki:
\taktivna: slovenščina, angleščina
\tpasivna: nemščina, italijanščina
vozniški izpit: kategorije AM,A1,B,G

------šolanje------------
Univerza v Ljubljani, Fakulteta za računalništvo in informatiko UNI

-------zaposlitev----------
prodaja rož v cvetličarni
ureditev pokopališč
"""


def test_a_slovenian_cv_of_dashed_sections_answers_in_its_words() -> None:
    jobs = _answer(_SLOVENIAN, "cv.txt", "What jobs has he done so far?")
    assert "prodaja rož v cvetličarni" in jobs, jobs
    spoken = _answer(_SLOVENIAN, "cv.txt", "Which languages does he speak actively?")
    assert "slovenščina" in spoken, spoken
    driving = _answer(_SLOVENIAN, "cv.txt", "Does he have a driving licence?")
    assert "AM,A1,B,G" in driving, driving


def test_a_spanish_car_licence_is_a_driving_licence() -> None:
    resume = (
        "# Iván García\n\n## Movilidad\n\n### Carnet de coche\n\n"
        "Posesión del carnet B1 desde Septiembre de 2013.\n\n## Experiencia\n\n- Desarrollador\n"
    )
    answer = _answer(resume, "cv.md", "Does Iván have a driving licence, and since when?")
    assert "2013" in answer, answer


def test_c_sharp_typed_with_a_cyrillic_letter_is_c_sharp() -> None:
    resume = (
        "# Бобряшов Г.М.\n\n## Навыки\n\n"
        "- С# - Базовый уровень: Написание консольных приложений, работа в WinForm\n"
        "- 1С – Начальный уровень\n"
    )
    answer = _answer(resume, "cv.md", "What is his level in C#?")
    assert "Базовый уровень" in answer, answer
    # A word all in Cyrillic letters stays one: no C# is made of "ОС" (an OS).
    assert "does not mention" in _answer(resume, "cv.md", "Has he used Rust?")


def test_a_certificate_kept_under_courses_is_quoted_not_denied() -> None:
    resume = (
        "# Maarten Robberegt\n\n## Werkervaring\n\n- Host/Personal Trainer · 2018 - heden\n\n"
        "## Cursussen\n\n- BHV/EHBO · 2018 - heden · The Real Gym\n"
    )
    answer = _answer(resume, "cv.md", "Does he have a first-aid certificate?")
    assert "BHV/EHBO" in answer, answer


def test_an_owners_json_under_a_sections_word_is_read_with_the_full_name() -> None:
    data = {
        "perfil": {
            "persona": {"nombre": "Ricardo Emmanuel", "apellido": "Sánchez Martínez"},
            "perfil": "Estudiante de Ingeniería en Sistemas Computacionales.",
            "educación": {"institución": "Universidad Politécnica de Querétaro"},
            "apartados": {
                "seccion": [
                    {"nombre": "EXPERIENCIA EN PROYECTOS", "contenido": [{"nombre": "SIIA"}]},
                    {"nombre": "IDIOMAS", "contenido": [{"nombre": "INGLÉS B2"}]},
                ]
            },
        }
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("cv.json"))
    assert reading.name == "Ricardo Emmanuel Sánchez Martínez", reading.markdown
    assert "## IDIOMAS" in reading.markdown, reading.markdown
    assert "Universidad Politécnica de Querétaro" in reading.markdown, reading.markdown


def test_a_degree_said_in_the_summary_is_no_education_missing() -> None:
    resume = (
        "# Albi Dode\n\n## Summary\n\nIT Administrator with over 10 years of experience. Holds "
        "a Master of Science in Software Engineering.\n\n## Experience\n\n"
        "### System Administrator — Hudson Park Primary School\n\n- Ran the school's network.\n"
    )
    answer = _answer(resume, "cv.md", "What degree does he hold?")
    assert "has no education" not in answer, answer
    assert "does not mention" not in answer, answer


def test_who_a_career_history_is_for_asks_the_name() -> None:
    resume = (
        '<div style="text-align: center">\n職務経歴書\n</div>\n<div style="text-align: right">\n'
        "Yuki Suzuki\n</div>\n\n## ■ 職務経歴概要\n\n- Web エンジニア（2019/05〜現在）5 年\n"
    )
    answer = _answer(resume, "cv.md", "Who is this 職務経歴書 for?")
    assert "Yuki Suzuki" in answer, answer
    assert "Suzuki" in _answer(resume, "cv.md", "Whose CV is this?")


def test_languages_named_in_vietnamese_are_those_languages() -> None:
    resume = (
        "# Bùi Hoàng Tú\n\n## Kinh nghiệm\n\n- Lập trình viên back-end, 2023\n\n"
        "## Ngôn ngữ\n\n- Tiếng Pháp: B1\n- Tiếng Anh: 7.5 IELTS\n"
    )
    answer = _answer(resume, "cv.md", "Does he speak French, and at what level?")
    assert "Tiếng Pháp: B1" in answer, answer
