"""The sans-I/O guards: origins, tokens, question rate and the daily spend ledger."""

from __future__ import annotations

import datetime

from resume_chat.serve.guard import (
    OriginPolicy,
    QuestionRate,
    SpendLedger,
    presented_token,
    token_matches,
)


def test_origin_policy_allows_none_and_listed_origins_only() -> None:
    """No Origin passes; listed origins pass whatever their case or trailing slash."""
    policy = OriginPolicy(["https://Me.example"])
    assert policy.permits(None)
    assert policy.permits("https://me.example/")
    assert not policy.permits("https://me.example.evil.test")
    assert not policy.permits("null")


def test_origin_policy_asks_whether_an_origin_is_the_servers_own() -> None:
    """An origin outside the list passes when `own` says it is the server's own page."""
    policy = OriginPolicy([], own=lambda origin: origin == "http://10.1.2.3:80")
    assert policy.permits("http://10.1.2.3:80/")
    assert not policy.permits("http://10.1.2.4:80")


def test_presented_token_prefers_bearer_then_query() -> None:
    """The Authorization header wins; otherwise ?token= is read."""
    assert presented_token("/ws?token=q", "Bearer h") == "h"
    assert presented_token("/ws?token=q", "Basic h") == "q"
    assert presented_token("/ws?x=1", None) is None


def test_token_matches_exactly() -> None:
    """Only the exact token matches; a missing or prefix token does not."""
    assert token_matches("abc", "abc")
    assert not token_matches("abc", "ab")
    assert not token_matches("abc", None)


def test_question_rate_is_a_sliding_minute() -> None:
    """The third question in a minute is refused with the wait; it passes once the first ages."""
    now = [0.0]
    rate = QuestionRate(2, clock=lambda: now[0])
    assert rate.admit() is None
    now[0] = 10.0
    assert rate.admit() is None
    now[0] = 20.0
    assert rate.admit() == 40.0
    now[0] = 60.0
    assert rate.admit() is None


def test_spend_ledger_caps_the_day_and_resets_the_next() -> None:
    """Reported cost adds up to the cap; a new UTC day starts again from zero."""
    day = [datetime.date(2026, 1, 1)]
    ledger = SpendLedger(0.01, today=lambda: day[0])
    ledger.record(0.006)
    ledger.record(None)
    assert not ledger.exhausted()
    ledger.record(0.004)
    assert ledger.exhausted()
    day[0] = datetime.date(2026, 1, 2)
    assert not ledger.exhausted()
    assert ledger.spent == 0.0


def test_spend_ledger_without_cap_never_exhausts() -> None:
    """No cap means no refusal, whatever was spent."""
    ledger = SpendLedger(None)
    ledger.record(1000.0)
    assert not ledger.exhausted()
