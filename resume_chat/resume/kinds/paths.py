"""A path, of studies or of jobs: "Akademischer Werdegang", "Parcours scolaire" name schooling;
"Parcours" or "Werdegang" alone is the one its lines show."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.resume.date_spans import DATE_SPAN

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
    if not patterns.fullmatch(_BARE_PATH, lowered):
        return False
    # An item with the lines it wraps onto is one step of the path ("- 2008 · **Master**" over
    # "  Université Pierre et Marie Curie" over "  Mention Très Bien.").
    steps: list[str] = []
    for line in body.splitlines():
        if steps and line.startswith((" ", "\t")) and line.strip():
            steps[-1] += " " + line.strip()
        elif line.strip():
            steps.append(line)
    return bool(steps) and 2 * sum(bool(patterns.search(_STUDIES, step)) for step in steps) > len(
        steps
    )


# A section joining studies and jobs: "Études & expériences professionnelles", "Education and
# Work", "Ausbildung / Berufserfahrung".
_STUDIES_WORD = (
    r"\b(études|etudes|studies|education|formation|ausbildung|estudios|educaci[oó]n"
    r"|forma[cç][aã]o)\b"
)
_AND = r"(&|\bet\b|\band\b|\by\b|\be\b|\bund\b|/|,)"
_JOINED_STUDIES = (
    rf"(?i){_STUDIES_WORD}.*{_AND}|{_AND}.*{_STUDIES_WORD}"
    # "工作及教育经历", "教育与工作经历" (Chinese: work and education, written together).
    r"|(工作|实习|職歴)[及和与與、・]?(教育|学习|學習|学歴)|(教育|学习|學習|学歴)[及和与與、・]?(工作|实习|職歴)"
)
# A title that opens with the degree it is: "Maîtrise en géographie | 2009 - 2012 | Concordia".
DEGREE_TITLE = (
    r"(?i)^\W*(doctorat\w*|doctorate|doctor of|ph\.? ?d|ma[iî]trise|master\w*|mestrado"
    r"|maestr[ií]a|baccalaur[ée]at|bachelor\w*|licence|licenciatura|dipl[ôo]m\w*|b\.? ?sc"
    r"|m\.? ?sc|mba|bachiller\w*|laurea|magist\w*)\b"
)


# Jobs named beside the studies: "Education & Work Experience", "Études et expériences".
_JOBS_WORD = (
    r"(?i)\b(work|experience|employment|career|jobs?|professional|positions?|exp[ée]riences?"
    r"|experiencias?|experi[êe]ncias?|trabajo|trabalho|emploi|berufs\w*|arbeit\w*)\b"
    r"|erfahrung|工作|实习|職歴"
)
# A school's name or a degree anywhere in a title: "东北大学 2014.6~2018.6 软件工程专业 -本科";
# a school in Chinese or Japanese, which no job's title holds.
_HAN_SCHOOL = r"大学|大學|学院|學院|学校|學校"
_SCHOOL = (
    r"(?i)\b(universit\w*|college|school|institut\w*|academy|akademie|hochschule|lyc[ée]e"
    r"|universidad|universidade|université|universit[àa]|escuela|[ée]cole|gymnasium)\b"
    rf"|{_HAN_SCHOOL}|中学|中學|高中|本科|硕士|碩士|博士|専門学校"
)


def joined_entry_kind(section: str, title: str, kind: str) -> str:
    """An entry's kind in a section joining studies and jobs ("Education and Work", "工作及教育
    经历"): a degree or a school's name is studies; a dated entry naming neither, among
    studies the section's kind was judged by, is a job. Elsewhere the section's kind."""
    if not patterns.search(_JOINED_STUDIES, section):
        return kind
    if kind == "education" and not patterns.search(_JOBS_WORD, section):
        return kind  # "Education and Training", "Schulzeit/ Ausbildung": studies, both
    school = _HAN_SCHOOL if kind == "experience" else _SCHOOL
    if patterns.search(DEGREE_TITLE, title) or re.search(school, title):
        return "education"
    if kind == "education" and patterns.search(DATE_SPAN, title):
        return "experience"
    return kind
