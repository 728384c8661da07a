"""When what a question names is truly absent: a name spelled nowhere in the resume in any form
is a plain "does not mention"; a word for a family of things, a country or a nationality never
is (a resume says "AWS", "Amsterdam", "FAPESP")."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.chronology import MONTHS
from resume_chat.answerer.compounds import glued_in_text, written_apart, written_out
from resume_chat.answerer.credentials import asks_by_letters, holds_a_degree
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.examples import examples_of
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.language import named_in_other_words, translated_words
from resume_chat.answerer.language_names import LANGUAGE_NAMES
from resume_chat.answerer.named import abbreviations, capitalised
from resume_chat.answerer.nearby import (
    cognate,
    inflected,
    misspelt,
    near,
    opens_a_name,
    plus_apart,
    tools,
)
from resume_chat.answerer.own_tongue import in_its_script
from resume_chat.answerer.places import COUNTRIES, country_languages, nationalities
from resume_chat.answerer.subjects import addressed
from resume_chat.answerer.terms import stem, stems, tokens
from resume_chat.resume.kinds.classifier import PROGRAMMING_LANGUAGES

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


# A month or a day is a date, no name to deny ("on Saturdays" of "op zaterdagen").
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CALENDAR_STEMS = frozenset(stem(word) for word in (*MONTHS, *_DAYS))


def missing_terms(question: str, terms: list[str]) -> list[str]:
    """The question's terms whose absence would say something: no family words, no places."""
    # Nor the names a question leaves out, nor its words for leaving out ("besides English"),
    # nor a country's name for its languages ("any regional Indian language besides Hindi").
    left = _left_out(question) | set(stems(" ".join(patterns.findall(BESIDES, question))))
    left |= set(country_languages(question))
    return [
        t for t in terms if t not in CATEGORY_WORDS | COUNTRIES | nationalities(question) | left
    ]


# "query languages", "functional programming languages": the word for a kind of language.
_KIND_OF_LANGUAGE = r"(?i)\b(\w+) (?:programming )?languages?\b"
_LEVELS = ("expert", "proficient", "advanced", "fluent", "familiar", "intermediate", "beginner")


def kinds_of_language(question: str) -> set[str]:
    """The question's words for a kind of language or a level, not a language it names:
    "Which programming or query languages…" is answered by the languages listed, as is "…is he
    an expert in?"; "Has she used Rust?" names one, capitalised."""
    words = stems(" ".join([*patterns.findall(_KIND_OF_LANGUAGE, question), *_LEVELS]))
    return set(words) - set(capitalised(question))


def spelled_as(question: str, missing: list[str]) -> str:
    """The question's own spelling of the terms the resume lacks, for "does not mention X"."""
    words = [token for token in tokens(question) if stem(token) in missing]
    spelled, spans = [], []
    for word in words:
        found = re.search(re.escape(word), question, re.IGNORECASE)
        spelled.append(found.group(0) if found else word)
        spans += [found.span()] if found else []
    # "iOS or Swift", as asked, not "iOS Swift": the words between two names, a few at most.
    between = question[min(spans)[0] : max(spans)[1]] if len(spans) > 1 else ""
    if between and len(between.split()) <= len(set(spelled)) + 2:
        return between
    return " ".join(dict.fromkeys(spelled))


def body_named(question: str) -> bool:
    """Whether the question names a body in words ("the Home Guard", "the Ministry of Tourism"),
    which a resume in another language writes in its own ("Heimevernet", "Ministerio de
    Turismo"); a brand ("Google") is spelled alike in every language."""
    phrase = r"\b(?:[A-Z][a-z]+ (?:of |for |and |the )*)+[A-Z][a-z]+"
    return any(patterns.search(_BODY, found) for found in re.findall(phrase, question))


# The words a public body's or a society's name is built on: "Adobe InDesign" is none.
_BODY = (
    r"\b(Ministry|Department|Guard|Army|Navy|Force|Corps|Police|Council|Agency|Office|Bureau"
    r"|Authority|Association|Society|Foundation|Federation|Union|League|Committee|Institute"
    r"|Academy|Court|Parliament|Assembly|Service|Church|Party|Chamber|Commission|Museum"
    r"|Library|Hospital|Red Cross)\b"
)


def _certificate_capitals(question: str) -> set[str]:
    """The capitals a question about a certificate writes ("an AWS certification"), or none."""
    certified = patterns.search(r"(?i)\b(certif\w*|qualification)", question)
    return set(abbreviations(question)) if certified else set()


# "Besides English", "other than French": the question names what it wants left out.
BESIDES = r"(?i)\b(besides|other than|apart from|aside from|except|in addition to)\b"


def _left_out(question: str) -> set[str]:
    """Stems of the names a question leaves out: "Besides English, …", "other than Java and Go"."""
    found = patterns.search(BESIDES, question)
    if found is None:
        return set()
    after = question[found.end() :]
    clause = patterns.split(r"[,;?]|\b(?:which|what|does|do|did|is|has|can)\b", after)[0]
    return set(stems(" ".join(word for word in clause.split() if word[:1].isupper())))


def unknown_names(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> str:
    """ "Has he worked at Google?", "Does he have Kubernetes experience?": a name the question
    capitalises that the resume has nowhere, in any spelling, is a plain "does not mention"."""
    if intent.strategy not in (
        "roles",
        "current",
        "years",
        "topic",
        "search",
        "skills",
        "programming",
    ):
        return ""
    names = [t for t in capitalised(question) if t in terms and t not in CATEGORY_WORDS]
    # "What was her CGPA?": a grade is judged by its credential's spellings ("8.63/10").
    names = [t for t in names if t not in ("gpa", "cgpa")]
    if intent.strategy in ("skills", "programming"):
        # "Has she used Vue.js?": a tool asked by name, as what is used or known; not "which
        # NoSQL database", "a front-end UI library", "such as DNA amplification".
        names = [t for t in names if t in used_names(question)]
    # "Has he studied in the Netherlands?": the resume may say Amsterdam; never denied.
    names = [t for t in names if t not in COUNTRIES]
    # "What was he doing between March and October 2018?": a month is a date, not a name.
    names = [t for t in names if t not in _CALENDAR_STEMS]
    # "O levels", "A-levels": a letter alone names a grade or a level, unless it is a
    # language's name ("C", "R").
    names = [t for t in names if len(t) > 1 or t in PROGRAMMING_LANGUAGES]
    names = [t for t in names if t not in addressed(question, any_name=True)]
    if intent.name != "spoken":
        names = [t for t in names if t not in nationalities(question)]  # "a German company"
    # "local Senegalese languages" names no language but a country's languages.
    names = [t for t in names if t not in country_languages(question)]
    # "What level is her French?": "Französisch: C1" in a German resume names it; so does
    # a name given in Arabic letters "Arabic".
    names = [t for t in names if not named_in_other_words(index.text, t)]
    # A language misspelt in its own way, its first six letters kept ("Portuguais: courant").
    names = [t for t in names if index.known(t) or not (t in LANGUAGE_NAMES and misspelt(index, t))]
    names = [t for t in names if not in_its_script(index.text, t)]
    # "Has he worked in HR?" of a resume in Spanish: "RR. HH." is its word for it.
    names = [t for t in names if not (index.foreign and translated_words({t}))]
    if index.foreign:
        # "the Canary Islands" of "Servicio Canario de Salud": a place's name, its stem the
        # same in the resume's words.
        names = [t for t in names if not cognate(index, t)]
    # "Erasmus+" asked, "Erasmus + Blended Intensive Program" written: the plus set apart.
    names = [t for t in names if not plus_apart(index, t)]
    # "Which car-sharing service in the Lot?": a place the resume's "Lotocar" is named for;
    # a place qualifying what is asked is not denied where a name begins with it.
    placed = patterns.findall(r"\bin (?:the )?([A-Z][a-z]+)\b", question)
    # Not "in Java" of a resume naming JavaScript only: a language of code is no place.
    placed = [place for place in placed if place.lower() not in PROGRAMMING_LANGUAGES]
    names = [t for t in names if not (t in stems(" ".join(placed)) and opens_a_name(index, t))]
    # "Besides English, which language…": the name is what the answer leaves out.
    names = [t for t in names if t not in _left_out(question)]
    # "Which Microsoft tools…": a maker's products, each named its own way ("MS Project",
    # "Visio"), not the maker's name.
    made = patterns.findall(_MAKERS_PRODUCTS, question)
    names = [t for t in names if t not in stems(" ".join(made))]
    # "a YouTube-style project": something like YouTube, not YouTube, is asked.
    names = [t for t in names if not patterns.search(r"-(styl|like|esqu|typ|inspir)\w*$", t)]
    # "Apache Spark" of a resume naming Apache Airflow: the maker's name is not the thing.
    # Spelled as asked, less a maker the resume names: "Spark", but "Microsoft Azure".
    asked = [t for t in names if t not in _MAKERS or not index.known(t)]
    names = [t for t in names if t not in _MAKERS] if len(names) > 1 else names
    # "Pisz" of "w Piszu": a name declined in the resume's language is written there.
    declined = index.foreign and any(inflected(index, t) for t in names)
    if (
        declined
        or not names
        or any(index.known(t) or examples_of(t) is not None or near(index, t) for t in names)
    ):
        return ""
    if patterns.search(_CLOUD_OR_CREDENTIAL, question) and any(
        re.search(_VENDOR_WORDS.get(t, "^$"), index.text) for t in names
    ):
        # "an Amazon cloud certification" of "AWS Certified Cloud Practitioner", "a Microsoft
        # certification" of "MCSE", "a Cisco certificate" of "CCNA".
        return ""
    if index.run_together(question) or any(written_apart(index.text, t) for t in names):
        return ""  # "Burger King" asked, "burgerking" written; "CodeChef" and "Code Chef"
    if glued_in_text(index.text, question, index.name_words):
        return ""  # "Hugging Face" asked, "huggingface.co/lgrcia/ballet" written
    if written_out(index.text, question):
        return ""  # "PCR" asked, "polymerase chain reaction" written
    # A resume in Chinese writes Alibaba as 阿里: a name translates; Java, Kubernetes none, nor
    # a certificate's capitals ("an AWS certification", "CKA"). Other capitals may: "ВШЭ" is
    # HSE, "京东" JD.
    if index.other_script:
        spelled = _certificate_capitals(question)
        if not all(t in PROGRAMMING_LANGUAGES or t in tools() or t in spelled for t in names):
            return ""
    if index.foreign and body_named(question):
        return ""
    # "Vue.js" widened to JavaScript by its ending: a resume naming React has that, not Vue.
    widened = [t for t in index.expand(names) if t in names or t not in _ENDINGS_SAY]
    if any(index.known(term) for term in widened):
        return ""
    if index.foreign and patterns.search(EVIDENCE["spoken"], question):
        return ""  # "English" is "Engleză" in a Romanian resume: a language's name translates
    if asks_by_letters(question) and holds_a_degree(index.text):
        return ""  # "MLS" asked, "Master of Science, Library Science" written
    return spelled_as(question, asked)


_USED = patterns.compile(
    r"(?i)\b(?:used?|using|knows?|worked with|works with|work with|experience (?:with|in|using)"
    r"|familiar with|proficient (?:in|with)|skilled in|certified in|expertise in"
    r"|programming (?:in|with)|coding in|written in|developing in)"
    # "Flutter and Dart", "Java, Go or Rust": the names a list of them gives.
    r"(?: the)? ((?-i:[A-Z0-9])\S*(?:(?:,? (?:and|or|&)|,|/)? (?-i:[A-Z0-9])\S*){0,4})"
)


def used_names(question: str) -> set[str]:
    """Stems of the capitalised words right after "used", "know", "experience with"."""
    return {word for found in _USED.finditer(question) for word in stems(found.group(1))}


_MAKERS_PRODUCTS = (
    r"(?i)\b(microsoft|google|adobe|apple|oracle|ibm|amazon|autodesk|atlassian|sap|cisco)"
    r"(?= (?:\w+ )?(?:tools?|products?|software|suites?|applications?|apps|programs?"
    r"|technologies|services|platforms?)\b)"
)
_MAKERS = frozenset(("apach", "microsoft", "googl", "adob", "oracl", "ibm", "amazon"))
_ENDINGS_SAY = frozenset(("javascript", "typescript", "js", "ts"))

# A vendor named for its cloud or its certifications: the cloud's own name, or the letters
# its certifications go by, say it. Asked of as a cloud or a certification only ("Has he
# worked at Amazon?" of a resume naming AWS is rightly denied). "Cisco networking training"
# of "CCNA 3": the certification's course.
_CLOUD_OR_CREDENTIAL = (
    r"(?i)\bclouds?\b|web services|\bcertif\w*|\bcredentials?\b|\bexams?\b|\btrain(ing|ed)\b"
    r"|\bcourses?\b|\bqualifi\w*"
)
_VENDOR_WORDS = {
    "amazon": r"(?i)\b(aws|amazon web services)\b",
    "googl": r"(?i)\b(gcp|google cloud)\b",
    # "MTA 98-361": a Microsoft Technology Associate's exam; "AZ-900", "DP-203", "PL-300".
    "microsoft": r"(?i:\bazure\b)|\b(MCSE|MCSA|MCSD|MCP|MCTS|MCITP|MOS|MTA|MCT"
    r"|(?:AZ|DP|PL|MB|MS|MD|SC|AI)-\d{3}|9[78]-\d{3})\b",
    "cisco": r"\b(CCNA|CCNP|CCIE|CCENT|CCDA)(v\d)?\b",  # "CCNAv7": the course's version
    "oracl": r"\b(OCA|OCP|OCJP|OCPJP)\b",
    "hashicorp": r"\b(Terraform|Vault|Consul)\b",
}
