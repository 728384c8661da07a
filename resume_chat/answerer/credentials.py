"""Degrees and grades a question names, and whether the resume holds one in any spelling:
a denial of a credential must be sure, and a degree asked by its letters may be spelled out."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intent import Intent

# A degree asked by its letters ("MLS", "MSW", "BFA"): the resume may spell it out.
_DEGREE_LETTERS = (
    r"(?:M\.?(?:LS|LIS|SW|PH|PA|FA|BA|Ed|ED|Sc|SC|S|A|Eng|ENG|Arch|Acc|SN|Fin|IA|Div|Mus|Res|Phil)"
    r"|B\.?(?:FA|BA|Sc|SC|S|A|Eng|ENG|Arch|Ed|ED|Mus|Tech|Com)|D\.?(?:PT|NP|VM|DS|Phil))\.?[?,.]?"
)
_ANY_DEGREE = (
    r"(?i)\b(master|bachelor|doctor|ph\.? ?d|licen[cs]|diplom|m\.? ?s\.?c?\b|b\.? ?s\.?c?\b)"
)
# A degree's name in the languages resumes are written in ("Abschluss: Bachelor of Science").
DEGREE_WORDS = (
    rf"{_ANY_DEGREE}|(?i:\b(abschluss|licenciatur\w*|laurea|dipl[ôo]m\w*|t[íi]tulo|grado en"
    r"|ingenier[oa]|bacharel\w*|mestrad\w*|maestr[íi]a|magist\w*|doutora[dm]\w*|doctorad\w*))"
)
# Microsoft's products, written "MS Office", "MS-Excel": "MS" there is no Master of Science.
_MICROSOFT = (
    r"[- ]?(office|excel|word|access|project|power|outlook|sql|teams|visio|windows|dynamics"
    r"|azure|exchange|sharepoint|dos|paint|365|suite)"
)
# A credential a question names, and the spellings a resume could hold it in. Quoting the
# degrees a resume does hold, to "Does he have a PhD?", reads as if it held this one.
_CREDENTIALS = (
    (
        r"(?i)\bph\.? ?d\b|\bdoctorate\b",
        r"(?i)\bph\.? ?d\b|\bdoctor|\bd\.? ?phil\b|\bed\.? ?d\b|\bd\.? ?sc\b|\bsc\.? ?d\b"
        # The professional doctorates: engineering, business, psychology, pharmacy, nursing.
        r"|\beng\.? ?d\b|\bd\.? ?eng\b|\bd\.? ?b\.? ?a\b|\bpsy\.? ?d\b|\bpharm\.? ?d\b"
        r"|\bd\.? ?n\.? ?p\b|\bdr\.? ?rer\.? ?nat\b"
        # "Dr." by the name (the first three lines), or a German doctorate's ("Dr.-Ing.", "Dr.
        # rer. nat."); not a supervisor's "Computational Physics, WVU. Dr. Zachariah Etienne".
        r"|\A(?:[^\n]*\n){0,2}[^\n]*\bdr\b|\bdr\.?[- ]?(ing|rer|med|phil|jur|oec|sc)\b"
        r"|doktor|doctorat|dottora(to|nd\w*)|doutora(do|mento|nd\w*)|doctorand\w*|кандидат|доктор"
        r"|аспиран|博士|박사|διδακτορ"
        # Not "promotion": English's, far likelier in a resume than a German doctorate.
        r"|promotie|promovendus|promoviert|promotions(student|studium|vorhaben)|proefschrift"
        r"|tohtori|väitös|disputa|tiến sĩ|ปริญญาเอก"
        r"|دكتوراه|دکتر|דוקטור|डॉक्टर|पीएच"
        # All but the dissertation, "Advanced to Candidacy", a dissertation: a doctorate under
        # way, or one in all but name, not one to deny.
        r"|\babd\b|all but dissertation|\bdoctoral\b|candidacy|\bdissertation"
        r"|ph\.? ?d\.? (candidate|student)",
        "a PhD",
    ),
    (
        # An MBA is a master's of its own: the degrees held say nothing of one, unless it is
        # named, spelled out, or a business school's.
        r"(?i)\bmba\b",
        r"(?i)\b(e|executive |global )?mba\b|business admin|master'?s? (degree )?(of|in) (business"
        r"|management)|business school|school of (business|management)|management school"
        r"|betriebswirt|administraci[oó]n de empresas|administra[çc][ãa]o de empresas|\bmib\b"
        r"|\bmim\b|executive (master|education)",
        "an MBA",
    ),
    (
        # "Is he a licensed Professional Engineer (PE)?": a licence of its own; any word of
        # one (EIT, FE, chartered, licensed, "PE") keeps it from being denied.
        r"(?i)\bprofessional (engineer|geologist)\b(?!ing)|professional engineering licen[cs]"
        r"|\bp\.? ?eng\b|\(pe\)|\bpe licen[cs]|licensed pe\b",
        r"(?i)professional (engineer|geologist)|\bp\.? ?eng\b|\bp\.? ?e\.?\b|\bp\.? ?g\.?\b|\beit\b"
        r"|engineer(ing)?[- ]in[- ]training|fundamentals of engineering|\bfe\b|licen[cs]|chartered"
        r"|registered (professional )?engineer|\bc\.? ?eng\b|colegiad|board exam|\bpg\b",
        "a professional licence (PE, P.Eng., PG)",
    ),
    # Licences to practise: each denied only where no word of any such licence stands.
    (
        r"(?i)\bcpa\b|certified public accountant",
        r"(?i)\bcpa\b|certified public|chartered|\bca\b|\bacca\b|\bcima\b|\bcma\b"
        r"|licen[cs]ed accountant|enrolled agent",
        "a CPA licence",
    ),
    (
        r"(?i)admitted to (practi[cs]e( law)?|the bar)|\bbar (exam|admission)|qualified as a"
        r" solicitor|licensed (attorney|lawyer)",
        r"(?i)\bbar\b|admitted|admission|solicitor|attorney|\besq\b|barrister|advocate|licen[cs]"
        r"|abogad|avocat|rechtsanwalt|notary",
        "an admission to the bar",
    ),
    (
        r"(?i)licen[cs]ed to practi[cs]e|licensed (pharmacist|physician|doctor|nurse)"
        r"|(medical|nursing) licen[cs]e",
        r"(?i)licen[cs]|registr|board|usmle|\bgmc\b|ahpra|\bmci\b|\bnmc\b|\brn\b|\blpn\b"
        r"|pharm\.? ?d|practi[cs]ing|certif|colegiad",
        "a licence to practise",
    ),
    (
        r"(?i)teaching (licen[cs]e|certificat\w*|credential)",
        r"(?i)licen[cs]|certif|credential|qualified teacher|\bqts\b|\bpgce\b|\bb\.? ?ed\b"
        r"|teacher (education|training)|educator",
        "a teaching licence",
    ),
    (
        r"(?i)\bc?gpa\b",
        # "G.P.A.: 3.96", "3.04 out of 4.00".
        # Not "production-grade", "enterprise-grade": a quality, no mark.
        r"(?i)\bc?\.?g\.? ?p\.? ?a\b|grade point|(?<!-)\bgrades?\b|\d\.\d+ ?(/|out of) ?\d"
        # A grade average as other countries name it: Indonesia's "IPK 3.86", India's CPI,
        # Australia's WAM, "moyenne", "Notendurchschnitt", "promedio", "绩点", "학점".
        r"|\bipk\b|\bcpi\b|\bwam\b|\bcwa\b|moyenne|notendurchschnitt|abschlussnote|promedio"
        r"|nota (final|m[ée]dia)|média final|media ponderata|[śs]rednia|绩点|績點|학점|평점",
        "a GPA",
    ),
    # Held in any spelling a degree takes, and by any word that might hide one: a denial
    # here must be sure.
    (
        r"(?i)\bmaster'?s\b",
        # Not "MS Office" (Microsoft's), "Boston, MA" (a state), "March" (a month), "Diploma"
        # or "Diplomado" (a course): each had kept a master's from being denied.
        # Not "Scrum Master", "Mastercard", a branch's "raw/master/" in a link, "MS-Intune".
        r"(?i)(?<!scrum )(?<!/)master(?!card|class|mind|/)|mag[ií]st|mestr|máster|maestr"
        r"|\bm\.? ?s\.?c?\b(?!\.? ?" + _MICROSOFT + r")(?!-[a-z])"
        r"|\bm\.? ?eng|\bm\.? ?tech|\bm\. ?e\.|\bs\. ?m\.|\bm\. ?a\.?|\bmba\b|\bm\.? ?phil"
        r"|\bm\.? ?res\b"
        # "MA", but a state after its town only where no subject follows ("Boston, MA 02138";
        # not "Georgia State University, MA Political Science").
        r"|(?<!, )\bma\b|, ma (in |of )?[a-z]{3}"
        # "M.A." a word processor turned into a list's "M." label and "A. in Economics".
        r"|(?m:^\W*[a-z]\. (in|of) )"
        r"|postgrad|graduate (degree|school)|\bpg\b|laurea"
        r"|diplom(?!a\b|ado)|ingenieur|engineer'?s degree|\bmcs\b|\bmis\b|\bmfa\b|\bm\.? ?ed\b"
        # MPH, MPA, MSW, MPP, MArch, MAcc, MSN, MFin, MIA, MStat, LL.M.: masters in all but name;
        # a librarian's MLIS, MLS, MSLS, MSI; MLitt, MSEd, MHA, MPS.
        r"|\bm\.? ?(ph|pa|sw|pp|acc|sn|fin|ia|st|stat|math|des|mus|div|th)\b\.?"
        r"|(?-i:\bM\.? ?Arch\b)|(?-i:\bM(As|Ss|Scs)\b)"  # "MAs in Economics": two of them
        r"|\bm\.? ?(lis|ls|sls|slis|si|litt|s\.? ?ed|ha|hsa|ps|com|comm|pharm|econ|bus)\b\.?"
        # LL.M., not a large language model ("LLM tools"): "LLM" as a degree is in or of a
        # subject, or beside the law.
        r"|\bll\. ?m\b|\bllm\b(?=,? (in|of)\b)|\bllm\b(?=[^\n]{0,60}\b(law|legal|juris))"
        # "M.Pharm", "M.Com", "M. Tech": the letter and the subject's first letters.
        r"|\bm\. ?[a-z]{3,6}\b"
        # Russian, Ukrainian, Greek, Chinese, Japanese and Korean names of the degree; and
        # Spanish, Portuguese, Italian, Polish and French, for a resume in two languages.
        r"|магист|магіст|μεταπτυχ|硕士|碩士|修士|석사|研究生|大学院|대학원"
        r"|maestr[íi]a|mestrado|magistr(?!at)\w*|máster\b|mastère"
        r"|\bm[12]\b",  # France's master's years: "M1 Applied Mathematics", "M2 Recherche"
        "a master's degree",
    ),
    (
        r"(?i)\bbachelor'?s\b|\bundergraduate degree\b",
        r"(?i)bachelor|licen[cs]|undergrad|\bb\.? ?(s|sc|a|e|eng|tech|com|ba|bs|cs)\b|\bbsc|\bbeng"
        r"|\bbtech|\bba\b|degree|diplom|grado|laurea|universit|college|institut|school of"
        r"|\bhons\b|honours|\bab\b|бакалавр|специалист|学士|本科|학사|πτυχ",
        "a bachelor's degree",
    ),
    (
        # "What degree does he hold?", "Which university did she graduate from?": any degree,
        # denied only where no word of studies of any kind stands anywhere.
        r"(?i)\b(degrees?|graduat\w*|universit(y|ies)|college)\b",
        _ANY_DEGREE + r"|\b(mba|bba|b\.? ?tech|m\.? ?tech|b\.? ?com)\b|(?-i:\b[BMA]\.?[ASE]\b)"
        r"|educat|stud(y|ied|ies|ent|ium)|bootcamp|course|academ|graduat|alumn|\bmajor|faculty"
        r"|diplom|certific|degree|school|college|universi|institut|polytechn|hochschul|abitur"
        r"|baccalaur|gcse|a-level|scholar|semester|thesis|dissertation|gpa|honou?rs|cum laude"
        # Chinese, Japanese, Korean: a school, a degree, a graduation, studies as such.
        r"|大学|大學|대학|학교|学院|學院|学校|學校|学士|学位|本科|专科|専門|高校|高中|中学|卒業"
        r"|毕业|畢業|졸업|학력|学歴|学历|教育|硕士|碩士|修士|석사|博士|박사|研究生|大学院|대학원"
        r"|학사|학위|전공|학과|学部|専攻|高専|卒",
        "a degree",
    ),
)


# Language tests, named by their letters in every language a resume is written in (and by
# their Korean, Japanese and Chinese names): one no line names is one the resume does not give.
_LANGUAGE_TESTS: tuple[tuple[str, str, str], ...] = (
    (r"(?i)\btoeic\b", r"(?i)toeic|토익|トーイック", "a TOEIC score"),
    (r"(?i)\btoefl\b", r"(?i)toefl|토플|托福|トーフル", "a TOEFL score"),
    (r"(?i)\bielts\b", r"(?i)ielts|아이엘츠|雅思", "an IELTS score"),
    (
        r"(?i)\bcet[- ]?[46]\b",
        r"(?i)\bcet[- ]?[46]|英语[四六]级|英語[四六]級|[四六]级",
        "a CET certificate",
    ),
    (
        r"(?i)\bjlpt\b",
        r"(?i)jlpt|日本語能力試験|日语能力|일본어능력시험|\bn[1-5]\b",
        "a JLPT level",
    ),
    (r"(?i)\btopik\b", r"(?i)topik|한국어능력시험|韩语能力", "a TOPIK level"),
    (r"(?i)\bhsk\b", r"(?i)\bhsk|汉语水平考试|漢語水平考試", "an HSK level"),
)
# Any of them asked: one pattern for the question, the seven built only when it matches.
_ANY_LANGUAGE_TEST = "(?i)" + "|".join(
    asked.removeprefix("(?i)") for asked, _, _ in _LANGUAGE_TESTS
)
# A bachelor's, a college's or a school's diploma, in Chinese, Japanese, Korean or English.
_LOWER_DEGREE = (
    r"(?i)本科|学士|學士|专科|專科|大专|大專|학사|전문학사|短期大学|\bbachelor|\bb\.? ?sc?\b"
)


def absent_credential(
    text: str,
    question: str,
    *,
    foreign: bool = False,
    east_asian: bool = False,
    studies: bool = False,
) -> str:
    """The credential the question asks about when no line or heading of the resume (`text`)
    has it. Of a resume in another language (`foreign`), only a doctorate, whose names in the
    languages resumes are written in are all known here; of one in Chinese, Japanese or
    Korean (`east_asian`), a master's and any degree too. Any degree never, where the resume
    has a section of `studies` (an education its words name in no way known here: Vietnamese
    typed without its accents, "DH Bach Khoa", "Tot nghiep 2024")."""
    tested = patterns.search(_ANY_LANGUAGE_TEST, question) is not None  # one pattern, not 7
    known: tuple[tuple[str, str, str], ...] = (
        *(_CREDENTIALS if not foreign else _CREDENTIALS[:1]),
        *(_LANGUAGE_TESTS if tested else ()),
    )
    if foreign and east_asian:
        # A master's denied only where the degree held is named, a lower one ("本科", "학사"):
        # "北京大学 计算机科学 2018 – 2020" may be one in words no pattern here knows.
        lower = patterns.search(_LOWER_DEGREE, text)
        asian = ("a master's degree", "a degree") if lower else ("a degree",)
        known = (*known, *(item for item in _CREDENTIALS if item[2] in asian))
    for asked, held, name in known:
        # A German CV's "Promotion" is its doctorate; an English one's, a step up.
        held = rf"{held}|(?-i:\bPromotion\b)" if foreign and name == "a PhD" else held
        if studies and name == "a degree":
            continue
        if patterns.search(asked, question) and not patterns.search(held, text):
            return name
    return ""


def asks_by_letters(question: str) -> bool:
    """ "Does he have an MLS?": a degree named by its letters."""
    return any(patterns.fullmatch(_DEGREE_LETTERS, word) for word in question.split())


def holds_a_degree(text: str) -> bool:
    """The resume (`text`) names some degree, in any of the usual spellings."""
    return bool(patterns.search(_ANY_DEGREE, text))


# A question asking where someone studied, and a line naming a place of study.
_WHERE_STUDIED = r"(?i)\b(where|which (university|college|school|institution))\b"
SCHOOL = (
    r"(?i)\b(universit\w*|college|school|institut\w*|academy|polytechnic|(fach)?hochschule"
    r"|universidad|escuela|école|scuola|escola|faculty"
    # A school in the languages resumes come in: "Lycée Louis-le-Grand", "Liceo Scientifico",
    # "Gymnasium Bäumlihof", "Politechnika Warszawska", "Университет", "Üniversitesi".
    # (Not "Facultad de comercio…": a university's faculty, its university named near it.)
    r"|lyc[ée]e|liceo|lyceum|gymnasium|gimnazjum|coll[èe]ge|colegio|col[ée]gio"
    r"|politecnico|politechnika|polit[èé]cnica|hogeschool"
    r"|akademi\w*|uniwersytet\w*|univerzit\w*|üniversite\w*|universitas|sekolah"
    r"|университет\w*|університет\w*|институт\w*|інститут\w*|академи\w*|колледж\w*"
    # "Základní škola", "Szkoła Podstawowa", "Средняя школа", "Anadolu Lisesi", "Gimnazija".
    r"|škol[aey]|szko[łl][aey]|школ[аыеу]|lisesi|okulu|gimnazij\w*|gymnázium)\b"
    # Chinese, Japanese, Korean, written without spaces: "法政大学情報科学部", "울산대학교".
    r"|大学|大學|学院|學院|대학교|고등학교"
)


def school_lines(index: ResumeIndex, intent: Intent, question: str, held: list[int]) -> list[Quote]:
    """ "Where did he go to college?" of studies whose first lines name no school (a joint
    "Certifications and Education" listing certificates first): the lines that name one."""
    if intent.name != "education" or not patterns.search(_WHERE_STUDIED, question):
        return []
    opening = index.summary(held, 3)
    if any(patterns.search(SCHOOL, line) for quote in opening for line in quote.lines):
        return []
    found = index.lines_where(held, SCHOOL)[:2]
    # "Which university did he graduate from?" of studies naming none (a degree, then a high
    # school): the summary's "A graduate web programmer from Staffordshire University".
    university = r"(?i)\b(universi\w*|college)\b"  # "Universidad", "Università" too
    if found or not re.search(university, question):
        return found
    if any(re.search(university, index.entries[i].title) for i in held):
        return []
    if not held:
        # No studies at all: the personal details' "出身大学: 法政大学情報科学部".
        kinds = ("header", "summary", "contact")
        return index.lines_where(index.of_kinds(kinds), rf"{university}|大学|大學|대학교")[:1]
    return index.lines_where(index.of_kinds(("header", "summary")), university)[:1]


# A university by its name, capitalised: not "K-12 educational institutions", "school".
_UNIVERSITY_NAMED = (
    r"\b(University|Universit[éàä]t?|Universidad|Universidade|Uniwersytet|Üniversitesi"
    r"|Universiteit|Hochschule|Politécnica|Politecnico|Polytechnic)\b"
)


def schools_named(index: ResumeIndex) -> list[Quote]:
    """The lines anywhere naming a university ("Universidad Politécnica de Madrid" under a
    LinkedIn paste's headline), two at most."""
    return index.lines_where(list(range(len(index.entries))), _UNIVERSITY_NAMED)[:2]
