"""The answerer's index of a resume, its counting kept between runs like the resume's reading.

Outlining a resume into entries and counting their words (`answerer/counting.py`) take about
as long as the answer itself; a second question about the same resume, the common case of
`ask`, finds both kept (`resume_chat.resume.cache`), keyed by the canonical text and the name
they were worked out from and by the code of the answerer and the readers.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, cast

from resume_chat.answerer.counting import Counted, counted
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.outline import Entry, outline
from resume_chat.resume import Resume
from resume_chat.resume import cache as kept

_ANSWERER = Path(__file__).resolve().parent
_KIND = "index"


@cache  # the code does not change while a process runs
def _code() -> str:
    return f"{kept.fingerprint(_ANSWERER)}\n{kept.reader_fingerprint()}"


def index_of(resume: Resume) -> ResumeIndex:
    """The resume's index: its entries and their counted words, kept or worked out now."""
    key = "\n".join((resume.format, resume.name, resume.markdown))
    try:
        code = _code()
    except OSError:  # a module gone while this ran (an upgrade): nothing to key it by
        return ResumeIndex(outline(resume), resume.name)
    state = kept.recall(key, code, _KIND)
    if state is not None:
        try:
            return _restored(state, resume.name)
        except (TypeError, ValueError):
            pass  # an entry of another shape: worked out afresh, and kept again
    entries = outline(resume)
    words = counted(entries, resume.name)
    kept.remember(key, code, _KIND, ([tuple(entry) for entry in entries], tuple(words)))
    return ResumeIndex(entries, resume.name, words)


def _restored(state: object, name: str) -> ResumeIndex:
    """The index as kept: its entries' fields and its counted words, as tuples (marshal's).

    The file is this user's, written by this code (its fingerprint is in the key), so its shape
    is trusted as bytecode is; one of another shape raises TypeError or ValueError."""
    entries, words = cast(tuple[list[tuple[Any, ...]], tuple[Any, ...]], state)
    return ResumeIndex([Entry(*entry) for entry in entries], name, Counted(*words))
