"""Picking the resume lines that answer a question: by its intent first, by shared words after."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.abroad import abroad_lines
from resume_chat.answerer.absences import BESIDES, body_named, unknown_names
from resume_chat.answerer.certified import uncertified
from resume_chat.answerer.closest import NOT_IN_THOSE_WORDS, closest_lines
from resume_chat.answerer.compounds import glued_in_text
from resume_chat.answerer.context import in_context
from resume_chat.answerer.credentials import absent_credential, schools_named
from resume_chat.answerer.evidence import WORKED
from resume_chat.answerer.examples import EXAMPLES, examples_of
from resume_chat.answerer.focus import focus
from resume_chat.answerer.index import Reply, ResumeIndex, trim
from resume_chat.answerer.instances import anywhere, examples
from resume_chat.answerer.intents import SPOKEN, Intent, classify, normalise
from resume_chat.answerer.language import asked_in_english, translated_words, written_as
from resume_chat.answerer.lookups import about_entry
from resume_chat.answerer.named import abbreviations, capitalised, copied_names, orders_entries
from resume_chat.answerer.nearby import spelled_abroad
from resume_chat.answerer.otherwise import glossed_lines
from resume_chat.answerer.personal_lines import birth_unstated
from resume_chat.answerer.places import COUNTRIES, country_languages, nationalities
from resume_chat.answerer.roles import latest_dated
from resume_chat.answerer.strategies import (
    NOTHING,
    UNMENTIONED,
    by_strategy,
)
from resume_chat.answerer.subjects import addressed, by_trade, full_names
from resume_chat.answerer.terms import content_terms, stems
from resume_chat.answerer.timeframes import NO_DATE, in_year, studies_now, undated, with_dates
from resume_chat.answerer.tongues import asks_tongues
from resume_chat.answerer.topics import STUDIED_NOWHERE, schools_worked_at
from resume_chat.answerer.unspoken import coded_languages, no_languages, unspoken
from resume_chat.answerer.years import years_claimed

# A script other than Latin letters in the question: its words are not ours to judge absent.
_NON_LATIN = r"[^\W\da-zA-Z_\u00c0-\u024f]"

# Working for oneself, asked and written.
_OWN_BUSINESS = (
    r"(?i)\b(own (business|company|firm|shop|agency)|self-?employ\w*|for (him|her|them)sel)"
)
_SELF_EMPLOYED = "owner self-employed founder co-founder freelance entrepreneur"

# Volunteering asked in its own words, and a line saying someone belongs to a group.
_SERVICE = r"(?i)\b(volunt\w*|charit\w*|non-?profit\w*|pro bono|ngos?)\b"
_MEMBERSHIP = (
    r"(?i)\b(members?|membership|membre|mitglied\w*|miembro|membro|socio|cz[łl]onek|член\w*"
    r"|üye\w*)\b"
)


def _own_script(question: str, resume: str) -> bool:
    """A word of the question in another script than Latin letters, not copied from the
    resume's text (a name the question repeats, "Дмитрий", "一蘭平塚店", is no word of it)."""
    words = patterns.findall(r"[^\W\d_]+", question)
    return any(patterns.search(_NON_LATIN, word) and word not in resume for word in words)


def answer_quotes(index: ResumeIndex, question: str) -> Reply:
    """Decide what the question asks and pick the quotes that answer it, dated when asked when."""
    question = by_trade(question)
    intent = classify(question)
    if intent.name == "programming" and asks_tongues(index, question):
        intent = SPOKEN
    reply = _answer(index, question, intent)
    quotes = in_year(index, question, with_dates(index, question, reply.quotes))
    if reply.lead:
        return reply._replace(quotes=quotes)
    return reply._replace(quotes=index.forms_whole(in_context(index, question, intent, quotes)))


def _answer(index: ResumeIndex, question: str, intent: Intent) -> Reply:
    # "… and in what year?" asks when: "year" is no word of the resume's to find ("First Year
    # Research Experience").
    text = normalise(
        patterns.sub(r"(?i)\b(?:in )?(?:what|which) (?:year|month)s?\b", "when", question)
    )
    # The candidate's own name says who, not what: "Where did Joanna study?" asks about study.
    # So does a name the resume does not give ("Has Yiran studied…" of "Du, Y.").
    people = index.name_words | addressed(question) | full_names(index, question)
    terms = [term for term in content_terms(text, intent.words) if term not in people]
    acronyms = index.acronyms(question)  # "Carnegie Mellon" asked, "CMU" written
    terms += [term for term in acronyms if term not in terms]
    if intent.name == "spoken":
        # "Which Indian languages does he speak?": a country's languages, not the word
        # "Indian" ("Indian Institute of Technology"); the languages he speaks answer it.
        terms = [term for term in terms if term not in country_languages(question)]
    # "Burger King" asked, "burgerking" written: the resume's word for the run.
    terms += [word for word in index.run_together(question) if word not in terms]
    # "Has he worked abroad?", "outside the US?": the lines naming a place in another country.
    away = abroad_lines(index, question, intent.kinds, terms)
    if away:
        return Reply(trim(away))
    # A question in German or French: its words are not ours to judge absent.
    english = asked_in_english(question)
    absent = "" if acronyms or not english else unknown_names(index, intent, question, terms)
    # Not in a resume written in another language: its degrees are named in its own words
    # ("Yüksek Lisans" is a master's).
    # Nor, but for a doctorate, in a resume written in another language.
    other = index.foreign or index.other_script
    whole = f"{index.name}\n{index.text}"  # "Dr. Lena Neumann": the name may hold one
    asian = other and index.east_asian
    studies = bool(index.of_kinds(("education",)))
    held = absent_credential(whole, question, foreign=other, east_asian=asian, studies=studies)
    absent = absent or (held if english else "")
    # A resume in French listing "Anglais, Espagnol": "Does he speak German?" is answered.
    # "她会说日语吗" of a Chinese page: a question in its script, glossed ("Japanese").
    spoken = intent.name == "spoken" and (english or index.east_asian) and index.foreign
    spoken = spoken and not patterns.search(BESIDES, question)  # "besides Chinese": not that one
    absent = absent or (unspoken(index, text, terms) if spoken else "")
    # "What languages does he speak?" of a resume that names none, nor any word for one.
    listed = intent.name == "spoken" and english and not patterns.search(BESIDES, question)
    absent = absent or (no_languages(index, question, terms) if listed else "")
    if absent:
        return Reply((), f"The resume does not mention {absent}.")
    if coded := coded_languages(index, intent):
        return Reply(trim(coded))
    thing, said = uncertified(index, question, terms) if english and not other else ("", [])
    if thing:
        # "Does he hold an AWS certification?" of AWS among his tools: what it does say.
        lead = f"The resume does not mention a certification in {thing}; what it says of it:"
        return Reply(trim(said), lead=lead)
    terms = index.expand(terms)
    # A name the question capitalises, as the resume's language spells it ("Romeu", "Julieta").
    # Only where the resume has none of the names as asked ("University of Stuttgart" of
    # "Universität Stuttgart" is found by "Stuttgart").
    asked_names = [t for t in capitalised(question) if t in terms]
    if not any(index.known(t) for t in asked_names):
        terms += [w for t in asked_names for w in spelled_abroad(index, t) if w not in terms]
    # "The Hague" asked, "Den Haag" written: the resume's own words for the place.
    terms += [w for t in terms for w in written_as(index.text, t) if w not in terms and len(w) > 1]
    if index.foreign:
        # "internship", a word every question about jobs uses and none names a job by; but a
        # French page's "Stage de fin d'étude" says which job was one.
        topic = [t for t in content_terms(text) if t not in terms and t not in people]
        terms += [w for t in topic for w in written_as(index.text, t) if w not in terms]
    if patterns.search(_OWN_BUSINESS, question):
        # "Does she run her own business?" of "## Owner 2020-present / ## Self-Employed".
        owned = [word for word in stems(_SELF_EMPLOYED) if index.known(word)]
        terms += [word for word in owned if word not in terms]
    studying = studies_now(index, intent, question)
    if studying:
        return Reply(studying)
    families = [t for t in capitalised(question) if examples_of(t) is not None]
    places = COUNTRIES | nationalities(question)
    # Not where the question names a member itself ("PCB design in Eagle"): its own lines.
    named_member = any(
        patterns.search(examples_of(t) or "^$", _without(question, t)) for t in families
    )
    if not named_member and [t for t in families if not index.known(t) and t not in places]:
        # "One of the Big Four?", "a FAANG company?": a family by the name everyone gives it,
        # answered by its members (PwC) before a line that shares a word ("Big Data"); not a
        # place's (Germany's cities) nor a name the resume gives itself.
        members = examples(index, intent, terms)
        if members:
            return Reply(trim(members))
    copied = copied_names(index, question)
    if copied:
        return Reply(trim(copied))
    named = about_entry(index, intent, text, terms)
    if named and intent.strategy == "years":
        # "… taught at the college level?" names no job: a line claiming the years says it.
        named = years_claimed(index, terms, named)
    if named:
        undated_entry = undated(index, named, text, terms)
        return Reply(trim(named), lead=NO_DATE if undated_entry else "")
    # "A car maker?", "into cars?": the automotive family (Renault, "Automotive Enthusiast"),
    # by the word as written, as "care" stems to "car" too.
    cars = stems("automotive") if patterns.search(r"(?i)\bcars?\b", question) else []
    instances = examples(index, intent, terms + [word for word in cars if word not in terms])
    if instances and not orders_entries(question):
        # "A CSS naming methodology such as BEM?": the thing the question names, where the
        # resume names it too, before the lines naming other examples of its kind (SASS);
        # not "before joining G-Research", which names where to count from.
        given = [t for t in capitalised(question) if t in terms and index.rare(t)]
        given = [t for t in given if examples_of(t) is None]
        instances = (index.search(given) if given else []) + instances
    instances = instances or focus(index, intent, text, terms)
    if instances:
        return Reply(trim(instances))
    worked = [] if index.foreign else schools_worked_at(index, intent, text, terms)
    if worked:
        return Reply(trim(worked), lead=STUDIED_NOWHERE)
    quotes = by_strategy(index, intent, text, terms)
    # "国家助学金" of a scholarship: the lines naming it in the resume's script, first.
    glossed = glossed_lines(index, stems(text))  # a topic's own word too ("scholarship")
    quotes = glossed + quotes if glossed and isinstance(quotes, list) else glossed or quotes
    trimmed = trim(quotes) if isinstance(quotes, list) else ()
    if trimmed:
        return Reply(trimmed)
    if intent.strategy == "contact" and isinstance(quotes, str):
        return Reply((), quotes)  # an address is spelled alike in every language: none is none
    # Intent ranks, it does not gate: before saying "absent", look everywhere.
    # "Have they won a hackathon?" with no Projects section: the intent's own word has
    # examples too ("SynBio Hacks").
    kinds_asked = [
        word
        for word in stems(text)
        if word not in terms and word not in index.name_words and examples_of(word)
    ]
    kinds_asked = [] if intent.strategy == "absent" else kinds_asked  # "children": a family's
    found = trim(anywhere(index, intent, terms + kinds_asked, specific=isinstance(quotes, str)))
    if found:
        return Reply(found)
    # A name the question capitalises ("Terraform") is spelled the same in any language written
    # in Latin letters: its absence still says something. In Chinese it is not (阿里 for Alibaba).
    # "TV", "K-12": capitals that name a kind of thing, as a table of examples knows, not a name.
    kinds_of_things = set(abbreviations(question)) & set(EXAMPLES)
    proper = set(capitalised(question)) - nationalities(question) - kinds_of_things
    proper -= translated_words(proper) if index.foreign else set()
    spelled = isinstance(quotes, str) and bool(proper & set(terms))
    spelled = spelled and not index.other_script
    spelled = spelled and not (index.foreign and body_named(question))
    # "Hugging Face" asked, "huggingface.co" written: spelled as one, not missing.
    spelled = spelled and not glued_in_text(index.text, question, index.name_words)
    # A driving licence is named in every language resumes are written in, a birth date is
    # digits: none is none.
    settled = intent.name == "driving" or (intent.name == "age" and birth_unstated(whole, text))
    # A Korean CV listing its papers in English, not foreign by its letters: "lab" and
    # "advisor" found nowhere prove nothing ("연구실", "지도교수"), its lines are quoted.
    partly = quotes == NOTHING and index.east_asian
    if (
        (index.foreign or partly)
        and not spelled
        and not settled
        and not _own_script(question, whole)
    ):
        # A resume in Russian or Portuguese asked about in English shares few words with the
        # question: its silence proves nothing, so the lines the intent looks in are quoted.
        kinds = intent.kinds or ("summary", "experience")
        numbers = index.of_kinds(kinds) or list(range(len(index.entries)))
        if intent.name == "age":  # "Syntynyt 18.1.1982": the header, contacts, summary first
            first = index.of_kinds(("header", "contact", "summary"))
            numbers = [*first, *(n for n in numbers if n not in first)]
        return Reply(trim(index.summary(numbers[:3], 4)))
    if not english:
        # "Welche Sprachen spricht er?" with no word found: the resume's first entries, for
        # the reader to judge; never a "does not mention".
        everywhere = list(range(len(index.entries)))
        return Reply(trim(index.summary(everywhere[:6], 3)), lead=NOT_IN_THOSE_WORDS)
    if intent.name == "volunteering" and quotes is None and not patterns.search(_SERVICE, text):
        # "Is he involved in any maker community?": no volunteering asked in so many words;
        # "Core member @ RELab (first fablab in Wallonia)" may be the answer.
        members = index.lines_where(list(range(len(index.entries))), _MEMBERSHIP)
        if members:
            return Reply(trim(members), lead=NOT_IN_THOSE_WORDS)
    common = isinstance(quotes, str) and quotes.startswith((NOTHING, UNMENTIONED))
    if common and not spelled:
        closest = closest_lines(index, intent)
        if closest:
            return Reply(closest, lead=NOT_IN_THOSE_WORDS)
    if (
        intent.strategy in ("current", "roles", "years")
        and not spelled
        and not index.of_kinds(intent.kinds)
    ):
        # No section of jobs was read: the summary may still say where and how long they worked.
        said = index.lines_where(index.of_kinds(("summary", "header", "other")), WORKED)
        # "Student job in Proxy" over "Delhaize Meerbeek" in a training section: the job's line
        # and the two after it, wherever they stand.
        said = said or index.lines_around(list(range(len(index.entries))), WORKED)
        # A jobs heading the reading lost ("E X P … E R I E N C E" split by a column): the
        # entry dated last, outside the kinds that hold dated things other than jobs.
        said = said or latest_dated(index)
        if said:
            return Reply(trim(said), lead=NOT_IN_THOSE_WORDS)
    # A school named outside any studies (a LinkedIn paste's header): never "no education".
    schooled = schools_named(index) if intent.name == "education" and quotes is None else []
    if schooled:
        return Reply(trim(schooled), lead=NOT_IN_THOSE_WORDS)
    trained = _trainings(index) if intent.name == "certifications" else []
    if trained:
        # "Cursussen" (courses) over "BHV/EHBO", asked for a first-aid certificate: where a
        # resume keeps what it was trained in, its certificates may stand, named otherwise.
        return Reply(trim(index.summary(trained[:4], 3)), lead=NOT_IN_THOSE_WORDS)
    return Reply((), quotes if isinstance(quotes, str) else intent.absent)


# A section of courses or training in another language than English ("Cursussen", "Kurse",
# "Formación"): its certificates are named in words a question in English does not share. An
# English "Courses" or "Training" that names no certificate lists none.
_TRAINING = (
    r"(?i)\b(?!courses?\b|coursework)(cours|curs|kurs|курс|formaci|formation|fortbildung|weiterbildung"
    r"|szkoleni|školen|scholing|bijscholing|formazione|capacita)"
)


def _trainings(index: ResumeIndex) -> list[int]:
    """The entries under a section titled for courses or training."""
    return [
        i
        for i, entry in enumerate(index.entries)
        if patterns.search(_TRAINING, entry.citation.split(" › ")[0])
    ]


def _without(question: str, term: str) -> str:
    """The question less the words that begin with a term's stem ("PCB" of "PCB design")."""
    return re.sub(rf"(?i)\b{re.escape(term)}[\w-]*", " ", question)
