"""Section headings in the words round377's and round380-383's resumes use for them: each kind
named in Spanish, German, Portuguese, Hungarian or Russian as a person writes it."""

from __future__ import annotations

import pytest

from resume_chat.resume.kinds.classifier import content_kind, section_kind


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # German writes "programming languages" as one word: code, not speech.
        ("Programmiersprachen und Datenbanken", "skills"),
        ("Lenguajes de programación", "skills"),
        ("Sprachkenntnisse", "languages"),
        # Spanish "current professional situation": the job held now.
        ("Situación Profesional Actual", "experience"),
        ("Capítulos de Libros", "publications"),
        ("Book Chapters", "publications"),
        # "Education & Skills": the degree named first.
        ("EDUCATION & SKILLS", "education"),
        ("Skills & Education", "skills"),
        # Postgraduate studies in Portuguese and Spanish, not a specialist's skills.
        ("ESPECIALIZAÇÃO", "education"),
        ("Especialización", "education"),
        # Hungarian: languages spoken, IT knowledge.
        ("BESZÉLT NYELVEK", "languages"),
        ("IT ISMERETEK", "skills"),
    ],
)
def test_a_heading_names_its_kind_in_the_resumes_language(title: str, kind: str) -> None:
    assert section_kind(title) == kind


def test_a_heading_naming_a_university_in_cyrillic_is_studies() -> None:
    """A heading naming the university one graduated from, in Russian, is studies;
    a job's line naming a university under another heading leaves that heading's kind alone."""
    title = "В 2013 году закончил Брестский Государственный Технический Университет."  # noqa: RUF001
    assert content_kind(title, "") == "education"
    body = "- 01.09.2007 – 31.08.2008 · Московский городской педагогический университет"
    assert content_kind("заведения(организации)", body) == "experience"
