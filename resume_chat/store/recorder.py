"""What a front-end holds: records conversations, never raises; history goes off with one warning.

    recorder = Recorder.from_environment(os.environ, warn)    # opens nothing yet
    log = recorder.begin("ask", resume=resume, model=model)   # still nothing written
    asked_at = utc_now(); ...                                 # the answer streams
    log.record(question, event, asked_at)                     # Answered, Failed or Interrupted
    log.end(); recorder.close()

The store is opened on the first write, and a conversation is written with its first turn, so
a chat left without a question leaves nothing. The first StoreError (unwritable, locked,
damaged, a newer schema, a server gone) calls `warn("history is off: …")` once; every later
call does nothing, and answering goes on. Calls block (a few ms on SQLite): serve should make
them through `asyncio.to_thread`; a Recorder may be shared by threads.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from resume_chat.errors import UsageError
from resume_chat.store.errors import StoreError
from resume_chat.store.records import Interrupted, NewConversation, turn_from, utc_now

if TYPE_CHECKING:
    from resume_chat.events import Answered, Failed
    from resume_chat.resume import Resume
    from resume_chat.store.spend import SpendLedger
    from resume_chat.store.store import ConversationStore

T = TypeVar("T")
Warn = Callable[[str], None]


def resume_sha256(resume: Resume) -> str:
    """The resume's content hash: of its canonical reading, the text the model is shown.

    Through CPython's own SHA-256 module when it has one (`_sha2` from 3.12, `_sha256` before):
    importing hashlib starts OpenSSL, about 3 ms of every `ask` (benchmarks/offline.py)."""
    import importlib

    data = resume.markdown.encode("utf-8")
    for name in ("_sha2", "_sha256"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return str(module.sha256(data).hexdigest())
    import hashlib

    return hashlib.sha256(data).hexdigest()


class ConversationLog:
    """One conversation being recorded. `earlier` holds the answered (question, answer) turns
    of a continued conversation, to replay into the session; `id` is its ID."""

    def __init__(
        self,
        recorder: Recorder,
        conversation_id: str,
        pending: NewConversation | None = None,
        earlier: list[tuple[str, str]] | None = None,
    ) -> None:
        self.recorder = recorder
        self.id = conversation_id
        self.earlier = earlier or []
        self._pending = pending  # written with the first turn
        self._ended = False  # ended with its last turn, in the same write

    def record(
        self,
        question: str,
        outcome: Answered | Failed | Interrupted,
        asked_at: dt.datetime,
        *,
        ending: bool = False,
    ) -> None:
        """Keep the question and how it ended (`asked_at`: `utc_now()` when it was asked);
        `ending`, the conversation's last turn: it is ended in the same write."""
        turn = turn_from(question, outcome, asked_at)
        pending = self._pending

        def write(store: ConversationStore) -> str:
            return store.record_turn(self.id, turn, pending, ending=ending)

        if self.recorder.call(write) is not None:
            self._pending = None
            self._ended = ending

    def keep(self) -> None:
        """Write the conversation now, before any turn (serve: a reconnect token to find)."""
        pending = self._pending
        if pending is None:
            return
        if self.recorder.call(lambda store: store.start_conversation(pending)) is not None:
            self._pending = None

    def end(self) -> None:
        if self._pending is None and not self._ended:
            self.recorder.call(lambda store: store.end_conversation(self.id))


class Recorder:
    """The store as a front-end sees it: opened on first use, off after its first failure."""

    def __init__(self, opener: Callable[[], ConversationStore] | None, warn: Warn) -> None:
        self._opener = opener
        self._warn = warn
        self._store: ConversationStore | None = None
        self._lock = threading.Lock()
        self.off_reason: str | None = None if opener else "RESUME_CHAT_STORE=off"

    @classmethod
    def from_environment(
        cls,
        environ: Mapping[str, str],
        warn: Warn,
        *,
        database: str | None = None,
        enabled: bool = True,
    ) -> Recorder:
        """The store the settings name (`database`: a --database flag); off with --no-store
        (`enabled=False`) or RESUME_CHAT_STORE=off. Reads no file until first used."""
        from resume_chat.store.location import store_enabled, store_target

        if not enabled or not store_enabled(environ):
            return cls(None, warn)
        try:
            target = store_target(environ, database)
        except UsageError as error:
            recorder = cls(None, warn)
            recorder._turn_off(str(error))
            return recorder

        def opener() -> ConversationStore:
            from resume_chat.store.store import open_store

            return open_store(target)

        return cls(opener, warn)

    @property
    def enabled(self) -> bool:
        return self.off_reason is None

    def call(self, action: Callable[[ConversationStore], T]) -> T | None:
        """`action(store)`, or None when history is off or the store fails (warned once)."""
        with self._lock:
            if self.off_reason is not None or self._opener is None:
                return None
            try:
                if self._store is None:
                    self._store = self._opener()
                return action(self._store)
            except StoreError as error:
                self._turn_off(str(error))
                return None
            except UsageError:
                raise  # a conversation ID that names none: the person's to fix (exit 2)
            except Exception as error:  # a store bug must never cost an answer
                self._turn_off(f"{type(error).__name__}: {error}")
                return None

    def _turn_off(self, reason: str) -> None:
        self.off_reason = reason
        self._warn(f"history is off: {reason}")
        self._close_store()

    def _close_store(self) -> None:
        store, self._store = self._store, None
        if store is not None:
            with contextlib.suppress(StoreError):
                store.close()

    def begin(
        self,
        source: str,
        *,
        resume: Resume | None = None,
        model: str | None = None,
        reconnect_token: str | None = None,
    ) -> ConversationLog:
        """A new conversation (source `ask`, `chat` or `serve`); nothing is written yet."""
        new = NewConversation(
            os.urandom(16).hex(),
            source,
            utc_now(),
            str(resume.path) if resume is not None else None,
            resume_sha256(resume) if resume is not None and self.enabled else None,
            model,
            reconnect_token,
        )
        return ConversationLog(self, new.id, pending=new)

    def continue_conversation(
        self, prefix: str | None = None, *, source: str | None = None
    ) -> ConversationLog | None:
        """The conversation whose ID starts with `prefix`, else the latest (of `source`), with
        its earlier turns; None when there is none or history is off. A prefix that matches
        none or several raises UnknownConversationError (a UsageError: exit 2)."""

        def find(store: ConversationStore) -> ConversationLog | None:
            if prefix is not None:
                conversation_id = store.resolve(prefix)
            else:
                latest = store.latest(source)
                if latest is None:
                    return None
                conversation_id = latest.id
            return ConversationLog(
                self, conversation_id, None, store.answered_turns(conversation_id)
            )

        return self.call(find)

    def reconnect(self, token: str, within_days: int) -> ConversationLog | None:
        """serve: the visitor's conversation for this reconnect token, if still kept."""

        def find(store: ConversationStore) -> ConversationLog | None:
            found = store.by_reconnect_token(token, within_days)
            if found is None:
                return None
            return ConversationLog(self, found.id, None, store.answered_turns(found.id))

        return self.call(find)

    def purge_visitors(self, retention_days: int) -> int | None:
        """serve, at start-up and daily: remove visitors' conversations past retention."""
        return self.call(lambda store: store.purge_visitors(retention_days))

    def ledger(self) -> SpendLedger | None:
        """serve's daily-spend ledger over the same database, or None when history is off."""
        from resume_chat.store.spend import SpendLedger

        return self.call(SpendLedger)

    def close(self) -> None:
        with self._lock:
            self._close_store()
