"""YAML (or TOML) front matter of Jekyll and Hugo pages: read as metadata, never as content."""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from resume_chat import patterns

_OPEN = patterns.compile(r"\A(---|\+\+\+)[ \t]*\r?\n")
_NAME_KEYS = ("name", "full_name", "fullname", "author", "profile", "basics", "personal")
# Front-matter fields that state a fact about the candidate; the rest is page plumbing.
_FACT_KEYS = (
    "headline",
    "subtitle",
    "job_title",
    "role",
    "position",
    "location",
    "email",
    "mail",
    "e_mail",
    "phone",
    "mobile",
    "telephone",
    "address",
    "city",
    "country",
    "website",
    "web",
    "homepage",
    "department",
    "affiliation",
    "institution",
    "orcid",
    "github",
    "linkedin",
    "twitter",
    "description",
)
_RESUME_WORDS = patterns.compile(
    r"(?i)\b(cv|resume|résumé|curr[ií]cul(?:um|o)|vitae|about|home|portfolio)\b"
)
_RESUME_TITLE = r"(?:curriculum vitae|curriculum|cv|resume|résumé|lebenslauf)"
_BESIDE_RESUME = patterns.compile(
    rf"(?i){_RESUME_TITLE}\s*[-–—|:·]\s*(.+)|(.+?)\s*[-–—|:·]\s*{_RESUME_TITLE}"
)
_WHOSE_RESUME = patterns.compile(
    rf"(?i){_RESUME_TITLE}\s+(?:of|di|de|del|da|do|du|von|van)\s+(.+?)[.!]?"
)
_PERSON = patterns.compile(r"^[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){1,4}$")


class Metadata(NamedTuple):
    """What front matter says: the candidate's name, fact lines to keep in the header, and
    whole sections where a theme keeps the resume itself as data."""

    name: str
    lines: list[str]
    sections: list[str] = []  # noqa: RUF012 - a NamedTuple default, never mutated


def split_front_matter(text: str) -> tuple[Metadata, str, list[str]]:
    """(metadata, the text after the front matter, warnings); no front matter, no change."""
    opened = _OPEN.match(text)
    if not opened:
        return Metadata("", []), text, []
    fence = opened.group(1)
    closing = re.compile(rf"(?m)^({re.escape(fence)}|\.\.\.)[ \t]*\r?$")
    end = closing.search(text, opened.end())
    if end is None:
        return Metadata("", []), text, []
    raw, body = text[opened.end() : end.start()], text[end.end() :].lstrip("\r\n")
    fields = _parse(raw, fence)
    if fields is None:
        return Metadata("", []), body, ["front matter could not be read; ignored"]
    fields = _unwrapped(fields)
    # "title: Geeta P. PMP, FE Simulation Engineer": the name, when no field gives one.
    titled = _named_title(fields.get("title"))
    name = _name(fields) or titled
    # Text fields that hold Markdown of their own ("body: ... **Email:** ...", a column's
    # "## Skills" list) are read as Markdown, before the page's body.
    fields, written = _markdown_fields(fields)
    body = "\n\n".join([*written, body]) if written else body
    lines = [
        f"{key.replace('_', ' ').capitalize()}: {value}"
        for key in _FACT_KEYS
        if isinstance(value := fields.get(key), str | int | float) and str(value).strip()
    ]
    from resume_chat.resume.markdown.frontdata import data_sections, section_keys

    sections = data_sections(fields)
    rest = {key: value for key, value in fields.items() if key not in section_keys(fields)}
    lines += [line for line in _nested_text(rest) if line not in lines]
    # "title: CV | Charles Jekel | cj@jekel.me": an address in the page's title is a contact.
    title = fields.get("title")
    if titled and name == titled:
        lines.insert(0, str(title).strip())  # its credentials and headline too
    if isinstance(title, str) and patterns.search(r"\S@\S|https?://|www\.", title):
        lines += [
            part.strip() for part in title.split("|") if patterns.search(r"\S@\S|://|www\.", part)
        ]
    used = "name and details" if name and lines else "name" if name else "details"
    if sections:
        used += " and sections"
    note = (
        f"front matter read for its {used}" if name or lines or sections else "front matter ignored"
    )
    return Metadata(name, lines, sections), body, [note]


_MARKDOWN = patterns.compile(r"(?m)^(#{1,6} |- |\* |\*\*[^*]+:?\*\*)")
_MAX_FIELDS = 500


def _markdown_fields(fields: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The fields without their Markdown-bearing strings, and those strings in order."""
    found: list[str] = []

    def strip(value: Any, depth: int) -> Any:
        if len(found) > _MAX_FIELDS or depth > 6:
            return value
        if isinstance(value, str) and "\n" in value.strip() and _MARKDOWN.search(value):
            found.append(value.strip())
            return ""
        if isinstance(value, dict):
            return {key: strip(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list):
            return [strip(item, depth + 1) for item in value]
        return value

    return {key: strip(value, 0) for key, value in fields.items()}, found


_PLUMBING = patterns.compile(
    r"(?i)^(show|hide|sharing|enable|disable|layout|permalink|date|lastmod|draft|weight|type"
    r"|slug|aliases|tags|categories|menu|template|sitemap|redirect|classes|toc|comments|share"
    r"|sidebar|author_profile|excerpt|image|icon|link|url|style|class"
    # R Markdown's and pandoc's: "output: word_document: default", "css: style.css".
    r"|output|css|theme|geometry|font|documentclass|params|knit|bibliography|csl|highlight)"
)
_TAG = patterns.compile(r"<[^>]+>")
_MAX_NESTED = 40


def _nested_text(fields: dict[str, Any]) -> list[str]:
    """Text inside nested front matter (a `header:` list of {text, link}), without plumbing."""
    found: list[str] = []

    def walk(value: Any, depth: int) -> None:
        if len(found) >= _MAX_NESTED or depth > 4:
            return
        if isinstance(value, dict):
            for key, item in value.items():
                if not _PLUMBING.match(str(key)) or (str(key).lower() == "link" and depth):
                    walk(item, depth + 1)
        elif isinstance(value, list):
            for item in value:
                walk(item, depth + 1)
        elif isinstance(value, str) and value.strip():
            text = " ".join(_TAG.sub(" ", value).split()).removeprefix("mailto:")
            if text:
                found.append(text)

    for key, value in fields.items():
        if isinstance(value, dict | list) and not _PLUMBING.match(str(key)):
            walk(value, 1)
    return found


def _parse(raw: str, fence: str) -> dict[str, Any] | None:
    try:
        if fence == "+++":
            import tomllib

            return tomllib.loads(raw)
        import yaml

        loaded = yaml.safe_load(raw)
    except Exception:  # any YAML or TOML error: the page is still readable without it
        return _lenient(raw) if fence == "---" else None
    return loaded if isinstance(loaded, dict) else None


_TOP_KEY = patterns.compile(r"(?m)^([A-Za-z_][\w-]*):[ \t]*(.*)$")


def _lenient(raw: str) -> dict[str, Any] | None:
    """YAML that fails as a whole, read key by key: a key whose block is JSON (`resume:` then
    `"profile": {...}, "work": [...]`, pasted from a JSON resume) is read as that object."""

    import yaml

    fields: dict[str, Any] = {}
    keys = list(_TOP_KEY.finditer(raw))[:_MAX_FIELDS]  # a stranger's page may hold thousands
    for at, key in enumerate(keys):
        end = keys[at + 1].start() if at + 1 < len(keys) else len(raw)
        try:
            loaded = yaml.safe_load(raw[key.start() : end])
        except Exception:  # this key's block is no YAML: perhaps JSON
            loaded = None
        if isinstance(loaded, dict):
            fields.update(loaded)
            continue
        block = raw[key.end() : end].strip().rstrip(",")
        if key.group(2).strip() or not block.startswith(("{", '"')):
            continue
        try:
            fields[key.group(1)] = json.loads(block if block.startswith("{") else f"{{{block}}}")
        except ValueError:
            continue
    return fields or None


def _unwrapped(fields: dict[str, Any]) -> dict[str, Any]:
    """`resume: {profile: ..., education: [...], work: [...]}`: the sections one level up."""
    from resume_chat.resume.jsonresume.freeform import wraps_sections
    from resume_chat.resume.kinds.classifier import section_kind

    out: dict[str, Any] = {}
    for key, value in fields.items():
        if isinstance(value, dict) and section_kind(str(key)) == "other" and wraps_sections(value):
            out.update({k: v for k, v in value.items() if k not in out})
        else:
            out.setdefault(key, value)
    return out


def _name(fields: dict[str, Any]) -> str:
    # pandoc's moderncv template: "firstname: Nicole", "lastname: Kaczmarek".
    first = next((fields[k] for k in ("firstname", "first_name") if k in fields), None)
    last = next((fields[k] for k in ("lastname", "last_name", "surname") if k in fields), None)
    if isinstance(first, str) and isinstance(last, str) and _PERSON.match(f"{first} {last}"):
        return f"{first.strip()} {last.strip()}"
    for key in _NAME_KEYS:
        value = fields.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and _PERSON.match(value.strip()):
            return value.strip()
    title = fields.get("title")
    # "Curriculum Vitae - Lorenzo Giuliani", "Jane Doe | Resume": the name beside the word.
    beside = isinstance(title, str) and _BESIDE_RESUME.fullmatch(title.strip())
    name = (beside.group(1) or beside.group(2)).strip() if beside else ""
    if name and _PERSON.match(name) and not _RESUME_WORDS.search(name):  # not "Meu currículo · CV"
        return name
    # "excerpt = 'Curriculum Vitae di Daniele Ciulli'": whose, in the page's language.
    for key in ("title", "excerpt", "description", "subtitle"):
        value = fields.get(key)
        whose = isinstance(value, str) and _WHOSE_RESUME.fullmatch(value.strip())
        if whose and _PERSON.match(name := whose.group(1)) and name.istitle():
            return name
    if isinstance(title, str) and _PERSON.match(title.strip()) and not _RESUME_WORDS.search(title):
        # "Education and Experience" names the page's sections, not a person.
        from resume_chat.resume.kinds.classifier import names_kind

        return "" if names_kind(title) else title.strip()
    return ""


def _named_title(title: object) -> str:
    """ "Geeta P. PMP, FE Simulation Engineer and Programmer": a name, its letters and a
    headline after a comma, as a heading gives them (`names.name_in`); the name alone."""
    if not isinstance(title, str) or "," not in title or _RESUME_WORDS.search(title):
        return ""
    from resume_chat.resume.names.candidate import name_in

    # Its letters after the name are credentials, not the name: "PMP", "PhD", "P.E.".
    return patterns.sub(r"(?:\s+(?:[A-Z]\.?[A-Z][A-Z.]{0,3}|Ph\.?D\.?))+$", "", name_in(title)[0])
