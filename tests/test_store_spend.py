"""serve's daily spend counted in the database: reserve an estimate, settle with the cost."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator

import pytest

from resume_chat.store.location import store_target
from resume_chat.store.spend import SpendLedger
from resume_chat.store.store import ConversationStore, open_store
from tests.postgres import Backend, backend, postgres_server  # noqa: F401

NOON = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(backend: Backend) -> Iterator[ConversationStore]:  # noqa: F811
    opened = open_store(store_target({}, backend.url))
    yield opened
    opened.close()


def test_reservations_count_against_the_cap_until_settled(store: ConversationStore) -> None:
    ledger = SpendLedger(store, lambda: NOON)
    first = ledger.reserve(0.40, cap=1.00)
    second = ledger.reserve(0.40, cap=1.00)
    assert first is not None
    assert second is not None
    assert ledger.reserve(0.40, cap=1.00) is None  # 1.20 would pass the cap
    assert ledger.spent_today() == pytest.approx(0.80)
    ledger.settle(first, 0.05)  # the reported cost replaces the estimate
    assert ledger.spent_today() == pytest.approx(0.45)
    assert ledger.reserve(0.40, cap=1.00) is not None
    ledger.settle(second, None)  # no cost reported: the estimate stays charged
    assert ledger.spent_today() == pytest.approx(0.85)


def test_abandoned_answers_keep_their_estimate_and_days_are_separate(
    store: ConversationStore,
) -> None:
    today = SpendLedger(store, lambda: NOON)
    assert today.reserve(0.9, cap=1.0) is not None  # never settled: abandoned
    assert today.reserve(0.2, cap=1.0) is None
    tomorrow = SpendLedger(store, lambda: NOON + dt.timedelta(days=1))
    assert tomorrow.spent_today() == 0.0
    assert tomorrow.reserve(0.9, cap=1.0) is not None
    assert SpendLedger(store).reserve(1e9, cap=None) is not None  # no cap: always granted


RESERVER = """
import json, sys
from resume_chat.store.location import store_target
from resume_chat.store.spend import SpendLedger
from resume_chat.store.store import open_store
store = open_store(store_target({}, sys.argv[1]))
sys.stdin.readline()  # start together
granted = SpendLedger(store).reserve(1.0, cap=3.0)
store.close()
print(json.dumps(granted is not None))
"""


def test_the_cap_holds_across_processes(backend: Backend) -> None:  # noqa: F811
    """20 questions at once under a cap of 3 answers: exactly 3 are granted."""
    open_store(store_target({}, backend.url)).close()
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RESERVER, backend.url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(20)
    ]
    results = []
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out))
    assert results.count(True) == 3
