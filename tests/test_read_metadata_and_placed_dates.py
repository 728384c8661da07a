# ruff: noqa: RUF001 - Russian words, as a real CV writes them
"""A Pelican page's "Key: value" metadata, dates and places a line above each job's heading, a
job title in a text CV that holds a section's word: learned from round361's held-out files (a
German security officer's page of HTML blocks, a Pelican resume, a defense data scientist)."""

from __future__ import annotations

from resume_chat.resume.layout import arrange
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text


def test_a_pelican_pages_metadata_names_the_person() -> None:
    reading = read_markdown(
        "Title: Resume\nDate: 2014-06-18 11:43\nAuthor: Alan Bush\n\n"
        "<h4> Work </h4>\n\n<p>Cloud trainer at Rackspace since 2013.</p>\n"
    )
    assert reading.name == "Alan Bush", reading.markdown
    assert "Title: Resume" not in reading.markdown, reading.markdown


def test_a_summary_line_opening_a_page_is_no_metadata() -> None:
    reading = read_markdown("Summary: Nurse with ten years in intensive care.\n\n## Experience\n")
    assert "Nurse with ten years" in reading.markdown, reading.markdown


_SECURITY = """# Uwe Schwarz

## Berufserfahrung

2018-05 - heute, Hockenheim

### DEGIT AG: Vorstandsmitglied

- Informationssicherheitsbeauftragter.

2023-10 - 2024-06, New York, London, Paris, Belgrade

### Threedium Ltd.: Informationssicherheitsbeauftragter

- Beratung in allen Fragen der IT-Sicherheit.

2019-01 - 2023-09, Frankfurt

### Deutsche Vermögensberatung AG: IT-Security Engineer

- Beratung zu allen Sicherheitsthemen.
"""


def test_dates_and_places_above_each_heading_are_that_jobs() -> None:
    answer = answer_text(_SECURITY, "When did Uwe work at Threedium?")
    assert "2023-10 - 2024-06" in answer, answer
    answer = answer_text(_SECURITY, "Which company did Uwe work for in 2021?")
    assert "Deutsche Vermögensberatung" in answer, answer


def test_a_job_title_holding_a_sections_word_is_no_section() -> None:
    """ "Operations Research Analyst" alone on its line: a job under EXPERIENCE, not a section
    of papers that took every later job with it."""
    markdown = read_text(
        "David P West\n\nEXPERIENCE\n\nData Scientist III\nJanuary 2022 – December 2024\n"
        "Booz Allen Hamilton\n\nOperations Research Analyst\nMay 2018 – January 2021\n"
        "Army Tank-Automotive & Armaments Command\n\nEDUCATION\n\nWestern Michigan University\n"
    ).markdown
    assert "\n## Operations Research Analyst" not in markdown, markdown


def test_a_name_set_over_two_lines() -> None:
    """round363's Russian text CV: "Арсений" over "Фурман", then the contacts."""
    reading = read_text("Арсений\nФурман\t\n+79506341267\nг. Екатеринбург\n\nНавыки\n\n- Python\n")
    assert reading.name == "Арсений Фурман", reading.markdown
    assert read_text("SKILLS\nPython\n\nEXPERIENCE\nAcme 2019-2021\n").name == "", "no name"


def test_a_sections_dates_each_above_its_school_the_last_set_large() -> None:
    """round362's Canva PDF: "## Pendidikan" over "2011-2017" over "### SDIT NURUL ILMI", each
    school's years above it, the last ones set as a heading of their own."""
    lines = [
        "## Pendidikan", "", "2011-2017", "", "### SDIT NURUL ILMI JAMBI", "", "2017-2020", "",
        "### SMPN 17 KOTA JAMBI", "", "### 2023-SEKARANG", "", "### TELKOM UNIVERSITY",
    ]  # fmt: skip
    markdown = arrange(lines, "pdf", name="Aulia Ivy Yasmin").markdown
    assert "### SDIT NURUL ILMI JAMBI\n\n2011-2017" in markdown, markdown
    assert "### TELKOM UNIVERSITY\n\n2023-SEKARANG" in markdown, markdown
