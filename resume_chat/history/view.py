"""How kept conversations are printed: rich tables in a terminal, TSV or plain text when piped."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from resume_chat.store.rows import ConversationSummary, StoredTurn


def _when(stamp: str | None) -> str:
    return f"{stamp[:10]} {stamp[11:16]}" if stamp else ""


def _one_line(text: str | None, width: int) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _cell(text: object) -> str:
    """A TSV cell: no tab or newline inside."""
    return " ".join(str("" if text is None else text).split())


def print_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")


def print_table(headers: list[str], rows: list[list[str]], out: TextIO, title: str = "") -> None:
    """A rich table in a terminal; tab-separated values with a header row when piped."""
    if out.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*headers, title=title or None, title_justify="left")
        for row in rows:
            table.add_row(*row)
        Console(file=out).print(table)
        return
    for row in [headers, *rows]:
        out.write("\t".join(_cell(cell) for cell in row) + "\n")


def conversation_rows(conversations: list[ConversationSummary], tty: bool) -> list[list[str]]:
    return [
        [
            c.id[:8] if tty else c.id,
            _when(c.started_at),
            c.source,
            str(c.turns),
            c.model or "",
            _one_line(c.first_question, 60) if tty else _cell(c.first_question),
        ]
        for c in conversations
    ]


CONVERSATION_HEADERS = ["id", "started (UTC)", "source", "turns", "model", "first question"]


def _state(turn: StoredTurn) -> str:
    if turn.state == "failed":
        return f"failed ({turn.error_code})"
    return turn.state.replace("_", " ")


def markdown(conversation: ConversationSummary, turns: list[StoredTurn]) -> str:
    """The conversation as Markdown: a header, then each question and its answer."""
    lines = [
        f"# Conversation {conversation.id}",
        "",
        f"- source: {conversation.source}",
        f"- started: {conversation.started_at}",
        f"- resume: {conversation.resume_path or 'unknown'}",
        f"- model: {conversation.model or 'unknown'}",
    ]
    for turn in turns:
        lines += ["", f"## {' '.join(turn.question.split())}", ""]
        lines.append(turn.answer.strip() or "_(no answer)_")
        if turn.state != "answered":
            lines += ["", f"_({_state(turn)})_"]
    return "\n".join(lines) + "\n"


def as_json(conversation: ConversationSummary, turns: list[StoredTurn]) -> dict[str, Any]:
    return {"conversation": conversation.as_json(), "turns": [t.as_json() for t in turns]}


def show(conversation: ConversationSummary, turns: list[StoredTurn], out: TextIO) -> None:
    """One conversation: rendered in a terminal, Markdown when piped."""
    if not out.isatty():
        out.write(markdown(conversation, turns))
        return
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console(file=out)
    console.print(
        f"[bold]{conversation.id}[/] · {conversation.source} · {_when(conversation.started_at)}"
        f" UTC · {conversation.model or ''} · {conversation.resume_path or ''}",
        highlight=False,
    )
    for turn in turns:
        console.print(f"\n[bold]› {turn.question}[/]", highlight=False)
        console.print(Markdown(turn.answer or "_(no answer)_"))
        details = [_state(turn), turn.model or "", f"${turn.cost:g}" if turn.cost else ""]
        console.print(" · ".join(d for d in details if d), style="dim", highlight=False)


def insights_text(report: dict[str, Any], out: TextIO) -> None:
    tty = out.isatty()
    source = "visitors'" if report["source"] == "serve" else f"{report['source']}"
    summary = (
        f"{report['days']} day(s) since {report['since']} ({source} conversations): "
        f"{report['conversations']} conversations, {report['questions']} questions, "
        f"{report['answers']} answered ({report['cut_off']} cut off), "
        f"{sum(report['failures'].values())} failed, {report['interrupted']} interrupted, "
        f"cost ${report['cost']:g}"
    )
    out.write(summary + "\n\n" + ("" if tty else "# Per day\n"))
    days = [[d["day"], str(d["conversations"]), str(d["questions"])] for d in report["per_day"]]
    print_table(["day", "conversations", "questions"], days, out, "Per day")
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        (
            "Failures by code",
            ["code", "count"],
            [[k, str(v)] for k, v in report["failures"].items()],
        ),
        (
            "Most asked",
            ["count", "question"],
            [[str(q["count"]), q["question"]] for q in report["most_asked"]],
        ),
        (
            "Not answered by the resume",
            ["count", "question"],
            [[str(q["count"]), q["question"]] for q in report["unanswered"]],
        ),
    ]
    for title, headers, rows in sections:
        if rows:
            out.write("\n" if tty else f"\n# {title}\n")
            print_table(headers, rows, out, title)


def stdout() -> TextIO:
    return sys.stdout
