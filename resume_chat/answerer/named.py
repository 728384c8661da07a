"""What a question names: the words it gives as names ("at Salsify", "Kubernetes"), the
words it writes in capitals, whether it orders entries or asks how long, and the entry its
names point to."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.terms import stems
from resume_chat.resume import scripts
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.kinds.classifier import names_kind

_ORDER = r"(?i)\b(before|after|prior to|previous\w*|next|first|earliest|last)\b"
# Not "At which university does he work?": the employer asked, none named ("At which
# congress did he present?" names the kind of thing to look for).
_AFTER_PREPOSITION = (
    r"(?i)\b(?:at|for|with|from|during|in)\s+(?!(?:which|what) (?:\w+ ){1,2}(?:does|do|is|are)"
    r" \w+ work)((?:\S+\s+){0,3}\S+)"
)


def named_entries(
    entries: list[Entry],
    terms: list[str],
    idf: dict[str, float],
    rare: float,
    proper: frozenset[str],
) -> list[int]:
    """The jobs, degrees or projects whose heading holds the rarest name the question gives.

    `proper` are the words a question gives as names (see `names_in`): "Has she studied
    cryptography?" names nothing, so a "Cryptography Researcher" job does not take over.
    Two entries at one employer ("New Relic" twice) are both named.
    """
    scored: list[tuple[float, int, bool]] = []  # (rarity, entry, named in its own title)
    shared: dict[int, int] = {}  # how many of the question's words each heading holds
    whole: dict[int, bool] = {}  # every name the question gives, and what it asks in its title
    for number, entry in enumerate(entries):
        if entry.kind in ("header", "skills", "summary", "contact", "languages", "other"):
            continue
        if names_kind(entry.title):
            continue  # "Open Source" is a section of its own, not an employer named in one
        # Its heading, and the line under a bare title naming the employer: "**88M Motor
        # Transport Operator**" over "U.S. Army (May 2013 - March 2015)".
        # Not the section's own title: "Education" names no school ("How long was he at CORE
        # Educations?" is not about "Education › Bachelor of Arts…").
        parts = entry.citation.split(" › ")
        head = set(stems(" ".join(parts[1:] if len(parts) > 1 and names_kind(parts[0]) else parts)))
        under = entry.lines[1:2] if entry.lines[:1] == (f"**{entry.title}**",) else ()
        # A job's title over its employer's line: "### Research Assistant" / "Hokkaido
        # University" / "Oct 2019 - Jul 2020", where that line names all the question names
        # ("an international competition" is not "Mahavir Shree International Pvt. Ltd.").
        first = entry.lines[0] if entry.lines and entry.kind == "experience" else ""
        given = [t for t in terms if t in proper and len(t) > 2]
        # "2012–2013 · University of Santa Cruz do Sul (UNISC) · Santa Cruz do Sul, Brazil":
        # a dated line under the title is its head, however long the employer's name.
        short = len(first) <= 60 or (len(first) <= 120 and bool(patterns.search(DATE_SPAN, first)))
        if not under and short and given and set(given) <= set(stems(first)):
            under = (first,)
        below = stems(" ".join(line for line in under if not line.startswith("- ")))
        head.update(word for word in below if word.isalpha())  # its employer, not its dates
        named = [term for term in terms if term in head and term in proper and len(term) > 2]
        if not named:
            continue
        title = set(stems(entry.title))
        # A name the whole job repeats ("Wehkamp" in every line of it) is still its name, when
        # its own heading holds every name the question gives ("Financial Intelligence Unit"
        # is not named by "Artificial Intelligence").
        owned = bool(given) and all(t in title for t in given)
        scored.append((max(idf.get(t, 0.0) for t in named), number, owned))
        shared[number] = sum(term in head for term in terms)
        # Its own title saying what the question asks besides the names: "Research Assistant".
        whole[number] = any(t in title for t in terms if t not in given) and all(
            t in head for t in given
        )
    best = max((score for score, _, _ in scored), default=0.0)
    if best < rare and not any(own for _, _, own in scored):
        return []
    chosen = [(number, own) for score, number, own in scored if score == best]
    # Two jobs named alike ("Java Chapter Lead", "Dozent für Java"): first the one whose
    # heading holds more of the question's other words ("teach", read as "Dozent").
    chosen.sort(key=lambda pair: -shared[pair[0]])
    # The job whose own heading names the employer, rather than its sub-sections.
    headed = [number for number, own in chosen if own]
    # Unless another holds more of them: "When did she work as a research assistant at
    # Hokkaido University?" of the degree there and the job there.
    ahead = chosen[0][0] if chosen else None
    if (
        ahead is not None
        and whole[ahead]
        and shared[ahead] > max(shared[n] for n in headed or [ahead])
    ):
        headed = []
    return headed or [number for number, _ in chosen]


def names_in(question: str) -> frozenset[str]:
    """Stems of the words a question gives as names: capitalised past its first word
    ("Agile Fusion"), or following "at", "for", "with" ("what did she do at klarhet?")."""
    words = [word for word in question.split()[1:] if any(char.isupper() for char in word)]
    after = patterns.findall(_AFTER_PREPOSITION, question)
    words += [word for group in after for word in group.split()]
    # "Where did he intern in 2025?": a year alone names nothing (a job that year is found by
    # its lines); beside a name ("at Mississippi State from 2016") it tells its entry apart.
    named = frozenset(stems(" ".join(words)))
    return named if any(not word.isdigit() for word in named) else frozenset()


def abbreviations(question: str) -> list[str]:
    """Stems of the words a question writes in capitals alone ("CAD", "K-12", "TV")."""
    return stems(
        " ".join(w for w in question.split() if patterns.fullmatch(r"[A-Z0-9&-]{2,}\W*", w))
    )


def capitalised(question: str) -> list[str]:
    """Stems of the words a question capitalises past its first word ("Kubernetes", "AWS"),
    except its subject: "Where does Kaan work?", "Has Kaan used Go?" name a person."""
    words = question.split()
    lowered = [word.lower() for word in words]
    subject = -1
    if lowered and lowered[0] in _AUXILIARY:
        subject = 1
    elif len(lowered) > 1 and lowered[0] in _WH and lowered[1] in _AUXILIARY:
        subject = 2
    kept = [
        word
        for position, word in enumerate(words[1:], start=1)
        if any(char.isupper() for char in word) and position != subject
    ]
    return stems(" ".join(kept))


_AUXILIARY = frozenset(
    "does did do is was are were has have had can could would will should may might".split()  # noqa: SIM905
)
_WH = frozenset("what where when which who how why whom whose".split())  # noqa: SIM905


def proper_names(question: str) -> frozenset[str]:
    """Stems of the capitalised words a question puts after "at", "for", "with"…: only a
    proper name ("at Salsify", not "in the industry") can stand for a line of its own."""
    found = patterns.findall(_AFTER_PREPOSITION, question)
    words = [word for group in found for word in group.split()]
    return frozenset(stems(" ".join(word for word in words if any(c.isupper() for c in word))))


def orders_entries(question: str) -> bool:
    """ "Before Acme", "her first job": about the entries around one, not that one."""
    return bool(patterns.search(_ORDER, question))


def asks_duration(question: str) -> bool:
    return bool(
        patterns.search(r"(?i)\bhow long\b|\bwhen did\b|\bwhich years\b|\bdates?\b", question)
    )


# Chinese and Japanese, written without spaces: a run of their letters is no one word.
_UNSPACED = patterns.compile(f"[{scripts.KANA}{scripts.HAN}]{{2,}}")

# After a preposition ("in the 蓝桥杯 competition"), or opening brackets or quotes (a word of
# Latin letters may come first).
_PLACED = patterns.compile(
    rf"(?i)(?:\b(?:at|for|with|from|in|on|of|about|to)\s+(?:the\s+)?|[(\uff08\u300c\u300e\u201c\"]\s*(?:[\w.-]+\s)?)"
    rf"({_UNSPACED.pattern})"
)


def copied_names(index: ResumeIndex, question: str) -> list[Quote]:
    """ "When did Abraham work at 阳狮璞砺?": a name in Chinese or Japanese copied from the
    resume names what holds it; an entry it heads, by its first lines (its dates), else each
    line that holds it, with the line after (a table's row: its role)."""
    # A name the question places ("at 阳狮璞砺", "(4G 船舶智能控制系统)"), not the person it
    # asks about ("does 立志").
    placed = re.findall(_PLACED, question)
    runs = [run for run in placed if run not in index.name and run in index.text]
    if not runs:
        return []
    headed = [i for i, entry in enumerate(index.entries) if any(r in entry.title for r in runs)]
    named = "|".join(re.escape(run) for run in runs)
    everywhere = list(range(len(index.entries)))
    return index.summary(headed, 3) or index.lines_around(everywhere, re.compile(named), after=1)
