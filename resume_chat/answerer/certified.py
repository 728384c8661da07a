"""A certification asked of a resume that holds none of it: "Does he hold an AWS certification?"
of a resume naming AWS only among its tools. The resume states the tool, not the certificate:
the answer says so, then quotes what it does say of the tool."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.named import capitalised
from resume_chat.answerer.terms import stems

# A yes-or-no question about holding a certificate or a licence.
_ASKS = (
    r"(?i)^\s*(?:does|do|is|are|has|have|did)\b[^?]*?"
    r"\b(?:certif\w*|certificates?|licen[cs]e[ds]?)\b"
)
# Words that say a line is about a certificate, in the languages resumes come in; a diploma
# and a credential too (read as certificates by some), so that any doubt keeps the answer open.
_CERTIFICATE = (
    r"(?i)certif|zertifi|certyfik|sertifi|сертиф|свидетельств|认证|證書|证书|資格|资格|자격"
    r"|licen[cs]|lizenz|accredit|credential|diplom|badge|exam\b|passed"
)
# The question's own words about holding one, no name of what it is in.
_ASKING_WORDS = frozenset(
    stems(
        "certification certificate certified certify licence license licensed hold holds have"
        " has valid current currently professional official recognized recognised any such"
        " kind type industry formal"
    )
)
# Where a certificate may be kept without the word: awards, studies and their courses.
_HELD_IN = ("awards", "education")


def uncertified(index: ResumeIndex, question: str, terms: list[str]) -> tuple[str, list[Quote]]:
    """ "AWS" and the lines naming it, where the question asks whether the candidate holds a
    certification in what the resume names only outside any certificate; ("", []) where it
    may hold one, or the question asks nothing of the kind."""
    if not patterns.search(_ASKS, question):
        return "", []
    # What the certificate would be in, by name: "AWS", "Salesforce"; not a kind of one
    # ("networking", "agile"), which a certificate's own name need not say ("MTCNA").
    named = [
        t
        for t in capitalised(question)
        if t in terms and t not in _ASKING_WORDS and t not in index.name_words
    ]
    # A resume holding any certificate may hold this one under a name the question does not
    # use ("MCSA" for a Microsoft certification, "PSM I" for an agile one): never judged.
    if (
        not named
        or index.of_kinds(("certifications",))
        or patterns.search(_CERTIFICATE, index.text)
    ):
        return "", []
    if _initials_written(index, question) or not _only_as_a_tool(index, named):
        return "", []
    for i, entry in enumerate(index.entries):
        said = [index.titles[i], *index.lines[i]]
        if entry.kind in _HELD_IN and any(t in words for words in said for t in named):
            return "", []
    quotes = index.search(named)[:3]
    if not quotes:
        return "", []  # a name the resume never writes: the absent names answer it
    return _thing(question, named), quotes


def _only_as_a_tool(index: ResumeIndex, named: list[str]) -> bool:
    """Every line naming it names it alone, as a tool in a list ("Tools: Excel · AWS") or a
    sentence does ("moved the shop to AWS"); never beside another capitalised word, as in a
    longer name ("AWS Academy", "Microsoft Office Specialist"), which may be a certificate's."""
    seen = False
    for text in index.text.splitlines():
        for item in patterns.split(r"[,;·|/•()\[\]:]|\s[-–—]\s", text):
            words = item.split()
            for at, word in enumerate(words):
                if not any(t in stems(word) for t in named):
                    continue
                seen = True
                beside = [w for w in (words[at - 1 : at] + words[at + 1 : at + 2]) if w]
                if any(w[:1].isupper() or any(c.isdigit() for c in w) for w in beside):
                    return False
    return seen


def _initials_written(index: ResumeIndex, question: str) -> bool:
    """ "Certified Kubernetes Administrator" asked, "CKA" written (or any capitals asked, as
    written): the certificate may be named by its letters."""
    capitals = patterns.findall(r"\b[A-Z]{2,6}\b", question)
    words = patterns.findall(r"\b[A-Z][a-z]+\b", question)
    initials = "".join(word[0] for word in words[1:])  # not the question's first word
    asked = {*capitals, *(initials[i : i + n] for n in (3, 4) for i in range(len(initials)))}
    return any(
        re.search(rf"\b{re.escape(letters)}\b", index.text) is not None  # the question's own
        for letters in asked
        if letters not in _VENDORS and len(letters) >= 2
    )


# Makers whose names a tool and its certificate share: asked, they say whose certificate.
_VENDORS = frozenset({"AWS", "GCP", "IBM", "SAP", "MS", "HP"})


def _thing(question: str, named: list[str]) -> str:
    """The question's words for what the certificate would be in, as it writes them."""
    words = [w.strip("?,.!()\"'") for w in question.split()]
    kept = [w for w in words if w and any(t in stems(w) for t in named)]
    return " ".join(dict.fromkeys(kept))
