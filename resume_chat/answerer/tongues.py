"""Which languages a question about languages means: those spoken, or those programmed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.answerer.absences import BESIDES
from resume_chat.answerer.evidence import EVIDENCE
from resume_chat.answerer.language_names import language_names
from resume_chat.answerer.outline import programming_languages

if TYPE_CHECKING:
    from resume_chat.answerer.index import ResumeIndex

# "Which languages does she know?", "What languages does he list?": languages known or
# listed, and no word for code ("program", "use", "large language models").
_KNOWN = r"(?i)\blanguages\b.*\b(know|knows|known|list|lists|listed|mention|mentions|mentioned)\b"
_CODE = (
    r"(?i)\b(program\w*|coding|codes?|scripting|software|frameworks?|technical|computer|models?"
    r"|llms?|use[sd]?|using|write|writes|wrote)\b"
)


def asks_tongues(index: ResumeIndex, question: str) -> bool:
    """ "Which languages does she know?", neither code nor speech named, of a resume whose
    languages section, or a line labelled for them, names a language people speak
    ("LANGUAGES KNOWN: TAMIL, ENGLISH"): the languages she speaks, not those she programs in."""
    if patterns.search(_CODE, question):
        return False
    # "Besides English, which other language does she list?": a spoken one left out, asked
    # in words "which languages does she know" would be.
    left_out = BESIDES + rf"\W+({language_names()})\b"
    if not (patterns.search(_KNOWN, question) or patterns.search(left_out, question)):
        return False
    if patterns.search(programming_languages(), question):
        return False
    spoken = patterns.compile(rf"(?i)\b({language_names()})")
    listed = any(
        spoken.search("\n".join(index.entries[i].lines))
        or patterns.search(EVIDENCE["spoken"], "\n".join(index.entries[i].lines))
        for i in index.of_kinds(("languages",))
    )
    # "Other Languages · English · German" as a line of a table read as education: a line
    # labelled for languages, naming one people speak.
    return listed or any(
        patterns.search(_LANGUAGES, line)
        and (spoken.search(line) or patterns.search(EVIDENCE["spoken"], line))
        for line in index.text.splitlines()
    )


_LANGUAGES = r"(?i)\blanguages?\b(?!\W*(programm|coding))"
