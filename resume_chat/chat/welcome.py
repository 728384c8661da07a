"""The REPL's welcome, sans-I/O: whose resume, which model, questions drawn from its sections."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.outline import kind_of
from resume_chat.resume import Resume, Section

_BOLD = patterns.compile(r"\*\*([^*\n]{2,60})\*\*")
# "Northwind Payments — Senior Backend Engineer": the organisation is the part before these.
_TITLE_SEPARATORS = patterns.compile(r"\s+(?:\u2014|\u2013|-|\||·|@)\s+|,\s+")


def _person(resume: Resume) -> tuple[str, str]:
    """How to name the person in a question: ("Maya", "Maya's"), or ("they", "their")."""
    first = resume.name.split()[0] if resume.name.split() else ""
    # Without a name heading the core names the resume by its first line, often a section title.
    titles = {section.title for section in resume.walk()}
    if not first or len(first) > 30 or resume.name in titles:
        return "they", "their"
    return first, f"{first}'" if first.endswith("s") else f"{first}'s"


def _first_item(section: Section) -> str | None:
    """The first named entry under a section: a child heading or a bold item."""
    if section.children:
        return _TITLE_SEPARATORS.split(section.children[0].title)[0].strip() or None
    bold = _BOLD.search(section.body)
    return bold.group(1).strip() if bold else None


_QUESTIONS: dict[str, tuple[int, str]] = {
    "skills": (2, "What are {whose} strongest skills?"),
    "education": (3, "Where did {who} study, and what?"),
    "summary": (4, "How would you sum up {whose} background in two sentences?"),
    "certifications": (5, "Which certifications does {who} hold?"),
    "languages": (6, "Which languages does {who} speak?"),
    "awards": (7, "Which awards has {who} received?"),
    "publications": (7, "What has {who} published or presented?"),
}


def _question(section: Section, who: str, whose: str) -> tuple[int, str]:
    """(priority, question) for one top-level section; lower priority numbers are asked first."""
    kind = kind_of(section)
    item = _first_item(section)
    if kind == "experience":
        return 0, f"What did {who} do at {item}?" if item else f"What is {whose} current role?"
    if kind == "projects":
        return 1, f"What is {item}, and what was {whose} part in it?" if item else (
            f"Which projects has {who} built?"
        )
    if kind in _QUESTIONS:
        priority, question = _QUESTIONS[kind]
        return priority, question.format(who=who, whose=whose)
    return 8, f"What does the resume say about {section.title}?"


def suggested_questions(resume: Resume, count: int = 3) -> list[str]:
    """Up to `count` questions, each about a different section, most telling sections first."""
    who, whose = _person(resume)
    ranked = sorted(
        (_question(section, who, whose), position)
        for position, section in enumerate(resume.sections)
    )
    questions: list[str] = []
    for (_, question), _ in ranked:
        if question not in questions:
            questions.append(question)
    if not questions:
        questions = [f"What does {who} do?", f"What is {whose} background?"]
    return questions[:count]


def welcome_lines(resume: Resume, model: str, notice: str | None) -> list[str]:
    """The short greeting: whose resume, which model (or the offline notice), how to get help."""
    whose = f"{resume.name}'s resume" if resume.name else "the resume"
    answered_by = notice if notice else f"Answers by {model}."
    lines = [
        f"Chatting about {whose} ({resume.path}). {answered_by}",
        "Ask anything; /help lists commands, Esc Enter adds a line, Ctrl-D leaves.",
        "Try:",
    ]
    lines += [f"  • {question}" for question in suggested_questions(resume)]
    return lines
