"""LaTeX source, as people keep a resume.tex (or paste it into a .txt): one behaviour a test."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume import parse_resume
from resume_chat.resume.formats import read_resume_bytes
from tests.imports import modules_after

MODERNCV = r"""
\documentclass[11pt,a4paper]{moderncv}
\moderncvstyle{classic}
\usepackage[scale=0.75]{geometry}
\name{Ana}{Ruiz} % the candidate
\begin{document}
\makecvtitle
\section{Experience}
\cventry{2019--Present}{Data Engineer}{Acme GmbH}{Berlin}{}{Built pipelines on \textbf{Kafka}.}
\section{Education}
\cventry{2013--2017}{BSc Computer Science}{Universidad de Sevilla}{}{}{}
\section{Languages}
\cvitem{Spanish}{Native}
\cvitem{English}{Fluent (C1)}
%\cvitem{French}{commented out}
\end{document}
"""

ENTRIES = r"""
\documentclass{james-cv}
\usepackage{fontspec}
\begin{document}
\header{Robert }{James}{Post Doctoral Research Fellow}
\begin{aside}
\section{Contact}
\href{mailto:r.james@warwick.ac.uk}{r.james@warwick.ac.uk}
\section{Referees}
Prof. Elizabeth Wellington
\end{aside}
\section{Employment}
\begin{entrylist}
\entry
{$2019$ - $2020$}
{\textsc{Post doctoral researcher}}
{The University of Warwick}
{\emergencystretch=5pt Strain level resolution.
\begin{itemize}
\item Long read sequencing
\item Hi-C method development
\end{itemize}}
\end{entrylist}
\begin{entrylist}
\entry
{$2014$ - $2016$}
{\textsc{Visiting Lecturer}}
{The University of Brighton}
{Ecology \& R for ecologists\\ Scott, DM.}
\end{entrylist}
\end{document}
"""


def read(source: str, name: str) -> str:
    return read_resume_bytes(source.encode(), Path(name)).markdown


def test_a_moderncv_source_reads_as_sections_with_one_line_per_entry() -> None:
    reading = read_resume_bytes(MODERNCV.encode(), Path("resume.tex"))
    assert reading.format == "latex"
    resume = parse_resume(reading.markdown)
    assert resume.name == "Ana Ruiz"
    assert [s.title for s in resume.sections] == ["Experience", "Education", "Languages"]
    assert "2019–Present · Data Engineer · Acme GmbH · Berlin · Built pipelines on Kafka." in (
        reading.markdown
    )
    assert "Spanish · Native" in reading.markdown
    assert "commented out" not in reading.markdown
    for setting in ("classic", "scale", "a4paper", "moderncv"):
        assert setting not in reading.markdown


def test_latex_saved_as_text_is_read_as_latex_and_stays_text() -> None:
    """The source of a template's CV pasted into cv.txt: read by its commands."""
    reading = read_resume_bytes(ENTRIES.encode(), Path("CV.txt"))
    assert reading.format == "text"
    assert reading.name == "Robert James"
    resume = parse_resume(reading.markdown)
    (employment,) = [s for s in resume.sections if s.title == "Employment"]
    # An entry macro with lines of its own is an entry: all but its last argument head it.
    assert [s.title for s in employment.children] == [
        "2019 - 2020 · Post doctoral researcher · The University of Warwick",
        "2014 - 2016 · Visiting Lecturer · The University of Brighton",
    ]
    assert "- Hi-C method development" in reading.markdown
    assert "=5pt" not in reading.markdown
    assert "Ecology & R for ecologists" in reading.markdown


def test_a_sidebar_in_the_middle_is_read_after_the_main_column() -> None:
    """ "Referees" set in an aside between two jobs would split Employment around it."""
    titles = [s.title for s in parse_resume(read(ENTRIES, "cv.tex")).sections]
    assert titles == ["Employment", "Contact", "Referees"]


def test_latex_is_read_without_importing_it_for_markdown() -> None:
    """pylatexenc is imported only when a LaTeX source is read."""
    code = (
        "from pathlib import Path; from resume_chat.resume import load_resume;"
        "load_resume(Path('resume_chat/sample/resume.md'))"
    )
    assert "pylatexenc" not in modules_after(code)


def test_latex_nested_past_reason_is_one_clear_refusal() -> None:
    """Groups a thousand deep (no CV is) end in the line saying so, not a recursion traceback."""
    import pytest

    from resume_chat.errors import ResumeError

    deep = "\\documentclass{article}\n\\begin{document}\n" + "{" * 1_000 + "x" + "}" * 1_000
    with pytest.raises(ResumeError, match="nested too deeply"):
        read_resume_bytes(deep.encode(), Path("cv.tex"))


def test_contact_details_in_the_preamble_are_kept() -> None:
    """moderncv and its kin set the e-mail, phone and address in the preamble: they are the
    resume's header, an address given in parts joined; the page's settings stay out."""
    source = (
        "\\documentclass{adcv}\n\\definecolor{gray}{HTML}{333333}\n"
        "\\adcvname{Pablo}{Cordero}{}\n\\adcvemail{Cordero080}{gmail}{com}\n"
        "\\adcvphone{646.641.7959}\n\\address{Charlotte}{NC}\n"
        "\\begin{document}\n\\section{Skills}\nReact, Django\n\\end{document}\n"
    )
    reading = read_resume_bytes(source.encode(), Path("cv.tex"))
    assert reading.name == "Pablo Cordero"
    assert "Cordero080@gmail.com" in reading.markdown
    assert "646.641.7959" in reading.markdown
    assert "Charlotte" in reading.markdown
    assert "333333" not in reading.markdown


def test_moderncv_first_and_family_name_make_one_name() -> None:
    """ "\\firstname{Dawid}" then "\\familyname{Majchrzak}": the candidate's whole name."""
    source = (
        "\\documentclass{moderncv}\n\\firstname{Dawid}\n\\familyname{Majchrzak}\n"
        "\\begin{document}\n\\section{Skills}\nC, Yocto\n\\end{document}\n"
    )
    assert read_resume_bytes(source.encode(), Path("cv.tex")).name == "Dawid Majchrzak"


def test_a_definition_opening_an_environment_does_not_swallow_the_document() -> None:
    """sb2nov's template defines "\\resumeSubHeadingListStart" as "\\begin{itemize}" alone:
    read as it stands, the document became that definition's body and nothing was left."""
    source = (
        "\\documentclass{article}\n"
        "\\newcommand{\\resumeItem}[2]{\\item\\small{\\textbf{#1}{: #2}}}\n"
        "\\newcommand{\\resumeSubHeadingListStart}{\\begin{itemize}[leftmargin=*]}\n"
        "\\newcommand{\\resumeSubHeadingListEnd}{\\end{itemize}}\n"
        "\\renewcommand{\\labelitemii}{$\\circ$}\n"
        "\\begin{document}\n\\textbf{\\Large Carl Lin}\n"
        "\\section{Experience}\n\\resumeSubHeadingListStart\n"
        "\\resumeItem{ADP}{Application Developer, Aug 2021 - Aug 2023}\n"
        "\\resumeSubHeadingListEnd\n\\end{document}\n"
    )
    markdown = read_resume_bytes(source.encode(), Path("resume.tex")).markdown
    assert "## Experience" in markdown
    assert "Application Developer, Aug 2021" in markdown
    assert "leftmargin" not in markdown


def test_a_templates_own_environments_head_their_entries_and_sections() -> None:
    """resume.cls's "\\begin{rSection}{Experience}" is a section and "\\begin{rSubsection}{UCL -
    London}{2018 - 2024}{Research Fellow}{}" an entry headed by its arguments, kept apart
    ("London, UK2025 - PresentVisiting Fellow" before)."""
    source = (
        "\\documentclass{resume}\n\\name{Alexander Whitehead}\n\\begin{document}\n"
        "\\begin{rSection}{Experience}\n\\item \\begin{rSubsection}{London South Bank University"
        " \\textnormal{- London, UK}}{2025 - Present}{Visiting Fellow}{}\n\\item Developed a "
        "PET method.\n\\end{rSubsection}\n\\end{rSection}\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "## Experience" in markdown, markdown
    assert (
        "### London South Bank University - London, UK · 2025 - Present · Visiting Fellow"
        in markdown
    ), markdown


PLAIN_TEX = r"""
\documentclass[10pt]{article}
\usepackage{multicol}
\begin{document}
\begin{multicols}{2}
{\Large\bf\'Etienne Fodor}

\vskip.05cm
Associate Professor
\end{multicols}

\noindent{\large\bf Scientific positions and education}
\vskip.1cm
\hrule
\vskip.2cm
\noindent
Since 2025 \hskip.1cm{\bf Associate Professor}, DPhyMS, Univ of Luxembourg

\hskip1.4cm PhD thesis: ``Tracking nonequilibrium in living matter''

\noindent{\large\bf Teaching} \hfill

2024 \hskip 1.1cm plus 1fil{\bf Masters course in Physics}, Univ of Li\`ege
\end{document}
"""


def test_a_cv_set_in_plain_tex_by_hand_keeps_its_name_headings_and_words() -> None:
    """A CV set by hand: the name in "{\\Large\\bf …}", headings as "\\noindent{\\large\\bf …}"
    over a rule (dropped with \\noindent before), spacing as "\\hskip.5cm" (its length was left
    glued to the next word, ".1cmAssociate") and no "2" from "\\begin{multicols}{2}"."""
    markdown = read(PLAIN_TEX, "cv.tex")
    assert markdown.startswith("# Étienne Fodor\n"), markdown
    assert "## Scientific positions and education" in markdown
    assert "## Teaching" in markdown
    assert "Since 2025 Associate Professor, DPhyMS" in markdown
    assert "2024 Masters course in Physics" in markdown
    assert "cm" not in markdown.replace("Univ", ""), markdown
    assert "\n2\n" not in markdown


def test_an_items_label_and_a_macro_holding_the_name_are_read() -> None:
    """ "\\item[Ph.D.] Economics" keeps its label (the degree was lost: "does not mention a
    PhD"), and "\\newcommand{\\myname}{Drew Van Kuiken}" names him where "\\myname" is used;
    a definition taking arguments, or opening an environment, is still cut out unread."""
    source = (
        "\\documentclass{article}\n\\newcommand{\\myname}{Drew Van Kuiken}\n"
        "\\newcommand{\\namefont}[1]{{\\bfseries\\Huge{#1}}}\n"
        "\\newcommand{\\listStart}{\\begin{itemize}}\n\\begin{document}\n\\namefont{\\myname}\n\n"
        "\\section*{Education}\n\\begin{description}\n\\item[Ph.D.] Economics \\\\\n"
        "University of North Carolina - Chapel Hill, 2026 (expected)\n"
        "\\item[B.A.] Economics, Bowdoin College, 2017\n\\end{description}\n\\end{document}\n"
    )
    reading = read_resume_bytes(source.encode(), Path("cv.tex"))
    assert reading.name == "Drew Van Kuiken", reading.markdown
    assert "- Ph.D. · Economics" in reading.markdown
    assert "- B.A. · Economics, Bowdoin College, 2017" in reading.markdown
    assert "itemize" not in reading.markdown


def test_a_macro_used_past_reason_expands_only_so_far() -> None:
    """A word macro used sixty thousand times costs a bounded expansion, not gigabytes."""
    source = (
        "\\documentclass{article}\n\\newcommand{\\w}{" + "word " * 40 + "}\n\\begin{document}\n"
        "\\section{Skills}\n" + "\\w" * 60_000 + "\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert len(markdown) < 400_000


def test_moderncvs_quote_in_the_preamble_is_read() -> None:
    """ "\\quote{…personal interests in surfing and sailing…}" before "\\begin{document}" is
    printed under the name by \\makecvtitle: part of the header, not dropped."""
    source = (
        "\\documentclass{moderncv}\n\\name{Jan Jaap}{Meijer}\n"
        "\\quote{\\raggedright{I am an oceanographer, also via my personal interests in surfing "
        "and sailing.}}\n\\begin{document}\n\\makecvtitle\n\\section{Education}\n"
        "\\cventry{2017--2022}{PhD}{University of Tasmania}{Hobart}{}{}\n\\end{document}\n"
    )
    reading = read_resume_bytes(source.encode(), Path("cv.tex"))
    assert reading.name == "Jan Jaap Meijer"
    assert "surfing and sailing" in reading.markdown, reading.markdown


def test_a_tables_multicolumn_heading_and_a_breaks_spacing() -> None:
    """ "\\multicolumn{2}{l}{\\textbf{Education}}\\\\[0.25cm]": the heading's words, not
    "2 · l · Education", and no "[0.25cm]" left at the next line's start."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n{\\Large\\bf Dimitris Papanikolaou}\n\n"
        "\\begin{tabular}{ll}\\\\[1cm]\n\\multicolumn{2}{l}{\\textbf{Education}}\\\\\n[0.25cm]\n"
        "2002---2007 & \\textbf{MIT Sloan School of Management}\\\\\n& Ph.D., Financial Economics"
        "\\\\[0.1cm]\n\\end{tabular}\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "\nEducation\n" in markdown, markdown
    assert "2 · l" not in markdown, markdown
    assert "[0.25cm]" not in markdown, markdown


def test_the_words_in_braces_after_hfill_are_kept() -> None:
    """ "\\hfill{Pittsburgh, PA, US}", "\\hfill{\\em April 2017}": "\\hfill" takes no argument,
    so the group after it is the line's place and date, not something to drop."""
    source = (
        "\\documentclass{resume}\n\\name{Zhiguang Huo}\n\\begin{document}\n"
        "\\begin{rSection}{Education}\n\\textbf{University of Pittsburgh}, "
        "\\hfill{Pittsburgh, PA, US}\n\\begin{itemize}\n\\item Ph.D. in Biostatistics, "
        "\\hfill{\\em April 2017}\n\\end{itemize}\n\\end{rSection}\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "Pittsburgh, PA, US" in markdown, markdown
    assert "April 2017" in markdown, markdown


def test_a_templates_own_section_macro_heads_its_section() -> None:
    """ "\\Section{Summary}{Summary}{PDF:Summary}" (a class of the owner's, capitalised, three
    arguments): a section titled by its first, and "\\hrule height 0.1cm" leaves no words."""
    source = (
        "\\documentclass{cv}\n\\begin{document}\n{\\Huge Ali Safi}\n\n"
        "\\Section\n{Education}\n{Education}\n{PDF:Education}\n"
        "\\textcolor{Forestg}{\\vspace{0.10cm}\\hrule height 0.1cm}\n"
        "Iran University of Science and Technology, Tehran \\hfill 2018 -- 2021\n\n"
        "\\begin{minipage}[b]{2in}\nM.Sc. in Mechanical Engineering\n\\end{minipage}\n"
        "\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "\n## Education\n" in markdown, markdown
    assert "PDF:Education" not in markdown, markdown
    assert "height" not in markdown, markdown
    assert "2in" not in markdown, markdown


def test_a_macro_setting_its_argument_in_the_margin_heads_a_section() -> None:
    """ "\\newcommand{\\mhead}[1]{\\leavevmode\\marginpar{\\sffamily #1}}" then
    "\\mhead{Research \\newline Experience}": a section titled in the margin, not "Research
    ExperienceControl of…" glued to the first entry."""
    source = (
        "\\documentclass{article}\n"
        "\\newcommand{\\mhead}[1]{\\leavevmode\\marginpar{\\sffamily\\footnotesize #1}}\n"
        "\\begin{document}\n{\\Huge Matthew Black}\n\n"
        "\\mhead{Research \\newline Experience}%\n\\textbf{Soft Materials Laboratory}, Hoboken\n"
        "\\mhead{Education}%\n\\textbf{University of Maryland}, College Park\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "\n## Research Experience\n" in markdown, markdown
    assert "\n## Education\n" in markdown, markdown


def test_a_section_inside_pandocs_hypertarget_heads_a_section() -> None:
    """Pandoc writes "\\hypertarget{biography}{%\\n\\section{Biography}\\label{biography}}": the
    anchor's name is no word of the page, and the section inside is a section."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n{\\Huge José Ramón Martínez Batlle}\n\n"
        "\\hypertarget{biography}{%\n\\section{Biography}\\label{biography}}\n\n"
        "Professor and researcher.\n\n"
        "\\hypertarget{education}{%\n\\section{Education}\\label{education}}\n\n"
        "Ph.D in Physical Geography, Universidad de Sevilla\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "\n## Biography\n" in markdown, markdown
    assert "\n## Education\n" in markdown, markdown
    assert "biography ·" not in markdown, markdown


def test_a_boxs_size_and_a_tables_column_spacing_leave_no_words() -> None:
    """ "\\parbox[t]{0.85\\textwidth}{…}", "\\raisebox{-0.05cm}{…}" and pandoc's
    "\\begin{longtable}{@{\\extracolsep{\\fill}}ll}" (round280): sizes, not "0.85 · Profesor"."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n{\\Huge José Martínez}\n\n"
        "\\section{Employments}\n"
        "\\begin{longtable}{@{\\extracolsep{\\fill}}ll}\n"
        "2004 - Present & \\parbox[t]{0.85\\textwidth}{Profesor, Universidad Autónoma}\\\\\n"
        "\\end{longtable}\n\\raisebox{-0.05cm}{Santo Domingo}\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "0.85" not in markdown, markdown
    assert "0.05" not in markdown, markdown
    assert "@ll" not in markdown, markdown
    assert "Profesor, Universidad Autónoma" in markdown, markdown
    assert "Santo Domingo" in markdown, markdown


def test_a_paragraph_wrapped_in_the_source_is_one_line() -> None:
    """One line break in LaTeX is a space: pandoc wraps "I teach geomorphology,\\namong other
    subjects, at Autonomous University of Santo Domingo" for the editor, and the reader keeps
    the sentence whole; "\\\\" and a blank line still break."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n{\\Huge José Martínez}\n\n"
        "\\section{Biography}\nI teach geomorphology, biogeography and physical geography,\n"
        "among other subjects, at Autonomous University of Santo Domingo (UASD).\n\n"
        "Second paragraph.\\\\\nA line after a break.\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "geography, among other subjects, at Autonomous" in markdown, markdown
    assert "Second paragraph. A line" not in markdown, markdown
    assert "\nA line after a break." in markdown, markdown


RES_CLS = r"""
\documentclass[margin,line]{res}
\begin{document}
\moveleft.5\hoffset\centerline{\LARGE\bf Amanda Pogue} % Your name at the top
\moveleft\hoffset\vbox{\hrule width\resumewidth height 1pt}\smallskip
\moveleft.5\hoffset\centerline{Department of Brain \& Cognitive Sciences, University of Rochester}
\moveleft.5\hoffset\centerline{Meliora Hall, Rochester, NY 14627}
\begin{resume}
\section{EDUCATION}
MA, Developmental Psychology, 2013 \\
University of Waterloo, Waterloo, ON
\end{resume}
\end{document}
"""


def test_plain_tex_boxes_moved_aside_and_rules_sized_leave_no_lengths() -> None:
    """res.cls's header (round284): "\\moveleft.5\\hoffset\\centerline{\\LARGE\\bf Amanda
    Pogue}" read as ".5Amanda Pogue widthheight 1pt.5Department of …", one line, no name.
    Each \\centerline is a line of its own; the largest is the name."""
    markdown = read(RES_CLS, "cv.tex")
    assert markdown.startswith("# Amanda Pogue\n"), markdown
    assert "\nMeliora Hall, Rochester, NY 14627\n" in markdown, markdown
    for left_over in (".5", "width", "height", "1pt"):
        assert left_over not in markdown, markdown


def test_res_cls_format_lays_out_fields_and_says_no_words() -> None:
    """round324's researcher: res.cls's `\\begin{format}\\title{l}\\dates{r}\\\\…` sets where
    each field of the entries after it stands; its column letters were read as lines ("lr")
    heading the positions."""
    source = RES_CLS.replace(
        "\\section{EDUCATION}",
        "\\section{POSITIONS}\n\\begin{format}\n\\title{l}\\dates{r}\\\\\n"
        "\\employer{l}\\location{r}\\\\\n\\body\\\\\n\\end{format}\n"
        "\\title{Head of Research}\\employer{Hydrolift Smart City Ferries AS}\\dates{2023 - 2024}\n"
        "\\section{EDUCATION}",
    )
    markdown = read(source, "cv.tex")
    assert "Hydrolift Smart City Ferries AS" in markdown, markdown
    assert not any(line.strip() in ("l", "r", "lr") for line in markdown.splitlines()), markdown


def test_starred_settings_and_an_option_holding_a_group_leave_no_lengths() -> None:
    """round324's economist: "\\titlespacing*{\\section}{0pt}{0pt}{0pt}" (the star stopped the
    settings macro taking its arguments) and "\\titleformat{…}[{\\titlerule[0.8pt]}]" (an
    option holding a group) were read as "0pt0pt0pt" and "[[0.8pt]]" above the name (set, as
    there, after \\begin{document})."""
    source = (
        "\\documentclass{article}\n\\usepackage{titlesec}\n\\begin{document}\n"
        "\\titlespacing*{\\section}{0pt}{0pt}{0pt}\n"
        "\\titleformat{\\section}{\\normalfont\\Large\\bfseries}{\\thesection}{1em}{}"
        "[{\\titlerule[0.8pt]}]\n"
        "{\\Huge Tim Mensinger}\n\\section{Education}\n"
        "2020 -- & Ph.D. in Economics, Bonn Graduate School of Economics\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "pt" not in markdown.replace("Ph.D", ""), markdown
    assert "Ph.D. in Economics" in markdown, markdown


def test_an_items_label_on_a_line_of_its_own_goes_on_with_its_words() -> None:
    """ "\\item[Supervisors:]" with the names on the next source line: one line, as TeX sets it
    (the supervisors were a line apart from their label, and "Who supervised his dissertation?"
    quoted "Supervisors: ·" alone); a label naming a section still heads what follows."""
    source = (
        "\\documentclass{article}\n\\begin{document}\n\\section*{Education}\n\\begin{itemize}\n"
        "\\item [2008--2012] Doctoral studies, Karlsruhe Institute of Technology.\n"
        "  \\begin{itemize}\n  \\item[\\textbf{Supervisors:}]\n"
        "    Prof. Dr. Horst Taraschewski and Prof. Mark Blaxter.\n  \\end{itemize}\n"
        "\\end{itemize}\n\\begin{description}\n\\item[Leadership]\n"
        "    Beta Alpha Psi\\ \\ Treasurer \\hfill 2017\n\\end{description}\n\\end{document}\n"
    )
    markdown = read(source, "cv.tex")
    assert "- Supervisors: · Prof. Dr. Horst Taraschewski and Prof. Mark Blaxter." in markdown
    assert "- Leadership · Beta" not in markdown, markdown
