"""One offline answer to a question about a resume given as text, for the tests that read a
real resume's shape from a few lines of it."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.model import build_resume


def answer_text(text: str, question: str, name: str = "cv.md") -> str:
    """The answer's Markdown blocks, a blank line apart, for `text` read as the file `name`
    (its extension says the format)."""
    path = Path(name)
    resume = build_resume(read_resume_bytes(text.encode(), path), path)
    return "\n\n".join(format_reply(OfflineAnswerer(resume).answer(question)))
