"""Moments and spans as typed on the command line: `30d`, `12h`, `2w`, `2025-03-01`."""

from __future__ import annotations

import datetime as dt

from resume_chat.errors import UsageError

_UNITS = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def span(text: str, option: str) -> dt.timedelta:
    """`30d`, `12h`, `2w` or `45m` as a span of time."""
    value = text.strip().lower()
    number, unit = value[:-1], value[-1:]
    if unit not in _UNITS or not number.isdigit():
        raise UsageError(f"{option} takes a span like 30d, 12h, 2w or 45m, not {text!r}.")
    return dt.timedelta(seconds=int(number) * _UNITS[unit])


def moment(text: str, option: str, now: dt.datetime) -> dt.datetime:
    """A date (`2025-03-01`), a date and time, or a span back from now (`7d`)."""
    value = text.strip()
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            return now - span(value, option)
        except UsageError:
            raise UsageError(
                f"{option} takes a date (2025-03-01), a date and time, or a span like 7d or "
                f"12h, not {text!r}."
            ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def days(text: str, option: str = "--days") -> int:
    value = text.strip()
    if not value.isdigit() or not 1 <= int(value) <= 3660:
        raise UsageError(f"{option} takes a whole number of days from 1 to 3660, not {text!r}.")
    return int(value)
