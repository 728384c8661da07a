"""Who a question asks about: the candidate by name ("did Sol", "is Alexandre Moret"), run
together or in another alphabet, or by trade ("the teacher"). None of these names is a thing
the resume must hold: no fact is denied for them."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.terms import stems

# "How well did Sol do", "Richard's referee": the person asked about, named, a resume without
# a name found (or a nickname) never states; no fact about them is denied for it.
# A question's verb before its subject: "Did Sol", "is Alexandre Moret".
_ASKED_OF = r"\b(?i:did|does|has|is|was|can|could|would|will|should) "
_ADDRESSED = patterns.compile(
    _ASKED_OF + r"([A-Z][a-z]+) [a-z]"
    r"|\b([A-Z][a-z]+)['’]s\b(?! [A-Z])"  # not "Dean's List", "McDonald's Corp"
)
# A name run together or in another alphabet ("TengYan", "Андрей"; not "AJ", initials), or a
# given name and a surname ("is Alexandre Moret currently"): never denied, though it may name
# a thing the resume holds ("What does NarrowAI do?").
_NAME = r"(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])(?=[^\W\d_]*[a-zà-öø-ÿа-яё])[^\W\d_]+"
_ADDRESSED_ANY = patterns.compile(
    rf"{_ASKED_OF}((?:{_NAME} ){{0,2}}{_NAME}) [a-z]"
    rf"|\b({_NAME})['’]s\b(?! [A-Z])"
)


# "Did the teacher complete the PhD?", "the engineer's email": the person asked about by their
# trade, in a question with no pronoun for them (not "did the user group he founded grow"),
# before the verb they do (not "What is the current job?", an adjective before its noun).
_TRADE = (
    r"(?!current|recent|relevant|different|important|present|latest|bachelor|master|doctor"
    # Not a degree ("the bachelor's degree"), nor someone else ("the manager's name").
    r"|major|minor|junior|senior|mentor|supervisor|advisor|professor|employer|manager"
    r"|founder|owner|customer|user|member|partner|officer|director|instructor)"
    r"([a-z]+(?:er|or|ist|ian|eer|ant|ent)|nurse|chef|student)"
)
_BY_TRADE = patterns.compile(
    rf"\b(?i:(did|does|do|can|could|would|will|should) the ){_TRADE}\b(?= [a-z])"
    rf"|\b(?i:the ){_TRADE}(?=['’]s\b)"
)
_PRONOUN = patterns.compile(r"(?i)\b(he|she|they|him|her|them|his|hers|their)\b")


def by_trade(question: str) -> str:
    """The question with the candidate named by their trade ("the teacher") as "the candidate",
    a word every reading of a question already knows means the person."""
    if _PRONOUN.search(question):
        return question
    return _BY_TRADE.sub(
        lambda m: f"{m.group(1)} the candidate" if m.group(1) else "the candidate", question
    )


# "did Jhoan Carlos do", "is Alexandre Moret currently": two or three names, the subject.
_FULL_NAME = patterns.compile(_ASKED_OF + r"((?!The )[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}) [a-z]")


def full_names(index: ResumeIndex, question: str) -> set[str]:
    """The stems of a person's names the question makes its subject, where the resume has
    them in its header (or a title of its own) or nowhere: the candidate, not "Olmi
    Communication" or "Library Journal", whose names its lines hold."""
    heads = [e for e in index.entries if e.kind in ("header", "contact", "other")]
    header = {word for e in heads for word in stems(" ".join((e.title, *e.lines[:3])))}
    found = set()
    for name in _FULL_NAME.findall(question):
        words = stems(name)
        if all(word in header or not index.known(word) for word in words):
            found |= set(words)
    return found


def addressed(question: str, *, any_name: bool = False) -> set[str]:
    """The stems of the person a question names as its subject ("did Sol", "Richard's"); with
    `any_name`, a name run together or in another alphabet too ("does TengYan")."""
    found = (_ADDRESSED_ANY if any_name else _ADDRESSED).findall(question)
    # Stemmed as the question's terms are, accents off: "Étienne" is "etienn" in both.
    return {word for pair in found for name in pair for word in stems(name)}
