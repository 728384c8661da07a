"""What a question about a candidate asks for, recognised from the ways people phrase it."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.intent import Intent, intent, normalise
from resume_chat.answerer.jobs import JOBS
from resume_chat.answerer.personal import PERSONAL
from resume_chat.answerer.reaching import REACHING
from resume_chat.answerer.studies import STUDIES

__all__ = ["INTENTS", "SEARCH", "Intent", "classify", "normalise"]


# Things said to be based somewhere: "a company based in Berlin" is no question of address.
_PLACED_THINGS = (
    *("company", "companies", "organisation", "organization", "organisations", "organizations"),
    *("firm", "firms", "employer", "employers", "business", "startup", "agency", "institution"),
    *("client", "clients", "team", "lab", "university", "school"),
)
_NOT_OF_A_THING = "".join(f"(?<!{noun} )" for noun in _PLACED_THINGS)

# Checked in order; the first pattern found in the question decides. Personal matters a resume
# should not hold come first, so that "how old" never reaches the experience rules.
INTENTS: tuple[Intent, ...] = (
    *PERSONAL,
    *REACHING,
    # "How long has he been programming?" asks how long, before what.
    intent(
        "years",
        r"\b(how (many|much) years|years of|how long (has|have|did|was)|how experienced"
        r"|how much (\w+ )?experience|seniority|how senior)\b",
        "summary experience",
        "years",
        "The resume does not say how many years of experience the candidate has.",
        "many much years year experience long experienced senior seniority been working",
    ),
    intent(
        "programming",
        # "programme" is a scheme or a course of study, never code; where one studies
        # programming is a school.
        # "his programming studies", "a programming course": studies too.
        # "Where did he train as a programmer?": a school, asked as where one trained.
        r"^(?!.*\bwhere (did|does|do) \w+ (train|qualify)\b)"
        r".*\b((?<!study )(?<!studying )(?<!studies )(?<!studied )programm(?!es?\b)\w*"
        # "programming competitions", "a programming contest": prizes won, not code written.
        r"(?! (stud(y|ies)|course|degree|school|diploma|competitions?|contests?|olympiads?)\b)"
        r"|coding(?! (bootcamp|school|camp))|code in|program in"
        r"|languages?)\b",
        "skills",
        "programming",
        "The resume does not list programming languages.",
        "programming programmed programm coding coded code program language languages write use",
    ),
    intent(
        "location",
        # "an organisation based in France" asks where a job was, not where they live; so
        # does "In which city is Roy's current job located?".
        r"^(?!.*\b(current|latest|last|most recent|present) (job|role|position|employer"
        r"|company|workplace)\b)"
        # "At which company and location did he work as a hardware developer?", "In which city
        # did she work for Siemens?", "Which company did he most recently work for, and in which
        # city?": a job's place.
        # "In which city did Benjamin finish high school?", "…did he intern at Juliand
        # Digital?": where one thing was done, not where they live.
        r"(?!.*\b(did|does|do) (he|she|they|(?-i:[A-Z]\w+)) ((most )?recently |currently |last )?"
        r"(work (as|at|for)|intern\w*|stud(y|ied)|finish\w*|graduat\w*|attend\w*|complet\w*"
        r"|teach\w*|train\w*|earn\w*|obtain\w*)\b).*?"
        r"\b(where (is|does) (she|he|they) (based|live|located|from)"
        # Not "What does he do for a living?": a job.
        rf"|{_NOT_OF_A_THING}(based|located)|live|lives|(?<!for a )living|location(?!-)|city"
        r"|cities|country"
        # Not "Where did he study from 2021 to 2023?": from a date, not from a place.
        r"|relocat\w*|remote|hometown|time ?zone|where .* from(?! (?:\w+ )?(?:19|20)\d\d))\b",
        "contact header",
        "location",
        "The resume does not say where the candidate is based.",
        "based live lives living located location city country relocate relocation remote "
        "hometown timezone time zone from",
    ),
    intent(
        "after_studies",
        # "Where was his first job after his PhD?": a job, though the question names a degree.
        r"\b(first|start\w*|began|begin|work\w*|job)\b.*\bafter (graduat\w*"
        r"|(his |her |their |the )?(university|college|school|ph\.? ?d|degree|studies"
        r"|master'?s|bachelor'?s|doctorate))",
        "experience",
        "roles",
        "The resume does not list any work experience.",
        "first start started starting began begin work worked working job after graduation "
        "graduating graduated university college school phd degree studies master masters "
        "bachelor doctorate where what was his her their",
    ),
    # "What award did he win at university?" asks for an award, not for the university: a
    # prize named outright goes before the education it may be given in.
    intent(
        "awards",
        # "Has he won any programming competitions?": a competition won is a prize.
        r"\b(awards?|prizes?|won (any |a |an |the )?(\w+ ){0,2}(competitions?|contests?"
        r"|olympiads?|hackathons?|championships?))\b",
        "awards",
        "topic",
        "The resume does not list any awards.",
        "award awards prize prizes won received receive",
    ),
    *STUDIES,
    intent(
        "interests",
        r"\b(hobb(y|ies)|interests?|free time|spare time|outside (of )?work|for fun|enjoys?"
        r"|passions?|weekends?|to (unwind|relax|recharge|de-?stress)"
        # "What sports does she practise?": a pastime, not a search for the word "sports".
        r"|(what|which) sports?|(play|practi[cs])\w* (any )?sports?)\b",
        "interests",
        "topic",
        "The resume does not mention hobbies or interests.",
        "hobby hobbies interest interests free spare time outside work fun enjoy enjoys passion "
        "passions weekend weekends",
    ),
    intent(
        "references",
        # "reference-management software" (Zotero) is a tool, not a referee.
        r"\b(vouch\w*|references?(?![- ]manag)|referees?|recommendations?"
        r"|recommend(ed|s)? (him|her|them)"
        r"|testimonials?|endorse\w*)\b",
        "references",
        "topic",
        "The resume does not list references.",
        "vouch reference references referee referees recommendation recommendations recommend "
        "testimonial testimonials endorse anyone someone can",
    ),
    intent(
        "projects",
        r"\b(projects?|side projects?|open[- ]source|portfolio|hackathons?)\b",
        "projects",
        "topic",
        "The resume does not list any projects.",
        # "hackathon" is no topic word: it is what is asked, and HackMIT answers it.
        "project projects side open source open-source portfolio built build app apps work worked",
    ),
    intent(
        "check",
        # Not "What title does he use for himself?": how he calls himself, his headline.
        r"\b(know|knows|knowledge|familiar|used|uses?(?! (for )?(himself|herself|themselves))"
        r"|experience (with|in)|experienced (with|in)"
        r"|work(ed|s)? with|proficien\w*|skilled|good (at|with)|hands-on|worked on)\b",
        "skills experience projects",
        "skills",
        "The resume does not list skills.",
        "know knows knowledge familiar used uses use experience experienced work worked works "
        "proficient proficiency skilled good hands-on hand",
    ),
    intent(
        "goal",
        # "What field is she trying to move into?": what an Objective or a summary says.
        r"\b(career goals?|goals?|aspir\w*|(trying|hoping|looking|wants?|plans?|planning) to"
        r"|(looking|searching|hoping) for (a |an )?([\w-]+ )?(job|role|position|placement|work"
        r"|opportunit\w*|internship)|seek(s|ing)? (a |an )?([\w-]+ )?(job|role|position|work"
        r"|placement|opportunit\w*|internship)|(looking|searching) for(?=\W*$)"
        r"|aim(s|ing)? (for|to|at)"
        # "What position is she applying for?", "What role is he targeting?", "going for?"
        # (A name may stand for "she": "What position is Anna Kholmova applying for?")
        r"|(role|position|job)s? (is |are |does |do )?(\w+ ){0,5}(applying for|targeting|going for"
        r"|moving into|switching (in)?to|pivoting (in)?to"
        # "What position is he seeking?"; not "… looking for / what is his title?": a headline.
        r"|after|pursuing|(seek(s|ing)?|(looking|searching|hoping) for|want(s|ed)?)"
        r"(?!.*\b(title|headline)\b))"
        r"|\btarget(ing)? (role|position|job)"
        r"|transition\w* (into|to)|career change|next step|objectives?|ambitions?)\b",
        "summary header",
        "summary",
        "The resume does not state a goal.",
        "goal goals career aspire aspiration aspirations trying hoping want wants move moving "
        "into looking transition transitioning change next step objective objectives ambition "
        "field industry role kind work become",
    ),
    *JOBS,
    intent(
        "publications",
        # Not "How is his name written in Arabic?": a name, spelled.
        r"^(?!.*\bname (is |was )?(written|spelled|spelt)\b).*?"
        r"\b(publications?|publish(ed|es|ing)?|preprints?|papers?|talks?|conferences?"
        r"|speaker|presented|articles?"
        r"|spoke|spoken|speak(s|ing)?"
        r"|blog\w*|written|wrote)\b",
        "publications",
        "topic",
        "The resume does not list publications or talks.",
        "publication publications published paper papers talk talks conference conferences "
        "speaker presented given give",
    ),
    intent(
        "awards",
        r"\b(awards?|honou?rs?|prizes?|scholarships?|won|achievements?|recogni[sz]\w*)\b",
        "awards",
        "topic",
        "The resume does not list any awards.",
        "award awards honor honors honour honours prize prizes scholarship scholarships won "
        "achievement achievements recognition",
    ),
    intent(
        "volunteering",
        # Not "tech community events": meetups, not service.
        r"\b(volunteer\w*|non-?profit|charity|community(?! (events?|meetups?|conferences?))"
        r"|extracurricular\w*|activities)\b",
        "volunteering",
        "topic",
        "The resume does not mention volunteering.",
        "volunteer volunteering volunteered nonprofit non-profit charity community "
        "extracurricular activities work",
    ),
    intent(
        "skills",
        r"\b(skill\w*|technolog\w*|tech stack|stack|tools?|proficien\w*|good at|strengths?"
        r"|expertise|expert|know|knows|familiar|used|use|experienced (in|with)|work(ed)? with"
        r"|frameworks?|librar(y|ies)|databases?|cloud|competenc\w*|capable|able to)\b",
        "skills",
        "skills",
        "The resume does not list skills.",
        "skill skills technology technologies tech stack tool tools proficient proficiency "
        "good strength strengths expertise expert know knows knowledge familiar used use "
        "experienced experience work worked framework frameworks library libraries database "
        "databases competence competency competencies capable able hand hands-on",
    ),
    intent(
        "summary",
        # "Who is his client?" asks for a client, not for the candidate.
        # "a background in the visual arts", "any dance background" ask about the arts, dance.
        r"^(?!.*\bany [\w-]+ background)"
        r".*\b(who is(?! (his|her|their|the)\b)|tell me about|summar\w*|overview"
        r"|background(?! in\b)|introduc\w*|profile|about (her|him"
        r"|them)|describe (her|him|them)|in a nutshell|elevator pitch"
        # "What is his profession?": the headline under the name says, not a job's dates; so
        # it does of "What job title does he use for himself?", "How does she describe herself?".
        r"|professions?|occupations?|line of work|for a living"
        r"|(uses?|calls?|describes?|presents?|brands?) (for )?(himself|herself|themselves))\b",
        "summary header",
        "summary",
        "The resume has no summary.",
        "who tell summary summarize summarise overview background introduce introduction "
        "profile describe nutshell elevator pitch profession occupation line living",
    ),
    intent(
        "name",
        # "What is she called?", not "What was the 2016 exhibition called?"; nor "Name some
        # startups he built sites for", a list asked for, in a second sentence too.
        r"^(?!(.*[.?!]\s+)?\W*name (some|a few|any|one|two|three|four|five|all|the|several"
        r"|other|his|her|their)\b)"
        r"(?!.*\b(skype|user|screen|display|account|github|twitter|telegram|instagram|discord"
        r"|linkedin|domain|company|business|project|app) ?names?\b)"
        # Nor "What is the name of the Julia package he built?": a thing's name, not hers.
        r"(?!.*\bnames? of (?:the |a |an |his |her |their |that |this )?+"
        r"(?!(candidate|person|applicant|owner|author|resume|cv)\b)\w)"
        r".*\b(name|(he|she|they|candidate|person|someone|you) (is |are )?called)\b",
        "header",
        "name",
        "The resume does not give a name.",
        "name called full",
    ),
)

SEARCH = Intent("search", "$^", (), "search", "The resume does not say.")
SPOKEN = next(kind for kind in INTENTS if kind.name == "spoken")
NAME = next(kind for kind in INTENTS if kind.name == "name")


# "Who is this 職務経歴書 for?", "Whose CV is this?": the page's owner, asked by its name.
_WHOSE = (
    r"(?i)^\W*(who is this\b.{1,40}\bfor|whose (resume|résumé|cv|curriculum|career history)"
    r"( is (this|it))?)\W*$"
)


def classify(question: str) -> Intent:
    """The first intent whose pattern the question matches, else a plain search."""
    text = normalise(question)
    if patterns.match(_WHOSE, text):
        return NAME
    for kind in INTENTS:
        if kind.pattern.search(text):
            return kind
    return SEARCH
