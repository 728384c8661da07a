"""A path, of studies or of jobs: "Akademischer Werdegang", "Parcours scolaire" name schooling;
"Parcours" or "Werdegang" alone is the one its lines show."""

from __future__ import annotations

import re

# "Akademischer Werdegang", "Parcours académique": the path of one's studies, not jobs.
SCHOOLING_PATH = (
    r"\b(akademischer|schulischer|universitärer) werdegang|\bbildungsweg|parcours (académique"
    r"|scolaire|universitaire)|trayectoria académica|percurso académico"
)
# "Parcours", "Werdegang" alone: a path, of studies or of jobs; its lines say which.
_BARE_PATH = (
    r"\W*(mon |my |mein )?(parcours|werdegang|laufbahn|trajectoire|trayectoria|percurso)\W*"
)
# Schools and diplomas in the languages "Parcours" and "Werdegang" come in.
_STUDIES = (
    r"(?i)(universit|lyc[ée]e|coll[èe]ge|[ée]cole|baccalaur|\bbac\b|dipl[ôo]m|licence|master"
    r"|doctorat|abitur|gymnasium|hochschule|studium|ausbildung|escuela|colegio|t[íi]tulo"
    r"|formation|pr[ée]paratoire|instituto?)"
)


def schooling_path(lowered: str, body: str) -> bool:
    """ "Parcours :" over the lycée, a preparatory year, the IAV: most of a bare path's lines
    name a school or a diploma."""
    if not re.fullmatch(_BARE_PATH, lowered):
        return False
    # An item with the lines it wraps onto is one step of the path ("- 2008 · **Master**" over
    # "  Université Pierre et Marie Curie" over "  Mention Très Bien.").
    steps: list[str] = []
    for line in body.splitlines():
        if steps and line.startswith((" ", "\t")) and line.strip():
            steps[-1] += " " + line.strip()
        elif line.strip():
            steps.append(line)
    return bool(steps) and 2 * sum(bool(re.search(_STUDIES, step)) for step in steps) > len(steps)


# A section joining studies and jobs: "Études & expériences professionnelles", "Education and
# Work", "Ausbildung / Berufserfahrung".
_STUDIES_WORD = (
    r"\b(études|etudes|studies|education|formation|ausbildung|estudios|educaci[oó]n"
    r"|forma[cç][aã]o)\b"
)
_AND = r"(&|\bet\b|\band\b|\by\b|\be\b|\bund\b|/|,)"
_JOINED_STUDIES = rf"(?i){_STUDIES_WORD}.*{_AND}|{_AND}.*{_STUDIES_WORD}"
# A title that opens with the degree it is: "Maîtrise en géographie | 2009 - 2012 | Concordia".
DEGREE_TITLE = (
    r"(?i)^\W*(doctorat\w*|doctorate|doctor of|ph\.? ?d|ma[iî]trise|master\w*|mestrado"
    r"|maestr[ií]a|baccalaur[ée]at|bachelor\w*|licence|licenciatura|dipl[ôo]m\w*|b\.? ?sc"
    r"|m\.? ?sc|mba|bachiller\w*|laurea|magist\w*)\b"
)


def degree_in_joined(section: str, title: str) -> bool:
    """An entry of a section joining studies and jobs whose title is a degree: studies, among
    the jobs the section's kind was judged by."""
    return bool(re.search(_JOINED_STUDIES, section) and re.search(DEGREE_TITLE, title))
