"""What each intent looks at first: a strategy per kind of question (the jobs held now, the
places lived in, the degrees held, a contact detail), before `retrieval` looks anywhere else."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.absences import BESIDES, kinds_of_language, missing_terms, spelled_as
from resume_chat.answerer.certificates import certificates
from resume_chat.answerer.chronology import latest, started
from resume_chat.answerer.contacts import asked_address, contact_lines, unreachable
from resume_chat.answerer.credentials import absent_credential, asks_by_letters, school_lines
from resume_chat.answerer.current import current_jobs, said_now
from resume_chat.answerer.degrees import (
    degree_first,
    degree_held,
    degree_named,
    degree_named_below,
    with_later_degrees,
)
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.named import capitalised
from resume_chat.answerer.otherwise import named_otherwise
from resume_chat.answerer.overview import name_lines, profession_lines, summary_lines
from resume_chat.answerer.personal_lines import personal_lines
from resume_chat.answerer.programming import programming_lines
from resume_chat.answerer.roles import roles
from resume_chat.answerer.topics import (
    covers,
    joined,
    named_elsewhere,
    names_kind_of,
    shared_witnesses,
    titled_after,
    volunteered_outright,
    witnessed,
    witnesses,
)
from resume_chat.answerer.whereabouts import location_lines, place_asked_too
from resume_chat.answerer.years import YEARS, years_claimed, years_spent
from resume_chat.resume.date_spans import DATE_SPAN

# Patterns stay strings, compiled on first use (resume_chat.patterns keeps what it compiled).
_POST = r"(?i)\b(intern\w*|jobs?|employ\w*|positions?|apprentice\w*|trainee\w*|placements?)\b"
NOTHING = "The resume does not say anything about that."
UNMENTIONED = "The resume does not mention "


# A question asking for any way to reach the candidate, no address in particular.
_HOW_TO_REACH = r"(?i)\b(contact|reach|get in touch)\b"


_LANGUAGE_TEST = r"(?i)\b(certific\w*|tests?|exams?|examinations?|scores?|diplomas?)\b"
_ONE_JOB_BY_ORDER = (
    r"(?i)\b(first|earliest|last|latest|previous|most recent)\s+(job|employer|company|position"
    r"|role|workplace)\b"
)

_LATEST = r"(?i)\b(most recent(ly)?|latest|last)\b(?! (year|month|week|name)s?\b)"


def by_strategy(
    index: ResumeIndex, intent: Intent, question: str, terms: list[str]
) -> list[Quote] | str | None:
    """Quotes, or a sentence saying what is missing, or None for the intent's own sentence."""
    numbers = index.of_kinds(intent.kinds)
    strategy = intent.strategy
    if strategy == "absent":
        return personal_lines(index, intent)
    if strategy == "search" and asks_by_letters(question):
        # "Does he have an MLS?": a degree by its letters; the degrees held answer it.
        held = index.of_kinds(("education",))
        if held and absent_credential(index.text, question) == "":
            return degree_named(index, held, terms) or index.summary(held, 2)
    if strategy == "search" or (strategy in ("skills", "programming") and terms):
        found = index.search(terms, intent.kinds or ("skills", "experience"))
        if found:
            return found
        # "Does he know any German?" of "Allemand (en apprentissage)": named the resume's way.
        found = named_otherwise(index, terms)
        if found:
            return found
        missing = missing_terms(question, terms)
        plain = strategy == "programming" and set(missing) <= kinds_of_language(question)
        tongue = patterns.search(EVIDENCE["spoken"], question)  # "an English language test score"
        names = set(missing) & set(capitalised(question))
        if missing and strategy == "programming" and not names and not tongue:
            # "Which programming languages or software does he use?" of "软件 · Python 和 R":
            # a word in lower case is no name to miss; the languages answer.
            written = programming_lines(index)
            if written:
                return written
        if missing and strategy != "search" and not plain:
            return f"{UNMENTIONED}{spelled_as(question, missing) or 'that'}."
        if strategy == "search":
            return NOTHING
    if strategy == "programming":
        written = programming_lines(index)
        if written is None and not patterns.search(r"(?i)programm|\bcod(e|ing)\b", question):
            # "What languages does Andreas know?" of a resume naming no language of code: the
            # ones he speaks ("LANGUAGES KNOW: English, Malayalam").
            return index.summary(index.of_kinds(("languages",))) or None
        return written
    if strategy == "skills":
        return index.summary(index.of_kinds(("skills",))) or None
    if strategy == "years" and patterns.search(_ONE_JOB_BY_ORDER, question):
        # "What was his first employer and how long was he there?": that job, whose dates
        # say how long; not a claim of years in all.
        return roles(index, question, index.of_kinds(("experience",)), terms)
    if strategy == "roles":
        # No section of jobs: an internship under "Career Summary" is a job all the same.
        numbers = numbers or [
            i
            for i in index.of_kinds(("summary", "other"))
            if started(index.entries[i]) is not None
            and patterns.search(_POST, index.entries[i].citation)
        ]
        return roles(index, question, numbers, terms)
    titled: list[int] = []
    if strategy == "topic" and not numbers:
        # "Certifications & Awards" is cited as certificates; its heading names awards too.
        titled = [
            i
            for i, entry in enumerate(index.entries)
            # The section's title too, when it joins two ("Education & Skills › University
            # of Science"); not "Research Experiences" for a question about papers.
            if titled_after(entry.title, intent.kinds)
            or titled_after(joined(entry.citation.split(" › ")[0]), intent.kinds)
            # "経験Experience › 私の代表的なプロジェクトMy major projects": titled for it, though
            # its section is another kind's.
            or (entry.title != entry.citation and names_kind_of(entry.title, intent.kinds))
        ]
        # Those whose lines bear it out: "Skills and Qualifications" listing "7 Years
        # experience with front & backend development" holds no studies; the lines that
        # witness the topic elsewhere come first, then such a section after all.
        numbers = [
            i
            for i in titled
            if witnessed(index.entries[i], intent.name)
            or names_kind_of(index.entries[i].title, intent.kinds)
        ]
    if strategy == "topic" and intent.name in ("certifications", "qualifications"):
        numbers, listed = certificates(index, numbers, terms)
        if listed:
            return listed
    topic = {index.entries[i].citation for i in numbers}
    address = asked_address(question) if strategy == "contact" else ""
    if address:
        # "What email can I use to reach them?": an address or none; no other word counts.
        reached = contact_lines(index, question, numbers) or []
        return place_asked_too(index, question, reached) or f"The resume does not give {address}."
    if strategy == "current":
        # "Where does this engineer work now?": a word every job shares names no one job.
        terms = [term for term in terms if index.rare(term)]
    # "How good is his English?": every line naming the language, the header's "English: C1"
    # as well as the Languages section's.
    spoken = EVIDENCE["spoken"]
    tongues = [t for t in terms if re.search(spoken, t)] if intent.name == "spoken" else []
    if tongues and patterns.search(BESIDES + r"|\b(what|which) (other )?languages\b", question):
        # "Besides English, what does he speak?", "What languages does he speak, and how good
        # is his English?": every language, not the one named alone.
        tongues = terms = []
    found = []
    named_outside: list[Quote] = []
    if tongues:
        focused = index.search(tongues, intent.kinds)
        # "How good is his French?" of a German resume: "Französisch: C1", before an
        # "English Academy" the English name is found in.
        otherwise = named_otherwise(index, tongues)
        if index.foreign or not focused:
            focused = otherwise + [quote for quote in focused if quote not in otherwise]
    else:
        # "Which foreign languages does he speak and at what level?": the list, whole, says
        # each level; a line sharing "level" does not come first.
        # Not "Besides Python, which language…": a name asked is searched for.
        whole_list = intent.name == "spoken" and bool(numbers) and not capitalised(question)
        found = index.search(terms, intent.kinds) if terms and not whole_list else []
        focused = [q for q in found if q.citation in topic]
        # Intent ranks, it does not gate: "how children learn" is said by a certificate ("Child
        # Psychology") better than by Education's lines, which share "learn" alone.
        outside = [q for q in found if q.citation not in topic]
        best = max(outside, key=lambda q: covers(q, terms), default=None)
        if focused and best and covers(best, terms) > covers(focused[0], terms):
            # Not before the jobs held now: "Which organisations does she currently teach
            # for?" of a Korean lecturer is her current jobs, then a course's "교육" line.
            current = strategy == "current" and any(index.entries[i].is_current for i in numbers)
            focused = [*focused, best] if current else [best, *focused]
        elif strategy == "topic" and not focused and not degree_held(index, numbers, question):
            named_outside = named_elsewhere(index, question, terms, outside)
        elif strategy == "location" and not focused and best:
            # "In which country did he do his postdoc?": where the postdoc was, named by a
            # word few lines share ("work" in "live and work" names no one job).
            focused = [best] if covers(best, [t for t in terms if index.rare(t)]) else []
    if intent.name == "spoken" and terms and patterns.search(_LANGUAGE_TEST, question):
        # "What Japanese proficiency certificate does he have?": the certificate that names
        # the language ("日本語能力試験JLPT n1") before the list of languages.
        certified = {index.entries[i].citation for i in index.of_kinds(("certifications",))}
        there = named_otherwise(index, terms) + (
            index.search(tongues, ("certifications",)) if tongues else []
        )
        focused = list(dict.fromkeys([q for q in there if q.citation in certified] + focused))
    if strategy == "current" and focused:
        # "Which university does he work at now?": the current job, not an older one that
        # spells "University" as the question does (the current one writes "Université").
        now = {index.entries[i].citation for i in numbers if index.entries[i].is_current}
        # None held now, the most recent asked: the latest job ("… employer or client?" is
        # not an old job's "clients").
        recent = not now and patterns.search(_LATEST, question)
        newest = latest(index.entries, numbers) if recent else None
        now = now or ({index.entries[newest].citation} if newest is not None else set())
        if now and not any(quote.citation in now for quote in focused):
            focused = []
    if strategy == "years":
        focused = years_claimed(index, terms, focused)
        claimed = any(patterns.search(YEARS, x) for q in focused[:1] for x in q.lines)
        if index.foreign and not claimed and patterns.search(r"(?i)\bexperience\b", question):
            # A resume in Chinese asked in English: "design" is no word of "设计工作10年的经验".
            said = index.lines_where(list(range(len(index.entries))), YEARS)
            # Not a file's name ("files/倪辰_高级UI_10年经验.pdf", a link to download it).
            said = [q for q in said if not patterns.search(r"\.[a-z]{3,4}$", q.lines[-1])]
            focused = said[:1] + focused
        # "How long was she with Revain?" of jobs a reading left in a skills section: the
        # entry naming the employer, wherever it stands, before any claim of total years.
        # Only one dated as a job is ("08/2017–11/2021"), not a line sharing a word.
        dated = [q for q in found if any(patterns.search(DATE_SPAN, line) for line in q.lines)]
        employer = max(dated, key=lambda q: covers(q, terms), default=None)
        if not focused and employer and covers(employer, terms) == len(set(terms)):
            focused = [employer]
    if focused and index.foreign and strategy == "topic":
        # A resume in Swedish asked in English: a word shared by chance ("programme" of
        # "programmering") is weak evidence; the section's own first lines come after it.
        return focused + index.summary(numbers, 2)
    if focused:
        return focused
    if strategy == "contact":
        # "How many followers on LinkedIn?": a word of the question that one line holds
        # says more than the profile link does.
        rare = [term for term in terms if index.rare(term)]
        ways = (index.search(rare) if rare else []) or contact_lines(index, question, numbers)
        # "How can I contact him?" of a resume with no address, number, link or street in any
        # line: written alike in every language, their absence is a plain answer.
        if not ways and patterns.search(_HOW_TO_REACH, question) and unreachable(index):
            return "The resume does not give contact details."
        return ways
    if strategy == "location":
        return location_lines(index, numbers)
    if strategy == "years":
        return years_spent(index, question, numbers)
    if strategy == "current":
        # "What does she do now?" may be told only in prose; "most recently", by a job.
        told = [] if patterns.search(_LATEST, question) else said_now(index, numbers)
        stated = profession_lines(index) + told
        return (
            stated + [q for q in current_jobs(index, numbers, question) or [] if q not in stated]
            or None
        )
    if strategy == "name":
        return name_lines(index)
    if strategy == "summary":
        return summary_lines(index, intent, question)
    shared = shared_witnesses(index, intent, terms) if strategy == "topic" else []
    if strategy == "topic" and not shared:
        # "Which material did his twisted bilayer paper study?": the project and the paper the
        # question names (none of the studies its verb asks about does), then the studies.
        # Not a contact line naming the person the question names ("Ma Kok Weng").
        personal = {e.citation for e in index.entries if e.kind in ("header", "contact")}
        shared = [q for q in found[:2] if covers(q, terms) >= 2 and q.citation not in personal]
    if (
        numbers
        and intent.name == "education"
        and patterns.search(r"(?i)\b(first|earliest)\b", question)
    ):
        # "What was his first degree?": the studies begun first, first (a CV lists the newest).
        numbers = sorted(numbers, key=lambda i: started(index.entries[i]) or (9999, 0))
    elif numbers and intent.name == "education" and patterns.search(_LATEST, question):
        # "Which university did Jawad attend most recently?": the studies begun last, first.
        numbers = sorted(numbers, key=lambda i: started(index.entries[i]) or (0, 0), reverse=True)
    if numbers and intent.name == "education":
        numbers = degree_first(index, numbers, question)
    if numbers and intent.name == "volunteering" and not shared:
        shared = volunteered_outright(index, numbers)
    if numbers:
        # "Where did she volunteer helping children read?": a line elsewhere that says it
        # ("I volunteered at Whitnash library … children … to read") before the section's.
        schools = school_lines(index, intent, question, numbers)
        schools = schools or degree_named_below(index, numbers, question)
        shared += [quote for quote in named_outside if quote not in shared]
        # A degree, its school, dates; a second degree further down its entry too.
        # Languages, each level on a line of its own: the whole list, not the first three
        # ("- Alemán" fourth, after "- Inglés · Competencia…").
        opening = (
            index.summary(numbers, 12) if intent.name == "spoken" else index.summary(numbers, 3)
        )
        opening = with_later_degrees(index, opening) if intent.name == "education" else opening
        # Every entry naming all the question names ("Which Cisco courses…": three), past two.
        named = [q for q in named_outside if q not in shared[:2]] if len(named_outside) > 1 else []
        return shared[:2] + named + schools + opening
    if strategy == "topic" and intent.name in EVIDENCE:
        # No section for it; "Which university…" may still be answered by a personal detail.
        schools = school_lines(index, intent, question, [])
        return schools or witnesses(index, intent, terms) or index.summary(titled, 3) or None
    return (index.search(terms) if terms else []) or None
