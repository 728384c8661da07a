"""Picking the resume lines that answer a question: by its intent first, by shared words after."""

from __future__ import annotations

import math
import re
from typing import NamedTuple

from resume_chat.evidence import (
    EVIDENCE,
    EXAMPLES,
    asks_duration,
    earliest,
    latest,
    named_entry,
    orders_entries,
)
from resume_chat.intents import Intent, classify, normalise
from resume_chat.outline import PROGRAMMING_LANGUAGES, Entry
from resume_chat.terms import content_terms, stem, stems, tokens

# A handful of lines: enough to answer, short enough to read at a glance.
MAX_QUOTES = 3
MAX_LINES = 8
# Words that name a family of skills rather than one; a miss on them is no reason to say "absent".
CATEGORY_WORDS = frozenset(
    stem(word)
    for word in [
        "database",
        "databases",
        "cloud",
        "framework",
        "frameworks",
        "library",
        "libraries",
        "tool",
        "tools",
        "language",
        "languages",
        "devops",
        "frontend",
        "backend",
        "front-end",
        "back-end",
        "data",
        "infrastructure",
        "testing",
        "web",
        "mobile",
        "ops",
        "operations",
        "technical",
        "tech",
        "soft",
        "hard",
        "main",
        "top",
        "best",
        "strongest",
        "core",
    ]
)
# Patterns stay strings: re compiles each on first use and caches it, and most answers need
# one or none of them, so an offline answer does not pay for all at start-up.
_YEARS = (
    r"(?i)\b(\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
    r"\s*(years|yrs)\b"
)
_EMAIL = r"[\w.+-]+@[\w-]+\.[\w.]+"
_PHONE = r"\+?\d[\d ()./-]{6,}\d"
_URL = r"(?i)(https?://|www\.|\b[\w-]+\.(com|io|dev|org|net|me)\b|linkedin|github)"
_PLACE = r"\b(location|based in|address)\b|\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*, [A-Z]"
_BEFORE = r"(?i)\b(previous\w*|prior|before|former\w*|earlier|past|last)\b"
_FIRST = r"(?i)\b(first|earliest|oldest|started)\b"


class Quote(NamedTuple):
    """Lines quoted verbatim from one entry, with the entry's citation."""

    citation: str
    lines: tuple[str, ...]


class Reply(NamedTuple):
    """The quotes answering a question, best first, or the sentence saying the resume is silent."""

    quotes: tuple[Quote, ...]
    absent: str = ""


class ResumeIndex:
    """The entries of one resume with their words counted, built once per answerer."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.titles = [frozenset(stems(entry.title)) for entry in entries]
        self.lines = [[frozenset(stems(line)) for line in entry.lines] for entry in entries]
        counts: dict[str, int] = {}
        total = 0
        for words in [*self.titles, *(line for lines in self.lines for line in lines)]:
            total += 1
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        self.name_words = frozenset(
            word
            for i, entry in enumerate(entries)
            if entry.kind == "header"
            for word in self.titles[i]
        )
        self.idf = {word: math.log((total + 1) / (count + 0.5)) for word, count in counts.items()}

    def of_kinds(self, kinds: tuple[str, ...]) -> list[int]:
        """Entry numbers of the given kinds, in document order."""
        return [i for i, entry in enumerate(self.entries) if entry.kind in kinds]

    def known(self, term: str) -> bool:
        return term in self.idf

    def search(self, terms: list[str], kinds: tuple[str, ...] = ()) -> list[Quote]:
        """Entries sharing the most telling words with the question, the preferred kinds first."""
        weights = {kind: 3.0 - position for position, kind in enumerate(kinds[:2])}
        scored: list[tuple[float, int, tuple[str, ...]]] = []
        for i, entry in enumerate(self.entries):
            title = sum(self.idf.get(term, 0.0) for term in terms if term in self.titles[i])
            best, hits = 0.0, []
            for line, words in zip(entry.lines, self.lines[i], strict=True):
                score = sum(self.idf.get(term, 0.0) for term in terms if term in words)
                if score > 0:
                    hits.append(line)
                    best = max(best, score)
            if not hits and title > 0:
                hits = list(entry.lines[:2])
            if hits:
                weight = weights.get(entry.kind, 1.0)
                scored.append(((best + title) * weight, i, tuple(hits[:3])))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [Quote(self.entries[i].citation, lines) for _, i, lines in scored]

    def summary(self, numbers: list[int], lines_each: int = 2) -> list[Quote]:
        """The opening lines of entries; a lone entry (a list of skills, say) shows more."""
        each = 6 if len(numbers) == 1 else lines_each
        return [Quote(self.entries[i].citation, self.entries[i].lines[:each]) for i in numbers]

    def lines_where(self, numbers: list[int], keep: str | re.Pattern[str]) -> list[Quote]:
        """From the given entries, only the lines the pattern finds something in."""
        quotes = []
        for i in numbers:
            lines = tuple(line for line in self.entries[i].lines if re.search(keep, line))
            if lines:
                quotes.append(Quote(self.entries[i].citation, lines))
        return quotes

    def cited(self, citation: str) -> Reply | None:
        """The entry with this citation, quoted from its first lines, if the resume has it."""
        for entry in self.entries:
            if entry.citation == citation and entry.lines:
                return Reply(_trim([Quote(entry.citation, entry.lines)]))
        return None

    def current(self, numbers: list[int]) -> int | None:
        """The entry marked present or current, else the first (most recent) one."""
        marked = [i for i in numbers if self.entries[i].is_current]
        return marked[0] if marked else latest(self.entries, numbers)


def _trim(quotes: list[Quote]) -> tuple[Quote, ...]:
    """At most MAX_QUOTES quotes and MAX_LINES lines, each citation once, order kept."""
    kept: list[Quote] = []
    budget = MAX_LINES
    for quote in quotes:
        if budget <= 0 or len(kept) == MAX_QUOTES:
            break
        if any(quote.citation == other.citation for other in kept):
            continue
        kept.append(Quote(quote.citation, quote.lines[:budget]))
        budget -= len(kept[-1].lines)
    return tuple(kept)


def _named(question: str, missing: list[str]) -> str:
    """The question's own spelling of the terms the resume lacks, for "does not mention X"."""
    words = [token for token in tokens(question) if stem(token) in missing]
    spelled = []
    for word in words:
        found = re.search(re.escape(word), question, re.IGNORECASE)
        spelled.append(found.group(0) if found else word)
    return " ".join(dict.fromkeys(spelled))


def answer_quotes(index: ResumeIndex, question: str) -> Reply:
    """Decide what the question asks and pick the quotes that answer it."""
    intent = classify(question)
    text = normalise(question)
    # The candidate's own name says who, not what: "Where did Joanna study?" asks about study.
    terms = [term for term in content_terms(text, intent.words) if term not in index.name_words]
    named = _about_entry(index, intent, text, terms)
    if named:
        return Reply(_trim(named))
    examples = _examples(index, intent, terms)
    if examples:
        return Reply(_trim(examples))
    quotes = _by_strategy(index, intent, text, terms)
    trimmed = _trim(quotes) if isinstance(quotes, list) else ()
    if trimmed:
        return Reply(trimmed)
    # Intent ranks, it does not gate: before saying "absent", look everywhere.
    found = _trim(_anywhere(index, intent, terms, specific=isinstance(quotes, str)))
    if found:
        return Reply(found)
    return Reply((), quotes if isinstance(quotes, str) else intent.absent)


_PERSONAL = frozenset({"salary", "age", "family", "visa", "spoken", "name"})
_JOBLIKE = r"(?i)\b(work\w*|job|role|did|do|long|position|title|at|for)\b"


def _about_entry(
    index: ResumeIndex, intent: Intent, question: str, terms: list[str]
) -> list[Quote]:
    """A question naming one job, school or project ("How long at Wipro?") gets that entry."""
    if intent.name in _PERSONAL or orders_entries(question):
        return []
    if intent.name == "contact" and not re.search(_JOBLIKE, question):
        return []
    number = named_entry(index.entries, terms, index.idf)
    if number is None:
        return []
    entry = index.entries[number]
    if asks_duration(question):
        dated = [
            line for line in entry.lines[:4] if re.search(r"\d{4}|present|current", line, re.I)
        ]
        return [Quote(entry.citation, tuple(dated or entry.lines[:2]))]
    others = [term for term in terms if term not in index.titles[number]]
    focused = [q for q in index.search(others) if q.citation == entry.citation] if others else []
    picked = (*entry.lines[:1], *(focused[0].lines if focused else ()), *entry.lines[1:6])
    return [Quote(entry.citation, tuple(dict.fromkeys(picked))[:6])]


def _examples(index: ResumeIndex, intent: Intent, terms: list[str]) -> list[Quote]:
    """ "Has she used a cloud platform?": the lines naming one (AWS, GCP), skills first."""
    if intent.name in _PERSONAL or intent.strategy not in ("skills", "programming", "roles"):
        return []
    preferred = index.of_kinds(("skills", "experience", "projects"))
    ordered = preferred + [i for i in range(len(index.entries)) if i not in preferred]
    for term in terms:
        if term in EXAMPLES:
            found = index.lines_where(ordered, EXAMPLES[term])
            if found:
                return found
    return []


def _anywhere(index: ResumeIndex, intent: Intent, terms: list[str], specific: bool) -> list[Quote]:
    """Lines anywhere that answer: witnesses of the intent, examples of a category, the terms.

    `specific`: the question named things the resume was searched for and lacks; only a
    category word among them ("cloud") may still be answered by its examples ("AWS").
    """
    everything = list(range(len(index.entries)))
    preferred = index.of_kinds(intent.kinds)
    ordered = preferred + [i for i in everything if i not in preferred]
    for term in terms:
        if term in EXAMPLES:
            found = index.lines_where(ordered, EXAMPLES[term])
            if found:
                return found
    if specific:
        return []
    if intent.name in EVIDENCE:
        found = index.lines_where(ordered, EVIDENCE[intent.name])
        if found:
            return found
    return index.search(terms) if terms else []


def _by_strategy(
    index: ResumeIndex, intent: Intent, question: str, terms: list[str]
) -> list[Quote] | str | None:
    """Quotes, or a sentence saying what is missing, or None for the intent's own sentence."""
    numbers = index.of_kinds(intent.kinds)
    strategy = intent.strategy
    if strategy == "absent":
        return index.lines_where(list(range(len(index.entries))), intent.pattern) or None
    if strategy == "search" or (strategy in ("skills", "programming") and terms):
        found = index.search(terms, intent.kinds or ("skills", "experience"))
        if found:
            return found
        missing = [term for term in terms if term not in CATEGORY_WORDS]
        if missing and strategy != "search":
            return f"The resume does not mention {_named(question, missing) or 'that'}."
        if strategy == "search":
            return "The resume does not say anything about that."
    if strategy == "programming":
        skills = index.of_kinds(("skills",))
        languages = re.compile(
            r"languag|\b(" + "|".join(re.escape(name) for name in PROGRAMMING_LANGUAGES) + r")\b",
            re.IGNORECASE,
        )
        return index.lines_where(skills, languages) or index.summary(skills) or None
    if strategy == "skills":
        return index.summary(index.of_kinds(("skills",))) or None
    if strategy == "roles":
        return _roles(index, question, numbers, terms)
    topic = {index.entries[i].citation for i in numbers}
    focused = [q for q in index.search(terms, intent.kinds) if q.citation in topic] if terms else []
    if focused:
        return focused
    if strategy == "contact":
        return _contact(index, question, numbers)
    if strategy == "location":
        # No "City, Country" line: the header is where a location stands, quote it.
        return index.lines_where(numbers, _PLACE) or index.summary(index.of_kinds(("header",)), 4)
    if strategy == "years":
        everywhere = index.of_kinds(("summary", "header", "experience"))
        return index.lines_where(everywhere, _YEARS) or _roles(index, "", numbers, [])
    if strategy == "current":
        current = index.current(numbers)
        if current is None:
            # No jobs as such: the header's headline says what the person does.
            return index.summary(index.of_kinds(("header",)), 4) or None
        return [Quote(index.entries[current].citation, index.entries[current].lines[:2])]
    if strategy == "name":
        header = index.of_kinds(("header",))
        return [Quote(index.entries[i].citation, (index.entries[i].title,)) for i in header]
    if strategy == "summary":
        summary = index.of_kinds(("summary",)) or index.of_kinds(("header",))
        return [Quote(q.citation, q.lines[:4]) for q in index.summary(summary, 4)] or None
    if numbers:
        return index.summary(numbers)
    return (index.search(terms) if terms else []) or None


def _contact(index: ResumeIndex, question: str, numbers: list[int]) -> list[Quote] | None:
    """The lines carrying the asked-for detail: email, phone, profile links, or all of them."""
    asked = question.lower()
    if "mail" in asked:
        keep = _EMAIL
    elif "phone" in asked or "call" in asked or "number" in asked:
        keep = _PHONE
    elif any(word in asked for word in ("linkedin", "github", "website", "site", "homepage")):
        word = next(w for w in ("linkedin", "github", "website", "site", "homepage") if w in asked)
        keep = {"linkedin": r"(?i)linkedin", "github": r"(?i)github"}.get(word, _URL)
    else:
        keep = f"(?i){_EMAIL}|{_PHONE}|{_URL.removeprefix('(?i)')}"
    everywhere = numbers + [i for i in range(len(index.entries)) if i not in numbers]
    found = index.lines_where(everywhere, keep)
    return found[:1] or None


def _roles(
    index: ResumeIndex, question: str, numbers: list[int], terms: list[str]
) -> list[Quote] | None:
    """Each job's opening line, newest first; "first" is the oldest, "before X" what followed X."""
    if not numbers:
        return None
    named = [i for i in numbers if any(term in index.titles[i] for term in terms)]
    if re.search(_FIRST, question):
        first = index.entries[earliest(index.entries, numbers) or numbers[-1]]
        return [Quote(first.citation, first.lines[:2])]
    if re.search(_BEFORE, question):
        anchor = named[0] if named else index.current(numbers)
        after = numbers[numbers.index(anchor) + 1 :] if anchor is not None else numbers
        return index.summary(after or numbers, 1)
    if terms:
        topic = {index.entries[i].citation for i in numbers}
        focused = [q for q in index.search(terms, ("experience",)) if q.citation in topic]
        if focused:
            return focused
    return index.summary(numbers, 1)
