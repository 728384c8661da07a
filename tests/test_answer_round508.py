"""What round508-513's first runs answered wrong: a project heading "IDA_Offshore_1" read as
"IDAOffshore1" (its underscores taken for emphasis) and so denied, a birth date right after the
name on the header's line ("Franklin Mlungwana 15 May 2004 12Mitchelle Street") missed, and a
phone number of eight digits after its label ("Phone: 6335-7173") not taken for one."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import load_resume
from resume_chat.resume.jsonresume.freeform_values import typed_entries
from resume_chat.resume.jsonresume.text import humanise
from resume_chat.resume.kinds.classifier import names_a_kind
from tests.test_answer_round396 import reply_text as _answer


def test_underscores_inside_a_headings_word_are_kept() -> None:
    markdown = (
        "# Rehan Qureshi\n\n## PROJECTS\n\n### IDA_Offshore_1 (01/2025 - Present)\n\n"
        "Designed a Backend-for-Frontend (BFF) service for instrument data via GraphQL.\n\n"
        "### _Fleet Tracker_ (2023)\n\nA Go service tracking vessels.\n"
    )
    answer = _answer(markdown, "What is the IDA_Offshore_1 project about?")
    assert "Backend-for-Frontend" in answer, answer
    assert "[PROJECTS › Fleet Tracker (2023)]" in _answer(markdown, "What is Fleet Tracker?")


def test_a_birth_date_right_after_the_name_on_the_header_line() -> None:
    markdown = (
        "# Franklin Mlungwana\n\n## PERSONAL INFORMATION\n\n"
        "Franklin Mlungwana 15 May 2004 12Mitchelle Street, Johannesburg +27 67 804 9385\n\n"
        "## EDUCATION\n\n- Rosebank College, Business Management (2023 – 2025)\n"
    )
    answer = _answer(markdown, "When was Franklin born?")
    assert "15 May 2004" in answer, answer


def test_eight_digits_after_a_phone_label_are_a_phone_number() -> None:
    markdown = (
        "Name: Julian Salinas Rojas\nRole: Software Engineer\nPhone: 6335-7173\nEmail:\n\n"
        "EXPERIENCE\n\n- Software Engineer, Acme (2019 – 2024)\n"
    )
    answer = _answer(markdown, "What is his phone number?")
    assert "6335-7173" in answer, answer


def test_a_templates_own_dated_subsection_keeps_its_dates(tmp_path: Path) -> None:
    path = tmp_path / "cv.tex"
    path.write_text(
        "\\documentclass{resume}\n\\name{Luhan Cheng}\n\\begin{document}\n"
        "\\section{Work Experience}\n"
        "\\datedsubsection{\\textbf{Monash eResearch Center}, Melbourne}{Jun 2019 -- Sep 2022}\n"
        "\\role{Research}{High Performance Computing Consultant}\n"
        "\\begin{itemize}\\item Supported GPU clusters.\\end{itemize}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert "Monash eResearch Center, Melbourne · Jun 2019 – Sep 2022" in resume.markdown


def test_entries_each_naming_their_section_are_read(tmp_path: Path) -> None:
    """{"personal": {…}, "entries": [{"type": "experience", …}, {"type": "education", …}]}:
    refused before as JSON that is no resume; a list of skills grouped by "category" is not
    split this way, nor a list typed by words that name no section."""
    data = {
        "personal": {"name": "Andrew Soutar", "email": "andrew@andrewsoutar.com"},
        "entries": [
            {
                "slug": "smc",
                "type": "experience",
                "organization": "SMC Server Solutions",
                "title": "Technical Consultant",
                "date": "Dec. 2020-Present",
            },
            {"slug": "stevens", "type": "education", "school": "Stevens Institute of Technology"},
            {"slug": "phisherman", "type": "project", "title": "Phisherman"},
        ],
    }
    path = tmp_path / "resume.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    resume = load_resume(path)
    assert [section.title for section in resume.sections] == ["Experience", "Education", "Project"]
    answer = OfflineAnswerer(resume).answer("Where does he work now?")
    assert "SMC Server Solutions" in "\n".join(format_reply(answer))

    skills = [
        {"category": "Languages", "items": ["Python"]},
        {"category": "Tools", "items": ["Git"]},
    ]
    assert typed_entries(skills, lambda kind: names_a_kind(humanise(kind))) == []
    kinds = [{"type": "frontend", "name": "React"}, {"type": "backend", "name": "Go"}]
    assert typed_entries(kinds, lambda kind: names_a_kind(humanise(kind))) == []


def test_vita_over_the_name_is_the_pages_title(tmp_path: Path) -> None:
    path = tmp_path / "vita.md"
    path.write_text(
        "# Vita\n\nJohn Laudun  \nDepartment of English  \nUniversity of Louisiana  \n"
        "Lafayette, LA 70504\n\n"
        "## Education\n\n- PhD, Folklore, Indiana University, 1999\n",
        encoding="utf-8",
    )
    assert load_resume(path).name == "John Laudun"
