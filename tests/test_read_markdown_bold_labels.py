"""Jobs set as bold lines in Markdown, each with a bold "**Accomplishments**" label under it,
one of them "Senior Software Developer, Crownpeak Technology": learned from round373's Jekyll
page, where the label closed the Experience section as a section of its own and the job whose
employer ends in "Technology" (a kind's word) became a section too."""

from __future__ import annotations

from resume_chat.resume.markdown.reader import read_markdown

JOBS = """# Brandyn Thornton

**EXPERIENCE**

**Sr. Application Developer, Prolacta Bioscience**

*Duarte, CA — 2018-Present*

**Accomplishments**

* Led the move to Azure

* * *

**Senior Software Developer, Crownpeak Technology**

*Los Angeles, CA — 2016-2017*

**Accomplishments**

* Planned an ASP.NET RESTful service

* * *

**Engineering Intern, Crownpeak Technology**

*Los Angeles, CA — 2012-2014*

**Accomplishments**

* Kept an intranet site running

**EDUCATION**

**B.S. Computer Science, California State University, Northridge**
"""


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_a_bold_label_under_every_job_is_no_section() -> None:
    headings = _headings(read_markdown(JOBS).markdown)
    assert not [line for line in headings if "Accomplishments" in line], headings


def test_a_role_and_its_employer_ending_in_a_kinds_word_is_no_section() -> None:
    headings = _headings(read_markdown(JOBS).markdown)
    assert "## Senior Software Developer, Crownpeak Technology" not in headings, headings
    assert "## EDUCATION" in headings, headings
