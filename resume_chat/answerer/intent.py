"""A kind of question: the pattern that finds it, and where its answer is looked for."""

from __future__ import annotations

import re
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.answerer.glosses import glossed


class Intent(NamedTuple):
    """A kind of question: which sections answer it, and how to pick the lines to quote."""

    name: str
    source: str  # a regular expression, compiled on first use (resume_chat.patterns keeps it)
    kinds: tuple[str, ...]  # section kinds that answer it, best first
    strategy: str  # how retrieval picks lines: see retrieval.answer_quotes
    absent: str  # the sentence when the resume has nothing for it
    words: frozenset[str] = frozenset()  # question words that only say the topic

    @property
    def pattern(self) -> re.Pattern[str]:
        return patterns.compile(self.source, re.IGNORECASE)


def intent(
    name: str, pattern: str, kinds: str, strategy: str, absent: str, words: str = ""
) -> Intent:
    """An intent from its table row: kinds and topic words written as space-separated words."""
    return Intent(name, pattern, tuple(kinds.split()), strategy, absent, frozenset(words.split()))


_CONTRACTIONS = patterns.compile(
    r"\b(what|where|who|how|when|which|that|it|she|he)'s\b", re.IGNORECASE
)


def normalise(question: str) -> str:
    """Curly quotes straightened and "what's" read as "what is", so patterns meet one spelling."""
    straight = glossed(question.replace("\u2019", "'").replace("\u2018", "'"))
    return _CONTRACTIONS.sub(lambda match: f"{match.group(1)} is", straight)
