"""What is kept, as plain values: a conversation, a turn, and a turn made from a session event."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from resume_chat.events import Answered, Failed

SOURCES = ("ask", "chat", "serve")
VISITOR_SOURCE = "serve"  # conversations with visitors of a public page: personal data
# Finish states of a turn.
ANSWERED, FAILED, INTERRUPTED, CUT_OFF = "answered", "failed", "interrupted", "cut_off"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def timestamp(moment: dt.datetime) -> str:
    """Fixed-width ISO 8601 in UTC, so text order is time order in every database."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


class Interrupted(NamedTuple):
    """The answer was stopped (Ctrl-C, a closed socket) after `partial` had been shown."""

    partial: str
    seconds: float = 0.0


class NewConversation(NamedTuple):
    """A conversation about to be kept; written with its first turn, so one never asked is not."""

    id: str
    source: str  # ask, chat or serve
    started_at: dt.datetime
    resume_path: str | None = None
    resume_sha256: str | None = None
    model: str | None = None
    reconnect_token: str | None = None  # serve's; kept only as its SHA-256


class TurnRecord(NamedTuple):
    """One question and how it ended, as a front-end hands it to the store."""

    question: str
    answer: str
    state: str  # answered, failed, interrupted or cut_off
    asked_at: dt.datetime
    finished_at: dt.datetime
    model: str | None = None  # the model that answered, as reported
    error_code: str | None = None  # for failed turns: the error's code (rate_limited, …)
    usage: dict[str, Any] | None = None  # the usage object exactly as reported
    cost: float | None = None
    finish_reason: str | None = None
    seconds: float | None = None


def turn_from(
    question: str, outcome: Answered | Failed | Interrupted, asked_at: dt.datetime
) -> TurnRecord:
    """The record of a question and the session event it ended with."""
    # Bytes that were not UTF-8 (a question refused for them) are kept as escapes, not lost:
    # no database would store a lone surrogate.
    question = question.encode("utf-8", "backslashreplace").decode("utf-8")
    from resume_chat.events import Answered, Failed

    finished = utc_now()
    if isinstance(outcome, Answered):
        usage = outcome.usage
        cut = outcome.finish in ("length", "content_filter")
        return TurnRecord(
            question,
            outcome.text,
            CUT_OFF if cut else ANSWERED,
            asked_at,
            finished,
            model=outcome.model,
            usage=usage.reported if usage is not None else None,
            cost=usage.cost if usage is not None else None,
            finish_reason=outcome.finish,
            seconds=outcome.seconds,
        )
    if isinstance(outcome, Failed):
        return TurnRecord(
            question,
            outcome.partial,
            FAILED,
            asked_at,
            finished,
            error_code=outcome.error.code,
            seconds=outcome.seconds,
        )
    return TurnRecord(
        question, outcome.partial, INTERRUPTED, asked_at, finished, seconds=outcome.seconds
    )
