"""JSON Resume (jsonresume.org) files, checked against the official schema, as Markdown."""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from resume_chat.errors import ResumeError
from resume_chat.resume.jsonresume.lenient import from_early_draft, named_items, without_nulls
from resume_chat.resume.jsonresume.reactive import reactive_resume, read_reactive
from resume_chat.resume.jsonresume.sections import IGNORED_KEYS, META_KEYS, SECTIONS, extra_section
from resume_chat.resume.jsonresume.text import heading, humanise, inline, joined, paragraphs, rest
from resume_chat.resume.reading import MAX_RESUME_BYTES, Reading, cut_to_limit

if TYPE_CHECKING:
    from jsonschema import Draft7Validator
    from jsonschema.exceptions import ValidationError

# The sections of the schema; a JSON object with none of them is some other JSON file.
SECTION_KEYS = frozenset(
    {
        *("basics", "work", "education", "skills", "projects", "volunteer", "awards"),
        *("certificates", "publications", "languages", "interests", "references"),
    }
)
_SCHEMA_FILE = "resume/jsonresume/schema/jsonresume.schema.json"
_SEE = "see jsonresume.org/schema"
_EXAMPLES = 3  # offending values a warning names; the count says how many there are in all
_PROBLEM_CHARS = 120  # a refusal names one problem and must stay one readable line


def read_json_resume(data: object, path: Path) -> Reading:
    """JSON Resume, checked against its schema; else a resume in a JSON schema of its own,
    read as an outline (jsonresume.freeform); else the JSON Resume refusal."""
    if (exported := reactive_resume(data)) is not None:
        # Reactive Resume's own export: its "basics" one level down, its sections titled.
        markdown, name = read_reactive(exported)
        note = f"Resume {path} is a Reactive Resume export; read as its sections."
        return _capped(Reading(markdown=markdown, format="json", warnings=[note], name=name), path)
    from resume_chat.resume.jsonresume.freeform_values import wrapped_json_resume

    try:
        return _read_schema(wrapped_json_resume(data), path)
    except ResumeError as refusal:
        if "too deeply" in refusal.message:
            raise
        outline = _as_outline(data, path)
        if outline is None:
            raise
        return outline


def _read_schema(data: object, path: Path) -> Reading:
    """Check decoded JSON against the JSON Resume schema and render it as canonical Markdown.

    A wrong type refuses the file; dates the schema's pattern rejects ("Present", "2019-ish")
    and malformed emails or URLs only warn, and are read as written.
    """
    try:
        data = without_nulls(data)
        if not isinstance(data, dict):
            kind = f"{_json_type(data)}, not an object with basics, work or education"
            raise ResumeError(f"Resume {path} is JSON but not a JSON Resume ({kind}); {_SEE}")
        if not SECTION_KEYS.intersection(data):
            kind = "no basics, work or education"
            raise ResumeError(f"Resume {path} is JSON but not a JSON Resume ({kind}); {_SEE}")
        data, named = named_items(from_early_draft(data))
        warnings = _check(data, path)
        if named:
            values = "1 value is" if named == 1 else f"{named} values are"
            warnings.append(f"Resume {path}: {values} plain text, not objects, read as names")
        markdown, name = _render(data)
    except RecursionError:
        raise ResumeError(f"Resume {path} nests its JSON too deeply to read.") from None
    if not markdown:
        raise ResumeError(
            f"Resume {path} is a JSON Resume with nothing in it; fill in basics, work or education."
        )
    reading = Reading(markdown=markdown, format="json-resume", warnings=warnings, name=name)
    return _capped(reading, path)


def _as_outline(data: object, path: Path) -> Reading | None:
    """JSON of its owner's own keys, read as an outline of them (jsonresume.freeform)."""
    from resume_chat.resume.jsonresume.freeform import read_outline

    try:
        outline = read_outline(data)
    except RecursionError:
        return None
    if outline is None:
        return None
    markdown, name = outline
    note = f"Resume {path} is not JSON Resume; read as an outline of its own JSON keys."
    return _capped(Reading(markdown=markdown, format="json", warnings=[note], name=name), path)


def _capped(reading: Reading, path: Path) -> Reading:
    """The rendering cut at a line break within MAX_RESUME_BYTES, the cut reported."""
    reading.markdown, cut = cut_to_limit(reading.markdown)
    if cut:
        reading.warnings.append(
            f"Resume {path} renders to over {MAX_RESUME_BYTES:,} bytes of text; the end was cut."
        )
    return reading


def _json_type(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    return "a number" if isinstance(value, int | float) else "null"


@cache
def _validator() -> tuple[Draft7Validator, object]:
    """The schema's validator and its date definition, built on first use, not at import."""
    from jsonschema import Draft7Validator, FormatChecker

    text = resources.files("resume_chat").joinpath(_SCHEMA_FILE).read_text(encoding="utf-8")
    checker = FormatChecker(formats=())
    checker.checks("email")(lambda value: not isinstance(value, str) or _is_email(value))
    checker.checks("uri")(lambda value: not isinstance(value, str) or _is_uri(value))
    schema = json.loads(text)
    return Draft7Validator(schema, format_checker=checker), schema["definitions"]["iso8601"]


def _is_email(value: str) -> bool:
    return not value.strip() or "@" in value


def _is_uri(value: str) -> bool:
    """An absolute URI, as the schema's `uri` format asks; an empty string means "none"."""
    if not value.strip():
        return True
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return bool(parts.scheme and (parts.netloc or parts.path)) and len(value.split()) == 1


def _check(data: Mapping[str, object], path: Path) -> list[str]:
    """Refuse on the first real schema error; return warnings for lenient ones."""
    validator, iso8601 = _validator()
    dates: list[ValidationError] = []
    formats: list[ValidationError] = []
    lists: list[ValidationError] = []
    refusals: list[ValidationError] = []
    for error in validator.iter_errors(data):
        if error.schema == iso8601:
            dates.append(error)
        elif error.validator == "format":
            formats.append(error)
        elif _string_list(error):
            lists.append(error)
        else:
            refusals.append(error)
    if refusals:
        more = f" (and {len(refusals) - 1} more)" if len(refusals) > 1 else ""
        first = refusals[0]
        raise ResumeError(
            f"Resume {path} is not a valid JSON Resume: {_where(first)}: {_problem(first)}"
            f"{more}; {_SEE}"
        )
    warnings = []
    if dates:
        what = "date is" if len(dates) == 1 else "dates are"
        warnings.append(
            f"Resume {path}: {len(dates)} {what} not YYYY-MM-DD, YYYY-MM or YYYY, "
            f"read as written: {_examples(dates)}"
        )
    if lists:
        what = "text is a list" if len(lists) == 1 else "texts are lists"
        warnings.append(
            f"Resume {path}: {len(lists)} {what} of strings, read as paragraphs: {_examples(lists)}"
        )
    if formats:
        what = "email or URL looks" if len(formats) == 1 else "emails or URLs look"
        warnings.append(
            f"Resume {path}: {len(formats)} {what} malformed, read as written: {_examples(formats)}"
        )
    return warnings


def _string_list(error: ValidationError) -> bool:
    """A list of strings where the schema wants one string ("summary": ["…", "…"]): people
    write paragraphs that way, and the renderer reads a list as its paragraphs."""
    instance = error.instance
    return (
        error.validator == "type"
        and error.validator_value == "string"
        and isinstance(instance, list)
        and all(isinstance(item, str) for item in instance)
    )


def _where(error: ValidationError) -> str:
    """The error's place as a JSON path: `work[2].startDate`."""
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text or "the top level"


def _preview(value: object) -> str:
    text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:39] + "…"


def _problem(error: ValidationError) -> str:
    if error.validator == "type":
        expected = error.validator_value
        names = expected if isinstance(expected, list) else [expected]
        problem = f"{_preview(error.instance)} is not of type {' or '.join(map(repr, names))}"
    else:
        problem = " ".join(error.message.split())
    return problem if len(problem) <= _PROBLEM_CHARS else problem[: _PROBLEM_CHARS - 1] + "…"


def _examples(errors: list[ValidationError]) -> str:
    named = [f"{_where(error)} {_preview(error.instance)}" for error in errors[:_EXAMPLES]]
    return ", ".join(named) + (", …" if len(errors) > _EXAMPLES else "")


def _render(data: Mapping[str, Any]) -> tuple[str, str]:
    """The Markdown and the candidate's name; the same JSON always gives the same bytes."""
    basics: Mapping[str, Any] = data.get("basics", {})
    name = inline(basics.get("name")) or _named_elsewhere(data)
    parts = [heading(1, name) if name else "", paragraphs(basics.get("label"))]
    parts.append("\n".join(_contact_lines(basics)))
    if summary := paragraphs(basics.get("summary")):
        parts.append(f"## Summary\n\n{summary}")
    for key, title, render in SECTIONS:
        if body := render(data.get(key, [])):
            parts.append(f"{heading(2, title)}\n\n{body}")
    # The schema's "meta" says which file this is; anything else kept there ("extra":
    # "Movilidad propia") is the person's, as a key the schema does not know is.
    meta = data.get("meta")
    kept = {k: v for k, v in meta.items() if k not in META_KEYS} if isinstance(meta, dict) else {}
    for key, value in [*data.items(), *kept.items()]:
        if key not in SECTION_KEYS and key not in IGNORED_KEYS and (body := extra_section(value)):
            parts.append(f"{heading(2, humanise(key))}\n\n{body}")
    markdown = "\n\n".join(part for part in parts if part)
    return (markdown + "\n" if markdown else ""), name


def _named_elsewhere(data: Mapping[str, Any]) -> str:
    """No basics: the name a file of its owner's own keeps at the top or in its profile
    (`"summary": {"name": "Amy Churchwell", "title": …}`)."""
    from resume_chat.resume.jsonresume.profile import person, profile_key

    holders = [
        data,
        *(value for key, value in data.items() if key == "summary" or profile_key(key)),
    ]
    # "bio": {"firstName": "Sebastian", "lastName": "Blei"}: JSON Resume's early draft.
    return next((inline(name) for h in holders if isinstance(h, dict) and (name := person(h))), "")


def _contact_lines(basics: Mapping[str, Any]) -> list[str]:
    """Email, phone, website, place, profiles and anything else `basics` holds, one a line."""
    lines = [
        f"{label}: {text}"
        for key, label in (("email", "Email"), ("phone", "Phone"), ("url", "Website"))
        if (text := inline(basics.get(key)))
    ]
    location: Mapping[str, Any] = basics.get("location", {})
    place = joined(
        location.get("city"), location.get("region"), location.get("countryCode"), sep=", "
    )
    address = location.get("address", "")
    street = ", ".join(inline(line) for line in str(address).splitlines() if line.strip())
    lines += [f"Location: {place}"] if place else []
    lines += (
        [f"Address: {text}"]
        if (text := joined(street, location.get("postalCode"), sep=", "))
        else []
    )
    parts = ("city", "region", "countryCode", "address", "postalCode")
    lines += [
        f"Location {label.lower()}: {text}"
        for label, value in rest(location, parts)
        if (text := inline(value))
    ]
    for profile in basics.get("profiles", []):
        network = inline(profile.get("network")) or "Profile"
        handle = joined(profile.get("username"), profile.get("url"))
        extra = inline(dict(rest(profile, ("network", "username", "url"))))
        if text := joined(handle, f"({extra})" if extra else "", sep=" "):
            lines.append(f"{network}: {text}")
        elif network != "Profile":
            lines.append(f"Profile: {network}")
    if image := inline(basics.get("image")):
        lines.append(f"Photo: {image}")
    used = ("name", "label", "email", "phone", "url", "summary", "location", "profiles", "image")
    lines += [f"{label}: {text}" for label, value in rest(basics, used) if (text := inline(value))]
    return lines
