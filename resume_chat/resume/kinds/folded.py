"""Headings written without their accents: "KINH NGHIEM" for Vietnamese "Kinh nghiệm", "HOC VAN"
for "Học vấn", "EXPERIENCIA" typed on a keyboard with no "ñ". The kind words, their marks taken
off, are tried on a title in plain ASCII that the words as spelled did not place."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from resume_chat.resume.kinds.words import KIND_WORDS


def without_marks(text: str) -> str:
    """The text with its accents taken off ("kinh nghiệm": "kinh nghiem"; "đào tạo": "dao tao")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _folded() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each kind's words that carry marks, without them (only those: the others matched)."""
    return tuple(
        (
            kind,
            tuple(
                bare for word in words if (bare := without_marks(word)) != word and bare.isascii()
            ),
        )
        for kind, words in KIND_WORDS
    )


def unmarked_kind(lowered: str, holds: Callable[[str, str], bool]) -> str:
    """The kind an ASCII title names with a word written without its marks, or "other"."""
    if not lowered.isascii():
        return "other"
    return next(
        (kind for kind, words in _folded() if any(holds(lowered, w) for w in words)), "other"
    )


def unmarked_stem(word: str) -> bool:
    """An ASCII word that starts with a kind's word written without its marks ("nghiem")."""
    return word.isascii() and any(
        word.startswith(bare) for _, words in _folded() for bare in words if " " not in bare
    )


def unmarked_phrase_words(lowered: str) -> set[str]:
    """The words of the kinds' phrases written without their marks that an ASCII title holds
    whole ("kinh nghiem", "thong tin ca nhan")."""
    if not lowered.isascii():
        return set()
    return {
        part
        for _, words in _folded()
        for bare in words
        if " " in bare and bare in lowered
        for part in bare.split()
    }
