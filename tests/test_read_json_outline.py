"""JSON of its owner's own keys, read as an outline: shapes met in real files."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.jsonresume.freeform_values import unwrapped
from resume_chat.resume.kinds.classifier import section_kind


def test_json_shaped_as_its_pages_html_reads_as_sections_and_entries() -> None:
    """A site's JSON naming its parts after the HTML they become: sections titled by "h1",
    jobs by "h2" with an "h3" line and a "ul" of duties; its colours and photo are the site's."""
    data = {
        "background": "#eeeeee",
        "profileimage": "img/profile.jpg",
        "name": "Abdullah H. AlShaikh",
        "sections": [
            {"h1": "Education", "ul": ["<strong>2006-2010</strong> American University of Kuwait"]},
            {
                "h1": "Work Experience",
                "ul": [
                    {
                        "h2": "KFAS Academy, Sharq",
                        "h3": "Full Time Employee 1st of November 2017 to current day.",
                        "ul": ["Senior IT Associate", "Lead Developer"],
                    }
                ],
            },
        ],
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.name == "Abdullah H. AlShaikh"
    assert "## Work Experience\n\n### KFAS Academy, Sharq\n" in reading.markdown, reading.markdown
    assert "\nFull Time Employee 1st of November 2017" in reading.markdown  # no "H3:" label
    assert "- Senior IT Associate" in reading.markdown
    assert "- 2006-2010 American University of Kuwait" in reading.markdown
    assert "#eeeeee" not in reading.markdown
    assert "profile.jpg" not in reading.markdown


def test_an_employers_list_with_from_and_to_dates_reads_as_dated_jobs() -> None:
    """ "employers" holds the jobs; "fromDate" and "toDate" are one line of dates under each
    job, as other readers write them; an "education" object is its one entry, not loose fields."""
    data = {
        "name": "Aaron MacDonald",
        "employers": [
            {
                "company": "Medusa Medical Technologies",
                "title": "Software Developer",
                "fromDate": "July 2012",
                "toDate": "February 2020",
            }
        ],
        "education": {
            "school": "Dalhousie University",
            "degree": "Bachelor of Computer Science",
            "fromDate": "September 2004",
            "toDate": "October 2008",
        },
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert "## Employers" in reading.markdown
    assert section_kind("Employers") == "experience"
    assert (
        "### Software Developer — Medusa Medical Technologies\n\nJuly 2012 – February 2020\n"
        in (reading.markdown)
    )
    assert (
        "### Bachelor of Computer Science — Dalhousie University\n\nSeptember 2004 – October 2008"
        in reading.markdown
    )
    assert "From date" not in reading.markdown
    assert "To date" not in reading.markdown


def test_a_section_object_holding_its_entries_heads_them() -> None:
    """Reactive Resume's {"experience": {"name": "Experience", "items": [...]}}:
    its name heads its jobs, not a field of its own ("Name: Experience"); a titled object of a
    field or two stays fields (test above: "comments")."""
    data = {
        "fullName": "Tim de Vries",
        "experience": {
            "name": "Experience",
            "items": [{"company": "Snowlimits Skicentrum", "position": "Skileraar"}],
        },
        "education": {"name": "Education", "items": [{"institution": "RUG"}]},
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert "Name: Experience" not in reading.markdown, reading.markdown
    assert "Skileraar — Snowlimits Skicentrum" in reading.markdown, reading.markdown


def test_a_resume_kept_under_a_wrapper_and_a_locale_is_read_from_inside_them() -> None:
    """{"resume": {"es-ES": {...}, "en-UK": {}}}: a site's translations, one filled; the
    person's name kept as an object of its parts."""
    spanish = {
        "personalInformation": {
            "name": {"firstName": "Andoni", "lastName": "Sánchez Antolín"},
            "cityTown": "Irún, Guipúzcoa",
        },
        "educationalBackground": [
            {"title": "Grado en Ingeniería Informática", "center": "UPV/EHU"}
        ],
        "professionalExperience": [
            {"company": "ATELEI Engineering", "position": "Desarrollador Java"}
        ],
    }
    data = {"resume": {"es-ES": spanish, "en-UK": {}}}
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.name == "Andoni Sánchez Antolín"
    assert "## Professional experience\n" in reading.markdown, reading.markdown
    assert "ATELEI Engineering" in reading.markdown
    # English first where it is filled; a section's name is no wrapper.
    data = {"resume": {"es-ES": spanish, "en-UK": {**spanish, "cityTown": "Irun, Gipuzkoa"}}}
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert "Irun, Gipuzkoa" in reading.markdown, reading.markdown
    education = {"education": {"school": "KTH", "degree": "MSc"}}
    assert unwrapped({"cv": education}, lambda key: key == "education") == education


def test_an_occupation_titles_a_job_and_a_word_for_now_ends_its_dates() -> None:
    """round327's Spanish JSON: "occupation": "Programador" is the job's title, and
    "endDate": "Actualmente" ends a span of dates as "present" does, one line, not two fields."""
    job = {
        "company": "Indaba Consultores S.L (LKS)",
        "occupation": "Programador",
        "startDate": "2016-09-29",
        "endDate": "Actualmente",
    }
    studies = [{"title": "Grado en Ingeniería Informática", "center": "UPV"}]
    data = {"name": "Andoni", "professionalExperience": [job], "educationalBackground": studies}
    reading = read_resume_bytes(json.dumps(data).encode(), Path("cv.json"))
    assert "### Programador — Indaba Consultores S.L (LKS)\n" in reading.markdown, reading.markdown
    assert "\n2016-09-29 – Actualmente\n" in reading.markdown, reading.markdown


def test_a_top_level_array_of_dated_entries_is_a_timeline_of_jobs() -> None:
    """A site's timeline ([{"datum": …, "titel": …, "ort": …}]), German keys and no name: its
    entries are read as jobs under their titles, not refused as no JSON Resume."""
    data = [
        {"datum": "Juli 2026 - Juli 2028", "seite": "left", "titel": "Umschulung IT",
         "ort": "bei WBS Training SE, Schweinfurt"},
        {"datum": "August 2023 - August 2025", "seite": "right",
         "titel": "Gestalterin für visuelles Marketing", "ort": "bei New Yorker in Würzburg"},
        {"datum": "September 2009 - Juli 2011", "seite": "left",
         "titel": "Ausbildung als Verkäuferin", "ort": "bei Galeria Kaufhof in Würzburg"},
    ]  # fmt: skip
    reading = read_resume_bytes(json.dumps(data).encode(), Path("timeline.json"))
    assert "### Gestalterin für visuelles Marketing" in reading.markdown, reading.markdown
    assert "bei New Yorker in Würzburg" in reading.markdown
