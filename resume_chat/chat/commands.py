"""The REPL's slash commands, sans-I/O: what a line means; the conversation as Markdown."""

from __future__ import annotations

from dataclasses import dataclass

from resume_chat.conversation import Turn

# Name -> (argument shown in help, what it does). The order is the order /help lists them in.
COMMANDS: dict[str, tuple[str, str]] = {
    "/help": ("", "show the commands and keys"),
    "/clear": ("", "forget the conversation (the next question starts afresh)"),
    "/history": ("[all]", "show the conversation so far; `all`: older conversations"),
    "/retry": ("", "ask the last question again, replacing its answer"),
    "/model": ("ID", "answer the next questions with model ID (no ID: show the model)"),
    "/save": ("PATH", "write the conversation to PATH as Markdown"),
    "/save!": ("PATH", "the same, replacing PATH if it exists"),
    "/reasoning": ("on|off", "show the model's reasoning, dimmed, above each answer"),
    "/exit": ("", "leave (Ctrl-D does too)"),
}
ALIASES = {"/quit": "/exit", "/q": "/exit", "/?": "/help"}


@dataclass(frozen=True)
class Question:
    """A line to send to the model."""

    text: str


@dataclass(frozen=True)
class Command:
    """A known slash command and the rest of the line after it (stripped)."""

    name: str
    argument: str


@dataclass(frozen=True)
class UnknownCommand:
    """A line that looks like a command but names none: never sent to the model."""

    name: str

    @property
    def hint(self) -> str:
        close = [name for name in COMMANDS if name.startswith(self.name[:3])]
        guess = f" Did you mean {close[0]}?" if len(self.name) > 1 and close else ""
        return f"Unknown command {self.name}.{guess} /help lists the commands; // sends a '/'."


Line = Question | Command | UnknownCommand


def parse_line(line: str) -> Line | None:
    """What one line of input asks for; None for a blank line (nothing to do)."""
    text = line.strip()
    if not text:
        return None
    if text.startswith("//"):
        return Question(text[1:])
    if not text.startswith("/"):
        return Question(text)
    name, _, argument = text.partition(" ")
    if "\n" in name:
        name, _, rest = name.partition("\n")
        argument = f"{rest} {argument}".strip()
    name = ALIASES.get(name.lower(), name.lower())
    if name in COMMANDS:
        return Command(name, argument.strip())
    return UnknownCommand(name)


def completions(prefix: str) -> list[tuple[str, str]]:
    """(command, description) pairs completing what has been typed, if it is a command name."""
    if not prefix.startswith("/") or " " in prefix:
        return []
    return [(name, help) for name, (_, help) in COMMANDS.items() if name.startswith(prefix)]


def help_lines() -> list[str]:
    """The /help text, one line per command, then the keys."""
    width = max(len(f"{name} {arg}".strip()) for name, (arg, _) in COMMANDS.items())
    lines = [
        f"  {f'{name} {arg}'.strip():<{width}}  {help}" for name, (arg, help) in COMMANDS.items()
    ]
    lines += [
        "",
        "  Enter asks; Esc Enter (or Alt-Enter) starts a new line; Up recalls earlier questions.",
        "  Ctrl-C stops an answer or clears the line; Ctrl-D leaves.",
    ]
    return lines


def transcript(turns: list[Turn], name: str, note: str = "") -> str:
    """The conversation as a Markdown document: each question quoted, each answer as written."""
    title = f"# Chat about {name}'s resume" if name else "# Chat about the resume"
    parts = [title, f"_{note}_"] if note else [title]
    for number, turn in enumerate(turns, 1):
        quoted = "\n".join(f"> {line}" if line else ">" for line in turn.question.splitlines())
        parts.append(f"## Question {number}\n\n{quoted}\n\n{turn.answer.strip()}")
    return "\n\n".join(parts) + "\n"
