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
