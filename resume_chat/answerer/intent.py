"""A kind of question, and the cheap test that says a question cannot be of that kind."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from resume_chat.answerer.glosses import glossed


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


@cache
def _literals(source: str) -> tuple[str, ...] | None:
    """The words every match of a pattern starts with, one of them at least; None where a
    match may start otherwise (a class, a wildcard, an optional group). Lookarounds and word
    boundaries are skipped: they match no text."""
    starts: list[str] = []
    for branch in _alternatives(source):
        found = _branch_starts(branch)
        if found is None:
            return None
        starts.extend(found)
    return tuple(starts)


def _scan(source: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character outside escapes and classes, with the depth of groups it leaves open
    (a ")" the depth it closes back to)."""
    depth, i = 0, start
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = _class_end(source, i) + 1
            continue
        depth += 1 if char == "(" else -1 if char == ")" else 0
        yield i, char, depth
        i += 1


def _alternatives(source: str) -> list[str]:
    """A pattern's top-level alternatives."""
    cuts = [i for i, char, depth in _scan(source) if char == "|" and depth == 0]
    return [source[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(source)])]


def _class_end(source: str, i: int) -> int:
    """The index of the "]" closing the class opened at `i`."""
    i += 2 if source[i + 1 : i + 2] == "]" else 1
    while i < len(source) and source[i] != "]":
        i += 2 if source[i] == "\\" else 1
    return i


def _group_end(source: str, i: int) -> int:
    """The index of the ")" closing the group opened at `i`."""
    closing = (at for at, char, depth in _scan(source, i) if char == ")" and depth == 0)
    return next(closing, len(source))


_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")


def _branch_starts(branch: str) -> list[str] | None:
    i = 0
    while i < len(branch):  # what matches no text: flags, boundaries, lookarounds
        if branch.startswith(("(?i)", "\\b"), i):
            i += 4 if branch[i] == "(" else 2
        elif branch[i] == "^":
            i += 1
        elif branch.startswith(_ZERO_WIDTH, i):
            i = _group_end(branch, i) + 1
        else:
            break
    if branch.startswith("(", i):
        end = _group_end(branch, i)
        inner = branch[i + 1 : end]
        if branch[end + 1 : end + 2] in ("?", "*", "{") or (
            inner.startswith("?") and not inner.startswith("?:")
        ):
            return None  # optional, or a group of another kind
        return list(_literals(inner.removeprefix("?:")) or ()) or None
    word = re.match(r"[a-zA-Z' -]*", branch[i:])
    start = word.group(0) if word else ""
    if branch[i + len(start) : i + len(start) + 1] in ("?", "*", "{"):
        start = start[:-1]  # "degrees?": the last letter may be absent
    start = start.strip().lower()
    return [start] if start else None


def intent(
    name: str, pattern: str, kinds: str, strategy: str, absent: str, words: str = ""
) -> Intent:
    """An intent from its table row: kinds and topic words written as space-separated words."""
    return Intent(name, pattern, tuple(kinds.split()), strategy, absent, frozenset(words.split()))


_CONTRACTIONS = re.compile(r"\b(what|where|who|how|when|which|that|it|she|he)'s\b", re.IGNORECASE)


def normalise(question: str) -> str:
    """Curly quotes straightened and "what's" read as "what is", so patterns meet one spelling."""
    straight = glossed(question.replace("\u2019", "'").replace("\u2018", "'"))
    return _CONTRACTIONS.sub(lambda match: f"{match.group(1)} is", straight)
