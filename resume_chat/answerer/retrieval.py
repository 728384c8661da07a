"""Picking the resume lines that answer a question: by its intent first, by shared words after."""

from __future__ import annotations

import re

from resume_chat.answerer.evidence import (
    EVIDENCE,
    EXAMPLES,
    capitalised,
    earliest,
    earliest_line,
    latest,
    started,
)
from resume_chat.answerer.index import Quote, Reply, ResumeIndex, trim
from resume_chat.answerer.intents import Intent, classify, normalise
from resume_chat.answerer.lookups import about_entry, anywhere, examples, focus
from resume_chat.answerer.outline import programming_languages
from resume_chat.answerer.terms import content_terms, stem, stems, tokens

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
# Nine digits or more, among spaces, dots, dashes, brackets: "2019 - 2021" (eight) is no phone.
_PHONE = r"\+?\(?\d(?:[ ()./-]{0,3}\d){8,}"
_URL = r"(?i)(https?://|www\.|\b[\w-]+\.(com|io|dev|org|net|me)\b|linkedin|github)"
_PLACE_LABEL = r"(?i)\b(location|based in|lives? in|living in|address|city|country)\b"
_PLACE = r"\b[A-Z][\w'.-]+(?: [A-Z][\w'.-]+)*, [A-Z]"  # "City, Country" (labels: above)
_BEFORE = r"(?i)\b(previous\w*|prior|before|former\w*|earlier|past|last)\b"
_DOES = r"(?i)\bwhat does \w+ do\b(?! (at|for|in|with))"
_FIRST = r"(?i)\b(first|earliest|oldest|start\w*|began|begin\w*)\b"


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
    absent = _unknown_names(index, intent, question, terms)
    if absent:
        return Reply((), f"The resume does not mention {absent}.")
    terms = index.expand(terms)
    named = about_entry(index, intent, text, terms)
    if named:
        return Reply(trim(named))
    instances = examples(index, intent, terms) or focus(index, intent, text)
    if instances:
        return Reply(trim(instances))
    quotes = _by_strategy(index, intent, text, terms)
    trimmed = trim(quotes) if isinstance(quotes, list) else ()
    if trimmed:
        return Reply(trimmed)
    # Intent ranks, it does not gate: before saying "absent", look everywhere.
    found = trim(anywhere(index, intent, terms, specific=isinstance(quotes, str)))
    if found:
        return Reply(found)
    return Reply((), quotes if isinstance(quotes, str) else intent.absent)


def _unknown_names(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> str:
    """ "Has he worked at Google?", "Does he have Kubernetes experience?": a name the question
    capitalises that the resume has nowhere, in any spelling, is a plain "does not mention"."""
    if intent.strategy not in ("roles", "current", "years", "topic", "search"):
        return ""
    names = [t for t in capitalised(question) if t in terms and t not in CATEGORY_WORDS]
    if not names or any(index.known(t) or t in EXAMPLES for t in names):
        return ""
    if any(term for term in index.expand(names) if index.known(term)):
        return ""
    return _named(question, names)


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
        languages = programming_languages().replace("(?i)", "(?i)languag|", 1)
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
        labelled = index.lines_where(numbers, _PLACE_LABEL)
        return (
            labelled
            or index.lines_where(numbers, _PLACE)
            or index.summary(index.of_kinds(("header",)), 4)
        )
    if strategy == "years":
        everywhere = index.of_kinds(("summary", "header", "experience"))
        return index.lines_where(everywhere, _YEARS) or _roles(index, "", numbers, [])
    if strategy == "current":
        if not any(index.entries[i].is_current for i in numbers):
            # "What is Paul doing now?": a degree in progress is what a student is doing.
            studying = [i for i in index.of_kinds(("education",)) if index.entries[i].is_current]
            numbers = studying[:1] + numbers
        current = index.current(numbers)
        header = index.summary(index.of_kinds(("header",)), 4)
        if current is None:
            # No jobs as such: the header's headline says what the person does.
            return header or None
        # Two jobs at once ("Present" on a side project and on the main job): both; and the
        # latest job by its dates too, when a student's "Present" stands above it.
        marked = [i for i in numbers if index.entries[i].is_current][:2] or [current]
        newest = latest(index.entries, numbers)
        if newest is not None and newest not in marked:
            marked.append(newest)
        job = [Quote(index.entries[i].citation, index.entries[i].lines[:3]) for i in marked]
        # "What does Becky do?" asks for a headline as much as for the latest job.
        return [*header, *job] if re.search(_DOES, question) else job
    if strategy == "name":
        heads = index.of_kinds(("header",))
        return [Quote(index.entries[i].citation, (index.entries[i].title,)) for i in heads]
    if strategy == "summary":
        summary = index.of_kinds(("summary",)) or index.of_kinds(("header",))
        return [Quote(q.citation, q.lines[:4]) for q in index.summary(summary, 4)] or None
    if numbers:
        return index.summary(numbers, 3)  # a degree, its school, its dates
    if strategy == "topic" and intent.name in EVIDENCE:
        # No section for it: the lines that witness the topic, those sharing the question's
        # words first ("awards for his papers" → "Best paper award"); a word alone
        # ("professional certifications") is no witness.
        witnesses = index.lines_where(list(range(len(index.entries))), EVIDENCE[intent.name])
        shared = [q for q in witnesses if any(set(stems(" ".join(q.lines))) & set(terms))]
        named = index.search(terms) if terms else []  # "Devcon" may stand on a line of its own
        return shared + named + [q for q in witnesses if q not in shared] or None
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
        dated = [i for i in numbers if started(index.entries[i]) is not None]
        if len(dated) < 2:
            # One block of jobs (a text CV, a table): the line with the earliest date in it.
            line = earliest_line(index.entries, numbers)
            if line is not None:
                entry = index.entries[line[0]]
                return [Quote(entry.citation, entry.lines[line[1] : line[1] + 2])]
        oldest = earliest(index.entries, numbers)
        first = index.entries[numbers[-1] if oldest is None else oldest]
        return [Quote(first.citation, first.lines[:2])]
    if re.search(_BEFORE, question):
        anchor = named[0] if named else index.current(numbers)
        after = numbers[numbers.index(anchor) + 1 :] if anchor is not None else numbers
        return index.summary(after or numbers, 1)
    if terms:
        everywhere = index.search(terms, ("experience",))
        topic = {index.entries[i].citation for i in numbers}
        focused = [q for q in everywhere if q.citation in topic]
        # "Does he have DynamoDB experience?": the jobs that used it, else wherever it stands.
        if focused or everywhere:
            return focused or everywhere
    return index.summary(numbers, 1)
