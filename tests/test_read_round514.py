"""What round514-530's first runs read wrong: a LaTeX template redefining \\section (its
internals printed in place of every section's title), a JSON holding its resume in two
languages (the name in the other one dropped), and an InDesign page whose lines are padded
with spaces across the gutter before a right-aligned sidebar (read as one column)."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes
from resume_chat.resume.pdf.columns import Fragment, columns

_SCRARTCL = r"""\documentclass{scrartcl}
\makeatletter
\renewcommand\section{%
  \@startsection{section}{1}%
  {0pt}%
  {-3.5ex \@plus -1ex \@minus -.2ex}%
  {2.5ex \@plus.2ex}%
  {\normalfont\Large\bfseries}}
\makeatother
\begin{document}
{\Huge Pilar Andrea Quiroz}

\section*{Theatre}
2015 The Man Who Was Thursday, mask creation and mask-play direction.

\section*{Film}
2014 Music video for Blanche.
\end{document}
"""


def test_latex_sectioning_redefined_keeps_its_meaning() -> None:
    markdown = read_resume_bytes(_SCRARTCL.encode(), Path("cv.tex")).markdown
    assert "startsection" not in markdown, markdown
    assert "## Theatre" in markdown, markdown
    assert "## Film" in markdown, markdown


def test_a_json_in_two_languages_keeps_the_name_as_the_other_writes_it() -> None:
    versions = {
        "en": {"header": {"name": "Ahmad Jaber Ashkanani", "title": "Sports Director"},
               "experience": [{"role": "Sports Director", "company": "Kuwait SC"}]},
        "ar": {"header": {"name": "أحمد جابر أشكناني", "title": "مدير رياضي"},
               "experience": [{"role": "مدير رياضي", "company": "نادي الكويت"}]},
    }  # fmt: skip
    reading = read_resume_bytes(json.dumps(versions).encode(), Path("cv.json"))
    assert reading.name == "Ahmad Jaber Ashkanani"
    assert "Name (ar): أحمد جابر أشكناني" in reading.markdown, reading.markdown
    assert "نادي الكويت" not in reading.markdown  # the other version's jobs are not read twice


def test_spaces_padding_a_line_across_the_gutter_do_not_close_it() -> None:
    """InDesign pads each line of the main column with spaces that reach, unseen, to within
    a few points of a right-aligned sidebar: where the glyphs end, a gutter stands open."""
    row_text = "+ Managed {} client accounts" + " " * 30  # padded to x=490, inked to about 418
    main = [Fragment(150.0, 700.0 - 12 * row, 8.0, False, row_text.format(row), width=340.0)
            for row in range(30)]  # fmt: skip
    skills = ["Adobe Illustrator", "Invision", "Axure", "Balsamiq", "Wordpress", "Wireframing",
              "Visual Design", "User Research", "Agile Scrum"]  # fmt: skip
    side = [Fragment(580.0 - 5.0 * len(text), 694.0 - 24 * row, 10.0, False, text,
                     width=5.0 * len(text)) for row, text in enumerate(skills)]  # fmt: skip
    assert sorted(columns(main + side), key=len) == [side, main]
