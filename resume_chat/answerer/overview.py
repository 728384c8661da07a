"""Who the candidate is, as the resume introduces them: the name, the summary, the goal."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.evidence import GOAL
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent


def name_lines(index: ResumeIndex) -> list[Quote]:
    """The candidate's name as the header titles it, else as read, else the header's lines."""
    heads = index.of_kinds(("header",))
    named = [Quote(index.name, (index.name,))] if index.name else []
    # A Word file's page header may be all that names the candidate: no header entry.
    titled = [i for i in heads if index.entries[i].title.strip()]  # not a header untitled
    # The name as another language's version of the resume writes it ("Name (ar): …").
    versions = index.lines_where(list(range(len(index.entries))), _NAME_IN_A_LANGUAGE)
    return (
        [Quote(index.entries[i].citation, (index.entries[i].title,)) for i in titled]
        or named
        or index.summary(heads, 3)  # no name found: the header's own lines
    ) + versions


_NAME_IN_A_LANGUAGE = r"(?i)^\W*name \([a-z]{2}(?:[-_][A-Za-z]{2})?\):"


def summary_lines(index: ResumeIndex, intent: Intent, question: str = "") -> list[Quote] | None:
    """The summary's first lines; for a goal asked, the goal stated first; for a profession,
    the headline under the name ("Développeur Drupal") before a summary that may not say it."""
    if intent.name == "goal":
        # "Looking for Software Engineer internships" as a header's field: the goal stated,
        # before the summary that may not state one.
        kinds = ("header", "contact", "summary", "other")
        stated = index.lines_where(index.of_kinds(kinds), GOAL)
        if stated and all(_bare_label(line) for quote in stated for line in quote.lines):
            # "Желаемая должность и зарплата" over "Python разработчик": a label alone, the
            # post it asks for on the line after it, or titling the next entry.
            label = stated[0].lines[-1]
            at = next((i for i, e in enumerate(index.entries) if label in e.lines), -1)
            if 0 <= at < len(index.entries) - 1 and index.entries[at].lines[-1] == label:
                after = index.entries[at + 1]
                stated = [stated[0], Quote(after.citation, (after.title, *after.lines[:1]))]
            else:
                stated = index.lines_around(index.of_kinds(kinds), GOAL, after=1)
        # "## Objetivo:" over the goal, or "Желаемая должность - …" over its sections.
        headed = [i for i, e in enumerate(index.entries) if patterns.search(GOAL, e.citation)]
        stated = stated or index.summary(headed[:1], 3)
        if stated:
            return stated[:2]
    heads = index.of_kinds(("header",))
    summary = index.of_kinds(("summary",)) or heads
    said = [Quote(q.citation, q.lines[:4]) for q in index.summary(summary, 4)]
    if patterns.search(_TRADE_ASKED, question) and summary != heads:
        said = [Quote(q.citation, q.lines[:3]) for q in index.summary(heads, 3)[:1]] + said
    if intent.name == "goal":
        # "Job search front-end developer, training" in the summary, and the headline under
        # the name ("Junior Front-end Developer"): the role sought, both ways.
        cited = {quote.citation for quote in said}
        header = index.summary(index.of_kinds(("header",)))
        said += [Quote(q.citation, q.lines[:1]) for q in header if q.citation not in cited]
    return said or None


def _bare_label(line: str) -> bool:
    """A goal's label and nothing after it: a few words, no colon's value."""
    _, colon, value = line.partition(":")
    return len(line.split()) <= 4 and not (colon and value.strip())


_TRADE_ASKED = r"(?i)\b(professions?|occupations?|line of work|for a living)\b"
_PROFESSION = (
    r"(?i)^\W*(profession|occupation|professional title|job title|designation|headline"
    r"|beruf|profiss[ãa]o|profesi[óo]n|professione|профессия"
    r"|zaw[óo]d|meslek)\s*[:\uff1a]\s*\S"
)

_TITLE_FIELD = (
    r"(?i)^\W*(title|cargo|puesto|poste|position|current position|stilling|affiliation)\s*:\s*\S"
)


def profession_lines(index: ResumeIndex) -> list[Quote]:
    """ "profession: Electronics Engineering Technician" among the personal details: what the
    person does for a living, before a job whose title may be abbreviated."""
    everywhere = list(range(len(index.entries)))
    header = [i for i in everywhere if index.entries[i].kind in ("header", "contact")]
    # "Cargo: Desarrollador web", "Title: Frontend Developer", "Affiliation: Juntendo
    # University" among the name's details: the header's, a Contact section's.
    return (index.lines_where(everywhere, _PROFESSION) or index.lines_where(header, _TITLE_FIELD))[
        :1
    ]
