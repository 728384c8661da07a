"""A language asked of a resume in another language whose languages stand in a labelled line
of another section ("Sprachen: Deutsch (Muttersprache), Englisch (C1)" under "Erfahrung und
Kenntnisse", round69; "Langues : Anglais …" under "Compétences complémentaires", round93): one
it does not list is missing, as it is when they have a section of their own."""

from __future__ import annotations

from tests.test_lookups import answer_text

_GERMAN = (
    "# Jonas Weber\n\nIch bin ein Ingenieur mit Erfahrung in der Entwicklung von Steuerungen und "
    "der Simulation von Photovoltaiksystemen, und ich arbeite gern im Team mit den Kollegen.\n\n"
    "## Berufserfahrung\n\n### Entwicklungsingenieur, Siemens AG · 2019 – heute"
    "\n\n- Entwicklung von Steuerungen für Windkraftanlagen.\n\n## Erfahrung und Kenntnisse\n\n"
    "Programmierparadigmen: Objektorientiert, Funktional Programmiersprachen: C, Python\n\n"
    "Sprachen: Deutsch (Muttersprache), Englisch (C1), Latein (Kleines Latinum)\n"
)


def test_a_language_a_labelled_line_leaves_out_is_missing() -> None:
    answer = answer_text(_GERMAN, "Does he speak Spanish?")
    assert answer == "The resume does not mention Spanish.", answer


def test_a_language_the_labelled_line_names_is_quoted() -> None:
    answer = answer_text(_GERMAN, "Does he speak English?")
    assert "Englisch (C1)" in answer, answer
    answer = answer_text(_GERMAN.replace("Latein", "Spanisch"), "Does he speak Spanish?")
    assert "Spanisch" in answer, answer
