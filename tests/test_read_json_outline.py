"""JSON of its owner's own keys, read as an outline: shapes met in real files."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes


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
    assert "#eeeeee" not in reading.markdown and "profile.jpg" not in reading.markdown
