"""How one word of a question may be written another way in a resume: a derived form
("debating", "debater"), a shortening ("postdoc"), punctuation ("Three.js", "ThreeJS"), or
a name's initials ("NIH")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from functools import cached_property

from resume_chat import patterns
from resume_chat.answerer.terms import STOPWORDS, compound_parts, stem, stems
from resume_chat.answerer.wordforms import (
    PREFIX,
    cognates,
    derived,
    one_letter_apart,
    romanised,
    squash,
)
from resume_chat.resume import scripts

# A word this long or longer may be asked in short ("postdoc" for "postdoctoral"), by as many
# letters at most.
SHORTENED = 7
# A word this long or longer, asked, is the resume's word written one letter apart: names are
# misspelt in resumes ("Keycloack"), and shorter words one letter apart are other words.
MISSPELT = 7
# Capitalised words in a row, with the small words names keep: "National Institute of Health",
# "National Endowment for the Humanities".
# Linking words in names abroad too: "Universidade Federal do Rio de Janeiro" is the UFRJ,
# "Pontifícia Universidade Católica" the PUC.
_LINK = r"of|and|for|the|at|&|de|do|da|dos|das|del|della|di|du|des|y|e|et|und|van|von|der"
_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+"
# A name of eight words at most: a longer run of capitalised words is no name, and a bound
# keeps the search linear on a line of thousands of them.
NAME_RUN = rf"\b{_WORD}(?:\s+(?:(?:{_LINK})\s+){{0,2}}{_WORD}){{1,7}}"
# A name and, after a comma, its place: "University of California, San Francisco" (UCSF).
# A string, compiled on first use: most answers never spell out a name.
_NAME_AND_PLACE = rf"{NAME_RUN},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b"
LINKING = frozenset(_LINK.split("|"))


# Short forms everyone uses for roles and fields, spelled out in resumes: "Which courses do they
# TA?" meets "Teaching assistant for CPSC 304".
SHORT_FORMS = {
    "ta": "teaching assistant",
    # British and Commonwealth qualifications by their letters.
    "hnd": "higher national diploma",
    "hnc": "higher national certificate",
    "ond": "ordinary national diploma",
    # South Asian school certificates ("HSC" is "Higher Secondary School Certificate" too).
    "hsc": "higher secondary",
    "ssc": "secondary school certificate",
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
    return patterns.sub(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b", lambda run: run.group(0).title(), line)


def spelled_out(lines: Iterable[str]) -> dict[str, list[str]]:
    """Names the lines spell out, by their initials: "nih" → National Institute of Health."""
    spelled: dict[str, list[str]] = {}
    for line in lines:
        titled = capitals_titled(line)
        for run in patterns.findall(NAME_RUN, titled):
            words = [w for w in run.split() if w.lower() not in LINKING]
            if not 2 <= len(words) <= 6:
                continue
            # "Department of Energy" is the DOE: "of" may give its letter too.
            if len(run.split()) > len(words):
                named = spelled.setdefault("".join(w[0] for w in run.split()).lower(), [])
                named += [w for w in stems(" ".join(words)) if w not in named]
            # The whole name, and any two or more words of it in a row ("Certificate in
            # Monitoring and Evaluation Practices" holds "Monitoring and Evaluation").
            for a, b in itertools.combinations(range(len(words) + 1), 2):
                if b - a >= 2:
                    # A name's first words stand for it ("UN" for "United Nations Industrial
                    # ..."): other parts are asked only as "M&E" or longer.
                    _spell(spelled, "&" if a else "", words[a:b])
        # With its place, only as a whole: list items parted by commas make no name.
        for run in patterns.findall(_NAME_AND_PLACE, titled):
            _spell(spelled, "", [w.rstrip(",") for w in run.split() if w.lower() not in LINKING])
    return spelled


def _spell(spelled: dict[str, list[str]], prefix: str, words: list[str]) -> None:
    """Record the words' stems under their initials (after `prefix`)."""
    named = spelled.setdefault(prefix + "".join(word[0] for word in words).lower(), [])
    named += [w for w in stems(" ".join(words)) if w not in named]


class Spellings:
    """The other ways one resume writes the words a question may use."""

    def __init__(self, idf: dict[str, float], lines: list[str]) -> None:
        """`idf`: the resume's words (stems) and their weights; `lines`: its headings and lines."""
        self.idf = idf
        self.lines = lines
        # Words the resume writes in capitals, 2 to 5 letters: acronyms of names (CMU, NYU;
        # "J&J" and "P&G" as "jj" and "pg").
        self.capitals = frozenset(
            word.lower().replace("&", "")
            for line in lines
            for word in patterns.findall(r"\b[A-Z]{2,5}\b|\b[A-Z](?:&[A-Z]){1,3}\b", line)
        )

    def expand(self, terms: list[str]) -> list[str]:
        """The terms, plus, for a term the resume lacks, its words derived from the same root.

        "co-found" meets "co-founder", "internationally" meets "international": the crude
        stems miss what a shared root of five letters and a known ending catch. A term the
        resume has as written is not widened, so "teacher" does not also match "teaching".
        """
        found = list(terms)
        for term in terms:
            if term in self.idf:
                continue
            # "Node.js" asked, "Node" written: the parts the resume has stand in for the whole.
            # "A-levels" asked, "A – Levels" written: the part as the resume keeps it, a stem.
            parts = [
                next((w for w in (p, stem(p)) if w in self.idf), "") for p in compound_parts(term)
            ]
            found += [part for part in parts if part and part not in found]
            # "chatbot" asked, "Chat Bot" written: one word the resume spells as two.
            found += [part for part in self._halves(term) if part not in found]
            # "Erasmus" asked, "Erasmus+" written: the same name with a sign after it.
            found += [
                word
                for word in self.idf
                if word[-1:] in ("+", "#") and stem(word.rstrip("+#")) == term and word != term
            ]
            # "Three.js" asked, "ThreeJS" written: one name, punctuated or not.
            found += [word for word in self._squashed.get(squash(term), ()) if word not in found]
            # "KCSE" asked (its stem "kcs"), "K.C.S.E" written: initials with stops between.
            found += [w for w in self._squashed_stems.get(squash(term), ()) if w not in found]
            # "React" asked, "ReactJS" or "React.js" written: the library by its full name.
            found += [w for w in self._libraries.get(term, ()) if w not in found]
            # "NIH" asked, "National Institute of Health" written.
            letters = term.replace("&", "")
            spelled = self._spelled.get(letters, ())
            if "&" in term or len(letters) > 2:  # "M&E": Monitoring and Evaluation, in a name
                spelled = (*spelled, *self._spelled.get("&" + letters, ()))
            found += [word for word in spelled if word not in found]
            # "TA" asked, "Teaching assistant" written: a short form everyone uses.
            found += [word for word in stems(SHORT_FORMS.get(term, "")) if word not in found]
            # "Magnetron" asked, "Магнетрон" (or "Магнетрона") written: a name in Cyrillic.
            if len(term) >= 5 and term.isalpha():
                found += [
                    word
                    for roman, words in self._romanised.items()
                    if roman.startswith(term) and len(roman) - len(term) <= 2
                    for word in words
                    if word not in found
                ]
            # "validation" asked, "Validierung" or "validación" written: one Latin word, its
            # ending in the resume's language.
            found += [word for word in cognates(term) if word in self.idf and word not in found]
            if len(term) < PREFIX or not term[0].isalpha():
                continue
            for word in self.idf:
                if word in found or len(word) < PREFIX:
                    continue
                # "postdoc" asked, "Postdoctoral" written: a long word's shortening.
                short = len(term) >= SHORTENED and term.isalpha() and word.startswith(term)
                if derived(word, term) or (short and len(word) - len(term) <= SHORTENED):
                    found.append(word)
                # "Keycloak" asked, "Keycloack" written: a long name misspelled by one letter.
                elif len(term) >= MISSPELT and term.isalpha() and word[0] == term[0]:
                    found += [word] if word.isalpha() and one_letter_apart(word, term) else []
        return found

    @cached_property
    def _romanised(self) -> dict[str, list[str]]:
        """The resume's Cyrillic names (capitalised words) by their Latin spelling:
        "magnetron" for "Магнетрон"; not a common word ("деплоя", a deploy)."""
        roman: dict[str, list[str]] = {}
        for line in self.lines:
            for name in patterns.findall(rf"\b[{scripts.CYRILLIC}]{{4,}}", line):
                if not name.istitle():
                    continue
                key = romanised(name.lower())
                for word in stems(name):  # as the index keeps it ("й" folded to "и")
                    if key and word in self.idf and word not in roman.get(key, []):
                        roman.setdefault(key, []).append(word)
        return roman

    @cached_property
    def _squashed(self) -> dict[str, list[str]]:
        """The resume's words by their letters and digits alone: "threej" for "ThreeJS"."""
        squashed: dict[str, list[str]] = {}
        for word in self.idf:
            if key := squash(word):  # not "" (every Hangul or Han word): all would meet there
                squashed.setdefault(key, []).append(word)
        return squashed

    @cached_property
    def _squashed_stems(self) -> dict[str, list[str]]:
        """The resume's punctuated words by the stem of their letters: "kc" for "k.c.s.e"."""
        squashed: dict[str, list[str]] = {}
        for word in self.idf:
            if "." in word and squash(stem(squash(word))):
                squashed.setdefault(squash(stem(squash(word))), []).append(word)
        return squashed

    @cached_property
    def _libraries(self) -> dict[str, list[str]]:
        """The resume's "ReactJS", "Node.js", "YOLOv8", "Python3" by the stem of the name
        before its "js" or its version: "react", "yolo"."""
        named: dict[str, list[str]] = {}
        for word in self.idf:
            base = patterns.match(r"^([a-z]{3,}?)(j|v?\d{1,2})$", squash(word))
            if base:
                named.setdefault(stem(base.group(1)), []).append(word)
        return named

    @cached_property
    def _spelled(self) -> dict[str, list[str]]:
        """Names the resume spells out, by their initials: "nih" → National Institute of Health."""
        return spelled_out(self.lines)

    def run_together(self, question: str) -> list[str]:
        """Words of the resume that a run of the question's capitalised words makes when
        written as one: "Burger King" asked, "burgerking" written."""
        runs = patterns.findall(r"\b[A-Z][\w'&.-]*(?:[ -][A-Z][\w'&.-]*)+", question)
        # Keyed as the resume's stems are: "burgerking" is kept as "burgerk".
        keys = [squash(stem(squash(run))) for run in runs]
        return [word for key in keys if len(key) >= 6 for word in self._squashed.get(key, ())]

    def acronyms(self, question: str) -> list[str]:
        """The resume's capitals that abbreviate a name the question spells out: "CMU" for
        "Carnegie Mellon", "NYU" for "New York University" (as stems, to search for); "OCR"
        for "optical character recognition", three or four words' initials exactly."""
        runs = patterns.findall(
            r"\b[A-Z][a-z]+(?:\s+(?:of\s+|&\s+|and\s+)?[A-Z][a-z]+)+\b", question
        )
        found = []
        for run in runs:
            words = [word for word in run.split() if word not in ("of", "&", "and")]
            initials = "".join(word[0] for word in words).lower()
            found += [
                word
                for word in self.capitals
                if word.startswith(initials) and len(word) - len(initials) <= 1
            ]
        words = [word for word in patterns.findall(r"[a-z]+", question.lower())]
        for size in (3, 4):
            for start in range(len(words) - size + 1):
                run = words[start : start + size]
                if all(len(word) > 2 and word not in STOPWORDS for word in run):
                    initials = "".join(word[0] for word in run)
                    found += [initials] if initials in self.capitals else []
        return list(dict.fromkeys(found))

    def _halves(self, term: str) -> list[str]:
        """The two words of the resume that make `term` when written together, if any."""
        if len(term) < 6 or not term.isalpha():
            return []
        for cut in range(3, len(term) - 1):
            if cut == len(term) - 2 and not self._side_by_side(term[:cut], term[cut:]):
                continue  # "mongo" and "db" of "MongoDB": only as "Mongo DB", side by side
            # As the resume's words are kept: "code" of "codechef" as its stem "cod".
            head, tail = (
                next((w for w in (part, stem(part)) if w in self.idf), "")
                for part in (term[:cut], term[cut:])
            )
            if head and tail:
                return [head, tail]
        return []

    def _side_by_side(self, head: str, tail: str) -> bool:
        """The two words written one after the other in a line: "Mongo DB", "Node-JS"."""
        pattern = re.compile(rf"(?i)\b{re.escape(head)}[\s.-]?{re.escape(tail)}\b")
        return any(pattern.search(line) for line in self.lines)
