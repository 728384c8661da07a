"""What the resume does not name is said to be absent, in the question's own words: rules
learned from the fifty-eighth and fifty-ninth waves' first runs (round289-296)."""

from __future__ import annotations

from resume_chat.answerer.absences import addressed
from tests.test_lookups import answer_text

_ANDROID = (
    "# Curriculum Vitae\n\nAndroid Developer | Kotlin & Java Specialist\n\n## Skills\n\n"
    "- Kotlin, Java, Jetpack Compose, Retrofit, Room\n\n## Professional Experience\n\n"
    "### Android Developer | Prudle One\n\nJuly 2018 – Jan 2022 | Jalandhar, India\n\n"
    "- Built the CakeBakes shopping app from scratch\n"
)


def test_a_person_named_after_a_capital_does_is_the_person_not_a_skill() -> None:
    """round293, whose name the reader did not find: "Does Anmol have …" did not read
    "Anmol" as the person asked about (only a lower-case "does Anmol" was), so a missing
    name could deny nothing else: "Anmol" may not be asked for, being no fact."""
    assert addressed("Does Anmol have iOS or Swift experience?") == {"anmol"}
    assert addressed("Where does Anmol work?") == {"anmol"}
    answer = answer_text(_ANDROID, "Does Anmol have COBOL or Fortran experience?", "markdown")
    assert answer == "The resume does not mention COBOL or Fortran.", answer


def test_a_denial_keeps_the_words_between_two_names_asked() -> None:
    answer = answer_text(_ANDROID, "Has he used Flutter and Dart?", "markdown")
    assert answer == "The resume does not mention Flutter and Dart.", answer
