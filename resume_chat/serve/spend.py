"""serve's daily spend cap: an estimate reserved before an answer starts, settled at its end.

Checking the cap when a question starts and charging only when its answer ends let 20
questions asked at once under a cap of 3 answers all through. So each answer first reserves
what it could cost at most (its prompt at the input price plus `max_tokens` at the output
price) and is refused when the day's reservations would pass the cap; when it ends, its
reported cost replaces the estimate. An answer abandoned before its cost is reported keeps its
estimate. With the store on, the reservations are rows in the database (store.spend), so the
cap holds across processes and machines; without it, a `MemoryLedger` in this process (shared
by `--workers` through shared memory) does the same.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterable, MutableSequence
from contextlib import AbstractContextManager, nullcontext
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from resume_chat.resume import Resume
    from resume_chat.serve.limits import ServeSettings
    from resume_chat.settings import Settings

log = logging.getLogger("resume_chat.serve")

PER_MILLION = 1_000_000


class Prices(NamedTuple):
    """USD per token, in and out."""

    prompt: float
    completion: float

    @classmethod
    def per_million(cls, prompt: float, completion: float) -> Prices:
        return cls(prompt / PER_MILLION, completion / PER_MILLION)

    def estimate(self, prompt_chars: int, max_tokens: int) -> float:
        """The most an answer can cost: its prompt (about 4 characters a token) and every
        token it may write."""
        return (prompt_chars / 4) * self.prompt + max_tokens * self.completion


def parse_prices(value: str) -> tuple[float, float]:
    """`"0.25,2"`: USD per million tokens in and out (RESUME_CHAT_SERVE_PRICE_PER_MILLION)."""
    parts = [part.strip() for part in value.split(",")]
    try:
        prompt, completion = (float(part) for part in parts)
    except ValueError:
        raise ValueError(
            f"{value!r} is not two prices per million tokens like 0.25,2 (in,out)"
        ) from None
    if not (prompt >= 0 and completion >= 0) or float("inf") in (prompt, completion):
        raise ValueError(f"{value!r}: prices must be finite and 0 or more")
    return prompt, completion


def catalog_prices(base_url: str, model: str) -> Prices | None:
    """The model's prices from the models list `resume-chat models` keeps for a day, if any."""
    from resume_chat.catalog.cache import cached
    from resume_chat.catalog.listing import entries, per_million

    kept = cached(base_url)
    if kept is None:
        return None
    for entry in entries(kept.data):
        if entry.id == model:
            prompt, completion = per_million(entry.prompt), per_million(entry.completion)
            if prompt is None or completion is None or prompt < 0 or completion < 0:
                return None  # missing, or "varies" (a router's price is its pick's)
            return Prices.per_million(float(prompt), float(completion))
    return None


def utc_day() -> int:
    return dt.datetime.now(dt.UTC).date().toordinal()


class MemoryLedger:
    """The day's spend in this process (or in shared memory, for `--workers`).

    `cells` holds [day ordinal, USD reserved or settled that day]; with `--workers` it is a
    `multiprocessing` array every worker maps, and `lock` that array's lock. An estimate is
    added when reserved; settling adds the difference between the cost and the estimate.
    """

    def __init__(
        self,
        cells: MutableSequence[float] | None = None,
        lock: AbstractContextManager[Any] | None = None,
        today: Callable[[], int] = utc_day,
    ) -> None:
        self.cells: MutableSequence[float] = cells if cells is not None else [0.0, 0.0]
        self.lock: AbstractContextManager[Any] = lock or nullcontext()
        self._today = today
        self._thread_lock = threading.Lock()  # the store's fallback may call from a thread
        self._open: dict[str, tuple[int, float]] = {}  # reservation -> (day, estimate)
        self._next = 0

    def _roll(self) -> int:
        day = self._today()
        if int(self.cells[0]) != day:
            self.cells[0], self.cells[1] = float(day), 0.0
        return day

    @property
    def spent(self) -> float:
        with self._thread_lock, self.lock:
            self._roll()
            return self.cells[1]

    def reserve(self, estimate: float, cap: float | None) -> str | None:
        """A reservation's id, or None when `estimate` would take today past `cap`."""
        with self._thread_lock, self.lock:
            day = self._roll()
            if cap is not None and self.cells[1] + estimate > cap:
                return None
            self.cells[1] += estimate
            self._next += 1
            reservation = f"m{self._next}"
            self._open[reservation] = (day, estimate)
            return reservation

    def settle(self, reservation: str, cost: float | None) -> None:
        """The reported cost replaces the estimate (None keeps the estimate)."""
        with self._thread_lock, self.lock:
            day, estimate = self._open.pop(reservation, (0, 0.0))
            if cost is None or day != self._roll():
                return
            self.cells[1] = max(0.0, self.cells[1] + cost - estimate)


class Estimator:
    """What to reserve for an answer: from known prices, or, with none, the largest cost an
    answer has reported in this process (so the cap holds once one answer has been priced)."""

    def __init__(self, prices: Prices | None, max_tokens: int, system_chars: int) -> None:
        self.prices = prices
        self.max_tokens = max_tokens
        self.system_chars = system_chars
        self.largest_seen = 0.0

    def estimate(self, texts: Iterable[str]) -> float:
        """The estimate for a prompt of the system message plus `texts` (turns, question)."""
        if self.prices is None:
            return self.largest_seen
        chars = self.system_chars + sum(len(text) for text in texts)
        return self.prices.estimate(chars, self.max_tokens)

    def saw(self, cost: float | None) -> None:
        if cost is not None and cost > self.largest_seen:
            self.largest_seen = cost


def estimator_for(
    settings: Settings, limits: ServeSettings, resume: Resume, model: str
) -> Estimator:
    """What an answer reserves against the spend cap: prices from the setting, else from the
    kept models list; with neither, a cap counts reported costs only (warned once)."""
    from resume_chat.prompt import system_prompt

    prices = None
    if limits.price_per_million is not None:
        prices = Prices.per_million(*limits.price_per_million)
    elif limits.daily_spend_cap is not None:
        prices = catalog_prices(settings.base_url, model)
        if prices is None:
            log.warning(
                "no price known for %s: the daily spend cap reserves only the largest cost "
                "reported so far; set RESUME_CHAT_SERVE_PRICE_PER_MILLION=IN,OUT (USD per "
                "million tokens) or run `resume-chat models` first",
                model,
            )
    return Estimator(prices, settings.max_tokens, len(system_prompt(resume)))
