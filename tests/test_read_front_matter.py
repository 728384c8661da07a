"""Front matter that is no clean YAML, read for what it holds rather than ignored."""

from __future__ import annotations

from resume_chat.resume import parse_resume
from resume_chat.resume.markdown.reader import read_markdown

# A Jekyll page whose theme keeps the resume in front matter: JSON members pasted under
# `resume:` (an OpenResume export), which YAML cannot read as a whole (`},` between them).
_PAGE = """---
title: "Resume"
layout: resume
buttons:
  print: true

resume:
  "profile": {
    "name": "Dana Whitfield",
    "phone": "(203) 555-0199",
    "summary": "Laboratory scientist."
  },
  "workExperiences": [
    {"company": "Medical Technologist", "jobTitle": "", "date": "June 2020 - Present",
     "descriptions": []},
    {"company": "", "jobTitle": "", "date": "",
     "descriptions": ["Advised healthcare providers on test selection."]}
  ],
  "skills": {"descriptions": ["Employed SIEM solutions such as Splunk"]}

---

<a href="/assets/resume.pdf">Download</a>
"""


def test_json_members_under_a_front_matter_key_are_read_as_the_resume() -> None:
    reading = read_markdown(_PAGE)
    assert reading.name == "Dana Whitfield"
    resume = parse_resume(_PAGE)
    assert "(203) 555-0199" in resume.markdown
    titles = [section.title for section in resume.walk()]
    assert "Work experiences" in titles, titles
    assert "Skills" in titles, titles
    assert "Splunk" in resume.markdown
    assert "front matter read for its name and sections" in reading.warnings


def test_an_untitled_record_continues_the_entry_before_it() -> None:
    """An empty company and title: its bullets belong to the job above, not to a blank entry."""
    resume = parse_resume(_PAGE)
    jobs = [s for s in resume.walk() if s.title.startswith("Medical Technologist")]
    assert len(jobs) == 1, [s.title for s in resume.walk()]
    assert "healthcare providers" in jobs[0].body
    assert "\n### \n" not in resume.markdown
    assert "\n### —" not in resume.markdown


def test_front_matter_that_is_neither_yaml_nor_json_is_still_ignored() -> None:
    reading = read_markdown('---\nresume:\n  "profile": {broken\n---\n# Bo Li\n## Skills\n- Go\n')
    assert reading.name == "Bo Li"
    assert "front matter could not be read; ignored" in reading.warnings


def test_an_academic_pages_contact_fields_are_kept_in_the_header() -> None:
    """A pandoc CV's front matter says "mail:", "web:" and "department:": contact details
    (its e-mail was denied: "The resume does not give an email address")."""
    reading = read_markdown(
        "---\nauthor: Masatoshi Katabuchi\ntitle: Associate Professor\ndepartment: Xishuangbanna"
        " Tropical Botanical Garden\nweb: mattocci27.github.io\nmail: katabuchi@xtbg.ac.cn\n"
        "layout: cv\n---\n\n## Education\n\n- Ph.D., Tohoku University, 2012\n"
    )
    assert reading.name == "Masatoshi Katabuchi"
    header = reading.markdown.split("\n## ", 1)[0]
    assert "Mail: katabuchi@xtbg.ac.cn" in header, reading.markdown
    assert "Web: mattocci27.github.io" in header
    assert "Department: Xishuangbanna Tropical Botanical Garden" in header
    assert "layout" not in reading.markdown.lower()


def test_a_title_of_a_name_its_letters_and_a_headline() -> None:
    """ "title: Geeta P. PMP, FE Simulation Engineer and Programmer": the name is "Geeta P.",
    and the credential and the headline stay in the header."""
    text = (
        "---\ntitle: Geeta P. PMP, FE Simulation Engineer and Programmer\n---\n\n"
        "[pgeeta@gmail.com]\n\n## Experience\n\n### Independent Contractor\n\n- FEA models\n"
    )
    reading = read_markdown(text)
    assert reading.name == "Geeta P."
    assert "PMP, FE Simulation Engineer" in reading.markdown, reading.markdown
    # A page's title naming the page, not a person, names no one.
    assert read_markdown("---\ntitle: CV, 2024\n---\n\n## Skills\n\n- R\n").name != "CV"


# A pandoc CV template (round291): the sections in front matter, each record a date label
# and its lines of text; the page's body its own "# Research Interests".
_LABELLED = """---
name: Hendrik Erz, PhD
sections:
  - title: Education
    items:
      - label: 2025
        text:
          - "**PhD in Analytical Sociology, Linköping University**"
          - ""
          - "Supervisors: Jacob Habinek"
      - label: 2017
        text: M.A. in Sociology, University of Bonn
  - title: Employment
    items:
      - label: Since 2025
        text:
          - "**Researcher in Analytical Sociology**"
          - "Linköping University"
---

# Research Interests

Political Sociology, Computational Social Science
"""


def test_front_matter_sections_of_dated_records_stand_beside_the_body() -> None:
    """Each record's first line of text heads it, its date label a line under it (read as
    "### 2025", a heading of dates, its degree was no entry's title); and the sections stand
    at the level of the body's "# Research Interests", not inside it."""
    markdown = "\n" + read_markdown(_LABELLED).markdown
    for heading in ("## Research Interests", "## Education", "## Employment"):
        assert f"\n{heading}\n" in markdown, markdown
    assert "\n### PhD in Analytical Sociology, Linköping University\n\n2025\n" in markdown
    assert "\n### M.A. in Sociology, University of Bonn\n\n2017\n" in markdown
    assert "\n### Researcher in Analytical Sociology\n\nSince 2025\n" in markdown, markdown
