"""Dates in the resume's own language, and jobs that give their dates first. Rules learned
from the sixty-eighth wave of held-out resumes (round337-339), each on a resume shaped to need
it."""

from __future__ import annotations

import re

import pytest

from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text, assert_found


@pytest.mark.parametrize(
    "span",
    [
        "Juni 2017 – März 2019",
        "févr. 2019 – août 2020",
        "styczeń 2019 – październik 2020",
        "январь 2019 – май 2020",
    ],
)
def test_a_span_ending_in_a_month_of_another_language_is_a_span(span: str) -> None:
    assert re.search(DATE_SPAN, span), span


_SWISS = (
    "# Daniel Brun\n\n## Berufliche Laufbahn\n\n"
    "### Januar 2024 – offen\n**Prozessfachmann 3D Laser** | Büchi AG, Wil SG\n"
    "- Eruieren von Machbarkeiten\n\n"
    "### Oktober 2018 – März 2019\n**Projektleiter Technik** | PDS Peter Handels AG\n"
    "- CAD-Zeichnungen kontrollieren\n\n"
    "### Juni 2017 – September 2018\n"
    "**Qualitätsmanager – ISO 9001:2015** | Hartchromwerk Brunner AG, St. Gallen\n"
    "- Pflege des QM-Systems\n"
)


def test_dates_heading_a_job_over_its_bold_title_are_that_jobs() -> None:
    """ "### Juni 2017 – September 2018" over "**Qualitätsmanager** | Hartchromwerk": the
    bold line names the job the dates above it head, whatever language the months are in."""
    assert_found(
        _SWISS,
        "When did he work as quality manager at Hartchromwerk Brunner AG?",
        "Juni 2017 – September 2018",
    )
    headings = re.findall(r"(?m)^### (.+)", read_markdown(_SWISS).markdown)
    assert headings[1] == "Projektleiter Technik | PDS Peter Handels AG", headings


def test_a_section_opening_with_dates_gives_every_job_its_dates_first() -> None:
    """A Canva PDF's "Mai 2024 - Juli 2024" over "Werkstudent Marketing" over "Busch Media":
    the line before the dates ("Filmpresse Meuser") closes the job above, it heads none."""
    text = (
        "# Jonas Weber\n\n## Beruflicher Werdegang\n\nAugust 2024 - heute\n\n"
        "Werkstudent Kommunikation Westnetz GmbH\n\nJanuar 2024 - Mai 2024\n\nPR-Assistenz\n\n"
        "Filmpresse Meuser\n\nMai 2023 - Juli 2023\n\nWerkstudent Marketing & Sales Manager\n\n"
        "Busch Media Group GmbH\n\nApril 2022 - März 2023\n\n"
        "Werkstudent Öffentlichkeitsarbeit Westnetz GmbH\n"
    )
    assert_found(text, "At which company did he work in marketing and sales?", "Busch Media")
    assert_found(text, "When did he work for Filmpresse Meuser?", "Januar 2024 - Mai 2024")


def test_section_words_in_small_letters_alone_on_their_line_are_titles() -> None:
    """Pandoc's plain text of a CV titled "experience" and "education": sections, so the
    dated jobs under them are jobs, not the header's lines."""
    text = (
        "\n\nPablo Carrizo\n\n" + "-" * 72 + "\n\n  I build prototypes.\n\n" + "-" * 72 + "\n\n"
        "experience\n\n2021-Present\n    Full-Stack Engineer; Accushoot, Inc\n\n"
        "Backend and frontend work.\n\n2017-2018\n    Data Platform Specialist; SolidQ\n\n"
        "Database work and ETL.\n\neducation\n\n2013-2017\n\n    Degree, Telecommunications;\n\n"
        "    Universitat d'Alacant\n\n" + "-" * 72 + "\n\n"
        "pablo@example.com • +34 686 00 00 00 • Valencia, Spain\n"
    )
    assert re.findall(r"(?m)^## (.+)", read_text(text).markdown)[:2] == ["experience", "education"]
    assert_found(text, "When did he work at SolidQ?", "2017-2018")


@pytest.mark.parametrize(
    ("span", "now"),
    [
        ("FEBRUÁR 2021 - DOTERAZ", "AAS academy"),
        ("2021 – současnost", "AAS academy"),
        ("2021 – по настоящее время", "AAS academy"),
    ],
)
def test_a_span_held_now_in_the_resumes_language_is_the_current_job(span: str, now: str) -> None:
    """Slovak "doteraz", Czech "současnost", Russian "по настоящее время": until now, so the
    job begun first is the one held now, not the one begun last."""
    text = (
        "# Alžbeta Roth\n\n## Pracovné skúsenosti\n\n### Predavačka, pokladníčka\n\n"
        "Action s.r.o. / Bratislava / NOVEMBER 2023 - JANUÁR 2024\n\n"
        f"### Software tester stáž\n\n{now} / Bratislava / {span}\n\n"
        "### Pomocníčka\n\nJozef Roth stolárstvo / APRÍL 2015 - DECEMBER 2022\n"
    )
    answer = answer_text(text, "What is she doing now?")
    assert now in answer.splitlines()[0], answer  # first; the job begun last may follow
