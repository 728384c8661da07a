"""A kind of question, and the cheap test that says a question cannot be of that kind."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple


class Intent(NamedTuple):
    """A kind of question: which sections answer it, and how to pick the lines to quote."""

    name: str
    source: str  # a regular expression, compiled on first use: most runs need only a few
    kinds: tuple[str, ...]  # section kinds that answer it, best first
    strategy: str  # how retrieval picks lines: see retrieval.answer_quotes
    absent: str  # the sentence when the resume has nothing for it
    words: frozenset[str] = frozenset()  # question words that only say the topic

    @property
    def pattern(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)  # re keeps its own cache of compiled ones

    def could_match(self, lowered: str) -> bool:
        """False only when none of the words the pattern starts with is in the question.

        Compiling a pattern costs far more than looking for a few words; a question is
        matched against a dozen intents before one fits, on every start of `ask`.
        """
        starts = _literals(self.source)
        return starts is None or any(start in lowered for start in starts)


_PREFIX = re.compile(r"^(?:\(\?i\)|\\b|\^|\(\?:|\(\?<[!=][^)]*\)|\()*")


@cache
def _literals(source: str) -> tuple[str, ...] | None:
    """The plain words each alternative of a pattern starts with; None if one starts with
    anything else (a class, a wildcard), when no word can be required."""
    starts = []
    for alternative in source.split("|"):
        rest = _PREFIX.sub("", alternative)
        word = re.match(r"[a-z' -]*", rest)
        start = word.group(0) if word else ""
        if rest[len(start) : len(start) + 1] in ("?", "*", "{"):
            start = start[:-1]  # "degrees?": the last letter may be absent
        start = start.strip()
        if not start:
            return None
        starts.append(start)
    return tuple(starts)


def intent(
    name: str, pattern: str, kinds: str, strategy: str, absent: str, words: str = ""
) -> Intent:
    """An intent from its table row: kinds and topic words written as space-separated words."""
    return Intent(name, pattern, tuple(kinds.split()), strategy, absent, frozenset(words.split()))


_CONTRACTIONS = re.compile(r"\b(what|where|who|how|when|which|that|it|she|he)'s\b", re.IGNORECASE)


def normalise(question: str) -> str:
    """Curly quotes straightened and "what's" read as "what is", so patterns meet one spelling."""
    straight = question.replace("\u2019", "'").replace("\u2018", "'")
    return _CONTRACTIONS.sub(lambda match: f"{match.group(1)} is", straight)
