"""Round313-320's misses: a job held "Nåværende" (now, in Norwegian), a site's JSON keeping its
page's HTML entities, an employer named whole on a line of a job and in part by a heading."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume import load_resume
from tests.test_lookups import answer_text


def test_a_job_held_now_in_norwegian_is_the_current_job() -> None:
    """round313: "DESEMBER 2024 - Nåværende" over "Statens vegvesen - Teamleder", after an
    older "JANUAR 2024 - NOVEMBER 2024" job, was not read as held now."""
    text = (
        "# Ola Nordmann\n\n## Arbeidserfaring\n\n### JANUAR 2024 - NOVEMBER 2024\n\n"
        "Statens vegvesen - Splunk-ekspert\n\n- Drift og vedlikehold.\n\n"
        "### DESEMBER 2024 - Nåværende\n\nStatens vegvesen - Teamleder Støtteinfrastruktur\n\n"
        "- Forvalter av Splunk Enterprise.\n"
    )
    answer = answer_text(text, "What is his current job title?")
    assert "Teamleder" in answer.split("\n")[0], answer  # the job held now comes first


def test_html_entities_in_a_json_resume_are_read_as_their_characters(tmp_path: Path) -> None:
    """round319: "Observatorio Astron&#243mico Nacional" (an entity with no semicolon, as a
    site's JSON keeps it for its page) was read as typed."""
    data = {
        "basics": {"name": "Jos&eacute; Campos", "label": "Solar physicist"},
        "education": [
            {
                "institution": "Observatorio Astron&#243mico Nacional",
                "area": "Astronomy",
                "studyType": "Magister",
            }
        ],
        "work": [{"name": "AT&T Labs", "position": "R&D intern", "startDate": "2019-01-01"}],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    resume = load_resume(path)
    assert resume.name == "José Campos", resume.name
    text = resume.markdown
    assert "Observatorio Astronómico Nacional" in text, text
    assert "AT&T Labs" in text, text
    assert "R&D intern" in text, text


def test_an_employer_named_whole_on_a_line_beats_a_heading_naming_part_of_it() -> None:
    """round315: "Advanced Mechatronics Solutions" on a job's "Company:" line (a site's own
    JSON keys), "Mechatronics" alone in a degree's heading: the question is about the job."""
    text = (
        "# Yi Lian\n\n## Education\n\n### B.A.Sc. in Mechanical Engineering: AI, Robotics, "
        "Mechatronics — University of Toronto\n\nStart date: Sep 2019\nEnd date: Apr 2024\n\n"
        "## Experience\n\n### Robotics Engineer\n\nCompany: Advanced Mechatronics Solutions\n"
        "Location: San Diego, CA\nStart date: May 2025\nEnd date: Aug 2025\n"
    )
    answer = answer_text(text, "When did she work at Advanced Mechatronics Solutions?")
    assert answer.startswith("[Experience › Robotics Engineer]"), answer
    assert "May 2025" in answer, answer


def test_a_heading_dated_to_the_present_is_the_current_job_over_its_older_lines() -> None:
    """round313: "Research Analyst · 1 October 2024 - Present" headed the entry that also
    held three older jobs, one a line each; the newest of those was given as current."""
    text = (
        "# Vivian Osinde\n\n## Work History\n\n"
        "### Research Analyst – Intermediate Math · 1 October 2024 - Present\n\n"
        "- Turing Enterprises · Nairobi - Kenya\n- Conducting mathematical analysis.\n\n"
        "Lead Generation Specialist 1 May 2024 - 30 September 2024\n\n"
        "- Nani Recruitment Agency · Nairobi – Kenya\n\n"
        "Inventory Analyst 2 October 2023 - 30 April 2024\n\n- Moko Home and Living\n\n"
        "Research Assistant 2 January 2023 - 31 January 2023\n\n- Global South Lab\n"
    )
    answer = answer_text(text, "What is Vivian's current job?")
    assert "Turing Enterprises" in answer.split(" | ")[0], answer  # its first line quoted
