"""The owner's view: visitors' questions per day, answers, failures, cost, and the questions
the resume could not answer (the list to improve the resume from)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any

from resume_chat import patterns
from resume_chat.store.records import timestamp
from resume_chat.store.store import ConversationStore

# An answer that says the resume is silent: the offline answerer's "The resume does not
# mention …" and the model's ways of saying the same (the prompt asks it to say so plainly).
_UNANSWERED = patterns.compile(
    r"\b(?:resume|cv|résumé)\b[^.\n]{0,40}?\b(?:does\s*n[o']t|do\s*n[o']t|doesn’t|don’t)\s+"
    r"(?:mention|say|state|specify|list|include|contain|indicate|provide|show|cover)"
    r"|\bnot\s+(?:mentioned|stated|specified|listed|included|covered)\s+(?:in|on)\s+the\s+"
    r"(?:resume|cv|résumé)|\bno\s+mention\s+of\b",
    re.IGNORECASE,
)
_PUNCTUATION = patterns.compile(r"[^\w\s]")
TOP = 10


def normalised(question: str) -> str:
    """Case, punctuation and spacing folded, so the same question asked twice groups."""
    return " ".join(_PUNCTUATION.sub(" ", question.lower()).split())


def says_unanswered(answer: str) -> bool:
    return bool(_UNANSWERED.search(answer))


def _top(questions: list[str]) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    example: dict[str, str] = {}
    for question in questions:
        key = normalised(question)
        counts[key] += 1
        example.setdefault(key, question.strip())
    return [{"question": example[key], "count": n} for key, n in counts.most_common(TOP)]


def insights(store: ConversationStore, days: int, source: str | None) -> dict[str, Any]:
    """The report over the last `days` days (UTC) of conversations from `source` (None: all)."""
    now = store.clock()
    first_day = (now - dt.timedelta(days=days - 1)).date()
    since = dt.datetime.combine(first_day, dt.time(), dt.UTC)
    sql = (
        "SELECT t.conversation_id, t.question, t.answer, t.state, t.error_code, t.cost,"
        " t.asked_at FROM turns t JOIN conversations c ON c.id = t.conversation_id"
        " WHERE t.asked_at >= ?" + (" AND c.source = ?" if source else "")
    )
    rows = store.db.query(sql, (timestamp(since), source) if source else (timestamp(since),))
    per_day: dict[str, dict[str, Any]] = {
        (first_day + dt.timedelta(days=n)).isoformat(): {"conversations": set(), "questions": 0}
        for n in range(days)
    }
    failures: Counter[str] = Counter()
    states: Counter[str] = Counter()
    cost = 0.0
    questions: list[str] = []
    unanswered: list[str] = []
    totals: defaultdict[str, set[str]] = defaultdict(set)
    for conversation_id, question, answer, state, error_code, turn_cost, asked_at in rows:
        day = per_day.setdefault(asked_at[:10], {"conversations": set(), "questions": 0})
        day["conversations"].add(conversation_id)
        day["questions"] += 1
        totals["conversations"].add(conversation_id)
        states[state] += 1
        questions.append(question)
        cost += turn_cost or 0.0
        if state == "failed":
            failures[error_code or "unknown"] += 1
        elif state in ("answered", "cut_off") and says_unanswered(answer):
            unanswered.append(question)
    return {
        "days": days,
        "source": source or "all",
        "since": first_day.isoformat(),
        "per_day": [
            {"day": day, "conversations": len(v["conversations"]), "questions": v["questions"]}
            for day, v in sorted(per_day.items())
        ],
        "conversations": len(totals["conversations"]),
        "questions": len(rows),
        "answers": states["answered"] + states["cut_off"],
        "cut_off": states["cut_off"],
        "interrupted": states["interrupted"],
        "failures": dict(failures.most_common()),
        "cost": round(cost, 6),
        "most_asked": _top(questions),
        "unanswered": _top(unanswered),
    }
