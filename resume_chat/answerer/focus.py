"""A telling word of the question ("GPA", "thesis", "open source"): the section named for it,
or the lines saying it, with the entry's other lines that say the question's other words."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.degrees import GERMAN_DOCTORATE
from resume_chat.answerer.families.life import HACKATHON_ABROAD
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.intents import Intent
from resume_chat.answerer.lookups import PERSONAL_INTENTS
from resume_chat.answerer.named import orders_entries
from resume_chat.answerer.translations import THESIS_ABROAD
from resume_chat.resume.kinds.classifier import names_kind

# The supervisor focus' words: a question about one ranks the degree it names first.
_SUPERVISOR = ("supervis", "advis", "promot")

# A question's own word that says exactly which lines answer it, whatever its intent:
# "Is he into open source?" wants the line saying open source, not every project.
# Each starts with the plain words that must be in the question before its pattern is tried:
# a pattern is compiled on first use, and most questions need none of these.
FOCUS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("open", "oss"), r"(?i)open[- ]?source|\boss\b", r"(?i)open[- ]?source|\boss\b|github\.com"),
    (
        ("gpa", "grade"),
        r"(?i)\b(c?gpa|grades?|grade point)\b",
        # "3.8", "8.63/10": a grade on a four-point scale, or any with its scale after it.
        r"(?i)\b(c?gpa|grade\w*)\b|\b[0-4]\.\d{1,2}\b|\b\d{1,2}\.\d{1,2} ?/ ?(4|5|10|20)\b",
    ),
    (
        ("hackathon",),
        r"(?i)hackathon",
        rf"(?i)hackathon|{HACKATHON_ABROAD}",
    ),
    # "What is Chengyu's major?" of "Degree major: Software Engineering" under his school.
    (
        ("major",),
        r"(?i)\b(major|majored)\b",
        r"(?i)\bmajor\s*:\s*\S",
    ),
    (
        # "Which messaging systems has he used?": the brokers by name; not "a text-message
        # alert system".
        ("messag", "queue", "broker"),
        r"(?i)\b(messaging (systems?|platforms?|middleware|tools?)|message (queues?|brokers?|bus)"
        r"|(queu\w*|brokers?) (systems?|technolog\w*))\b",
        r"(?i)\b(kafka|rabbitmq|activemq|artemis|amazon sqs|sqs|sns|pub/?sub|nats|zeromq|mqtt|jms"
        r"|ibm mq|websphere mq|kinesis|pulsar|redis streams|event hubs?|service bus)\b",
    ),
    (
        # "Which design software can she use?": the programs designers work in, by name; not
        # "hardware design skills" nor "designing airplanes".
        ("design",),
        r"(?i)\bdesign (software|tools?|programs?|apps?|applications|suites?)\b",
        r"(?i)\b(photoshop|illustrator|indesign|figma|canva|coreldraw|corel draw|gimp|inkscape"
        r"|adobe xd|sketch|affinity (designer|photo|publisher)|lightroom|quarkxpress"
        r"|adobe creative (suite|cloud))\b",
    ),
    (
        ("honor", "honour", "laude", "distinction"),
        r"(?i)\b(with honou?rs|graduat\w* (with )?honou?rs|cum laude|distinction)\b",
        r"(?i)\b(cum laude|magna|summa|with honou?rs|honou?rs degree|first[- ]class|distinction"
        r"|dean'?s list|valedictorian)\b",
    ),
    (
        ("scholarship",),
        r"(?i)\bscholarships?\b",
        # German, Dutch and the Nordic languages glue it to its giver: "Deutschlandstipendium".
        r"(?i)\b(scholarships?|bursar(y|ies)|fellowships?|stipends?|\w*stipendi(um|en|at)"
        r"|becas?|becari[oa]|bourses?|borsa di studio|bolsas? de estudo"
        # Vietnamese, Russian and Ukrainian, Turkish, Polish, Greek: "Học bổng khuyến khích".
        r"|học bổng|стипенди\w*|стипенді\w*|burs\w*|stypendi\w*|υποτροφ\w*)\b",
    ),
    (("exchange", "abroad"), r"(?i)\b(exchange|abroad)\b", r"(?i)\b(exchange|abroad)\b"),
    (
        # "Who supervises her doctoral research?", "Who was his PhD advisor?": the line naming
        # the supervisor, wherever it stands; not "Has he supervised PhD students?", whom he
        # supervises, nor "Statistics Advisor", a job.
        _SUPERVISOR,
        # Not "in his first research assistant job": which job, by its order, says whose.
        r"(?i)^(?!.*\b(first|earliest|last|latest|previous)\b)"
        r"(?:\bwho\b.*\b(supervis\w*|advis\w*|promot(or|er)s?)\b.*\b(ph\.?d|doctora\w*|thesis"
        r"|dissertation|research|post-?doc\w*|master'?s|lab)\b"
        r"|\bwho\b.*\b(ph\.?d|doctora\w*|thesis|dissertation|research|post-?doc\w*|master'?s|lab)"
        r"\b.*\b(supervis\w*|advis[eo]rs?|advised|promot(or|er)s?)\b)",
        r"(?i)\b((supervisors?|advis[eo]rs?|promot(or|er)|betreuer(in)?|orientador[a]?|relatore)"
        r"\s*[:\uff1a–·>-]|(co-?)?(supervised|advised|mentored|directed) by|(?<!co-)(supervision"
        # "Supervisors Elsa Prada": a label and the name, no colon between.
        r"|guidance|direction) of(?!:)|^\W*(supervisors?|advis[eo]rs?) (?-i:[A-Z])"
        r"|(ph\.?d\.?|doctoral|thesis|dissertation|research|postdoc\w*)"
        r" (supervisor|advis[eo]r)s?|directeur de th[eè]se|director de tesis"
        r"|научный руководитель)|指導教員|지도교수|导师",
    ),
    (
        ("thesis", "dissertation", "phd", "ph.d", "doctora"),
        # Not "as a post-doctoral researcher": a job held after one.
        r"(?i)\b(thesis|dissertation|ph\.?d|(?<!post)(?<!post-)(?<!post )doctora\w*)\b",
        # A doctoral fellow or candidate is doing one; a D.M.A., an Ed.D. or a "Doctor of
        # Philosophy" is one; a post-doctoral fellow has one already, from elsewhere.
        r"(?i)\b(thesis|dissertation|ph\.?d|(?<!post)(?<!post-)(?<!post )doctora\w*"
        # The thesis in the resume's language (translations.THESIS_ABROAD).
        rf"|doctor of \w+|d\.m\.a|ed\.d|{THESIS_ABROAD}"
        rf"|{GERMAN_DOCTORATE})\b",
    ),
    (("bootcamp",), r"(?i)\bbootcamp", r"(?i)\b(bootcamp|academy)\b"),
    (
        ("studying", "enrolled", "pursuing"),
        r"(?i)\b(studying|enrolled|pursuing)\b.*\b(now|currently|at the moment|these days)\b"
        r"|\b(currently|now) (studying|enrolled|pursuing)\b",
        r"(?i)\b(currently|now|present|expected|in progress|pursuing|enrolled|studying)\b",
    ),
    (("remote",), r"(?i)\bremote\b", r"(?i)\bremote\b"),
    (
        ("originally", "hometown", "home country", "grew up", "come from", "comes from"),
        r"(?i)\b(originally|hometown|home country|grew up|comes? from)\b",
        r"(?i)\b(home ?country|hometown|originally from|native of|born (in|and raised)|grew up"
        r"|nationality|citizen\w*)",
    ),
    (
        ("intern",),
        r"(?i)\bintern(ship)?s?\b",
        # A British placement, a co-op, a German Praktikum: an internship by another name.
        r"(?i)\b(intern(ship)?s?|placements?|co-?op|apprentice\w*|trainee\w*|praktik\w*"
        r"|werkstudent\w*|working student|stagiaire|summer (analyst|associate))\b",
    ),
    (
        ("relocat", "move", "moving"),
        r"(?i)\b(relocat\w*|mov(e|ing) (to|for|abroad|countr\w*|cit\w*)|willing to move)",
        r"(?i)\b(relocat\w*|willing to move|open to (move|moving))",
    ),
    (("book",), r"(?i)\bbooks?\b", r"(?i)\bbooks?\b"),
    (
        ("compet", "contest"),
        r"(?i)\b(competition|contest|compete\w*)",
        # "2nd place", "placed third", not "Work place: 甘肃兰州"; "蓝桥杯 … 竞赛", "二等奖".
        r"(?i)\b(competition|contest|competed|(\d+(st|nd|rd|th)|first|second|third) place|placed"
        r"|winner|prize)|竞赛|比赛|大赛|[一二三]等奖|コンテスト|대회"
        # "Конкурс «Душа России» — 2 место", "Wettbewerb": a contest in its words.
        r"|(?i:конкурс\w*|wettbewerb\w*|concorso|konkurs\w*|\d\s*место)",
    ),
    (
        ("undergrad", "bachelor"),
        r"(?i)\b(undergrad\w*|bachelor\w*)",
        # Bachelors by their letters: of science, arts, music, fine arts, engineering...
        r"(?i)\b(b\.? ?sc|b\.?a\.|b\.?s\.|b\.m\.|b\.? ?mus|b\.? ?f\.? ?a\b|b\.? ?eng|b\.? ?tech"
        r"|b\.? ?com\b|b\.? ?arch|(?-i:BS|BA|BBA|BFA|BSN)\b|bachelor\w*|undergrad\w*"
        r"|(?-i:B\.[SA])(?=[\s,])"  # "B.S Applied Mathematics", its last stop left out
        # Britain's four-year undergraduate masters: "MSci Mathematics and Physics", "MPhys".
        r"|m\.? ?sci\b|m\.? ?phys\b|m\.? ?chem\b|m\.? ?math\b|integrated master\w*"
        r"|licenciatura|grado en|laurea)",
    ),
    (
        ("freelanc",),
        r"(?i)\bfreelanc",
        r"(?i)\b(freelanc\w*|self-employed|contract\w*|frilans\w*|freiberuf\w*|aut[óô]nom[oa])\b",
    ),
    (
        ("self-employ", "self employ", "own boss"),
        r"(?i)\bself[- ]employ\w*|\bown boss\b",
        r"(?i)\b(self[- ]employed|sole (proprietor\w*|trader)|freelanc\w*|own (business|company)"
        r"|independent contractor|founder|owner)\b",
    ),
    (
        ("another name", "called", "formerly", "renamed", "previous name", "go by", "known as"),
        r"(?i)\b(another name|used to be called|formerly|renamed|previous name|go by|known as)\b",
        r"(?i)\b(formerly|previously (known as|called)|renamed|rebranded|f/?k/?a|now part of"
        r"|acquired by|now known as)\b",
    ),
    (
        ("break", "gap", "sabbatical", "leave"),
        r"(?i)\bcareer (break|gap|pause)|\bsabbatical\b|\b(parental|maternity|paternity) leave\b",
        # "Period of care-taking (parental leave)", "Elternzeit", "congé parental".
        r"(?i)\b(career (break|gap|pause)|sabbatical|gap year|(parental|maternity|paternity) leave"
        r"|care-?taking|elternzeit|mutterschutz|cong[ée] (parental|maternit[ée])|excedencia)\b",
    ),
    (("pronoun",), r"(?i)\bpronouns?\b", r"(?i)\b(she|he|they|ze|xe)/(her|him|them|hir|zir|xem)\b"),
    (
        ("portfolio",),
        r"(?i)\bportfolio\b",
        r"(?i)\b(portfolio|behance|dribbble|artstation|carbonmade|cargo\.site|adobe portfolio)\b",
    ),
    (
        (
            "goal",
            "objective",
            "aspir",
            "trying",
            "hoping",
            "want",
            "looking",
            "plan",
            "transition",
            "career change",
            "ambition",
        ),
        r"(?i)\b(goals?|objectives?|aspir\w*|(trying|hoping|looking|wants?|plans?|planning) to"
        r"|transition\w* (into|to)|career change|ambitions?)\b",
        r"(?i)\b(objective|goals?|seeking|aspir\w*|looking (for|to)|hoping|want(s|ing)? to"
        r"|interested in|transition\w*|career change|to obtain|to become|to pursue|ambitions?)\b",
    ),
)


def focus(index: ResumeIndex, intent: Intent, question: str, terms: list[str]) -> list[Quote]:
    """The lines a telling word of the question names ("GPA", "open source", "thesis"), with
    those of the same entries that say the question's other words ("doctoral advisor")."""
    found, telling = _focused(index, intent, question)
    said = {quote.citation: quote.lines for quote in index.search(terms)} if found else {}
    # "Who supervised his doctoral research?": the entries of the degree asked first, the
    # PhD's "Advisor: Dr. May Nyman" before a postdoc's advisors.
    asked = telling == _SUPERVISOR
    level = next((p for word, p in _LEVELS if asked and patterns.search(word, question)), "")

    def other_degree(quote: Quote) -> bool:
        text = "\n".join((quote.citation, *quote.lines))
        return bool(level) and not patterns.search(level, text)

    # Those saying the other words first: "Adviser - Rob Phillips" before the thesis topics a
    # "doctoral" found, where an answer's eight lines end.
    return [
        Quote(quote.citation, tuple(dict.fromkeys(said.get(quote.citation, ()) + quote.lines)))
        for quote in sorted(found, key=other_degree)
    ]


# A degree a question names, and how an entry names it.
_LEVELS = (
    (r"(?i)\bpost-?doc", r"(?i)\bpost-?doc"),
    (
        r"(?i)\b(ph\.?d|doctora\w*|dissertation)",
        r"(?i)\b(ph\.? ?d|(?<!post)(?<!post-)doctor\w*|dissertation|doktor\w*|doctorat\w*)",
    ),
    (r"(?i)\bmaster", r"(?i)\b(master\w*|m\.? ?sc|m\.s\.|m\.a\.|магист\w*|магіст\w*)"),
)


def _focused(
    index: ResumeIndex, intent: Intent, question: str
) -> tuple[list[Quote], tuple[str, ...]]:
    """The quotes a telling word of the question finds, and the focus' words."""
    if intent.name in PERSONAL_INTENTS:
        return [], ()
    if intent.strategy == "roles" and patterns.search(r"(?i)\b(before|prior to)\b", question):
        return [], ()  # "What internship before Ericsson?": the jobs' order answers, not the word
    ordered = index.kinds_first(intent.kinds)
    lowered = question.lower()
    for words, asked, answers in FOCUS:
        if any(word in lowered for word in words) and patterns.search(asked, question):
            # A section named for it ("Open Source", the jobs under "Internships") first, then
            # lines saying it anywhere.
            named = [
                i
                for i in ordered
                if any(
                    names_kind(part) and patterns.search(answers, part)
                    for part in index.entries[i].citation.split(" › ")
                )
            ]
            found = (
                index.summary(named)
                if named
                else _titled_or_said(index, ordered, answers, titled=not orders_entries(question))
            )
            # "Where is she doing her PhD?": a master's thesis after "PhD Candidate at …".
            level = next((said for asked, said in _LEVELS if patterns.search(asked, question)), "")
            if level:
                found.sort(key=lambda q: _another_degree(q, level))
            if found:
                return found, words
    return [], ()


def _another_degree(quote: Quote, level: str) -> bool:
    """A quote naming a degree of another level ("Master thesis: …"), not the one asked."""
    text = "\n".join((quote.citation, *quote.lines))
    return bool(patterns.search(_OTHER_DEGREES, text)) and not patterns.search(level, text)


_OTHER_DEGREES = r"(?i)\b(master\w*|bachelor\w*|m\.? ?sc|b\.? ?sc|diplom\w*|licencia\w*)"


def _titled_or_said(
    index: ResumeIndex, ordered: list[int], answers: str, *, titled: bool
) -> list[Quote]:
    """Jobs titled for it ("Sole Proprietor — Amy's Cakes"), when `titled`, then the lines that
    say it anywhere."""
    found = patterns.compile(answers)  # FOCUS: the package's own
    around = index.lines_around(ordered, found)
    heads = [i for i in ordered if found.search(index.entries[i].title)][:2] if titled else []
    opening = {index.entries[i].citation: index.entries[i].lines[:3] for i in heads}
    cited = {quote.citation for quote in around}
    # A line of an entry titled for it ("Thesis title: …" under "PhD in Mathematics") comes
    # with the entry's first three lines after it: where and when it was.
    around = [
        Quote(q.citation, tuple(dict.fromkeys(q.lines + opening.get(q.citation, ()))))
        for q in around
    ]
    return [q for q in index.summary(heads) if q.citation not in cited] + around
