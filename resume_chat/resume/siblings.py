# ruff: noqa: RUF001, RUF002, RUF003 - the full-width colon Chinese and Japanese write
"""Records written alike, some titled as headings and some not: a PDF sets the first project's
title large and the next one's plain, each followed by the same labelled line ("项目描述：",
"Project description:"). A plain line over that label is a title like the first."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.names.candidate import heading_level

# "项目描述：微信绑定…", "Project description: …": a short label and its colon, then text.
_LABEL = patterns.compile(r"^\s*([^\W\d_][^:：\n]{0,15})\s*[:：](?!//)\s*\S")
_MAX_TITLE = 80


def titled_like_the_first(lines: list[str]) -> list[str]:
    """Each plain line over the label a titled record opens with, in the same section, is a
    heading at that record's level."""
    out = list(lines)
    said = [i for i, line in enumerate(lines) if line.strip()]
    # The next line of text after each; none after the last (and none at all in an empty page).
    after: dict[int, int | None] = {
        i: said[k + 1] if k + 1 < len(said) else None for k, i in enumerate(said)
    }
    for i in said:
        level = heading_level(lines[i])
        below = after[i]
        if level < 3 or below is None:
            continue
        label = _LABEL.match(lines[below])
        if label is None:
            continue
        opening = label.group(1).strip()
        j = after[below]
        while j is not None and not (heading_level(lines[j]) and heading_level(lines[j]) <= level):
            nxt = after[j]
            text = lines[j].strip()
            if (
                nxt is not None
                and not heading_level(text)
                and not text.startswith(("- ", "* ", "|"))
                and len(text) <= _MAX_TITLE
                and _LABEL.match(text) is None
                and (found := _LABEL.match(lines[nxt])) is not None
                and found.group(1).strip() == opening
            ):
                out[j] = "#" * level + " " + text
            j = nxt
    return out
