"""A Word .docx resume read into canonical Markdown: zip bounds first, then mammoth's HTML."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from resume_chat import patterns
from resume_chat.errors import ResumeError
from resume_chat.resume.docx.boxes import lifted, paragraph_text, paragraphs, top_boxes
from resume_chat.resume.docx.elements import kind_of, plain_text, runs_of
from resume_chat.resume.docx.sides import (
    names_section,
    over_table,
    split_side_titles,
    unlisted_titles,
)
from resume_chat.resume.docx.tables import HEADING_STYLE, flatten
from resume_chat.resume.html.pages import html_to_markdown
from resume_chat.resume.layout import arrange
from resume_chat.resume.names.candidate import is_page_title, name_in
from resume_chat.resume.reading import Reading

# A resume's .docx unpacks to a few MB of XML and pictures; 30 MB leaves room for photos.
MAX_UNPACKED_BYTES = 30_000_000
# Word's XML deflates 5-20:1; a part over 1 MB that packed 100 times smaller is a bomb.
MAX_RATIO = 100
RATIO_FLOOR = 1_000_000
MAX_PARTS = 2_000  # a .docx has a few dozen parts
MAX_CORE_BYTES = 100_000  # docProps/core.xml: title, author and dates, a few hundred bytes

_HEADING_LIKE_STYLE = patterns.compile(r"heading|section|title", re.IGNORECASE)
_OURS = "Resume Chat Heading {}"  # the style given to paragraphs that look like headings
_STYLE_MAP = "\n".join(
    [
        "p[style-name='Title'] => h1:fresh",
        *(f"p[style-name='{_OURS.format(level)}'] => h{level}:fresh" for level in range(1, 5)),
    ]
)
_DUBLIN_CORE = "{http://purl.org/dc/elements/1.1/}"


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or type(exc).__name__


def _checked_zip(raw: bytes, path: Path) -> zipfile.ZipFile:
    """The .docx as a zip archive, refused before anything unpacks if it is not a sane one."""
    unreadable = f"Resume {path} is not a readable Word .docx file"
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        parts = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ResumeError(f"{unreadable} ({_reason(exc)}).") from None
    if len(parts) > MAX_PARTS:
        raise ResumeError(
            f"Resume {path} holds {len(parts):,} files, more than the {MAX_PARTS:,} a Word "
            "file could need (a zip bomb?)."
        )
    from resume_chat.resume.docx.rules import main_part

    if main_part(archive) not in {part.filename for part in parts}:
        raise ResumeError(f"{unreadable} (it has no word/document.xml).")
    limit = f"{MAX_UNPACKED_BYTES // 1_000_000} MB"
    if sum(part.file_size for part in parts) > MAX_UNPACKED_BYTES:
        raise ResumeError(f"Resume {path} expands to more than {limit} (a zip bomb?).")
    for part in parts:
        if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise ResumeError(
                f"Resume {path} expands to more than {MAX_RATIO} times its packed size "
                f"in {part.filename[:60]} (a zip bomb?)."
            )
    return archive


def _core_names(archive: zipfile.ZipFile) -> set[str]:
    """The title and author the file's properties state, casefolded."""
    try:
        info = archive.getinfo("docProps/core.xml")
        if info.file_size > MAX_CORE_BYTES:
            return set()
        root = ElementTree.fromstring(archive.read(info))
    except (KeyError, ElementTree.ParseError, zipfile.BadZipFile, OSError, RuntimeError):
        return set()
    found = (root.find(f"{_DUBLIN_CORE}{tag}") for tag in ("title", "creator"))
    said = {" ".join(el.text.split()).casefold() for el in found if el is not None and el.text}
    return {text for text in said if not is_page_title(text)}  # a title "CV" names no one


_MAX_MARGIN_BYTES = 1_000_000  # a page header or footer is a few KB of XML


def _margins(archive: zipfile.ZipFile, kind: str) -> list[str]:
    """The paragraphs of the page headers (or footers): where many Word resumes keep the
    name and contact details, which mammoth reads no more than Word prints them in the body."""
    parts = sorted(
        (
            info
            for info in archive.infolist()
            if re.fullmatch(rf"word/{kind}\d*\.xml", info.filename)
            and info.file_size <= _MAX_MARGIN_BYTES
        ),
        key=lambda info: info.filename,
    )
    lines: list[str] = []
    for info in parts:
        try:
            root = ElementTree.fromstring(archive.read(info))
        except (ElementTree.ParseError, zipfile.BadZipFile, OSError, RuntimeError):
            continue
        for paragraph in paragraphs(root):
            # "COLIN WILSON<tab>Page 2": the page number is Word's, not the resume's.
            text = " ".join(_PAGE.sub(" ", paragraph_text(paragraph)).split())
            if text and not text.isdigit():
                lines.append(text)
    return list(dict.fromkeys(lines))


_PAGE = patterns.compile(r"(?i)\bpage\s*\d+(\s*of\s*\d+)?\b")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _body_size(children: list[Any]) -> float:
    """The font size most of the text is set in; 0 when the file leaves it to the style."""
    sizes = Counter[float]()
    for child in children:
        for run in runs_of(child) if kind_of(child) == "Paragraph" else []:
            sizes[float(run.font_size or 0)] += len(plain_text(run))
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _look(paragraph: Any, body: float) -> tuple[float, bool, bool, bool] | None:
    """How heading-like a short paragraph looks: (size, heading-ish style, ALL CAPS, bold)."""
    if kind_of(paragraph) != "Paragraph" or paragraph.numbering is not None:
        return None
    text = " ".join(plain_text(paragraph).split())
    if not text or len(text) > 80 or len(text.split()) > 10 or text[-1] in ".,;":
        return None
    if not any(char.isalnum() for char in text):
        return None  # a bold rule of underscores under a title: no heading of its own
    runs = runs_of(paragraph)
    bold = bool(runs) and all(run.is_bold for run in runs)
    # "Education" and "Professional Experience" underlined, neither bold nor larger: a
    # section's title when it names one (an underlined link or phrase does not, nor a label
    # such as "Key Accomplishments:" inside a job).
    underlined = bool(runs) and all(run.is_underline for run in runs)
    bold = bold or (underlined and names_section(text) and not text.endswith(":"))
    caps = _caps(text) or (bool(runs) and all(run.is_all_caps for run in runs))
    size = max((float(run.font_size or body) for run in runs), default=body)
    styled = bool(_HEADING_LIKE_STYLE.search(paragraph.style_name or ""))
    larger = size >= (body + 2 if body else 14)
    return (size, styled, caps, bold) if bold or caps or styled or larger else None


def _styled(children: list[Any], styles: list[str], body: float) -> list[Any]:
    """The author's heading styles, trusted; a section title set in bold by hand beside them
    ("**Publications**" after a styled "Education") joins the styled sections' level, and so
    does a heading styled above them (the skills line as Heading 1 after Education's Heading
    2); one styled below them stays nested."""
    levels = {i: min(int(s[-1]), 4) for i, s in enumerate(styles) if HEADING_STYLE.match(s)}
    sections = {i: level for i, level in levels.items() if names_section(plain_text(children[i]))}
    if not sections:
        return children
    level = min(sections.values())
    first = min(sections)  # above the first section: the name, a greeting; kept as styled
    out = list(children)
    for index, child in enumerate(children):
        own = levels.get(index, 0)
        if own:
            chosen = level if own < level and index > first else own
        elif (
            styles[index].casefold() != "title"
            # "Образование" in a plain style, a styled heading right under it: a layout
            # table's title cell, its peers styled as headings.
            and (_look(child, body) or _over_subheading(children, index, levels, level))
            and names_section(plain_text(child))
        ):
            chosen = level
        else:
            continue
        out[index] = child.copy(style_id=None, style_name=_OURS.format(chosen))
    return out


def _over_subheading(children: list[Any], index: int, levels: dict[int, int], level: int) -> bool:
    """A few words alone ("Образование"), and the next paragraph with text styled a heading
    below the sections' level; not a link's label ("| Portfolio (https://…) |")."""
    words = plain_text(children[index]).split()
    if not 0 < len(words) <= 4 or not all(
        patterns.fullmatch(r"[^\W\d_]+[:&]?|&", w) for w in words
    ):
        return False
    after = (i for i in range(index + 1, len(children)) if plain_text(children[i]).strip())
    return levels.get(next(after, -1), 0) > level


def _with_headings(document: Any) -> Any:
    """Give short bold, ALL-CAPS or larger paragraphs heading styles, ranked by how they look."""
    children, listed = unlisted_titles(split_side_titles(flatten(document.children)))
    styles = [str(getattr(child, "style_name", None) or "") for child in children]
    named = [style.casefold() == "title" or bool(HEADING_STYLE.match(style)) for style in styles]
    body = _body_size(children)
    if sum(named) >= 2:
        children = _styled(children, styles, body)  # trusted
        levels = [int(s[-1]) for s in styles if HEADING_STYLE.match(s)]
        return document.copy(children=_listed_at(children, listed, min(levels, default=2)))
    looks = {
        index: key
        for index, child in enumerate(children)
        if not named[index] and index not in listed and (key := _look(child, body)) is not None
    }
    # A form's plain titles over its tables rank with the section titles the looks found (with
    # none found, plain titles are all read alike from the text, later).
    titles = [key for index, key in looks.items() if names_section(plain_text(children[index]))]
    for index in range(len(children)) if titles else ():
        if not named[index] and index not in listed | looks.keys() and over_table(children, index):
            looks[index] = max(titles)
    titled = any(named)  # the name has a style of its own: the looks rank below it
    tiers = sorted(set(looks.values()), reverse=True)
    sections = []
    for index, key in looks.items():
        level = min(tiers.index(key) + (2 if titled else 1), 4)
        children[index] = children[index].copy(style_id=None, style_name=_OURS.format(level))
        sections += [level] if names_section(plain_text(children[index])) else []
    # Titles typed as list items stand with the sections the looks found, or under the name.
    level = min(sections, default=2 if titled or not looks else 1)
    return document.copy(children=_listed_at(children, listed, level))


def _listed_at(children: list[Any], listed: set[int], level: int) -> list[Any]:
    return [
        child.copy(style_id=None, style_name=_OURS.format(min(level, 4))) if i in listed else child
        for i, child in enumerate(children)
    ]


def read_docx(raw: bytes, path: Path) -> Reading:
    """Read a Word .docx resume into canonical Markdown, refusing broken or bomb-like files."""
    import mammoth  # type: ignore[import-untyped]

    archive = _checked_zip(raw, path)
    known = _core_names(archive)
    try:
        from resume_chat.resume.docx.choices import choices_read
        from resume_chat.resume.docx.layout import in_page_order
        from resume_chat.resume.docx.rules import rules_as_breaks

        laid = in_page_order(raw, archive)
        if laid is raw:  # laid out anew, the boxes' text is the body's: not read twice
            laid = choices_read(raw, archive)
        # Opened again only where the part was written anew: else it is the same archive.
        opened = archive if laid is raw else zipfile.ZipFile(io.BytesIO(laid))
        result = mammoth.convert_to_html(
            io.BytesIO(rules_as_breaks(laid, opened)),
            style_map=_STYLE_MAP,
            include_embedded_style_map=False,
            transform_document=_with_headings,
            # Pictures become their alt text: never read, never inlined as data URIs.
            convert_image=mammoth.images.img_element(lambda image: {}),
        )
    # A damaged file can raise almost anything from the zip, XML and mammoth layers (KeyError,
    # ExpatError, zlib.error, BadZipFile on a bad CRC, RecursionError): a file we cannot read.
    except Exception as exc:
        raise ResumeError(
            f"Resume {path} is not a readable Word .docx file ({_reason(exc)})."
        ) from None
    # mammoth's messages (unrecognised styles and the like) are not for the user.
    # A heading's bold is what made it a heading (or Word's style for it): not emphasis.
    lines = [
        line.replace("**", "") if line.startswith("#") else line
        for line in html_to_markdown(str(result.value)).splitlines()
    ]
    lines = lifted(lines, top_boxes(archive))
    # A margin's line the body holds already, whole, is said once; one that a body's line
    # merely contains ("Pocheon-si, South Korea" in a job's heading) is the header's own.
    body = {patterns.sub(r"^#+\s+", "", line).replace("**", "").strip() for line in lines}
    header = [line for line in _margins(archive, "header") if line.strip() not in body]
    footer = [line for line in _margins(archive, "footer") if line.strip() not in body]
    lines = [*header, *([""] if header else []), *lines, *([""] if footer else []), *footer]
    if not any(line.strip() for line in lines):
        raise ResumeError(
            f"Resume {path} is a Word file with no text in it (only pictures?); "
            "save the resume with its text, or as Markdown."
        )
    # The first line is the name when the file's properties say so, heading or not.
    first = next(index for index, line in enumerate(lines) if line.strip())
    plain = lines[first].lstrip("#").replace("**", "").strip()
    if plain.casefold() not in known:
        return arrange(lines, "docx")
    # The author field may hold the whole letterhead: "Anna Martens-Artemov ǁ Diplom …".
    # "Victor Delaplaine Resume", the file's title: the name without the page's word.
    named, rest = name_in(plain)
    name = named or plain
    lines[first : first + 1] = [f"# {name}", *(["", rest] if rest else [])]
    return arrange(lines, "docx", name=name)
