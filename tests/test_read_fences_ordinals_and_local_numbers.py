# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""A resume's data fenced as code at the top of a page, an ordinal raised in small type, an
eight-digit local phone number, a Spanish "Historial Académico", a school and a birth year
among a Japanese page's personal details: learned from round356-round359's held-out files
(a Flemish page fenced by "~~~", a LaTeX PDF, a Salvadoran Word CV, a shokumu keirekisho)."""

from __future__ import annotations

import re
from pathlib import Path

from resume_chat.answerer.credentials import SCHOOL
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.pdf.reader import read_pdf
from resume_chat.resume.text import read_text
from tests.documents import helvetica_page
from tests.test_lookups import answer_text

_FENCED = """~~~
name: Karel Decherf
contact:
  email: karel.decherf@gmail.com
workExperience:
  - role: Webontwikkelaar
    company: 'Visitronics NV, Leuven'
    period: 01/2001 – 08/2001
  - role: Magazijnier
    company: 'IKEA, Ternat'
    period: 03/1998 – 01/2001
~~~

### Profiel

Gedreven IT-professional.

### Talen

* **Nederlands:** Moedertaal
"""


def test_a_page_opening_with_its_data_fenced_as_code_reads_it_as_front_matter() -> None:
    reading = read_markdown(_FENCED)
    assert reading.name == "Karel Decherf", reading.markdown
    assert "### Magazijnier — IKEA, Ternat" in reading.markdown, reading.markdown
    answer = answer_text(reading.markdown, "Which company did Karel work for in 1999?")
    assert "IKEA" in answer.splitlines()[0], answer


def test_a_fence_of_code_is_still_code() -> None:
    markdown = read_markdown(
        "# Ana Silva\n\n## Projects\n\n```\nmain: build\n\tgo build ./...\n```\n"
    ).markdown
    assert "main: build" in markdown, markdown


def test_a_raised_ordinal_stays_with_its_number() -> None:
    """round358's LaTeX CV: "11" then "th" in 7 pt, 3.6 pt up: the date read "11 December"."""
    runs = [(72, 682.7, 10, "Date of Birth"), (158, 682.7, 10, "11"),
            (169.2, 686.3, 7, "th"), (181, 682.7, 10, "December 2001")]  # fmt: skip
    content = "".join(f"BT /F1 {s} Tf 1 0 0 1 {x} {y} Tm ({t}) Tj ET " for x, y, s, t in runs)
    raw = helvetica_page(content)
    markdown = read_pdf(raw, Path("cv.pdf")).markdown
    assert "11th December 2001" in markdown, markdown


_STUDENT = """# Juan Carlos Martínez Torres

Jeancmt79@gmail.com

#### 7967-2910

## Historial profesional

Ninguno

## Historial Académico

Ing. en sistemas y redes informáticas - Universidad Gerardo Barrios 2020 – actualidad.
"""


def test_an_eight_digit_local_number_is_a_phone_number() -> None:
    answer = answer_text(_STUDENT, "What is Juan Carlos's phone number?")
    assert "7967-2910" in answer, answer
    assert "does not" not in answer, answer
    answer = answer_text(
        "# Ana\n\n## Experience\n\n2019-2021 Acme\n", "What is Ana's phone number?"
    )
    assert "does not" in answer, answer  # two years are no number


def test_historial_academico_holds_the_studies() -> None:
    answer = answer_text(_STUDENT, "What degree is Juan Carlos studying for?")
    assert answer.startswith("[Historial Académico] Ing. en sistemas y redes"), answer


_SHOKUMU = """# 職務経歴書

## 基本情報

- 氏名: 後藤泰陽
- HN: 小野マトペ
- ID:
  - GitHub: matope
  - Qiita: ono_matope
- 出身大学: 法政大学情報科学部
- 生年: 1984

## 職務経歴

### ヤフー株式会社 (2008/4 - )

- システム統括本部でID関連システムの開発
"""


def test_a_school_and_a_birth_year_among_the_personal_details() -> None:
    answer = answer_text(_SHOKUMU, "Which university did 泰陽 attend?")
    assert "法政大学" in answer, answer
    answer = answer_text(_SHOKUMU, "In which year was 泰陽 born?")
    assert "1984" in answer, answer


_SOLDIER = """# Joshua A. Roche

## Professional Experience

### United States Army - Staff Sergeant

1 August 2001 to 1 September 2021

#### SATCOM Operations NCO

April 2019 to September 2021 (40hr/week)

Responsibilities include:
    • Advanced troubleshooting for 30 WIN-T Inc 1 SATCOM systems
Achievements:
    • 5GTI system integration and troubleshooting for 30 systems

#### Instructor/Writer for 25S Advanced Individual Training

January 2015 to February 2018 (40hr/week)
Bravo Company, 551st Signal Battalion
"""


def test_a_text_files_hash_headings_keep_their_depths() -> None:
    """round359's .txt in Markdown's "#" headings: every one read as "##", and "Achievements:"
    inside a job as a section, put the jobs after it out of the Experience section."""
    markdown = read_text(_SOLDIER).markdown
    assert "\n#### Instructor/Writer for 25S" in markdown, markdown
    assert "\n##### Achievements\n" in markdown, markdown
    answer = answer_text(markdown, "What was Joshua's role in 2016?")
    assert "Instructor/Writer" in answer.splitlines()[0], answer


_ENGINEER = """# Bryan Wilcutt

## Work Experience

### Embedded Software Engineering Manager

IDEX Corporation - Kansas City, MO

September 2018 to March 2019

- Team lead of software development on the IQ Register product.
- This product went on to win the 2019 International Fueler's Design Award.
"""


def test_a_job_in_a_year_is_quoted_with_its_employer() -> None:
    """round356's LibreOffice CV: the year's lines alone left out "IDEX Corporation"."""
    answer = answer_text(_ENGINEER, "Which company did Bryan work for in 2019?")
    assert "IDEX Corporation" in answer, answer


def test_a_house_number_ending_in_a_letter_runs_on_to_the_town() -> None:
    """round356's German CV: "Anschrift · Földerichstr. 50A" over "13595 Berlin"."""
    resume = (
        "# Laurynas Puskunigis\n\n## Persönliche Daten\n\n- Name · Laurynas Puskunigis\n"
        "- Anschrift · Földerichstr. 50A\n- 13595 Berlin\n- Tel. · 015901634952\n"
    )
    answer = answer_text(resume, "Which city does Laurynas live in?")
    assert "13595 Berlin" in answer, answer


_PANDOC = """---
title: Curriculum Vitae - Lorenzo Giuliani
---

# Informationi Personali

## Github

<https://github.com/zenlor>

# Capacità Tecniche

## Linguaggi

Esperto
:   node.js, Clojure, POSIX Shell, lisp

Conosciuti
:   Java, Go, C/C++, Python

# Esperienze Lavorative

## Nov 2019 - Present

**Senior SRE**, Malwarebytes Inc, Perugia, Italy
"""


def test_a_pandoc_cv_titled_curriculum_vitae_and_a_name() -> None:
    """round357's Italian pandoc CV: its title named the person after "Curriculum Vitae -"; its
    "Linguaggi" are programming languages, asked for at a level the question names."""
    reading = read_markdown(_PANDOC)
    assert reading.name == "Lorenzo Giuliani", reading.markdown
    answer = answer_text(reading.markdown, "Which programming languages is Lorenzo an expert in?")
    assert answer.startswith("[Capacità Tecniche › Linguaggi] - Esperto · node.js"), answer
    assert "Esperienze" not in answer, answer  # the hedge quoting everything "expert" might be


def test_a_resume_all_in_one_fence_of_labels_is_read_as_its_text() -> None:
    """ "Name: …", "Experience:" in the one fence a page holds: text, every line kept."""
    reading = read_markdown(
        "```\nName: John Carter\nEmail: john@carter.dev\nExperience:\n"
        "  Acme Corp 2019-2021 backend engineer\n```\n"
    )
    assert "Acme Corp 2019-2021 backend engineer" in reading.markdown, reading.markdown


def test_a_place_labelled_in_russian_by_its_loanword() -> None:
    """round359's Russian text CV: "Локация:  Санкт-Петербург" among the contacts."""
    rule = "-" * 80
    resume = (
        "АЛИНА ЖУЙКОВА\nНативный Android-разработчик (Kotlin) | Инженер ИС\n\n"
        f"КОНТАКТЫ\n{rule}\nТелефон:  +7 (981) 139-96-01\nEmail:    cv@zhuykovochka.ru\n"
        f"Telegram: @zhuykovochka\nЛокация:  Санкт-Петербург\n\nО СЕБЕ\n{rule}\n"
        "Студентка 3 курса ГУАП.\n"
    )
    answer = answer_text(resume, "In which city is Алина located?", reader="text")
    assert "Санкт-Петербург" in answer, answer


def test_schools_in_slavic_and_turkish_words() -> None:
    for school in ("Základní škola Chomutov", "Szkoła Podstawowa nr 3", "Средняя школа №5",
                   "Kadıköy Anadolu Lisesi", "Gimnazija Bežigrad"):  # fmt: skip
        assert re.search(SCHOOL, school), school
    assert not re.search(SCHOOL, "skolem")
