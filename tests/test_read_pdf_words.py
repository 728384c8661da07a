"""A page drawn a word at a time (Google Docs: " Computing", " Science,", each a run led by its
space): round376's computer science student. Read word by word, the gaps between words lined
up down the page and were taken for a gutter: each line's right half, the places and the dates,
were read as a second column after the first, no job dated."""

from __future__ import annotations

from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.words import words_joined

_EM = 5.5  # a word's width per letter, in this test's 10-point type


def _words(x: float, y: float, text: str) -> list[Fragment]:
    out = []
    for n, word in enumerate(text.split()):
        run = word if n == 0 else f" {word}"
        out.append(Fragment(x, y, 10.0, False, run, width=_EM * len(run)))
        x += _EM * len(run)
    return out


def _page() -> list[Fragment]:
    lines = [
        "Relevant courseworks: Computer Programming and Foundations of Computing",
        "Software Interface and System Tools and Data Structures and Parallel",
        "Worked on improving the front of the lab websites in the group",
        "Teamed up with members to fix bugs and talk with the lab leaders",
        "Applied HTML and CSS to implement the upgrades for the websites",
    ]
    frags = [f for n, line in enumerate(lines) for f in _words(49.7, 650.0 - 14 * n, line)]
    return frags + _words(488.0, 672.8, "September 2020 - Present")


def test_words_drawn_one_a_run_are_joined_into_their_line() -> None:
    joined = words_joined(_page())
    assert joined[0].text.startswith("Relevant courseworks: Computer Programming"), joined[0]
    assert len(joined) == 6, [f.text for f in joined]


def test_runs_far_apart_on_a_line_stay_apart() -> None:
    """The dates at the right margin are a cell of their own, not words of the line."""
    joined = words_joined([*_words(13.7, 672.8, "Bachelor of Science"), *_page()])
    assert any(f.text == "September 2020 - Present" for f in joined), [f.text for f in joined]
    assert not any("Science September" in f.text for f in joined)


def test_a_page_drawn_otherwise_is_unchanged() -> None:
    runs = [
        Fragment(49.7, 650.0 - 14 * n, 10.0, False, "A line of text", width=70.0) for n in range(50)
    ]
    assert words_joined(runs) == runs


def test_a_letter_from_a_fallback_font_joins_its_word_without_a_space() -> None:
    """round345's Polish student (Chrome): "pasj" + " ą" + " do", the "ą" drawn from another
    font with a space pypdf adds before it; joined, "pasją do", not "pasj ą do"."""
    letter = [
        Fragment(100.0, 600.0, 8.0, False, "z pasj", width=22.0),
        Fragment(122.0, 600.0, 8.0, False, " ą", width=6.2),
        Fragment(126.6, 600.0, 8.0, False, "  do", width=12.0),
    ]
    joined = words_joined(letter + _page())
    assert joined[0].text == "z pasją do", joined[0]
