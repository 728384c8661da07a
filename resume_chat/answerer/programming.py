"""Which programming languages a person writes: the skills' lines naming them, else any."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.outline import programming_languages

# No language in the skills (soft skills only): one named in a job or a project.
_ELSEWHERE = ("header", "languages", "summary", "experience", "projects", "education")


def programming_lines(index: ResumeIndex) -> list[Quote] | None:
    """Lines naming a language first ("Languages: C, C++, Java" before "Natural Language
    Processing", which says the word alone); then a line labelled so; then a language named
    outside the skills; then the skills themselves."""
    skills = index.of_kinds(("skills",))
    languages = patterns.compile(programming_languages())
    labelled = patterns.compile(programming_languages().replace("(?i)", "(?i)languag|", 1))
    named = index.lines_where(skills, languages)
    said = [quote for quote in index.lines_where(skills, labelled) if quote not in named]
    return (
        named + said
        or index.lines_where(index.of_kinds(_ELSEWHERE), languages)[:3]
        or index.summary(skills)
        or None
    )
