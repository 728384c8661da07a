"""Where a resume keeps its certificates when no section is named for them: a section of
courses completed, a certificate among the degrees, a label over a list."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.spellings import spelled_out
from resume_chat.answerer.terms import stems

_TRAINING = r"(?i)\b(courses? (completed|taken)|completed courses|online courses)\b"
_LABELLED = (
    r"(?i)^\W*(certifications?|certificates?|licen[cs]es?( (and|&) certifications?)?)\s*:\s*\S"
)
# "**Certifications & Professional Development:**" alone over the certificates it lists.
# (A list's item, "- Certifications:" with nothing after it, is a label left empty.)
_LABEL_ALONE = r"(?i)^(?![-*] )\W*(certifications?|certificates?)\b[\w &/,]{0,40}:?\W*$"


def certificates(
    index: ResumeIndex, numbers: list[int], terms: list[str]
) -> tuple[list[int], list[Quote]]:
    """The entries that hold certificates (`numbers`, those of the kind, else those found
    here), and the lines to quote first where a label says which lines they are (only for a
    question naming no certificate of its own)."""
    if numbers:
        # "Education & Credentials": its degrees, then "**Certifications …:**" over a list.
        labelled = [] if terms else index.lines_around(numbers, _LABEL_ALONE, after=6)
        return numbers, (labelled + index.summary(numbers, 2) if labelled else [])
    # "COURSES COMPLETED · Python for Data Science, IBM": where credentials are kept.
    numbers = [i for i, e in enumerate(index.entries) if patterns.search(_TRAINING, e.citation)]
    # "### Certificate in Geographic Information Sciences Spring 2019" among the degrees,
    # when it names what is asked, or spells the letters asked ("a GIS certificate").
    numbers = numbers or [
        i
        for i, e in enumerate(index.entries)
        if patterns.search(r"(?i)\bcertificat", e.title)
        and (
            not terms
            or set(terms) & set(stems(e.title))
            or set(terms) & set(spelled_out([e.title]))
        )
    ]
    if terms:
        return numbers, []
    # "- Certifications: CompTIA A+" among the skills says it in so many words; a label alone
    # over its list says it for the lines after it.
    everywhere = list(range(len(index.entries)))
    labelled = index.lines_where(everywhere, _LABELLED) or index.lines_around(
        everywhere, _LABEL_ALONE, after=6
    )
    return numbers, (labelled + index.summary(numbers, 2) if labelled else [])
