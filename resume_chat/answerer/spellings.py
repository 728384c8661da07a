"""How one word of a question may be written another way in a resume: a derived form
("debating", "debater"), a shortening ("postdoc"), punctuation ("Three.js", "ThreeJS"), or
a name's initials ("NIH")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from resume_chat.answerer.terms import stems

_VERSION = r"[0-9][0-9.]*[a-z]?"
# The shortest shared beginning that makes two words one: "react" and "reactive" yes, "java"
# and "javascript" no.
PREFIX = 5


# Endings that derive one word from another without changing what it names (plurals are the
# stemmer's): "japan" and
# "japanese" stay apart, "international" and "internationally" meet.
_SUFFIXES = ("ly", "ally", "ing", "ed", "er", "ers", "or", "ors", "al", "ment", "ation")


# A word this long or longer may be asked in short ("postdoc" for "postdoctoral"), by as many
# letters at most.
SHORTENED = 7
# Capitalised words in a row, with the small words names keep: "National Institute of Health",
# "National Endowment for the Humanities".
NAME_RUN = r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|&)\s+){0,2}[A-Z][a-z]+)+"
LINKING = frozenset({"of", "and", "for", "the", "&"})


def squash(word: str) -> str:
    """Letters and digits only, a final s dropped: "three.js" and "threej" meet."""
    return re.sub(r"[^a-z0-9+#]", "", word.lower()).removesuffix("s")


def derived(one: str, other: str) -> bool:
    """One word is the other plus a known ending, or plus a version ("rhino" → "rhino3d")."""
    short, long = sorted((one, other), key=len)
    ending = long[len(short) :]
    return long.startswith(short) and (ending in _SUFFIXES or bool(re.fullmatch(_VERSION, ending)))


def roots_of(vocabulary: set[str]) -> dict[str, str]:
    """Words of the resume derived from another word of it: "debater" → "debat" ("debating")."""
    roots = {}
    for word in vocabulary:
        if not word.endswith(_SUFFIXES):
            continue
        for suffix in _SUFFIXES:
            root = word[: -len(suffix)] if word.endswith(suffix) else ""
            if len(root) >= PREFIX and root in vocabulary:
                roots[word] = root
                break
    return roots


def rooted(words: set[str], roots: dict[str, str]) -> set[str]:
    return {roots[word] for word in words if word in roots}


# Short forms everyone uses for roles and fields, spelled out in resumes: "Which courses do they
# TA?" meets "Teaching assistant for CPSC 304".
SHORT_FORMS = {
    "ta": "teaching assistant",
    "gta": "graduate teaching assistant",
    "ra": "research assistant",
    "gra": "graduate research assistant",
    "pi": "principal investigator",
    "pm": "project manager",
    "qa": "quality assurance",
    "hr": "human resources",
    "ux": "user experience",
    "ui": "user interface",
    "rn": "registered nurse",
    "cna": "certified nursing assistant",
}


def capitals_titled(line: str) -> str:
    """Runs of words in capitals set in title case, so their initials read as a name's:
    "UNIVERSITY OF BRITISH COLUMBIA" → "University Of British Columbia" (UBC)."""
    return re.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", lambda run: run.group(0).title(), line)


def spelled_out(lines: Iterable[str]) -> dict[str, list[str]]:
    """Names the lines spell out, by their initials: "nih" → National Institute of Health."""
    spelled: dict[str, list[str]] = {}
    for line in lines:
        for run in re.findall(NAME_RUN, capitals_titled(line)):
            words = [w for w in run.split() if w.lower() not in LINKING]
            if not 2 <= len(words) <= 6:
                continue
            # The whole name, and any two or more words of it in a row ("Certificate in
            # Monitoring and Evaluation Practices" holds "Monitoring and Evaluation").
            for a, b in itertools.combinations(range(len(words) + 1), 2):
                if b - a < 2:
                    continue
                # A name's first words stand for it ("UN" for "United Nations Industrial ..."):
                # other parts are asked only as "M&E" or longer.
                part = "&" if a else ""
                initials = part + "".join(word[0] for word in words[a:b]).lower()
                named = spelled.setdefault(initials, [])
                named += [w for w in stems(" ".join(words[a:b])) if w not in named]
    return spelled
