"""A quote of dates alone says when, not what: the lines naming the job come with it. Rules
learned from the fifty-second and fifty-third waves of held-out resumes (round265-272), each on
a resume shaped to need it."""

from __future__ import annotations

from tests.test_lookups import assert_found


def test_the_line_a_date_dates_comes_with_it() -> None:
    """ "(December 2020 -)" under "Maths Tutor, Prime Tuition Hounslow": the job, not its date
    alone."""
    text = (
        "# Thomas Morgans\n\n07425 135 971\n\ntommy@example.com\n\n## Employment History\n\n"
        "Maths Tutor, Prime Tuition Hounslow\n\n(December 2020 -)\n\n"
        "- Tutoring maths to students from year 2 up to year 11\n\n"
        "Tennis Coaching Assistant, The Park Club\n\n(October 2016 - July 2017)\n\n"
        "- Worked with qualified tennis coaches\n\nOasis (Volunteer)\n\n(August 2015)\n\n"
        "- Lived at the Oasis for 2 weeks\n\n## References\n\nAvailable upon request\n"
    )
    assert_found(text, "What does he do now?", "Prime Tuition")


def test_dates_heading_an_entry_bring_the_lines_before_them() -> None:
    """A Word PDF's "2022-present" read as the heading of the job's bullets, its title and
    employer left as the lines closing the section's start: those lines name the job."""
    text = (
        "# Antonio Andedo\n\n## Work Experience\n\nSoftware Systems Developer and Support.\n"
        "Earthview Management Limited\nNicholson Street, Nairobi.\n\n### 2022-present\n\n"
        "- Provided technical support for smart metering initiatives.\n\n### 2019-2021\n\n"
        "- Led digital health projects.\n"
    )
    assert_found(text, "Where does he work now?", "Earthview Management Limited")


def test_dates_opening_a_row_bring_the_job_after_them() -> None:
    """A Word table's row "Sep 2022 / To / May 2023" then "ETL Data Engineer", "Cognizant":
    the job follows its dates."""
    text = (
        "# Wameedh Hammadi\n\n## Work History\n\nSep 2022\nTo\nMay 2023\nETL Data Engineer\n"
        "Cognizant Technology Solutions\nRemote, USA\n\n### Earlier\n\nJan 2015\nTo\nJul 2022\n"
        "Electrical Engineer\nBaghdad Power\n"
    )
    assert_found(text, "What was his most recent job?", "Cognizant")


def test_a_title_and_its_dates_asked_where_bring_the_employer_after_them() -> None:
    """ "**Postdoctoral Researcher**" with its dates under it is still a title alone: "Where
    does he work now?" brings the employer's line after it (the title brought to the dates
    must not make the quote look whole)."""
    text = (
        "# Ann Lee\n\n## Employment History\n\n**Postdoctoral Researcher**  \n"
        "**Feb 2025 – Present**  \n*USGS / University of Florida, Research Unit*  \n"
        "- Protecting shorebird nesting habitat.\n\n**Postdoctoral Researcher**  \n"
        "**Jan 2020 – Jan 2025**  \n*University of Florida*  \n- Invasive species risk.\n"
    )
    assert_found(text, "Where does he work now?", "USGS")


def test_years_claimed_in_the_words_asked_answer_how_many_years() -> None:
    """ "7 years experience teaching at the college level" answers "How many years has he
    taught at the college level?", before a job whose title says "College"; "an eighteen
    year career" answers how long he has worked."""
    text = (
        "# Steven Gubkin\n\n## Executive Summary\n\n* 7 years experience teaching at the college "
        "level.\n* Python, SQL\n\n## Working Experience\n\n"
        "### Cleveland State University (Associate College Lecturer, 2016/08 - 2023/05)\n\n"
        "- Taught Calculus and Linear Algebra.\n"
    )
    assert_found(text, "How many years has he taught at the college level?", "7 years")
    career = (
        "# Patrick Collins\n\nOver an eighteen year career, I've developed line-of-business "
        "applications.\n\n## Projects\n\n### CMA-CGM\n\n- Angular front end\n"
    )
    assert_found(career, "How long has he been working in the field?", "eighteen year")


def test_jobs_one_per_line_in_a_document_without_sections() -> None:
    """A Google Docs Word file read with no section at all: its jobs stand in the header, one
    per line with the dates under each; the one held now answers, not the contact lines."""
    text = (
        "__________________________\n\nSharilyn Neidhardt - Brooklyn NY 11206\n\nAIM: dbasr\n\n"
        "Twitter: sharilyn\n\nFlickr: johnnieutah\n\ngithub: sharilyn\n\nMobile: 347.228.9435\n\n"
        "Globurg HQ - Product Owner\n\nMarch 2013 - present\n\nAuthoring user stories.\n\n"
        "Dayglo Ventures, LLC - UX/IA Design Lead\n\nJuly 2012 - March 2013\n\n"
        "Performing user research.\n\nYahoo! - Photo Editor\n\nJanuary 1998 - May 1999\n"
    )
    assert_found(text, "What is her current role?", "Globurg HQ - Product Owner")


def test_a_first_degree_is_the_one_begun_first() -> None:
    """A CV lists the newest studies first: "What was his first degree?" is the one begun
    first, an engineering degree of 1990, not the PhD on top."""
    text = (
        "# José Martínez\n\n## Education\n\n### 1999 - 2012 · Ph.D in Physical Geography\n\n"
        "Universidad de Sevilla\n\n### 2001 - 2003 · Degree in Geography\n\n"
        "Universidad de Sevilla\n\n### 1997 - 1999 · Master in Nature Conservation\n\n"
        "Universidad Internacional de Andalucía\n\n"
        "### 1990 - 1994 · Electrical Engineer\n\nInstituto Tecnológico de Santo Domingo\n"
    )
    assert_found(text, "What was his first degree?", "Electrical Engineer")


def test_how_long_brings_the_dates_of_the_job_asked_about() -> None:
    """ "How long was he at Cisco?" of an employer heading holding only its address, its role
    and dates under it: the dates come with the answer."""
    text = (
        "# Dan Moore\n\n## Experience\n\n### Cisco Systems, Inc.\n\n117 E. Colorado Blvd.\n"
        "Pasadena, CA 91105\n\n#### Senior Software Engineer, CI/CD\n\nJune 2014 - April 2018\n\n"
        "- Technical lead on the CI team\n\n### Amplify Education\n\nBrooklyn, NY\n\n"
        "#### Staff Engineer\n\nMay 2018 - present\n\n- Platform work\n"
    )
    assert_found(text, "How long was he at Cisco?", "June 2014 - April 2018")
