"""The sans-I/O guards: origins, tokens, question rate; the in-memory spend ledger."""

from __future__ import annotations

import pytest

from resume_chat.serve.guard import (
    OriginPolicy,
    QuestionRate,
    presented_token,
    token_matches,
)
from resume_chat.serve.spend import MemoryLedger, Prices, parse_prices


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


def test_memory_ledger_reserves_against_the_cap_and_settles_with_the_cost() -> None:
    """Estimates count the moment they are reserved; a settled cost replaces its estimate;
    None keeps it; a new UTC day starts again from zero."""
    day = [1000]
    ledger = MemoryLedger(today=lambda: day[0])
    first = ledger.reserve(0.004, 0.01)
    second = ledger.reserve(0.004, 0.01)
    assert first is not None
    assert second is not None
    assert ledger.reserve(0.004, 0.01) is None  # 0.012 would pass the cap
    ledger.settle(first, 0.001)
    assert ledger.spent == pytest.approx(0.005)
    ledger.settle(second, None)  # abandoned: keeps its estimate
    assert ledger.spent == pytest.approx(0.005)
    assert ledger.reserve(0.004, 0.01) is not None
    day[0] = 1001
    assert ledger.spent == 0.0
    assert ledger.reserve(0.01, 0.01) is not None


def test_memory_ledger_without_cap_never_refuses() -> None:
    """No cap means no refusal, whatever was reserved."""
    ledger = MemoryLedger()
    assert ledger.reserve(1000.0, None) is not None


def test_an_estimate_is_the_prompt_and_every_token_the_answer_may_write() -> None:
    """characters / 4 at the input price plus max_tokens at the output price."""
    prices = Prices.per_million(*parse_prices("0.25, 2"))
    assert prices.estimate(4000, 1024) == pytest.approx(1000 * 0.25e-6 + 1024 * 2e-6)
    with pytest.raises(ValueError, match="two prices"):
        parse_prices("cheap")
