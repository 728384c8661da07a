"""Round313-320's misses in resumes written partly in other ways than English: a job held
"Nåværende" (now, in Norwegian) and a site's JSON keeping its page's HTML entities."""

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
