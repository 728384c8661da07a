"""LaTeX sidebars set in coloured boxes and minipages, with headings of the template's own."""

from __future__ import annotations

from tests.test_read_latex import read

# LuxSleek-CV (round292): a pink sidebar, its headings a macro that rules off its argument.
SIDEBAR = r"""\documentclass[11pt, a4paper]{article}
\newcommand{\headleft}[1]{\vspace*{3ex}\textsc{\textbf{#1}}\par%
    \vspace*{-1.5ex}\hrulefill\par\vspace*{0.7ex}}
\newcommand{\dates}[1]{\hfill\mbox{\textbf{#1}}}
\begin{document}
\begin{minipage}[t]{0.33\textwidth}
\colorbox{pink}{\begin{minipage}[t][5mm][t]{\textwidth}\null\hfill\null\end{minipage}}
\colorbox{pink}{\color{white}
\begin{minipage}[t][293mm][t]{0.82\textwidth}
\Large Janel \textbf{\textsc{Laplante}} \normalsize

\headleft{Profil}
Passionnée par les relations internationales.

\headleft{Pour me contacter}
\small
\MVAt\ {\small janellaplante98@gmail.com} \\[0.4ex]
\Mobilefone\ 581-777-2106 \\[0.5ex]
\normalsize
\end{minipage}}
\end{minipage}
\begin{minipage}[t]{0.56\textwidth}
\headleft{Expériences}
Responsable des ressources humaines au \textit{Capitales de Québec.} \dates{2018-2022}
\end{minipage}
\end{document}
"""


def test_a_sidebar_in_a_coloured_box_reads_as_its_sections() -> None:
    """The box's colour, the minipage's "[t][293mm][t]" and its width were read as words, the
    sidebar as one paragraph ("pink · [t][293mm][t]0.82 Janel Laplante · · Profil …"), and
    the email after "\\MVAt\\ " was lost: the control space took its group for an argument."""
    markdown = read(SIDEBAR, "cv.tex")
    for heading in ("## Profil", "## Pour me contacter", "## Expériences"):
        assert f"\n{heading}\n" in markdown, markdown
    assert "\njanellaplante98@gmail.com\n" in markdown, markdown
    for left_over in ("pink", "[t]", "293mm", "0.82"):
        assert left_over not in markdown, markdown


# simple-resume-cv (round316): its class gives "\section" three arguments, the title twice and
# a bookmark's label, and dates a job with "\DatestampYM{2012}{08}".
BOOKMARKED = r"""\documentclass[letterpaper,10pt]{article}
\begin{document}
\title{Brian Gallew}
\section
{Experience}
{Experience}
{PDF:Experience}

{\textbf{Limelight Networks}}, Tempe, Arizona, USA
\par
Database Engineer IV
\hfill
\DatestampYM{2012}{08} -- Present

\section{Skills}{Skills}{PDF:Skills}
Python, Shell
\end{document}
"""


def test_a_sections_repeated_title_and_bookmark_are_no_text() -> None:
    markdown = read(BOOKMARKED, "cv.tex")
    assert "## Experience" in markdown, markdown
    assert "PDF:" not in markdown, markdown
    assert "Experience\n\nExperience" not in markdown, markdown
    assert "2012-08 – Present" in markdown, markdown
