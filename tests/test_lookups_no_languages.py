"""Languages asked of a resume that names none: "What languages does he speak?" had quoted a
line of the experience ("Presentations at the Kellogg conference"); denied only where no
language and no word for one stands anywhere."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_NONE = (
    "# Ana Berg\n\n## Experience\n\n### Economist, Federal Reserve Bank · 2019 - present\n\n"
    "- Presented at the Kellogg Political Economy conference.\n\n"
    "## Education\n\n### PhD in Economics, Northwestern University, 2019\n"
)


def test_languages_asked_of_a_resume_naming_none_are_denied() -> None:
    answer = answer_text(_NONE, "Which foreign languages does she speak?")
    assert answer.startswith("The resume does not mention which languages"), answer
    answer = answer_text(_NONE, "Does she speak Japanese?")
    assert answer.startswith("The resume does not mention Japanese"), answer


@pytest.mark.parametrize(
    "said",
    [
        "## Languages\n\n- Tamil, Kannada\n",
        "Fluent in Hindi and Marathi.\n",
        "- French (B2)\n",
        # Names of languages under no heading of languages and with no word for one.
        "## Other\n\n- Tamil, Kannada\n",
        "## Other\n\n- Afrikaans, isiZulu\n",
    ],
)
def test_a_resume_with_any_word_of_languages_is_answered_from_it(said: str) -> None:
    answer = answer_text(_NONE + "\n" + said, "Which foreign languages does she speak?")
    assert "does not mention" not in answer, answer


def test_a_language_in_an_institutions_name_says_no_language_is_spoken() -> None:
    said = "- Presented at the Hebrew University of Jerusalem, 2024.\n"
    answer = answer_text(_NONE + said, "Which foreign languages does she speak?")
    assert answer.startswith("The resume does not mention which languages"), answer
