"""The options several commands share, as Typer annotations (only Typer is imported)."""

from pathlib import Path
from typing import Annotated

import typer

ResumeOption = Annotated[
    Path | None,
    typer.Option(
        "--resume",
        "-r",
        help="Resume: Markdown, PDF, DOCX, JSON Resume or text [env RESUME_CHAT_RESUME;"
        " default: the sample resume].",
    ),
]
ModelOption = Annotated[
    str | None, typer.Option("--model", "-m", help="Model id [env RESUME_CHAT_MODEL].")
]
OfflineOption = Annotated[
    bool, typer.Option("--offline", help="Answer from the resume alone, without a model.")
]
EffortOption = Annotated[
    str | None,
    typer.Option(
        "--reasoning-effort",
        help="auto, none, minimal, low, medium, high or xhigh [env RESUME_CHAT_REASONING_EFFORT;"
        " default low on OpenRouter].",
        metavar="LEVEL",
    ),
]
ShowReasoningOption = Annotated[
    bool,
    typer.Option("--show-reasoning", help="Print the model's reasoning, dimmed, above the answer."),
]
ContinueOption = Annotated[
    bool, typer.Option("--continue", "-c", help="Continue the latest conversation.")
]
ConversationOption = Annotated[
    str | None,
    typer.Option(
        "--conversation", help="Continue this conversation (an ID from `history`).", metavar="ID"
    ),
]
NoStoreOption = Annotated[
    bool,
    typer.Option("--no-store", help="Keep nothing in the history [env RESUME_CHAT_STORE=off]."),
]
DatabaseOption = Annotated[
    str | None,
    typer.Option(
        "--database",
        help="History database: a file or postgresql://… [env RESUME_CHAT_DATABASE_URL].",
        metavar="URL",
    ),
]
VerboseOption = Annotated[
    bool, typer.Option("--verbose", "-v", help="Log requests, retries and timings to stderr.")
]
