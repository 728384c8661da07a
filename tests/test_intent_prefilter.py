"""The cheap test that says a question cannot be of an intent: it never rules out a question
the pattern matches, and it rules out more than substrings of the pattern's fragments did."""

from __future__ import annotations

import json
import re
from pathlib import Path

from resume_chat.answerer.intent import Intent, _literals
from resume_chat.answerer.intents import INTENTS, normalise

TESTS = Path(__file__).resolve().parent


def test_the_words_a_match_starts_with_skip_lookarounds_and_optional_groups() -> None:
    pattern = r"\b(salary|pay(?! (his|her)\b)|earns?)\b|(hourly|daily) rate"
    assert _literals(pattern) == ("salary", "pay", "earn", "hourly", "daily")
    # "her" inside a lookahead is no start: "Where did she study?" is no question of pay.
    assert not Intent("salary", pattern, (), "absent", "").could_match("where did she study?")
    assert _literals(r"^(?!.*\bnow\b).*\b(study|degree)") is None  # ".*": anything may start
    assert _literals(r"\b(the )?name") is None  # an optional group: "name" alone matches
    assert _literals(r"[a-z]+ years") is None


def test_no_question_a_pattern_matches_is_ruled_out() -> None:
    """Every question of every held-out set, against every intent."""
    questions = [
        case["question"]
        for cases in sorted(TESTS.glob("*/cases.json"))
        for case in json.loads(cases.read_text("utf-8"))
    ]
    assert len(questions) > 10_000
    ruled_out = 0
    for question in questions:
        text = normalise(question)
        for kind in INTENTS:
            if not kind.could_match(text.lower()):
                ruled_out += 1
                assert not re.search(kind.source, text, re.IGNORECASE), (kind.name, question)
    assert ruled_out > len(questions) * len(INTENTS) // 2
