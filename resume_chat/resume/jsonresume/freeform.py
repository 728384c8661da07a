"""A resume kept as JSON in a schema of its owner's own, read as an outline.

Many people keep their resume as JSON that is not JSON Resume: `profile`/`info` instead of
`basics`, `employment` instead of `work`, a list of `{title, items}` sections. Such a file is
read generically — each top-level key or titled section becomes a section, each object in a
list an entry titled by its most telling fields, text and lists as lines — when it has at
least two sections a resume has (experience, education, skills, projects…). Any other JSON
(a package.json, a config file) is still refused.
"""

from __future__ import annotations

from typing import Any

from resume_chat import patterns
from resume_chat.resume.date_spans import NOW_WORDS
from resume_chat.resume.jsonresume.freeform_values import (
    DATE_KEY,
    date_list,
    epoch_date,
    merged_array,
    timeline,
    typed_entries,
    unwrapped,
)
from resume_chat.resume.jsonresume.profile import NAME, person, plumbing, profile_key
from resume_chat.resume.jsonresume.text import dates, field_of, humanise, in_english, one_line
from resume_chat.resume.jsonresume.titled import (
    holds_sections,
    titled,
    titled_abroad,
    titled_section,
)
from resume_chat.resume.jsonresume.translated import translated_values
from resume_chat.resume.kinds.classifier import content_kind, names_a_kind, section_kind

_TITLE: tuple[str, ...] = ("title", "position", "role", "degree", "name", "project", "label")
_TITLE += ("area", "heading", "term", "jobtitle", "occupation", "h2", "h3", "h4")
_TITLE += ("titel", "titulo", "título", "titre", "titolo", "funktion", "cargo", "poste")
_TITLE += ("award", "awardname", "awardinfo", "certificate", "certification")
_TITLE += ("stilling", "tittel", "befattning", "rolle", "functie", "stanowisko", "pozice")
_PLACE: tuple[str, ...] = ("company", "employer", "organization", "organisation", "institution")
_PLACE += ("school", "university", "college", "name", "companyname", "schoolname")
_PLACE += ("employername", "organizationname", "institutionname")
_PLACE += ("firma", "unternehmen", "arbeitgeber", "empresa", "entreprise", "azienda", "schule")
_PLACE += ("virksomhed", "arbejdsgiver", "arbeidsgiver", "bedrift", "foretag", "arbetsgivare")
_PLACE += ("bedrijf", "werkgever", "skole", "skola", "uddannelsessted", "pracodawca")
# Lists that are an entry's own parts, not a section of it: written under the entry itself.
_PARTS = frozenset(
    {"roles", "positions", "items", "entries", "details", "bullets", "highlights", "duties"}
    | {"responsibilities", "achievements", "description", "descriptions", "tasks"}
    | {"ul", "ol", "li"}  # JSON shaped as the page's HTML: {"h2": "KFAS Academy", "ul": [...]}
)
# Keys named after HTML elements say how a line is shown, not what it is: their text alone.
_MARKUP = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "span", "div", "li"})
_MAX_DEPTH = 12
# A site's look kept beside the resume: "background": "#eeeeee", "profileimage": "img/me.jpg".
_LOOK = patterns.compile(r"(?i)^#[0-9a-f]{3,8}$|^\S+\.(?:png|jpe?g|gif|svg|webp)$")


def _lines(value: Any, depth: int, level: int) -> list[str]:
    """The Markdown of any value under a heading of `level`."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(value, dict):
        return _object(value, depth, level)
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, dict | list):
                out += _entry(item, depth + 1, level) if isinstance(item, dict) else []
                out += _lines(item, depth + 1, level) if isinstance(item, list) else []
            elif one_line(item):
                out.append(f"- {one_line(item)}")
        return [*out, ""] if out else []
    return [one_line(value), ""] if one_line(value) else []


# A date, or a word for now in any language the sets hold ("endDate": "Actualmente").
_DATED = patterns.compile(rf"(?i)\b(?:19|20)\d\d\b|^(?:{NOW_WORDS})$").search
_ONGOING = patterns.compile(r"(?i)^(is_?)?(ongoing|current|present|still_?here)$")


def _object(value: dict[str, Any], depth: int, level: int) -> list[str]:
    out: list[str] = []
    for key, item in value.items():
        if item is True and _ONGOING.match(key):
            out += ["Present", ""]  # `"is_ongoing": true`: a job held now
            continue
        if isinstance(item, bool) or key.startswith("$") or plumbing(key):
            continue
        if isinstance(item, str) and (item.startswith("data:") or _LOOK.search(item)):
            continue  # a logo, a photo (a data URI: maybe megabytes), a colour: no words of hers
        if when := epoch_date(key, item):
            out += [f"{humanise(key)}: {when}", ""]
            continue
        if not _lines(item, depth + 1, level + 1):
            continue
        if isinstance(item, list) and field_of(key).lower() in _PARTS:
            out += _lines(item, depth + 1, level)  # a job's roles, an entry's bullets: its own
        elif isinstance(item, dict | list):
            out += [f"{'#' * min(level, 6)} {humanise(key)}", ""]
            out += _lines(item, depth + 1, level + 1)
        elif key.lower() in _MARKUP:
            out += [one_line(item), ""]
        else:
            out += [f"{humanise(key)}: {one_line(item)}", ""]
    return out


def _entry(item: dict[str, Any], depth: int, level: int) -> list[str]:
    """One object of a list: `### Title — Place`, then its other fields as lines."""
    title, place = _first(item, _TITLE), _first(item, _PLACE)
    heading = title if title == place else " — ".join(part for part in (title, place) if part)
    used = {k for k in item if one_line(item[k]) in (title, place)}
    # "from_date": "July 2012", "to_date": "February 2020": one line of the entry's dates, as
    # every other reader writes them, not two fields apart.
    spans = [k for k, v in item.items() if isinstance(v, str) and DATE_KEY.search(k) and _DATED(v)]
    span = [dates(item[spans[0]], item[spans[1]]), ""] if len(spans) == 2 else []
    used |= set(spans) if span else set()
    # "work_time": ["2023.06", "2024.01"]: a start and an end in one field; one date alone.
    listed = next((k for k, v in item.items() if DATE_KEY.search(k) and date_list(v)), None)
    if not span and listed is not None:
        when = item[listed]
        # An end left out is unknown here, not "Present": the start alone.
        span = [dates(when[0], when[1]) if len(when) == 2 and when[1] else one_line(when[0]), ""]
        used.add(listed)
    rest = {k: v for k, v in item.items() if k not in used}
    if not heading:  # no title: its lines follow the entry before (a job's bullets split off)
        return [*span, *_object(rest, depth, level + 1)]
    return [f"{'#' * min(level, 6)} {heading}", "", *span, *_object(rest, depth, level + 1)]


def _first(item: dict[str, Any], keys: tuple[str, ...]) -> str:
    """The text of the first of `keys` the object fills: `jobTitle` and `job_title` alike."""
    found = {k.replace("_", "").lower(): v for k, v in item.items() if isinstance(v, str)}
    # "title_fr" and "title_en": the field, in English where it is written in several languages.
    languages = sorted((not in_english(k), k) for k in item if field_of(k) != k)
    for _, key in languages:
        if isinstance(item[key], str):
            found.setdefault(field_of(key).replace("_", "").lower(), item[key])
    # "Company": {"Name": "SeLoger", "Site": …}: the employer by its name.
    found |= {
        k.replace("_", "").lower(): named
        for k, v in item.items()
        if isinstance(v, dict)
        and isinstance(named := v.get("name", v.get("Name", v.get("title"))), str)
    }
    return next((one_line(found[k]) for k in keys if one_line(found.get(k))), "")


def _section_in_profile(key: str, value: Any) -> bool:
    """A list or object under the person's key that is a section of the resume, not one of
    their details (a location, links)."""
    kind = section_kind(humanise(key))
    return isinstance(value, dict | list) and kind not in ("other", "header", "summary", "contact")


def wraps_sections(value: dict[str, Any]) -> bool:
    """A key holding the resume's sections by their names: two or more a resume has."""
    named = {
        section_kind(humanise(key)) for key, item in value.items() if isinstance(item, dict | list)
    }
    return len(named - {"other", "header"}) >= 2


def _is_tree(data: dict[str, Any]) -> bool:
    """A D3 hierarchy: names and children only."""
    return set(data) <= {"name", "children", "value", "size"} and bool(_children(data))


def _children(node: dict[str, Any]) -> list[dict[str, Any]]:
    children = node.get("children")
    return [c for c in children if isinstance(c, dict)] if isinstance(children, list) else []


def _twig(node: dict[str, Any], depth: int) -> str:
    """ "B.S: high distinction, tau beta pi, thesis: tissue engineering applications of S1P"."""
    name = one_line(node.get("name"))
    below = [_twig(child, depth + 1) for child in _children(node)] if depth < 8 else []
    return f"{name}: {', '.join(below)}" if below else name


def read_outline(data: object) -> tuple[str, str] | None:
    """(Markdown, the person's name) for JSON that holds a resume, or None for other JSON."""
    data = translated_values(unwrapped(data, lambda key: names_a_kind(humanise(key))))
    sections: list[tuple[str, Any]] = []
    name, header = "", []
    if isinstance(data, dict) and _is_tree(data):
        # A D3 tree of one's qualifications: {"name": "quals", "children": [{"name":
        # "education", "children": [...]}]}; each branch a section, each twig a line.
        sections = [
            (one_line(branch.get("name")), [_twig(twig, 0) for twig in _children(branch)])
            for branch in _children(data)
        ]
    elif isinstance(data, dict):
        for key, value in data.items():
            if key.startswith("$") or isinstance(value, bool):
                continue
            profile = value[0] if isinstance(value, list) and len(value) == 1 else value
            if profile_key(key) and isinstance(profile, dict):
                # {"personal": {"name": ..., "experiencia_profesional": [...]}}: the person's
                # own object may hold the sections too.
                held = {k: v for k, v in profile.items() if _section_in_profile(k, v)}
                sections += [(humanise(k), v) for k, v in held.items()]
                profile = {k: v for k, v in profile.items() if k not in held}
                name = name or person(profile)
                header += _object(profile, 1, 3)
            elif isinstance(value, dict) and wraps_sections(value):
                # {"info": {...}, "resume": {"experience": [...], "education": [...]}}: the
                # sections one level down.
                sections += [
                    (humanise(k), v) for k, v in value.items() if isinstance(v, dict | list)
                ]
            elif key in NAME and isinstance(value, dict) and not name and person({key: value}):
                # "name": {"kanji": …, "furigana": …}: the person, in the header.
                name = person({key: value})
                header += _object(value, 1, 3)
            elif isinstance(value, list) and (
                typed := typed_entries(value, lambda kind: names_a_kind(humanise(kind)))
            ):
                # "entries": [{"type": "experience", …}, {"type": "education", …}]: a section
                # a type, each entry where it says it belongs.
                sections += [(humanise(kind), items) for kind, items in typed]
            elif isinstance(value, list) and holds_sections(key, value):
                sections += titled(value)  # {"name": ..., "sections": [{"title": ...}, ...]}
            elif section := titled_section(value):
                sections += section  # "main": {"title": "Esperienze professionali", "list": […]}
            elif abroad := titled_abroad(value):
                sections += abroad  # {"apartados": {"seccion": [{"nombre": "IDIOMAS", …}]}}
            elif isinstance(value, dict | list):
                sections.append((humanise(key), value))
            elif key in NAME and isinstance(value, str) and not name:
                name = one_line(value)
            elif isinstance(value, str) and (value.startswith("data:") or _LOOK.search(value)):
                continue  # a photo (a data URI: maybe megabytes), a colour: no words of hers
            elif isinstance(value, str) and "\n" in value.strip() and names_a_kind(humanise(key)):
                # "experience": "Accountant | ZSU, Ukraine\nApril 2022 - October 2024\n…":
                # a section kept as one string, a line each.
                sections.append(
                    (humanise(key), [line for line in value.splitlines() if line.strip()])
                )
            elif (
                one_line(value)
                and key.lower() not in ("description", "version")
                and not plumbing(key)
            ):
                header += [f"{humanise(key)}: {one_line(value)}", ""]
        # {"firstName": "Maria", "lastName": "Valatkevich", …} at the top.
        name = name or person({k: v for k, v in data.items() if isinstance(v, str)})
    elif isinstance(data, list) and (merged := merged_array(data)) is not None:
        return read_outline(merged)
    elif isinstance(data, list):  # a list of titled sections, or a timeline of entries
        sections = titled(data, only=False) or timeline(data, content_kind)
    kinds = {section_kind(title) for title, _ in sections}
    # Two kinds of section a resume has, or a named person's jobs ("header" and "roles") in
    # keys of their own (JSON Resume's "basics" and "work" that break its schema are refused).
    schema = isinstance(data, dict) and bool({"basics", "work"} & data.keys())
    jobs = (name or isinstance(data, list)) and "experience" in kinds and not schema
    if len(kinds - {"other", "header"}) < 2 and not jobs:
        return None
    out = [f"# {name}", ""] if name else []
    out += header
    for title, value in sections:
        # "education": {"school": ..., "degree": ..., "fromDate": ...}: its one entry; so is
        # a titled object holding entries ({"title": "Berufliche Laufbahn", "items": [{…}]});
        # not "comments": {"position": "Looking for…"}, a field or two.
        fields = sum(isinstance(v, str) for v in value.values()) if isinstance(value, dict) else 0
        holds = isinstance(value, dict) and any(
            isinstance(v, list) and any(isinstance(x, dict) for x in v) for v in value.values()
        )
        one = (fields >= 3 or holds) and (_first(value, _TITLE) or _first(value, _PLACE))
        body = _entry(value, 1, 3) if one else _lines(value, 1, 3)
        if body:
            out += [f"## {title}", "", *body]
    markdown = "\n".join(line for line in out).replace("\n\n\n", "\n\n").strip() + "\n"
    return markdown, name
