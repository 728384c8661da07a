"""A CV's author where nothing else names them: the name its list of publications repeats."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice

from resume_chat import patterns

_SPLIT = patterns.compile(r"\*\*|\s[·|;]\s|,|\.\s| and ")


# A few words before the suffix, no more: an unbounded run of words and spaces made each line
# of a hostile file cost its length squared (90 KB of "a a a": 88 s).
# Each word of at most 40 letters: unbounded, a line of one endless word took minutes.
_COMPANY = r"\b[\w.&'-]{1,40}(?: [\w.&'-]{1,40}){0,7},? (?:Inc|LLC|Ltd|GmbH|Corp)\b\.?"


def author(lines: list[str], is_name: Callable[[str], bool]) -> str:
    """No name anywhere else: the person-like name that recurs in lists (their publications)."""
    counts: dict[str, int] = {}
    bold: dict[str, int] = {}  # "* **Won-Dong Jang**, Tae-Young Chung, …": the CV's own author
    for line in lines:
        # "Scaled Agile, Inc." on every certificate is a company, not the author.
        line = patterns.sub(_COMPANY, "", line)
        # In the line's order, so that a tie goes the same way on every run.
        parts = dict.fromkeys(part.strip(" -*_") for part in _SPLIT.split(line))
        names = [
            part for part in parts if 4 <= len(part) <= 40 and is_name(part) and part.istitle()
        ]
        if len(names) < 2 or not patterns.search(r"\b(19|20)\d\d\b", line):
            # A list of authors names several people, and a publication its year; a lone
            # phrase is no author, nor a list of skills ("Upselling, Time Management").
            continue
        for part in names:
            counts[part] = counts.get(part, 0) + 1
            if f"**{part}**" in line:
                bold[part] = bold.get(part, 0) + 1
    best = max(bold.items(), key=lambda item: item[1], default=("", 0))
    if best[1] >= 2:
        return best[0]
    best = max(counts.items(), key=lambda item: item[1], default=("", 0))
    return best[0] if best[1] >= 2 else ""


# Whose an address is: an e-mail's local part, a LinkedIn or GitHub account's name.
_HANDLE = patterns.compile(
    r"(?i)([\w.+-]{4,40})@[\w-]+\.|(?:linkedin\.com/in|github\.com)/([\w-]{4,40})"
)


# Name-like lines compared at most (a footer may hold the name, after a page of text).
_COMPARED = 500


def handle_name(lines: list[str], is_name: Callable[[str], bool]) -> str:
    """No name anywhere else: a line alone that looks like a name and spells the e-mail's or
    the profile's account ("Andrej Dunajev" of andreydunaev1@gmail.com, as LinkedIn prints
    its profile: the name in the middle of the page, under the contact column)."""
    from difflib import SequenceMatcher
    from unicodedata import normalize

    # A few addresses, and so many name-like lines: a stranger's file of ten thousand e-mails
    # and as many names would cost every pair's comparison.
    found = (match for line in lines for match in _HANDLE.finditer(line))
    handles = {patterns.sub(r"[\d._+-]", "", (m[1] or m[2]).lower()) for m in islice(found, 8)}
    handles.discard("")
    compared = 0
    for line in lines:
        plain = line.strip()
        if not handles or not 5 <= len(plain) <= 40 or not is_name(plain):
            continue
        compared += 1
        if compared > _COMPARED:
            break
        letters = normalize("NFKD", plain.lower()).encode("ascii", "ignore").decode()
        compact = patterns.sub(r"[^a-z]", "", letters)
        if any(SequenceMatcher(None, compact, handle).ratio() >= 0.8 for handle in handles):
            return plain
    return ""
