"""What the resume does not name is said to be absent, in the question's own words: rules
learned from the fifty-eighth and fifty-ninth waves' first runs (round289-296)."""

from __future__ import annotations

from resume_chat.answerer.subjects import addressed
from tests.test_lookups import answer_text, assert_found

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


def test_the_four_false_denials_of_the_last_wave_are_answered() -> None:
    """round305-312's first runs, on all of this stop's other rules: a Twitter handle kept
    only in a twitter.com link, "tech community events" read as volunteering, a name followed
    by "(Mr.)" not read as the name (so its header's city was no one's), and "set to join the
    workforce in September 2026" for when he could start. Each was "does not mention"."""
    student = (
        "## Vo Phan Vuong HUNG (Mr.)\n\n(+84)868 222 335 | Nguyen Huu Canh, Binh Thanh, Ho Chi "
        "Minh City | vpvh2005@gmail.com\n\n## Overview\n\nMotivated undergraduate set to join "
        "the workforce in September 2026.\n\n## Education\n\n- RMIT Vietnam · 2023 – Current\n"
    )
    assert_found(student, "Which city is he based in?", "Ho Chi Minh City")
    assert_found(student, "When will he be available to start work?", "September 2026")
    web = (
        "# Brook Smith\n\n## Contact\n\n- 07927915142\n- @Brook_Luiz_182 "
        "(https://twitter.com/Brook_Luiz_182)\n\n## Skills\n\n- HTML, CSS\n"
    )
    assert_found(web, "What is his Twitter handle?", "Brook_Luiz_182")
    events = (
        "# Leo Cruz\n\n## Trainings/Seminars Attended:\n\n### Math and Science Camp\n\n"
        "- Google Developer Groups Manila (GDG DevFest)\n- November 30, 2024\n\n"
        "## Past Job Experiences:\n\n### Jollibee — Shift Supervisor\n"
    )
    answer = answer_text(events, "Has he been to any tech community events?", "markdown")
    assert not answer.startswith("The resume does not"), answer
