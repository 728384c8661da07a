"""The REPL's welcome and the questions it suggests from a resume's sections."""

from __future__ import annotations

from pathlib import Path

from resume_chat.chat.welcome import suggested_questions, welcome_lines
from resume_chat.resume import load_resume, parse_resume

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "resume.md"


def test_sample_resume_suggestions_name_its_entries() -> None:
    """Questions come from the sample's own sections: its first employer, project and skills."""
    questions = suggested_questions(load_resume(SAMPLE))
    assert questions == [
        "What did Maya do at Northwind Payments?",
        "What is ledgerlint, and what was Maya's part in it?",
        "What are Maya's strongest skills?",
    ]


def test_other_section_titles() -> None:
    """Unfamiliar sections are asked about by title; familiar ones in priority order."""
    resume = parse_resume("# Jo Park\n\n## Volunteering\n\nx\n\n## Education\n\nBSc\n")
    assert suggested_questions(resume) == [
        "Where did Jo study, and what?",
        "What does the resume say about Volunteering?",
    ]


def test_no_name_and_no_sections() -> None:
    """Without a name or sections the suggestions still read well."""
    resume = parse_resume("just some text about a person\n")
    assert len(suggested_questions(resume)) == 2
    nameless = parse_resume("## Experience\n\n### Acme, Engineer\n\nx\n## Skills\n\n- Go\n")
    assert suggested_questions(nameless) == [
        "What did they do at Acme?",
        "What are their strongest skills?",
    ]


def test_welcome_names_resume_model_and_help() -> None:
    """The welcome says whose resume, which model, how to get help, and three suggestions."""
    lines = welcome_lines(load_resume(SAMPLE), "openai/gpt-5-mini", None)
    text = "\n".join(lines)
    assert "Maya Lindqvist's resume" in text
    assert "openai/gpt-5-mini" in text
    assert "/help" in text
    assert "Ctrl-D" in text
    assert sum(line.startswith("  • ") for line in lines) == 3


def test_welcome_shows_offline_notice_instead_of_model() -> None:
    """Offline, the notice replaces the model name."""
    text = "\n".join(welcome_lines(load_resume(SAMPLE), "offline", "Answering offline."))
    assert "Answering offline." in text
    assert "Answers by" not in text
