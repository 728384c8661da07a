"""Text saved in an older code page than UTF-8, by the editors resumes were written in: which
one, judged by what the bytes read as."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume import scripts


def older_code_page(raw: bytes) -> str:
    """Chinese saved in GBK by an older Windows editor; else Latin-1 or Windows-1252 text (every
    byte means something); else Russian in Windows-1251; else ""."""
    chinese = _chinese(raw)
    if chinese:
        return chinese
    text = raw.decode("cp1252", errors="replace")
    return text if _western(text) else _cyrillic(raw)


_WORDS_AT_LEAST = 5


def _cyrillic(raw: bytes) -> str:
    """Russian, Ukrainian or Bulgarian saved in Windows-1251 (round379's Ukrainian student,
    from an old Windows editor): its letters mostly Cyrillic once read so; else ""."""
    try:
        text = raw.decode("cp1251")
    except UnicodeDecodeError:
        return ""
    letters = [char for char in text if char.isalpha()]
    cyrillic = sum(1 for char in letters if patterns.match(f"[{scripts.CYRILLIC}]", char))
    controls = sum(1 for char in text if char < " " and char not in "\r\n\t\f")
    # Enough of them to be words, not a few stray bytes ("\xff\xfe\xfa" reads "яюъ").
    words = len(text.split()) >= _WORDS_AT_LEAST and len(letters) >= 4 * _WORDS_AT_LEAST
    return text if words and cyrillic >= 0.5 * len(letters) and controls <= 8 else ""


_HAN_AT_LEAST = 10


def _chinese(raw: bytes) -> str:
    """Chinese saved in GBK (GB 18030's older part), beside English, as round424's biography
    is: read so, its Han characters stand in runs of words; Windows-1252's accented letters
    read so stand alone among Latin ones ("D" + 閣 + "veloppeur"). Else ""."""
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return ""
    han = patterns.findall(f"[{scripts.HAN}]", text)
    runs = sum(map(len, patterns.findall(f"[{scripts.HAN}]{{2,}}", text)))
    return text if len(han) >= _HAN_AT_LEAST and runs >= 0.9 * len(han) else ""


def _western(text: str) -> bool:
    """Windows-1252 text as its writer saw it: a few accented letters among plain ones, no
    control codes. A non-breaking space between every word (a page saved from Word) is fine;
    Russian or Japanese in their own old code pages read as runs of accented letters and are
    refused, rather than answered from as nonsense."""
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if not char.isascii())
    controls = sum(1 for char in text if char < " " and char not in "\r\n\t\f")
    return (
        text.count("\ufffd") <= 8
        and controls <= 8
        and bool(letters)
        and accented <= 0.25 * len(letters)
    )
