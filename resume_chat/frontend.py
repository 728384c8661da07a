"""What every front-end shares: settings, logging, the offline notice, provider and session."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from resume_chat.session import ChatSession
from resume_chat.settings import Settings, load_settings

if TYPE_CHECKING:
    import httpx

    from resume_chat.provider import AnswerProvider
    from resume_chat.resume import Resume


def configure_logging(verbose: bool) -> None:
    """With -v, requests, retries and timings go to stderr; headers (and so the key) never."""
    if not verbose:
        return
    import logging

    from resume_chat.redact import RedactingFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("resume-chat: %(asctime)s %(name)s: %(message)s"))
    for name, level in (("resume_chat", logging.DEBUG), ("httpx", logging.INFO)):
        logger = logging.getLogger(name)
        logger.setLevel(level)
        logger.addHandler(handler)


def settings_from(flags: Mapping[str, Any]) -> Settings:
    """Settings from flags, the environment, ./.env and the user configuration file."""
    from resume_chat.config.layers import user_config_file

    return load_settings(flags, os.environ, config_path=user_config_file(os.environ))


def sample_notice(settings: Settings) -> str | None:
    """The one notice shown while no resume is configured and the sample answers."""
    if settings.resume is not None:
        return None
    return (
        "Using the sample resume (Maya Lindqvist); point to yours with --resume FILE or "
        "`resume-chat config set RESUME_CHAT_RESUME FILE`."
    )


def notice_lines(settings: Settings) -> list[str]:
    """Every start-up notice: the sample resume in use, answers offline."""
    return [line for line in (sample_notice(settings), offline_notice(settings)) if line]


def notices(settings: Settings) -> str | None:
    """Every start-up notice, one per line, or None."""
    return "\n".join(notice_lines(settings)) or None


def offline_notice(settings: Settings) -> str | None:
    """The one notice shown when answers come from the offline answerer."""
    if settings.offline:
        return "Answering offline from the resume (--offline)."
    if settings.api_key is None and settings.on_openrouter:
        return (
            "No OPENROUTER_API_KEY set: answering offline from the resume. For model answers, "
            "run `resume-chat config set OPENROUTER_API_KEY -` (or set it in the environment)."
        )
    return None


def open_provider(
    settings: Settings, resume: Resume, transport: httpx.AsyncBaseTransport | None = None
) -> tuple[AnswerProvider, str]:
    """The provider and the model it answers as: OpenRouter with a key, else offline."""
    if settings.use_offline:
        from resume_chat.answerer.offline import OFFLINE_MODEL, OfflineAnswerer

        return OfflineAnswerer(resume), OFFLINE_MODEL
    from resume_chat.openrouter import OpenRouterClient

    return OpenRouterClient(settings, transport=transport), settings.model


def open_session(settings: Settings) -> ChatSession:
    """Load the resume and open a session with the provider `open_provider` picks."""
    from resume_chat.resume import load_resume

    resume = load_resume(settings.resume_path)
    provider, model = open_provider(settings, resume)
    return ChatSession(resume, provider, model=model, history_tokens=settings.history_tokens)
