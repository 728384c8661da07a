"""Where a fact may hide outside the section meant for it: words that witness each intent,
examples that stand for a category word, and the entry a question names."""

from __future__ import annotations

import re

from resume_chat.answerer.outline import Entry
from resume_chat.answerer.terms import stems

# Lines anywhere in the resume that can answer an intent whose own section is missing or
# silent: "Languages: English, Hindi" under Skills, a certificate under Education.
EVIDENCE: dict[str, str] = {
    "spoken": (
        r"(?i)\b(english|spanish|french|german|italian|portuguese|dutch|swedish|norwegian|danish"
        r"|finnish|polish|russian|ukrainian|czech|greek|turkish|arabic|hebrew|persian|farsi"
        r"|hindi|urdu|bengali|punjabi|tamil|telugu|marathi|gujarati|chinese|mandarin|cantonese"
        r"|japanese|korean|vietnamese|thai|indonesian|malay|tagalog|swahili|romanian|hungarian"
        r"|catalan|basque|bilingual|native speaker|mother tongue|fluent)\b"
    ),
    "certifications": (
        r"(?i)(certif\w*|licen[cs]e[ds]?|credential|accredit\w*|udemy|coursera|edx|\bmooc\b"
        r"|nanodegree|online course)"
    ),
    "awards": (
        r"(?i)\b(awards?|awarded|prizes?|winner|won|medal\w*|cup|trophy|honou?rs?|scholarships?"
        r"|finalist|\d+(st|nd|rd|th) place|first place|ranked|recogni[sz]\w*|fellowship)\b"
    ),
    "publications": (
        r"(?i)\b(publish\w*|publications?|papers?|journal|proceedings|conference|talks?|speaker"
        r"|spoke|presented|presentations?|articles?|blog|podcast|meetup|workshop|keynote"
        r"|lectur\w*|webinar|thesis)\b"
    ),
    "volunteering": (
        r"(?i)\b(volunteer\w*|non-?profit|charity|community|mentor\w*|pro bono|ngo)\b"
    ),
    "projects": r"(?i)\b(projects?|open[- ]source|github\.com|side project|hackathon|built)\b",
    "education": (
        r"(?i)\b(universit\w*|college|school|degree|bachelor\w*|master'?s|ph\.?d|b\.?sc|m\.?sc"
        r"|m\.?s\.|b\.?s\.|b\.?a\.|mba|diploma|bootcamp|graduat\w*|studied|studying|major)\b"
    ),
    "interests": r"(?i)\b(interests?|hobb(y|ies)|enjoys?|passion\w*|love|free time|spare time)\b",
    "location": r"(?i)\b(based in|located|location|address|lives? in|remote)\b",
}

# Words that stand for a family of things a resume names one by one.
EXAMPLES: dict[str, str] = {
    "cloud": r"(?i)\b(aws|amazon web services|azure|gcp|google cloud|heroku|digitalocean"
    r"|vercel|netlify|cloudflare|openstack|firebase|ec2|s3|lambda)\b",
    "database": r"(?i)\b(sql|mysql|postgre\w*|mongo\w*|redis|sqlite|oracle|dynamodb|cassandra"
    r"|elasticsearch|firestore|firebase|snowflake|bigquery|mariadb|neo4j|couchdb)\b",
    "frontend": r"(?i)\b(react|angular|vue|svelte|next\.?js|html|css|javascript|typescript"
    r"|front[- ]?end)\b",
    "mobile": r"(?i)\b(ios|android|swift|kotlin|react native|flutter|mobile)\b",
    "container": r"(?i)\b(docker|kubernetes|k8s|containers?|podman|helm|openshift)\b",
    "devops": r"(?i)\b(ci/cd|jenkins|github actions|gitlab|terraform|ansible|docker|kubernetes"
    r"|devops)\b",
    "teach": r"(?i)\b(teach\w*|taught|professor|lecturer|instructor|tutor\w*|teaching assistant"
    r"|mentor\w*|course)\b",
    "radio": r"(?i)\b(radio|bbc|broadcast\w*|podcast)\b",
    "pharmaceutical": r"(?i)\b(pharma\w*|drug|wyeth|pfizer|novartis|gsk|astrazeneca|roche)\b",
    "machine": r"(?i)\b(machine learning|ml|deep learning|pytorch|tensorflow|scikit)\b",
}
for alias, key in (
    ("databas", "database"),
    ("db", "database"),
    ("front-end", "frontend"),
    ("app", "mobile"),
    ("docker", "container"),
    ("taught", "teach"),
    ("teacher", "teach"),
    ("lecture", "teach"),
    ("pharma", "pharmaceutical"),
):
    EXAMPLES[alias] = EXAMPLES[key]


# A word this rare in the resume (its idf) names one thing: a company, a school.
_RARE = 3.0
_ORDER = r"(?i)\b(before|after|prior to|previous\w*|next|first|earliest|last)\b"


def named_entry(entries: list[Entry], terms: list[str], idf: dict[str, float]) -> int | None:
    """The job, degree or project whose heading names a rare word of the question."""
    best: tuple[float, int] | None = None
    for number, entry in enumerate(entries):
        if entry.kind in ("header", "skills", "summary", "contact", "languages", "other"):
            continue
        head = set(stems(entry.citation)) | set(stems(entry.lines[0] if entry.lines else ""))
        hits = [idf.get(term, 0.0) for term in terms if term in head and len(term) > 2]
        score = max(hits, default=0.0)
        if score >= _RARE and (best is None or score > best[0]):
            best = (score, number)
    return best[1] if best else None


def orders_entries(question: str) -> bool:
    """ "Before Acme", "her first job": about the entries around one, not that one."""
    return bool(re.search(_ORDER, question))


def asks_duration(question: str) -> bool:
    return bool(re.search(r"(?i)\bhow long\b|\bwhen did\b|\bwhich years\b|\bdates?\b", question))


_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ],
        start=1,
    )
    for name in names.split()
}
_DATE = (
    r"(?i)\b(?:(?P<month>[a-z]{3,9})\.? (?P<year1>(?:19|20)\d\d)"
    r"|(?P<num>\d{1,2})[./](?P<year2>(?:19|20)\d\d)"
    r"|(?P<year3>(?:19|20)\d\d)(?:[-/.](?P<num2>\d{1,2})\b)?)"
)


def started(entry: Entry) -> tuple[int, int] | None:
    """When an entry began: the first date in its heading or its first lines, as (year, month)."""
    for text in (entry.title, *entry.lines[:3]):
        for found in re.finditer(_DATE, text):
            month_name = (found.group("month") or "").lower()
            if month_name and month_name not in _MONTHS:
                continue
            year = found.group("year1") or found.group("year2") or found.group("year3")
            month = _MONTHS.get(month_name) or int(found.group("num") or found.group("num2") or 0)
            return int(year), month if 0 < month <= 12 else 0
    return None


def earliest(entries: list[Entry], numbers: list[int]) -> int | None:
    """The entry that began first, when the entries carry dates; else the last in the file."""
    dated = [(start, i) for i in numbers if (start := started(entries[i])) is not None]
    if dated:
        return min(dated)[1]
    return numbers[-1] if numbers else None


def latest(entries: list[Entry], numbers: list[int]) -> int | None:
    """The entry that began last, when the entries carry dates; else the first in the file."""
    dated = [(start, -i) for i in numbers if (start := started(entries[i])) is not None]
    if dated:
        return -max(dated)[1]
    return numbers[0] if numbers else None
