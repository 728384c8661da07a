"""A page's metadata written other ways than front matter: its YAML fenced as code, or
"Key: value" lines opening it, rewritten as front matter for the front-matter reader."""

from __future__ import annotations

import json
import re

from resume_chat import patterns

# A page opening with its data fenced as code ("~~~" over "name: Karel", "workExperience:"),
# the way a site generator's front matter is fenced by "---".
_FENCED_DATA = patterns.compile(
    r"(~~~|```)(?:ya?ml)?[ \t]*\n([A-Za-z_][\w-]{0,40}:[ \t\n].*?)\n\1[ \t]*(?:\n|$)", re.S
)


def unfenced_data(text: str) -> str:
    """The page with its opening fence of YAML data written as front matter, where the page
    goes on in Markdown after it; a resume that is all one fence is read as its text."""
    found = _FENCED_DATA.match(text)
    if found is None or "\n---" in found.group(2):
        return text
    if not patterns.search(r"^#{1,6} ", text[found.end() :], re.MULTILINE):
        return text
    return f"---\n{found.group(2)}\n---\n{text[found.end() :]}"


# Pelican's and MultiMarkdown's metadata: "Title: Resume", "Author: Alan Bush" lines opening the
# page, up to the first blank line, its first key one a page generator writes.
_PAGE_KEYS = r"title|date|author|authors|category|tags|slug"
_KEYED_BLOCK = patterns.compile(
    rf"(?i)((?:{_PAGE_KEYS}):[ \t]+\S[^\n]*\n(?:[A-Za-z_][\w-]{{0,30}}:[ \t]+\S[^\n]*\n)+)\s*\n"
)


def as_front_matter(text: str) -> str:
    """A page's metadata written another way (fenced as code, "Key: value" lines) as front
    matter."""
    return keyed_metadata(unfenced_data(text))


def keyed_metadata(text: str) -> str:
    """The page with its opening block of "Key: value" metadata written as front matter."""
    found = _KEYED_BLOCK.match(text)
    if found is None:
        return text
    pairs = (line.split(":", 1) for line in found.group(1).splitlines())
    fields = "".join(
        f"{key.strip().lower()}: {json.dumps(value.strip())}\n" for key, value in pairs
    )
    return f"---\n{fields}---\n{text[found.end() :]}"
