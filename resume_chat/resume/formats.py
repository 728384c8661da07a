"""Which format a resume's bytes are in, and the reader for it (each imported when needed)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from resume_chat import patterns
from resume_chat.errors import ResumeError
from resume_chat.resume.codepages import older_code_page
from resume_chat.resume.reading import (
    MAX_BINARY_BYTES,
    MAX_JSON_BYTES,
    MAX_PAGE_BYTES,
    MAX_RESUME_BYTES,
    SUPPORTED,
    Reading,
    cut_to_limit,
)

# reStructuredText too: its titles are underlined ("Education" over "#########"), as the
# text reader finds them; its inline marks are few and read as they are.
_TEXT_SUFFIXES = frozenset({".txt", ".text", ".asc", ".rst", ".rest"})
_RST_SUFFIXES = frozenset({".rst", ".rest"})
_LATEX_SUFFIXES = frozenset({".tex", ".latex"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# LaTeX source whatever its file is called: a preamble or a document environment.
_LATEX_SOURCE = patterns.compile(r"\\documentclass\b|\\begin\{document\}")
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx", ".rmd", ".qmd"})
# Signatures of formats people try that we do not read, with what to do instead.
_OTHER_FORMATS = (
    (b"\xd0\xcf\x11\xe0", "an old Word .doc file; save it as .docx or PDF"),
    (b"{\\rtf", "an RTF file; save it as .docx or PDF"),
    (b"\x89PNG", "a PNG image; export the resume as a text PDF"),
    (b"\xff\xd8\xff", "a JPEG image; export the resume as a text PDF"),
    (b"PK\x03\x04", "a zip archive but not a Word .docx"),
)


def read_resume_bytes(raw: bytes, path: Path) -> Reading:
    """Detect the format from the content (and the file name) and read it."""
    if len(raw) > MAX_BINARY_BYTES:
        raise ResumeError(f"Resume {path} is over the {MAX_BINARY_BYTES / 1e6:.0f} MB limit.")
    if raw.startswith(b"%PDF-") or raw[:1024].lstrip().startswith(b"%PDF-"):
        from resume_chat.resume.pdf.reader import read_pdf

        return read_pdf(raw, path)
    if raw.startswith(b"PK\x03\x04") and (b"word/" in raw[:4096] or path.suffix == ".docx"):
        from resume_chat.resume.docx.reader import read_docx

        return read_docx(raw, path)
    for signature, what in _OTHER_FORMATS:
        if raw.startswith(signature):
            raise ResumeError(f"Resume {path} is {what}. Supported: {SUPPORTED}.")
    return _read_text_formats(raw, path)


def _read_text_formats(raw: bytes, path: Path) -> Reading:
    shaped = path.suffix.lower() == ".json" or raw.lstrip()[:1] == b"{"
    page = _web_page(raw, path)
    limit = MAX_JSON_BYTES if shaped else MAX_PAGE_BYTES if page else MAX_RESUME_BYTES
    if len(raw) > limit:
        raise _too_long(path, limit)
    text = _decode(raw, path)
    if not text.strip():
        raise ResumeError(f"Resume {path} is empty; write the resume in it ({SUPPORTED}).")
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) or path.suffix.lower() == ".json":
        data, problem, forgiven = _parsed_json(text)
        if problem is None:
            from resume_chat.resume.jsonresume.freeform_values import (
                ENTITY,
                TRANSLATED,
                translations_joined,
                unescaped,
            )
            from resume_chat.resume.jsonresume.reader import read_json_resume

            data = unescaped(data) if re.search(ENTITY, text) else data
            data = translations_joined(data) if re.search(TRANSLATED, text) else data
            reading = read_json_resume(data, path)
            reading.warnings += [forgiven] if forgiven else []
            return reading
        # "{% include nav.html %}" opening a Jekyll page is Markdown, not broken JSON.
        looks_like_json = stripped.startswith(('{"', "{\n", "{\r", "{ ")) or stripped == "{}"
        json_named = path.suffix.lower() == ".json" or (
            looks_like_json and path.suffix.lower() not in _MARKDOWN_SUFFIXES | _TEXT_SUFFIXES
        )
        # Within a text resume's limit: past it, a page of HTML costs seconds to read.
        if json_named and len(raw) <= MAX_RESUME_BYTES and re.search(_HTML_RESUME, text):
            # A JavaScript object, not JSON, holding the resume as a page of HTML in a
            # string ('{ title: "Resume", content: "<h2>…'): the page is the resume.
            from resume_chat.resume.html.reader import html_lines
            from resume_chat.resume.markdown.reader import read_markdown

            reading = read_markdown("\n".join(html_lines(text, literal=True)))
            reading.format = "json"
            reading.warnings.append(f"not valid JSON ({problem}); read as the HTML it holds")
            return reading
        if json_named:
            raise ResumeError(
                f"Resume {path} is not valid JSON ({problem}); fix it, or save the "
                "resume as Markdown."
            ) from None
    if len(raw) > MAX_RESUME_BYTES and not page:  # not JSON after all: a text resume's limit
        raise _too_long(path, MAX_RESUME_BYTES)
    latex = path.suffix.lower() in _LATEX_SUFFIXES or _LATEX_SOURCE.search(text[:20_000])
    if latex and len(raw) <= MAX_RESUME_BYTES:
        # A resume.tex, or its source saved as .txt: its commands say where the headings are.
        from resume_chat.resume.latex.reader import read_latex

        reading = read_latex(text, path)
        reading.format = "text" if path.suffix.lower() in _TEXT_SUFFIXES else "latex"
        return reading
    from resume_chat.resume.markdown.reader import read_markdown

    # A fragment of a page saved as .html ("<div class="CV"><table>…"): HTML too, not Markdown,
    # where its indented comments between rows would read as code.
    fragment = path.suffix.lower() in _HTML_SUFFIXES and re.match(r"\s*<[a-zA-Z!]", text)
    if page or fragment or re.search(_HTML_PAGE, text[:4096]):
        # A whole web page, saved as .txt or .md: its tags say where the headings are (and
        # its indented <style> would read as Markdown code).
        from resume_chat.resume.html.pages import page_markdown

        markdown, cut = cut_to_limit(page_markdown(text))
        reading = read_markdown(markdown)
        if cut:
            reading.warnings.append(
                f"Resume {path} holds over {MAX_RESUME_BYTES:,} bytes of text; the end was cut."
            )
        if path.suffix.lower() in _TEXT_SUFFIXES:
            reading.format = "text"  # what the owner gave: a text file, tags and all
        return _named_html(reading, path)
    if path.suffix.lower() in _RST_SUFFIXES:
        from resume_chat.resume.rst import read_rst

        rst = read_rst(text)
        if rst is not None:
            return rst
    if path.suffix.lower() in _TEXT_SUFFIXES:
        from resume_chat.resume.text import read_text

        return read_text(text)
    return _named_html(read_markdown(text), path)


def _web_page(raw: bytes, path: Path) -> bool:
    """Whether the bytes are a web page or a fragment of one, read as HTML (see below)."""
    head = raw[:4096].decode("utf-8", "replace")
    fragment = path.suffix.lower() in _HTML_SUFFIXES and re.match(r"\s*<[a-zA-Z!]", head)
    return bool(fragment or re.search(_HTML_PAGE, head))


def _named_html(reading: Reading, path: Path) -> Reading:
    """An .html file is reported as HTML, a page or a fragment of one; a page saved as .md
    stays what its name says."""
    if path.suffix.lower() in _HTML_SUFFIXES:
        reading.format = "html"
    return reading


# Headings, paragraphs or a table in HTML: a page, whatever wraps it.
_HTML_RESUME = patterns.compile(r"(?i)<(h[1-6]|p|div|table|ul)\b[^>]{0,200}>")
# A page from its first line: a README that embeds an <html> snippet lower down is Markdown.
# An XHTML page may open with its XML declaration: "<?xml version="1.0"?>" then the doctype;
# a page may open with a comment ("<!--Brian Tucker / Personal Website -->") before it, or a
# word its owner typed over the page they pasted ("Html").
_HTML_PAGE = patterns.compile(
    r"(?is)\A(\s*[^\W\d_]{1,20}[ \t\r]*\n)?(\s*<\?xml\b[^>]{0,200}\?>)?(\s*<!--.{0,2000}?-->){0,8}"
    r"\s*(\W{0,3}!?doctype html\b|<html\b)"
)


def _too_long(path: Path, limit: int) -> ResumeError:
    return ResumeError(
        f"Resume {path} is over {limit:,} bytes, the limit for text resumes. "
        "Trim it, or point --resume at the resume itself."
    )


def _decode(raw: bytes, path: Path) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        # "Unicode text" from Windows editors; mostly-ASCII, or it is not text at all.
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            text = ""
        if text and sum(char.isascii() for char in text) >= 0.5 * len(text) and "\x00" not in text:
            return text
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if b"\x00" in raw[:4096]:
            raise ResumeError(f"Resume {path} is a binary file, not one of: {SUPPORTED}.") from None
        text = older_code_page(raw)
        if not text:
            raise ResumeError(
                f"Resume {path} is not UTF-8 text (bad byte at offset {exc.start}) and not one "
                f"of: {SUPPORTED}. Save it as UTF-8."
            ) from None
    if "\x00" in text:
        raise ResumeError(f"Resume {path} is a binary file, not one of: {SUPPORTED}.")
    # A resume written for a terminal keeps its colours as escape codes ("\x1b[32mEXPERIENCE").
    return _LOST_LIGATURE.sub("fi", _ANSI.sub("", text))


_ANSI = patterns.compile(r"\x1b\[[0-9;?]{0,20}[A-Za-z]")
# Text copied out of a PDF can keep a ligature as the control character its font drew it
# with ("\x1feld veri\x1fcation"): inside or at the start of a word, it is nearly always "fi",
# the commonest ligature by far; a form feed between lines stays a page break.
_LOST_LIGATURE = patterns.compile(
    r"(?:(?<=[A-Za-z])[\x0b\x0c\x0e\x0f\x1b-\x1f]|[\x1b-\x1f])(?=[a-z])"
)


# A comma before a closing bracket, outside strings: what editors and JSON5 allow, JSON not.
_TRAILING_COMMA = patterns.compile(r'("(?:[^"\\]|\\.)*")|,(\s*[}\]])')
# A line or a block commented out, outside strings, as JSON with comments (JSONC) allows.
_COMMENT = patterns.compile(r'("(?:[^"\\]|\\.)*")|//[^\n]*|/\*.*?\*/', re.DOTALL)


# A comma left out at a line's end, between one value and the next key or item: a string
# is matched whole first, so that a bracket inside one is never taken for the JSON's.
_MISSING_COMMA = patterns.compile(
    r'("(?:[^"\\]|\\.)*")(?:([ \t]*\r?\n\s*)(?=["{\[]))?'
    r'|([}\]\d]|\btrue|\bfalse|\bnull)([ \t]*\r?\n\s*)(?=["{\[])'
)


def _comma(match: re.Match[str]) -> str:
    string, gap, value, after = match.groups()
    if string is not None:
        return string + ("," + gap if gap is not None else "")
    return f"{value},{after}"


def _parsed_json(text: str) -> tuple[Any, str | None, str | None]:
    """The data, or why the text is not JSON, and what was forgiven: trailing commas, the
    commonest slip in a hand-kept resume.json, comments ("// "url": ..."), and stray text
    after the closing brace (a "- [ ]" left from a to-do list)."""
    try:
        return json.loads(text), None, None
    except (ValueError, RecursionError) as exc:
        problem = _short(exc)
    uncommented = _COMMENT.sub(lambda m: m.group(1) or "", text)
    relaxed = _TRAILING_COMMA.sub(lambda m: m.group(1) or m.group(2), uncommented)
    slips = [
        *(["comments"] if uncommented != text else []),
        *(["trailing commas"] if relaxed != uncommented else []),
    ]
    try:
        json.loads(relaxed)
    except (ValueError, RecursionError):
        commas = _MISSING_COMMA.sub(_comma, relaxed)
        if commas != relaxed:
            relaxed, slips = commas, [*slips, "missing commas"]
    try:
        json.loads(relaxed)
    except (ValueError, RecursionError) as exc:
        if "control character" in str(exc):  # a line typed straight into a string
            slips.append("line breaks inside strings")
    forgiven = f"{' and '.join(slips)} in the JSON were ignored" if slips else None
    try:
        return json.loads(relaxed, strict=False), None, forgiven
    except (ValueError, RecursionError):
        pass
    relaxed = relaxed.strip()
    try:
        data, end = json.JSONDecoder(strict=False).raw_decode(relaxed)
    except (ValueError, RecursionError):
        return _repaired(text, problem)
    if not isinstance(data, dict) or len(relaxed) - end > 1_000:
        return None, problem, None
    return data, None, "text after the JSON's closing brace was ignored"


# json-repair's time grows with the square of its worst inputs' length (open braces, strings
# never closed): 1.2 s at 16 KB, where nine in ten resume.json files of the sets fit.
_MENDED_AT_MOST = 16_000


def _repaired(text: str, problem: str) -> tuple[Any, str | None, str | None]:
    """A JSON broken past the slips above (an object never closed), mended; else its problem."""
    if len(text) > _MENDED_AT_MOST or re.search(_HTML_RESUME, text):
        return None, problem, None  # too long to mend, or a page of HTML in it (read as one)
    from json_repair import loads

    try:
        data = loads(text)
    except (ValueError, RecursionError):
        return None, problem, None
    if not isinstance(data, dict) or len(json.dumps(data)) < len(text) // 2:
        return None, problem, None  # not an object, or one that lost half the file's text
    return data, None, f"the JSON was mended to be read ({problem})"


def _short(exc: BaseException) -> str:
    return str(exc).split("\n")[0][:120]
