"""JSON values of a resume's own schema that need reading before they read as text: a date kept
as a Unix timestamp, a top-level array of sections or of typed items, and a resume kept inside
wrappers of one key or of locales."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from resume_chat import patterns
from resume_chat.resume.date_spans import NOW_WORDS
from resume_chat.resume.kinds.classifier import section_kind

# A key naming a date: "start_date", "fromDate", "endedAt", "since".
DATE_KEY = patterns.compile(
    r"(?i)(date|start|end|from|until|since|begin|finish|datum|fecha|zeitraum|time|period"
    r"|dauer|dur[ée]e)"
)
_EPOCHS = (315_532_800, 4_102_444_800)  # 1980 to 2100, in seconds since 1970


def epoch_date(key: str, item: Any) -> str:
    """ "Jan 2016" for a date kept as a Unix timestamp (`"start_date": 1451653200`), in
    seconds or milliseconds; "" for anything else."""
    if not isinstance(item, int) or isinstance(item, bool) or not DATE_KEY.search(key):
        return ""
    seconds = item / 1000 if item > _EPOCHS[1] else item
    if not _EPOCHS[0] <= seconds <= _EPOCHS[1]:
        return ""
    from datetime import UTC, datetime

    return datetime.fromtimestamp(seconds, tz=UTC).strftime("%b %Y")


_TYPE_KEYS = ("type", "kind", "category", "section")


def merged_array(data: list[Any]) -> dict[str, Any] | None:
    """A top-level array read as one object: [{"exhibitions": [...]}, {"teaching": [...]}]
    (sections one to an object), or [{"type": "job", ...}, {"type": "education", ...}] (items
    grouped by their type, "jobs" and "educations" each a section); None for any other."""
    if not data or not all(isinstance(item, dict) and item for item in data):
        return None
    if all(
        len(item) <= 2 and all(isinstance(v, dict | list) for v in item.values()) for item in data
    ):
        return {key: value for item in data for key, value in item.items()}
    key = next((k for k in _TYPE_KEYS if all(isinstance(item.get(k), str) for item in data)), "")
    if not key or any("title" in item or "heading" in item for item in data):
        return None  # [{"type": "list", "title": "Skills", …}]: sections titled, typed by look
    grouped: dict[str, list[Any]] = {}
    for item in data:
        kind = str(item[key]).strip()
        title = kind if kind.endswith("s") else f"{kind}s"
        grouped.setdefault(title, []).append({k: v for k, v in item.items() if k != key})
    return grouped


# "es-ES", "en_US", "en", "fr": a key naming a language (and a region) a site translates into.
LOCALE = r"[a-z]{2}(?:[-_][A-Za-z]{2})?"


def unwrapped(data: Any, names_section: Callable[[str], bool]) -> Any:
    """The object a resume is kept in under wrappers: {"resume": {"es-ES": {...}, "en-UK": {}}}
    → the Spanish resume. A wrapper is an object whose one filled key holds an object and names
    no section ("resume", "data"; not "education"), or whose filled keys are all locales, each
    an object (English first, else the first filled)."""
    for _ in range(8):  # wrappers stand a few deep, never more
        if not isinstance(data, dict):
            return data
        data = _one_locale(data)
        filled = {k: v for k, v in data.items() if isinstance(v, dict) and v}
        if len(filled) != sum(1 for v in data.values() if v not in ("", None, [], {})):
            return data  # a string or a list beside them: this object is the resume
        locales = [k for k in filled if patterns.fullmatch(LOCALE, k)]
        # {"perfil": {"persona": …, "perfil": …, "educación": …}}: a wrapper whose name is a
        # section's word, the whole resume inside it (two sections' keys at least).
        whole = len(filled) == 1 and sum(map(names_section, next(iter(filled.values())))) >= 2
        if len(filled) == 1 and (whole or not names_section(next(iter(filled)))):
            data = next(iter(filled.values()))
        elif filled and len(locales) == len(filled):
            chosen = next((k for k in locales if k.lower().startswith("en")), locales[0])
            data = {**filled[chosen], **_names_in_others(filled, chosen)}
        elif len(held := [v for v in filled.values() if "basics" in v]) == 1:
            data = held[0]  # {"strings": {"work": "Experience", …}, "resume": {"basics": …}}
        else:
            return data
    return data


def wrapped_json_resume(data: Any) -> Any:
    """The JSON Resume a site keeps under wrappers or per language ({"en": {"strings": …,
    "resume": {"basics": …}}, "es": …}: the English one), else the data as it is."""
    if not isinstance(data, dict) or "basics" in data:
        return data
    inner = unwrapped(data, lambda key: False)
    return inner if isinstance(inner, dict) and "basics" in inner else data


def _names_in_others(versions: dict[str, Any], chosen: str) -> dict[str, str]:
    """The name as each other language's version writes it ("أحمد جابر أشكناني" beside
    "Ahmad Jaber Ashkanani"), under a key saying which: `{"name (ar)": …}`."""
    own = _name_of(versions[chosen])
    return {
        f"name ({locale})": name
        for locale, version in versions.items()
        if locale != chosen and (name := _name_of(version)) and name != own
    }


def _name_of(version: Any, depth: int = 0) -> str:
    """A version's "name" (or "fullName"), at its top or one object down ({"header": …})."""
    if not isinstance(version, dict):
        return ""
    for key in ("name", "fullName", "full_name"):
        if isinstance(version.get(key), str):
            return str(version[key]).strip()
    inner = (_name_of(v, depth + 1) for v in version.values() if depth < 1)
    return next((name for name in inner if name), "")


def _one_locale(data: dict[str, Any]) -> dict[str, Any]:
    """{"contacts": […], "localization": [{"locale": "ru", "content": {…}}, {"locale": "en", …}]}:
    the resume in its fullest language, the keys beside the list kept with it."""
    for key, value in data.items():
        if not isinstance(value, list) or not value:
            continue
        contents = [_locale_content(item) for item in value]
        if all(content is not None for content in contents):
            fullest = max(contents, key=lambda content: len(repr(content)))
            return {**{k: v for k, v in data.items() if k != key}, **(fullest or {})}
    return data


def _locale_content(item: Any) -> dict[str, Any] | None:
    """The resume an item of a list of translations holds: {"locale": "ru", "content": {…}}."""
    if not isinstance(item, dict) or len(item) != 2:
        return None
    locale = next((v for k, v in item.items() if k in ("locale", "lang", "language")), None)
    content = next((v for v in item.values() if isinstance(v, dict)), None)
    fits = isinstance(locale, str) and patterns.fullmatch(LOCALE, locale) is not None
    return content if fits and content else None


# "&#243", "&amp;", "&eacute;": an HTML entity a site's JSON keeps as it was typed for its page.
ENTITY = r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8};)"


def unescaped(data: Any) -> Any:
    """The data with the HTML entities in its strings read as the characters they stand for
    ("Astron&#243mico" → "Astronómico"); iterative, so no depth of nesting is too deep."""
    from html import unescape

    root = [data]
    stack: list[tuple[list[Any] | dict[Any, Any], Any]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        value = holder[key]
        if isinstance(value, str) and patterns.search(ENTITY, value):
            holder[key] = unescape(value)
        elif isinstance(value, list):
            stack.extend((value, index) for index in range(len(value)))
        elif isinstance(value, dict):
            stack.extend((value, name) for name in value)
    return root[0]


def timeline(data: list[Any], kind_of: Callable[[str, str], str]) -> list[tuple[str, Any]]:
    """A top-level array of dated entries ([{"datum": "Juli 2026 - Juli 2028", "titel": …}]),
    a web page's timeline of one's life: its entries in sections by what each is (`kind_of`
    judges a title and a body: "education", else "experience"), in the order first met;
    none for any other array."""
    entries = [item for item in data if isinstance(item, dict)]
    dated = [item for item in entries if any(_YEAR.search(str(v)) for v in item.values())]
    if len(entries) < 3 or len(entries) != len(data) or len(dated) * 3 < len(entries) * 2:
        return []
    sections: dict[str, list[Any]] = {}
    for item in entries:
        words = " ".join(str(v) for v in item.values() if isinstance(v, str))
        # Its type, where it says one ("typ": "Bildung"), before its words.
        keys = (*_TYPE_KEYS, "typ", "tipo")
        typed = next((str(item[k]) for k in keys if isinstance(item.get(k), str)), "")
        judged = section_kind(typed) if typed else "other"
        judged = judged if judged in ("education", "experience") else kind_of("", words)
        kind = "Education" if judged == "education" else "Experience"
        sections.setdefault(kind, []).append(item)
    return list(sections.items())


_YEAR = patterns.compile(r"\b(19|20)\d\d\b")


_LANGUAGE_CODES = frozenset(
    "de en fr es pt it nl pl ru uk cs sk hu ro tr ja zh ko sv no nb da fi el ca".split()  # noqa: SIM905
)
# A quick look before the walk: a key that is a language's code ("pt", "PT").
TRANSLATED = r'(?i)"(de|en|fr|es|pt|it|nl|pl|ru|uk|cs|hu|tr|ja|zh|sv|da|fi|ca)"\s*:'


def _translated(value: Any) -> bool:
    """{"PT": "Desenvolvedor", "EN": "Developer", "ZZ": ""}: one field in two languages at
    least, keyed by their codes; a code of no language ("ZZ", a placeholder) left empty."""
    if not isinstance(value, dict) or len(value) < 2:
        return False
    known = 0
    for code, text in value.items():
        if not isinstance(code, str) or not isinstance(text, str):
            return False
        if code.lower() in _LANGUAGE_CODES:
            known += 1
        elif text.strip() or not patterns.fullmatch(r"[A-Za-z]{2}", code):
            return False
    return known >= 2


def translations_joined(data: Any) -> Any:
    """The data with each field given in several languages ({"de": "Technische Hochschule
    Deggendorf", "en": "Deggendorf Institute of Technology"}) as one string, each wording
    once, so it reads as the value it is, not as fields named "De" and "En"."""
    root = [data]
    stack: list[tuple[list[Any] | dict[Any, Any], Any]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        value = holder[key]
        if _translated(value):
            wordings = dict.fromkeys(text.strip() for text in value.values() if text.strip())
            holder[key] = " / ".join(wordings)
        elif isinstance(value, list):
            stack.extend((value, index) for index in range(len(value)))
        elif isinstance(value, dict):
            stack.extend((value, name) for name in value)
    return root[0]


# A date, or a word for now ("endDate": "Actualmente").
_dated = patterns.compile(rf"(?i)\b(?:19|20)\d\d\b|^(?:{NOW_WORDS})$").search


def date_list(value: Any) -> bool:
    """A list of one or two dates (an end may be left "" or null)."""
    return (
        isinstance(value, list)
        and 1 <= len(value) <= 2
        and all(x is None or (isinstance(x, str) and (not x.strip() or _dated(x))) for x in value)
        and bool(isinstance(value[0], str) and _dated(value[0]))
    )


def typed_entries(
    value: list[Any], names_section: Callable[[str], bool]
) -> list[tuple[str, list[Any]]]:
    """A list inside the resume whose entries each say their section ("entries": [{"type":
    "experience", "title": …}, {"type": "education", …}]): the sections, in the order their
    first entries come, where two at least name a kind of section; else []. Not by "category",
    which groups a list of skills ("Languages", "Tools") that stays one list."""
    first = value[0] if value and isinstance(value[0], dict) else {}
    key = next((k for k in ("type", "kind", "section", "$type") if k in first), "")
    if not key or not all(
        isinstance(item, dict) and isinstance(item.get(key), str) for item in value
    ):
        return []
    sections: dict[str, list[Any]] = {}
    for item in value:
        rest = {k: v for k, v in item.items() if k not in (key, "slug", "id", "hidden", "$id")}
        kind = str(item[key]).strip()
        sections.setdefault(_type_name(kind) if key == "$type" else kind, []).append(rest)
    named = sum(1 for kind in sections if names_section(kind))
    # A serializer's class ("$type": "Cv.ExperienceSection, Cv") names its section surely:
    # one kind is enough.
    return list(sections.items()) if named >= (1 if key == "$type" else 2) else []


def _type_name(written: str) -> str:
    """ "Cv.Models.ExperienceSection, Cv" (.NET's type and assembly) → "Experience": the class's
    name, less a word that says it is a part of the page."""
    name = written.split(",")[0].strip().rsplit(".", 1)[-1]
    return patterns.sub(r"(?<=[a-z])(Section|Entry|Item|Model|Dto|Block|Part)$", "", name) or name
