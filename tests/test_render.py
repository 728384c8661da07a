"""Showing answers: exact text in pipes; in terminals each block printed once, never redrawn."""

from __future__ import annotations

import asyncio
import io

from rich.console import Console

from resume_chat.render import MarkdownAnswer, PlainAnswer, terminal_links
from tests.terminal import scrollback


def blocks(count: int) -> str:
    return "\n\n".join(f"Paragraph marker{n:04d} with **bold** text." for n in range(count))


def render(text: str, refresh_per_second: float, delta: int = 3) -> str:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, height=40, color_system=None)
    with MarkdownAnswer(console, refresh_per_second=refresh_per_second) as view:
        for start in range(0, len(text), delta):
            view.write(text[start : start + delta])
    return out.getvalue()


def test_plain_answer_is_exact_text_plus_final_newline() -> None:
    """Piped output is the model's Markdown untouched, with a newline at the end."""
    out = io.StringIO()
    with PlainAnswer(out) as view:
        for piece in ["# T", "itle\n\n**b", "old**"]:
            view.write(piece)
    assert out.getvalue() == "# Title\n\n**bold**\n"


def test_blocks_are_printed_once_without_previews() -> None:
    """With no live preview, the raw output holds each block exactly once, in order."""
    raw = render(blocks(50), refresh_per_second=1e-12)
    positions = [raw.index(f"marker{n:04d}") for n in range(50)]
    assert positions == sorted(positions)
    assert all(raw.count(f"marker{n:04d}") == 1 for n in range(50))
    assert "**" not in raw  # rendered, not raw Markdown


def test_scrollback_holds_every_block_once_with_live_previews() -> None:
    """Previews of the block in progress vanish; the scrollback has every block once, whole."""
    raw = render(blocks(60), refresh_per_second=1e9)
    lines = scrollback(raw)
    text = "\n".join(lines)
    for n in range(60):
        assert text.count(f"marker{n:04d}") == 1, n
    assert "…" not in text


def test_long_code_block_is_not_truncated() -> None:
    """A block taller than the screen is printed in full in the scrollback."""
    code = "```\n" + "\n".join(f"line{n:03d}" for n in range(100)) + "\n```\n\nafter"
    text = "\n".join(scrollback(render(code, refresh_per_second=1e9, delta=40)))
    assert all(text.count(f"line{n:03d}") == 1 for n in range(100))
    assert "after" in text


async def test_a_pause_in_the_stream_still_shows_what_arrived() -> None:
    """A block finished just after a refresh is printed when the interval is up, not later."""
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=120, height=40, color_system=None)
    with MarkdownAnswer(console, refresh_per_second=2) as view:
        view.write("First block.\n\n")  # refreshes at once
        view.write("Second block.\n\nThird")  # within the interval: deferred
        assert "Second block." not in out.getvalue()
        await asyncio.sleep(0.7)  # the stream pauses past the 0.5 s interval
        assert "Second block." in out.getvalue()
        assert "Third" in out.getvalue()  # the preview of the block in progress


def test_links_keep_their_address_where_the_terminal_cannot_show_links() -> None:
    """In tmux, screen or the Linux console a link shows "text (url)"; elsewhere it is a
    clickable OSC 8 link whose text alone is shown."""
    text = "See [her site](https://maya.dev/cv) for more.\n"
    for hyperlinks, wanted in ((False, "her site (https://maya.dev/cv)"), (True, "\x1b]8;")):
        out = io.StringIO()
        # OSC 8 is only written with colours on.
        console = Console(
            file=out,
            force_terminal=True,
            width=100,
            color_system="standard" if hyperlinks else None,
        )
        with MarkdownAnswer(console, refresh_per_second=1e-12, hyperlinks=hyperlinks) as view:
            view.write(text)
        assert wanted in out.getvalue()
    assert not terminal_links({"TERM": "screen-256color"})
    assert not terminal_links({"TERM": "xterm-256color", "TMUX": "/tmp/tmux-0/default,1,0"})
    assert not terminal_links({"TERM": "linux"})
    assert terminal_links({"TERM": "xterm-256color"})
    assert not terminal_links({"TERM": "xterm-256color", "RESUME_CHAT_LINKS": "off"})
    assert terminal_links({"TERM": "screen", "RESUME_CHAT_LINKS": "on"})
