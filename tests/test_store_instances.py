"""serve's instances in the store: each heartbeat writes one count and reads the others' fresh
ones; a row not rewritten within the window is ignored and deleted; leaving deletes at once."""

from __future__ import annotations

import datetime as dt

from resume_chat.store.instances import InstanceRegistry
from resume_chat.store.location import store_target
from resume_chat.store.store import open_store
from tests.postgres import Backend, backend, postgres_server  # noqa: F401

WINDOW = 15.0  # seconds: three heartbeats of 5


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_each_instance_reads_the_others_fresh_counts(backend: Backend) -> None:  # noqa: F811
    clock = Clock()
    store = open_store(store_target({}, backend.url), clock=clock)
    try:
        registry = InstanceRegistry(store)
        assert registry.heartbeat("a", 2, WINDOW) == 0
        assert registry.heartbeat("b", 3, WINDOW) == 2
        assert registry.heartbeat("a", 1, WINDOW) == 3  # its own count is not the others'
        assert registry.heartbeat("c", 0, WINDOW) == 4
        assert registry.counts() == {"a": 1, "b": 3, "c": 0}
    finally:
        store.close()


def test_a_stale_row_stops_counting_and_is_deleted(backend: Backend) -> None:  # noqa: F811
    """A process killed without leaving: after the window its sessions no longer count."""
    clock = Clock()
    store = open_store(store_target({}, backend.url), clock=clock)
    try:
        registry = InstanceRegistry(store)
        registry.heartbeat("dead", 7, WINDOW)
        clock.advance(WINDOW - 1)
        assert registry.heartbeat("live", 1, WINDOW) == 7  # still fresh
        clock.advance(2)
        assert registry.heartbeat("live", 1, WINDOW) == 0
        assert registry.counts() == {"live": 1}
    finally:
        store.close()


def test_leaving_deletes_the_row_at_once(backend: Backend) -> None:  # noqa: F811
    store = open_store(store_target({}, backend.url))
    try:
        registry = InstanceRegistry(store)
        registry.heartbeat("a", 5, WINDOW)
        registry.heartbeat("b", 1, WINDOW)
        registry.leave("a")
        assert registry.heartbeat("b", 1, WINDOW) == 0
        assert registry.counts() == {"b": 1}
    finally:
        store.close()
