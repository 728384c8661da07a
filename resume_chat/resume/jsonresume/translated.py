"""A site's JSON that keeps each value in several languages, and its fields as key and value
pairs: read as the lines a page shows."""

from __future__ import annotations

from typing import Any

from resume_chat import patterns
from resume_chat.resume.jsonresume.freeform_values import LOCALE


def translated_values(data: Any, depth: int = 0) -> Any:
    """Each value kept in several languages ({"en": "Senior Software Engineer", "ru": "Старший
    Разработчик", "jp": …}) as one line of them, English first: a title, a place, a span of
    dates, not a section of languages."""
    if depth > 64:
        return data
    if isinstance(data, list):
        return [translated_values(item, depth + 1) for item in data]
    if not isinstance(data, dict):
        return data
    texts = [v for v in data.values() if isinstance(v, str) and v.strip()]
    if (
        len(data) >= 2
        and len(texts) == len(data)
        and all(patterns.fullmatch(LOCALE, str(key)) for key in data)
    ):
        english = [v for k, v in data.items() if str(k).lower().startswith("en")]
        return " / ".join(dict.fromkeys([*english, *texts]))
    data = {key: translated_values(value, depth + 1) for key, value in data.items()}
    # {"key": "Residence:", "type": "str", "value": "Tokyo, Japan"}: a field and its value.
    named = data.get("key")
    if set(data) <= {"key", "type", "value"} and isinstance(named, str) and "value" in data:
        return {named.strip().rstrip(":").strip() or "value": data["value"]}
    return data
