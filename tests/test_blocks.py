"""The block splitter: finished Markdown blocks, each exactly once, whatever the chunking."""

from __future__ import annotations

from resume_chat.blocks import BlockSplitter

ANSWER = (
    "# Title\n\nFirst paragraph\nstill first.\n\n- a\n- b\n\n"
    "```python\nx = 1\n\n\ny = 2\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nLast"
)
BLOCKS = [
    "# Title",
    "First paragraph\nstill first.",
    "- a\n- b",
    "```python\nx = 1\n\n\ny = 2\n```",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "Last",
]


def split(text: str, size: int) -> tuple[list[str], list[str]]:
    splitter = BlockSplitter()
    finished_early: list[str] = []
    for start in range(0, len(text), size):
        finished_early += splitter.feed(text[start : start + size])
    return finished_early, splitter.close()


def test_blocks_at_every_chunk_size() -> None:
    """1-, 2-, 3-, 7- and whole-text chunks give the same blocks; blank lines in code stay."""
    for size in (1, 2, 3, 7, len(ANSWER)):
        early, rest = split(ANSWER, size)
        assert early + rest == BLOCKS, size
        assert rest == ["Last"]


def test_pending_shows_the_block_in_progress() -> None:
    """pending holds the unfinished block, including a partial last line."""
    splitter = BlockSplitter()
    assert splitter.feed("Done.\n\nWorking on") == ["Done."]
    assert splitter.pending == "Working on"
    splitter.feed(" it\nmore")
    assert splitter.pending == "Working on it\nmore"


def test_tilde_fence_is_not_closed_by_backticks() -> None:
    """A ~~~ fence ends only at a ~~~ line."""
    early, rest = split("~~~\na\n\n```\n\nb\n~~~\n\nc", 4)
    assert early + rest == ["~~~\na\n\n```\n\nb\n~~~", "c"]


def test_empty_answer_has_no_blocks() -> None:
    """Whitespace alone closes to nothing."""
    early, rest = split("\n\n  \n", 1)
    assert early + rest == []
