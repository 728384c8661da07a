"""Where a PDF's body lines end, so that a line cut at the column's edge joins the next.

Round343's Spanish LaTeX CV: its header of icon names ("♂¶ap-¶arker-alt", "/linkedin-in")
measured as letters ran 200 points past the page: every body line looked short beside it,
and the summary broke into a paragraph a line.
"""

from __future__ import annotations

import math

import pytest

from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.layout import to_markdown
from resume_chat.resume.pdf.reader import _lines

_SUMMARY = [
    "Ingeniero de automatizacion y robotica con mas de 2 anos de experiencia practica en",
    "programacion de robots industriales y sistemas PLC para fabricantes de primer nivel.",
    "Trayectoria demostrada en la entrega de proyectos de puesta en marcha para",
    "Volvo Group, SCANIA y Hitachi, con equipos de ingenieria multidisciplinares.",
]
_ENDS = [559.5, 548.0, 525.4, 546.7]


def _markdown(frags: list[Fragment], edge: float = 595.0) -> str:
    return "\n".join(to_markdown(_lines(frags, [], 0, edge), set())[0])


def _summary(edge: float) -> str:
    header = "Trollhattan, Suecia /linkedin-in"
    frags = [Fragment(72.0, 720.0 - 12 * row, 10.0, False, header, width=700.0) for row in (0, 1)]
    for row, (text, end) in enumerate(zip(_SUMMARY, _ENDS, strict=True)):
        frags.append(Fragment(62.4, 680.0 - 12 * row, 10.0, False, text, width=end - 62.4))
    return _markdown(frags, edge)


def test_a_line_measured_past_the_pages_edge_sets_no_right_edge() -> None:
    """Two header lines measured past a 612-point page set no edge: the summary's lines,
    short of the body's real edge, each run on into the next."""
    assert "marcha para Volvo Group" in _summary(612.0), _summary(612.0)
    assert "marcha para\n\nVolvo Group" in _summary(math.inf)  # held to the header's edge


_FULL = ("Built an event-driven ingestion API with least-privilege IAM policies and alerts", 581.0)


@pytest.mark.parametrize(
    ("rows", "apart"),
    [
        (  # round180's skills: "Frameworks:" would have fitted above, yet opens a field
            [("Programming Languages: Java, Python, C/C++, SQL, JavaScript, TypeScript", 540.0),
             ("Frameworks: Spring Boot, FastAPI, Node.js, Express.js, React", 420.0)],
            "TypeScript\n\nFrameworks:",
        ),
        (  # a sentence's end over a title dated at its end: an entry begins
            [("Supported production releases across campus applications, all year round.", 530.0),
             ("Associate Instructor – System Programming with C Aug 2025 – Present", 470.0)],
            "round.\n\nAssociate Instructor",
        ),
    ],
)  # fmt: skip
def test_a_line_that_would_have_fitted_above_is_no_wrap_when_it_starts_anew(
    rows: list[tuple[str, float]], apart: str
) -> None:
    frags = [
        Fragment(50.0, 700.0 - 12 * row, 10.0, False, text, width=end - 50.0)
        for row, (text, end) in enumerate([_FULL, *rows])
    ]
    markdown = _markdown(frags)
    assert apart in markdown, markdown


@pytest.mark.parametrize(
    ("runs", "read"),
    [
        # pypdf's space before a run, and the page's own after "ą" ("  do"), as the PDF has them.
        ([(192.23, "Jestem studentem z pasj", 131.53), (323.76, " ą", 6.28),
          (328.11, "  do technologii i rozwi", 187.17), (513.05, " ą", 6.28),
          (517.4, " za", 10.28), (525.7, " ń", 6.34), (530.1, " .", 4.1)],
         "z pasją do technologii i rozwiązań."),
        # The rest of the word after "ł", however long the run goes on: "Obs" " ł" " uga sprz…".
        ([(308.3, "Obs", 14.1), (322.4, " ł", 4.1), (324.6, " uga sprzętu", 32.4)],
         "Obsługa sprzętu"),
        # Chinese from a fallback font, then a Latin word: Chinese spaces it by hand.
        ([(100.0, "工作流深入", 40.0), (140.0, " 融合", 20.0), (158.0, " Agent 能熟练", 60.0)],
         "工作流深入融合 Agent"),
        # "rozpocz" " ęł" " a si": a fallback run begun a hair before the last run's end.
        ([(192.2, "przygoda rozpocz", 153.6), (345.4, " ęł", 8.3), (351.8, " a się", 14.4)],
         "przygoda rozpoczęła się"),
    ],
)  # fmt: skip
def test_a_letter_from_a_fallback_font_stays_in_its_word(
    runs: list[tuple[float, str, float]], read: str
) -> None:
    """Round345's Polish Chrome print: "ą", "ł" and "ń" come from a fallback font, each a run
    of its own that pypdf begins with a space; the run after it too. A second space is the
    page's own, between two words."""
    frags = [Fragment(x, 689.6, 7.99, False, text, width=width) for x, text, width in runs]
    markdown = _markdown(frags)
    assert read in markdown, markdown
