"""`resume-chat chat`: the session, the history and the REPL, for a terminal or a pipe."""

from __future__ import annotations

import sys

from resume_chat.ask import answer_view
from resume_chat.chat.repl import Repl
from resume_chat.chat.welcome import welcome_lines
from resume_chat.frontend import notices, open_session
from resume_chat.settings import Settings


def offline_reason(settings: Settings) -> str:
    """What /model says when answers are offline: the flag asked for it, or no key is set."""
    if settings.offline:
        return "Answering offline (--offline): /model has no effect without it."
    return "Answering offline (no API key); set OPENROUTER_API_KEY to use a model."


async def chat(
    settings: Settings,
    *,
    store: bool = True,
    database: str | None = None,
    continue_latest: bool = False,
    conversation: str | None = None,
) -> None:
    """Open the session, then a prompt in a terminal, or one question per line otherwise."""
    from rich.console import Console

    from resume_chat.chat.prompt_input import PipedLines, PromptInput, history_file
    from resume_chat.recording import conversation_for, open_recorder

    recorder = open_recorder(database=database, store=store)
    session = open_session(settings)
    log = conversation_for(
        recorder, session, "chat", continue_latest=continue_latest, conversation=conversation
    )
    notice = notices(settings)
    interactive = sys.stdin.isatty() and sys.stdout.isatty()
    if interactive:
        console = Console(file=sys.stdout, highlight=False)
        repl = Repl.in_terminal(
            session, console, offline=settings.use_offline, show_reasoning=settings.show_reasoning
        )
    else:
        repl = Repl(
            session,
            console=Console(file=sys.stdout, highlight=False),
            notes=Console(file=sys.stderr, highlight=False),
            new_view=lambda: answer_view(sys.stdout),
            interactive=False,
            offline=settings.use_offline,
        )
    repl.log = log
    repl.offline_reason = offline_reason(settings)
    try:
        if interactive:
            for line in welcome_lines(session.resume, session.model, notice):
                repl.show(line)
            repl.recap(log.earlier, log.id)
            await repl.run(PromptInput(history_file(), warn=repl.note))
        else:
            if notice:
                repl.notes.print(notice, soft_wrap=True, markup=False)
            repl.recap(log.earlier, log.id)
            await repl.run(PipedLines(sys.stdin))
    finally:
        (repl.log or log).end()  # /clear may have started another conversation
        recorder.close()
        await session.aclose()
