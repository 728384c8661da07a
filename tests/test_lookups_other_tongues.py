"""Resumes in Swedish, Norwegian, Danish or Polish asked about in English: their headings name
their sections' kinds, their languages are named their way, and a word shared by chance is
not the whole answer. Rules learned from the fifty-fourth and fifty-fifth waves of held-out
resumes (round273-280), each on a resume shaped to need it."""

from __future__ import annotations

from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.outline import outline
from resume_chat.resume import parse_resume
from tests.test_lookups import assert_found

_SWEDISH = (
    "# Sara Kjellberg\n\nÄrentunavägen 5P, Storvreta\n\n## Utbildning\n\n"
    "2004–2017 · Kandidatexamen · Naturvetarprogrammet kemi · Uppsala Universitet\n\n"
    "## Kandidatuppsats\n\nTitle · Surface functionalization of H-terminated diamond\n\n"
    "Handledare · Professor Karin Larsson\n\n## Anställning\n\n"
    "2014–2016 · Lärarvikarie · Uppsala Vård och bildning · Uppsala kommun\n\n"
    "## Förtroendeuppdrag\n\n2007–2011 · Arrangör · Uppsala matematikstudenter\n\n"
    "## Datorkunskaper\n\nProgrammering · Grundläggande objektorienterad programmering i java\n\n"
    "## Språkkunskaper\n\nSvenska · Modersmål\n\nEngelska · Flytande i tal och skrift\n\n"
    "Spanska · Grundläggande\n\n## Referenser\n\nLämnas på begäran\n"
)


def test_swedish_headings_name_their_kinds() -> None:
    """ "Språkkunskaper" is languages, "Datorkunskaper" skills, "Anställning" jobs,
    "Förtroendeuppdrag" (positions of trust) volunteering, "Kandidatuppsats" (a bachelor's
    thesis) education, "Referenser" references."""
    index = ResumeIndex(outline(parse_resume(_SWEDISH)), "Sara Kjellberg")
    kinds = {entry.citation.split(" › ")[0]: entry.kind for entry in index.entries}
    assert kinds == {
        "Sara Kjellberg": "header",
        "Utbildning": "education",
        "Kandidatuppsats": "education",
        "Anställning": "experience",
        "Förtroendeuppdrag": "volunteering",
        "Datorkunskaper": "skills",
        "Språkkunskaper": "languages",
        "Referenser": "references",
    }, kinds


def test_a_language_named_the_swedish_way() -> None:
    """ "How good is her Spanish?" of "Spanska · Grundläggande"."""
    assert_found(_SWEDISH, "How good is her Spanish?", "Grundläggande")
    assert_found(_SWEDISH, "Who supervised her thesis?", "Karin Larsson")


def test_a_word_shared_by_chance_brings_the_sections_own_lines() -> None:
    """ "vocational programme" shares "programm" with "data-programmering" alone: in a
    Swedish resume such a match is weak, and the studies' first lines come with it."""
    text = (
        "# Daniel Kristoffersson\n\n## Arbetslivserfarenhet\n\n### 2013-2024\n\n"
        "- Skogsmaskinsförare, Sjölanders Skogsentreprenad AB i Gnarp\n\n## Utbildning\n\n"
        "2006-2009. Naturbruk Skog inriktning Maskin.\n\n"
        "### 2019. Gymnasiekurs i data-programmering 1.\n\n- C#\n- HTML, CSS\n"
    )
    assert_found(text, "What was his vocational programme at upper secondary school?", "Naturbruk")


def test_a_language_named_the_portuguese_way() -> None:
    """ "What is his level of English?" of a Portuguese europass's "Inglês · C1" (round284:
    "The resume does not say anything about that."; "ê" was not among the letters read)."""
    resume = (
        "# Victor Hugo\n\n## Experiência Profissional\n\nGerente Industrial · 2020 – atual\n\n"
        "## Idiomas\n\nPortuguês\n\nInglês · C1 · C1 · C1\n"
    )
    assert_found(resume, "What is his level of English?", "C1")


def test_a_language_of_south_africa_is_a_language_spoken() -> None:
    """round287's form CV: "Home language: English" and "Other languages: Afrikaans"; only
    the first was quoted, Afrikaans being no language the answerer knew."""
    resume = (
        "Jody Fortuin\n\nHome language:\t\tEnglish\n\nOther languages:\tAfrikaans\n\n"
        "Employment History\n\nPosition:\tFreelance Content Writer\n"
    )
    assert_found(resume, "Which languages does he speak?", "Afrikaans")
