"""The candidate's name as the one top heading of a page laid out in boxes: "# LÊ THỊ HOÀNG
NGỌC" below a sidebar's lines, where no other line names anyone."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.names.candidate import heading_level, name_in, take_name
from resume_chat.resume.names.shape import looks_like_name


def lone_top_name(lines: list[str]) -> tuple[list[str], str]:
    """The name split over the page's first two lines, or the one top heading below others."""
    split = _split_name(lines)
    return split if split[1] else _lone_top_heading(lines)


def _split_name(lines: list[str]) -> tuple[list[str], str]:
    """ "Арсений" over "Фурман", each alone on the page's first lines: the given name and the
    surname, set one above the other."""
    said = [i for i, line in enumerate(lines) if line.strip()][:2]
    words = [lines[i].strip() for i in said]
    if len(words) < 2 or not all(
        patterns.fullmatch(r"[^\W\d_][\w'’-]{1,30}", word) for word in words
    ):
        return lines, ""
    name = " ".join(words)
    if not looks_like_name(name) or not all(word[:1].isupper() for word in words):
        return lines, ""
    return [line for i, line in enumerate(lines) if i not in said], name


def _lone_top_heading(lines: list[str]) -> tuple[list[str], str]:
    """ "# LÊ THỊ HOÀNG NGỌC" after a text box's "## Kỹ năng": the one top heading, below
    others, names the candidate; taken out before sections are levelled around it."""
    heads = [i for i, line in enumerate(lines) if heading_level(line)]
    tops = [i for i in heads if heading_level(lines[i]) == 1]
    if len(tops) != 1 or tops[0] == heads[0]:
        return lines, ""
    # Not where the page names someone otherwise ("**NAME**: Robert Todd Constable" over "#
    # EDITORIAL BOARD"): that one is the candidate.
    if take_name(lines[: tops[0]] + lines[tops[0] + 1 :], "")[1]:
        return lines, ""
    top = tops[0]
    named, rest = name_in(lines[top][2:].replace("**", "").strip())
    if not named:
        return lines, ""
    # The lines under it, its headline, open the page as a header's do.
    end = next((i for i in heads if i > top), len(lines))
    return [*([rest] if rest else []), *lines[top + 1 : end], "", *lines[:top], *lines[end:]], named
