"""The conversation store as `serve` uses it: each socket a stored conversation that a visitor
can pick up again with its reconnect token, visitors' data purged after the retention window,
and the daily spend counted where every process sees it.

Store calls block (a few ms on SQLite, a round trip on PostgreSQL), so they run off the event
loop, on one thread of their own: one at a time and in the order they were made, so a turn is
never written before its conversation, nor a conversation ended before its last turn. The store
never stands in the way of an answer: when it fails, one warning says history is off (the
Recorder's), the conversation goes on in memory and the spend cap falls back to this process's
own ledger, which has mirrored every reservation made here.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
import secrets
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from resume_chat import patterns
from resume_chat.serve.spend import MemoryLedger
from resume_chat.store import ConversationLog, Interrupted, Recorder, utc_now

if TYPE_CHECKING:
    from resume_chat.events import Answered, Failed
    from resume_chat.resume import Resume
    from resume_chat.store.store import ConversationStore

log = logging.getLogger("resume_chat.serve")
T = TypeVar("T")
PURGE_EVERY = 24 * 60 * 60.0  # seconds between retention purges
TOKEN_BYTES = 24  # 192 random bits, URL-safe base64: 32 characters
_TOKEN = patterns.compile(r"[A-Za-z0-9_-]{16,128}")


class StoreChoice(NamedTuple):
    """Which store serve keeps visitors' conversations in (settled by the command's flags)."""

    enabled: bool = False
    database: str | None = None
    retention_days: int = 30


class Reservation(NamedTuple):
    stored: str | None  # the database's reservation id, None when it was made in memory
    memory: str  # the mirror in this process's ledger


class Visit:
    """One socket's conversation: where its turns go and the token that finds it again."""

    def __init__(
        self, store: VisitorStore, conversation: ConversationLog | None, token: str | None
    ) -> None:
        self.store = store
        self.conversation = conversation
        self.token = token

    @property
    def earlier(self) -> list[tuple[str, str]]:
        """The answered turns of a continued conversation, to load into the session."""
        return self.conversation.earlier if self.conversation is not None else []

    def record(
        self, question: str, outcome: Answered | Failed | Interrupted, asked_at: dt.datetime
    ) -> None:
        if self.conversation is not None:
            self.store.submit(self.conversation.record, question, outcome, asked_at)

    def end(self) -> None:
        if self.conversation is not None:
            self.store.submit(self.conversation.end)


def resume_token(path: str) -> str | None:
    """The `?resume=` token of a /ws request, if it has the shape of one."""
    from urllib.parse import parse_qs, urlsplit

    found = parse_qs(urlsplit(path).query).get("resume")
    return found[0] if found and _TOKEN.fullmatch(found[0]) else None


class VisitorStore:
    """Visitors' conversations and the daily spend, in the store or (off) in memory."""

    def __init__(
        self,
        recorder: Recorder | None,
        resume: Resume,
        model: str,
        retention_days: int,
        ledger: MemoryLedger | None = None,
    ) -> None:
        self.recorder = recorder
        self.resume = resume
        self.model = model
        self.retention_days = retention_days
        self.memory = ledger or MemoryLedger()
        self._executor: ThreadPoolExecutor | None = None
        self._pending: set[Future[object]] = set()
        self._resume_sha256: str | None = None

    @classmethod
    def chosen(
        cls,
        choice: StoreChoice,
        environ: Mapping[str, str],
        resume: Resume,
        model: str,
        ledger: MemoryLedger | None = None,
    ) -> VisitorStore:
        """The store `choice` names; nothing is opened until the first visitor asks."""
        recorder = None
        if choice.enabled:
            recorder = Recorder.from_environment(
                environ, log.warning, database=choice.database, enabled=True
            )
        return cls(recorder, resume, model, choice.retention_days, ledger)

    @property
    def on(self) -> bool:
        return self.recorder is not None and self.recorder.enabled

    def _pool(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="resume-chat-store")
        return self._executor

    async def run(self, call: Callable[..., T], *args: object) -> T:
        """`call(*args)` on the store's thread, after every call made before it."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool(), functools.partial(call, *args))

    def submit(self, call: Callable[..., object], *args: object) -> None:
        """`call(*args)` on the store's thread, not waited for (shutdown waits for it)."""
        future = self._pool().submit(call, *args)
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    async def open_visit(self, token: str | None) -> Visit:
        """The conversation `token` finds within the retention window, else a new one with a
        new token. A token that finds nothing starts afresh like no token: no error, so it
        tells a guesser nothing."""
        if not self.on or self.recorder is None:
            return Visit(self, None, None)
        if token is not None:
            found = await self.run(self.recorder.reconnect, token, self.retention_days)
            if found is not None:
                return Visit(self, found, token)
        return self.new_visit()

    def new_visit(self) -> Visit:
        """A new conversation, written with its first turn; its token is kept only hashed."""
        if not self.on or self.recorder is None:
            return Visit(self, None, None)
        import uuid

        from resume_chat.store.recorder import resume_sha256
        from resume_chat.store.records import VISITOR_SOURCE, NewConversation

        if self._resume_sha256 is None:
            self._resume_sha256 = resume_sha256(self.resume)
        token = secrets.token_urlsafe(TOKEN_BYTES)
        new = NewConversation(
            uuid.uuid4().hex,
            VISITOR_SOURCE,
            utc_now(),
            str(self.resume.path),
            self._resume_sha256,
            self.model,
            token,
        )
        return Visit(self, ConversationLog(self.recorder, new.id, pending=new), token)

    async def reserve(self, estimate: float, cap: float | None) -> Reservation | None:
        """Reserve `estimate` USD against today's `cap`; None: refused."""
        if self.on and self.recorder is not None:
            recorder = self.recorder

            def stored(store: ConversationStore) -> tuple[str | None]:
                from resume_chat.store.spend import SpendLedger

                return (SpendLedger(store).reserve(estimate, cap),)

            answer = await self.run(recorder.call, stored)
            if answer is not None:  # None: the store failed just now (warned); go on in memory
                if answer[0] is None:
                    return None
                mirror = self.memory.reserve(estimate, None)
                assert mirror is not None
                return Reservation(answer[0], mirror)
        mirror = self.memory.reserve(estimate, cap)
        return Reservation(None, mirror) if mirror is not None else None

    def settle(self, reservation: Reservation, cost: float | None) -> None:
        """The answer ended; `cost` as reported, None to keep the estimate."""
        self.memory.settle(reservation.memory, cost)
        stored, recorder = reservation.stored, self.recorder
        if stored is not None and recorder is not None and cost is not None:

            def settle(store: ConversationStore) -> None:
                from resume_chat.store.spend import SpendLedger

                SpendLedger(store).settle(stored, cost)

            self.submit(recorder.call, settle)

    async def purge(self) -> int | None:
        """Remove visitors' conversations idle past the retention window."""
        if not self.on or self.recorder is None:
            return None
        removed = await self.run(self.recorder.purge_visitors, self.retention_days)
        if removed:
            log.info(
                "purged %d visitor conversations older than %d days", removed, self.retention_days
            )
        return removed

    async def purge_daily(self) -> None:
        """At start-up and then every day, for as long as the server runs."""
        while True:
            await self.purge()
            await asyncio.sleep(PURGE_EVERY)

    async def aclose(self) -> None:
        """Finish every write made so far, then close the store."""
        if self._executor is None:
            return
        if self.recorder is not None:
            await self.run(self.recorder.close)
        executor, self._executor = self._executor, None
        await asyncio.to_thread(executor.shutdown, wait=True)
