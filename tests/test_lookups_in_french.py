"""A French lab technician's CV (round343): its diplomas, its job held "aujourd’hui", and a
newsletter it calls a "lettre de nouvelles"."""

from __future__ import annotations

from resume_chat.resume import parse_resume
from resume_chat.resume.kinds.classifier import section_kind
from tests.test_lookups import answer_text

_CV = (
    "# Jonathan Kitt\n\n## Diplômes\n\n### D.U. Data Scientist\n\n2024-2025\n\n"
    "Université Clermont Auvergne\n\n### D.U.T. Génie Biologique\n\n2011\n\nIUT A de Lille\n\n"
    "## Experience\n\n### Technicien de laboratoire · 2013 - aujourd’hui\n\n"
    "Génétique, Diversité, et Ecophysiologie des Céréales\n\n"
    "### Assistant Ingénieur · 2011 - 2013\n\nLaboratoire Evo-Eco-Paleo\n\n"
    "## Projets\n\n### Communauté R en ligne\n\nEditeur pour la lettre de nouvelles Rweekly\n"
)


def test_diplomas_are_the_degrees_held() -> None:
    """ "Diplômes" over dated schools is education, not a list of jobs."""
    assert section_kind("Diplômes") == "education"
    (diplomas,) = [s for s in parse_resume(_CV).sections if s.title == "Diplômes"]
    assert section_kind(diplomas.title, diplomas.body) == "education"
    answer = answer_text(_CV, "What diploma did Jonathan earn in 2011 and where?")
    assert "IUT A de Lille" in answer, answer


def test_a_job_held_until_aujourdhui_with_a_curly_apostrophe_is_current() -> None:
    answer = answer_text(_CV, "Where does Jonathan work now and in what role?")
    assert "Technicien de laboratoire" in answer, answer


def test_a_newsletter_asked_in_english_meets_the_french_words_for_it() -> None:
    answer = answer_text(_CV, "Which newsletter does Jonathan help edit?")
    assert "Rweekly" in answer, answer
