"""Years of experience as a resume claims them ("7 years", "an eighteen year career", "Java -
3,5 Jahre"), in the words a question asks about."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.chronology import earliest_line
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.roles import roles

# "7 years", "an eighteen year career", "a 12-year career".
YEARS = (
    r"(?i)\b(\d+\+?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)[\s-]*(years?|yrs)\b"
    # "Java - 3,5 Jahre", "5 años de experiencia", "10 ans d'expérience": not an age ("Alter").
    r"|\b\d+\+?\s*(jahre?n?\b(?! alt)|jaar\b|(años|anos|anni) d[eio]\b|ans d['’])"
    # "Professionnel dans l'IT pendant 20 ans", "depuis 15 ans", "durante 10 años".
    r"|\b(pendant|depuis|durante|desde hace|h[áa]|per|seit)\s+(plus de\s+)?\d+\+?\s*(ans|años"
    r"|anos|anni|jahren)\b"
    # "15+ годами в разработке", "опыт работы 5 лет", "8 років досвіду": not an age ("20 лет").
    r"|(?<!\d)\d{1,2}\+\s*(лет|год\w*|рок\w*|lat)(?!\w)"
    r"|(опыт\w*|досвід\w*|стаж\w*|doświadcz\w*)[^.\n]{0,25}(?<!\d)\d{1,2}\s*(лет|год\w*|рок\w*"
    r"|lat)(?!\w)|(?<!\d)\d{1,2}\s*(лет|год\w*|рок\w*|lat)\s+(опыт\w*|досвід\w*|стаж\w*"
    r"|doświadcz\w*|в разработке|работ\w*|в IT|в сфере)"
    # "6 meses de experiencia", "8 months of experience": a beginner's claim, in months.
    r"|\b\d+\+?\s*(months?|meses|mois|monaten?|mesi)\s+(of |de |d['’])?(experi|expéri|esperien)"
    # "10年的经验", "工作3年": ten years' experience, three years' work, in Chinese; "3 年以上",
    # "経験5年" in Japanese; "18년 백엔드 경력", "경력 5년" in Korean.
    r"|(?<!\d)\d{1,2}\+?\s*年[^\uff0c\u3002,.;\uff1b\n]{0,5}(经验|經驗|経験)|(?<!\d)\d{1,2}\s*年以上"
    r"|(工作|経験|经验)\s*\d{1,2}\+?\s*年"
    r"|(?<!\d)\d{1,2}\+?\s*년[^,.\n]{0,8}(경력|경험)|경력\s*\d{1,2}\+?\s*년"
    # "Java | 7.5 年" in a Japanese table of skills: years, not a year of the era ("令和2年4月")
    # nor a student's year ("1年生").
    r"|(?<![\d.])\d{1,2}(\.\d)?\s*年(?![\d月生目次度]|\s*\d)"
    # A profile's field: "Work exp year: 7个月", "Experience: 3 years".
    r"|\b(work )?exp(erience)?( years?)?:\s*\d{1,2}\+?\s*"
    r"(years?|yrs|months?|个月|年|ヶ月|か月|개월)"
)


# A title that is the years of experience, in the languages resumes come in.
_YEARS_TITLE = (
    r"(?i)^\W*(years?|ann[ée]es|años|anos|anni|jahre|jaar)\s+(of\s+|d['’]\s*|de\s+|di\s+)?"
    r"(experience|expérience|experiencia|experiência|esperienza|erfahrung|ervaring)\W*$"
)


def years_claimed(index: ResumeIndex, terms: list[str], quotes: list[Quote]) -> list[Quote]:
    """The quotes, after the line claiming years in the words asked, if one does: "7 years
    experience teaching at the college level" for "How many years has he taught at the
    college level?", before the jobs sharing its words."""
    claims = [
        Quote(q.citation, tuple(line for line in q.lines if patterns.search(YEARS, line)))
        for q in (index.search(terms) if terms else [])
    ]
    claim = [q for q in claims if q.lines][:1]
    return claim + [q for q in quotes if q not in claim]


def years_spent(index: ResumeIndex, question: str, numbers: list[int]) -> list[Quote] | None:
    """Years asked with none found in the words asked: a claim of years anywhere, else the jobs
    whose dates say it, else the line since when."""
    # "✔️ 7 Years experience with front & backend development" as a skill too.
    everywhere = index.of_kinds(("summary", "header", "experience", "skills", "other"))
    # "### années d'expérience" over "Number: 5": a site's counter, its figure under its title.
    counted = [
        Quote(entry.citation, entry.lines[:2])
        for entry in index.entries
        if entry.lines and patterns.search(_YEARS_TITLE, entry.title)
    ]
    claims = counted[:1] + index.lines_where(everywhere, YEARS)
    spans = claims or roles(index, "", numbers, [])
    if index.foreign and claims and not patterns.search(r"(?i)\bexperience\b", question):
        # "Über 20 Jahre Berufserfahrung …" asked "How long did he run his own business?":
        # the claim in the resume's words, then the jobs, whose dates say it in figures.
        spans = claims[:1] + (roles(index, "", numbers, []) or [])
    if spans:
        return spans
    # "How long has she worked in schools?": with no span of years, since when.
    first = earliest_line(index.entries, list(range(len(index.entries))))
    if first is None:
        return None
    entry = index.entries[first[0]]
    return [Quote(entry.citation, entry.lines[first[1] : first[1] + 2])]
