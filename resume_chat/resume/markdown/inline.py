"""A Markdown paragraph's inline tokens as text: bold kept, links with their address, images by
their alt text, raw HTML read, LaTeX and icon tokens gone."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from resume_chat import patterns
from resume_chat.resume.html.reader import html_lines
from resume_chat.resume.pictures import PHOTO, badge_label

if TYPE_CHECKING:
    from markdown_it.token import Token

_LATEX = r"\\[a-zA-Z]+\*?(?:\{[^{}\n]*\})*|\{(?:[#.][\w-]+|\w+=[^{}\n]*)\}"
_LATEX_STYLED = (
    r"\\(?:text(?:sc|bf|it|tt|sf|rm|up|md|sl)|emph|underline|url|mbox|href\{[^{}\n]*\})"
    r"\{([^{}\n]*)\}"
)
_ICON_TOKEN = patterns.compile(r"\*\*[a-z][a-z0-9]*(?:-[a-z0-9]+)*:[a-z0-9]+(?:-[a-z0-9]+)*\*\*\s*")


def inline_text(children: Sequence[Token], addresses: bool = True) -> str:
    """Inline Markdown as text: bold kept as **, links keep their address, images their alt."""
    parts: list[str] = []
    links: list[str] = []
    tags: set[int] = set()  # which parts are raw HTML; the rest is text, "<" included
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("strong_open", "strong_close"):
            parts.append("**")
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "link_open":
            links.append(str(child.attrGet("href") or ""))
            parts.append("\x00")  # where the link's text starts
        elif kind == "link_close" and links:
            href = links.pop()
            if addresses:
                _close_link(parts, href)
        elif kind == "image":
            alt = child.content or inline_text(child.children or [], addresses)
            alt = alt or badge_label(str((child.attrs or {}).get("src", "")))
            parts.append(f" {alt} " if alt and not PHOTO.fullmatch(alt.strip()) else "")
        elif kind == "html_inline":
            tags.add(len(parts))
            parts.append(child.content)
    if tags:
        # Text goes through the HTML reader with the tags: "&lt;me@x.io&gt;" must stay text.
        marked = (part if n in tags else escape(part, quote=False) for n, part in enumerate(parts))
        text = "".join(marked).replace("\x00", "")
        return "\n".join(_html_inline(line) for line in text.split("\n"))
    text = "".join(parts).replace("\x00", "")
    if ":" in text and "**" in text:
        # `**carbon:location-heart-filled**`: an icon set's token for a picture, not words.
        text = _ICON_TOKEN.sub("", text)
    if "\\" in text or "{" in text:
        # Pandoc resumes carry LaTeX and attributes: "\hspace*{\fill}", "{width=24}"; a
        # command that styles words keeps them ("\textsc{Place of birth:} Paris").
        text = patterns.sub(_LATEX_STYLED, r"\1", text)
        text = patterns.sub(_LATEX, " ", text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def _html_inline(line: str) -> str:
    return " \n".join(html_lines(f"<p>{line}</p>"))


def _close_link(parts: list[str], href: str) -> None:
    """Keep the address after the link's text, unless the text already shows it."""
    start = len(parts) - 1 - parts[::-1].index("\x00")
    shown = "".join(parts[start + 1 :])
    target = href.removeprefix("mailto:").removeprefix("tel:").strip()
    if (
        not target.startswith(("http", "www."))
        and "@" not in target
        and not href.startswith("tel:")
    ):
        return  # a page of the site itself or an anchor: no address worth keeping
    bare = patterns.sub(r"^https?://(www\.)?", "", target).rstrip("/")
    if bare.lower() not in shown.lower():
        parts.append(f" ({target})")
