# ruff: noqa: RUF001, RUF002, RUF003 - the full-width colon Chinese and Japanese write
"""Records written alike, some titled as headings and some not: a PDF sets the first project's
title large and the next one's plain, each followed by the same labelled line ("项目描述：",
"Project description:"), or each job's "Employer — Role" over its dates. A plain line over
that label, or so joined over dates, is a title like the first."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN
from resume_chat.resume.names.candidate import heading_level

# "项目描述：微信绑定…", "Project description: …": a short label and its colon, then text.
_LABEL = patterns.compile(r"^\s*([^\W\d_][^:：\n]{0,15})\s*[:：](?!//)\s*\S")
_MAX_TITLE = 80
# What joins an employer to a role on one title line ("Senior Software Engineer - CoDev").
_JOINTS = (" — ", " – ", " | ", " - ")


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
        # "#### Lojas Renner S.A. — Cientista de Dados Pleno" over "Porto Alegre, RS · ago.
        # 2025 – atual", and "Grendene S.A. — Analista de Dados…" plain over its own dates:
        # the same separator between employer and role, and dates under each.
        joint = next((sep for sep in _JOINTS if sep in lines[i]), "")
        dated = bool(joint) and patterns.search(DATE_SPAN, lines[below]) is not None
        if label is None and not dated:
            continue
        opening = label.group(1).strip() if label else ""
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
                and _opens_alike(lines[nxt], opening, text, joint)
            ):
                out[j] = "#" * level + " " + text
            j = nxt
    return out


def _opens_alike(below: str, opening: str, title: str, joint: str) -> bool:
    """The line under a plain title opens its record as the titled record's does: with the same
    label, or (no label) with dates, the title joined as the first one is."""
    if opening:
        found = _LABEL.match(below)
        return found is not None and found.group(1).strip() == opening
    dated = patterns.search(DATE_SPAN, below) is not None
    return dated and joint in title and patterns.search(DATE_SPAN, title) is None
