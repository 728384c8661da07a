"""The macros a LaTeX resume is read by: those that only set the page's look, those whose words
name the candidate or the ways to reach them, and those that stand for a sign."""

from __future__ import annotations

# Macros that set how the page looks, dropped with their arguments.
SETTINGS = frozenset(
    """usepackage documentclass color definecolor colorlet newcommand renewcommand
    providecommand newenvironment renewenvironment setlength addtolength setcounter vspace
    hspace addfontfeature fontsize geometry pagestyle thispagestyle hypersetup setmainfont
    setsansfont setmonofont newfontfamily titleformat titlespacing label includegraphics input
    include linespread selectfont pagenumbering moderncvstyle moderncvcolor photo raggedright
    raggedleft centering noindent nopagebreak pagebreak newpage clearpage fontspec vfill
    titlerule rule emergencystretch setlist pdfbookmark bibliographystyle nocite fontfamily
    fancyhead fancyfoot fancyhf lhead chead rhead lfoot cfoot rfoot arrayrulecolor graphicspath
    faIcon faicon
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Macros whose words are the candidate's name (moderncv's \name{First}{Last}, a template's
# \header{First}{Last}{Headline}): the first two arguments make the title.
NAMES = frozenset({"name", "author", "fullname", "header", "cvname", "firstname", "adcvname"})
# A template's contact macros in the preamble: moderncv's \\email, \\phone, \\address,
# \\homepage, \\social; "\\adcvphone", "\\cvlinkedin" and the like; and moderncv's \\quote
# and \\extrainfo, set under the name by \\makecvtitle.
CONTACT_MACRO = (
    r"(?i)(e?mail|phone|mobile|address|homepage|website|social|linkedin|github|location"
    r"|title|position|quote|info)$"
)
CONTACT_MARK = "\x00contact\x00"
SYMBOLS = {
    "textbullet": " • ",
    "cdot": " · ",
    "textperiodcentered": " · ",
    "bullet": " • ",
    "hfill": " · ",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "quad": " ",
    "qquad": " ",
    "textendash": "–",
    "textemdash": "—",
    "\\": "\n",
    "newline": "\n",
    "linebreak": "\n",
    "par": "\n\n",
    "item": "\n- ",
}
# Settings that take no argument: the group after "\\noindent" is the page's words, and so
# is "\\hfill{Pittsburgh, PA}".
SWITCHES = frozenset(
    """noindent centering raggedright raggedleft nopagebreak pagebreak newpage clearpage vfill
    selectfont hfill hfil dotfill hrulefill""".split()  # noqa: SIM905 - a word list reads best as words
)
