"""The resume: any supported file read into one document model of sections and entries."""

from resume_chat.resume.files import load_resume, parse_resume
from resume_chat.resume.model import Resume, Section
from resume_chat.resume.reading import MAX_RESUME_BYTES, SUPPORTED, Reading

__all__ = [
    "MAX_RESUME_BYTES",
    "SUPPORTED",
    "Reading",
    "Resume",
    "Section",
    "load_resume",
    "parse_resume",
]
