# ruff: noqa: RUF003 - Chinese labels, as a real CV writes them
"""Where a fact may hide outside the section meant for it: words that witness each intent, prose
saying a job or a goal (a question's telling words: focus.py; what a question names: named.py;
examples of a category word: examples.py; dates: chronology.py)."""

from __future__ import annotations

# Lines anywhere in the resume that can answer an intent whose own section is missing or
# silent: "Languages: English, Hindi" under Skills, a certificate under Education.
EVIDENCE: dict[str, str] = {
    "spoken": (
        r"(?i)\b(english|spanish|french|german|italian|portuguese|dutch|swedish|norwegian|danish"
        r"|finnish|(?-i:Polish|POLISH)|russian|ukrainian|czech|greek|turkish|arabic|hebrew|persian|farsi"
        r"|hindi|urdu|bengali|punjabi|tamil(?! nadu)|telugu|marathi|gujarati|chinese|mandarin"
        r"|cantonese|japanese|korean|vietnamese|thai|indonesian|malay|tagalog|swahili|romanian|hungarian"
        r"|catalan|basque|bilingual|native speaker|mother tongue|fluent"
        # Africa's, Asia's and Europe's others: "Other languages: Afrikaans".
        r"|afrikaans|zulu|isizulu|xhosa|isixhosa|sesotho|setswana|yoruba|igbo|hausa|amharic"
        r"|somali|tigrinya|nepali|sinhala|burmese|khmer|mongolian|kazakh|uzbek|azerbaijani"
        r"|armenian|georgian|albanian|serbian|croatian|bosnian|slovak|slovenian|bulgarian"
        r"|lithuanian|latvian|estonian|icelandic|irish|welsh|malayalam|kannada|pashto|kurdish"
        r"|maltese|cebuano|javanese"
        r"|latin|aramaic|sanskrit|koine|biblical|ancient greek|old english|old norse"
        # The same languages as resumes in French, Spanish and German name them.
        r"|anglais|fran[cç]ais|espagnol|allemand|italien|portugais|russe|chinois|arabe|japonais"
        r"|ingl[eé]s|espa[nñ]ol|franc[eé]s|alem[aá]n|italiano|portugu[eê]s"
        r"|englisch|deutsch|franz[oö]sisch|spanisch|italienisch|muttersprache|langue maternelle"
        r"|japanisch|chinesisch|portugiesisch|niederl[aä]ndisch|polnisch|t[uü]rkisch|arabisch"
        r"|koreanisch|schwedisch|japon[eé]s|japon[eê]s|chino|chin[eê]s|ruso|russo|coreano"
        r"|ingl[eê]s|espanhol|alem[aã]o|engleză|franceză|germană|română|rusă|italiană"
        r"|angielski|niemiecki|polski|rosyjski|francuski|hiszpański|ojczysty|nativ[aăo]?"
        r"|engels|nederlands|duits|frans|russisch|spaans|italiaans|moedertaal"
        # Swedish, Norwegian, Danish: "Svenska (Modersmål), Engelska (Flytande)".
        r"|svenska|engelska|tyska|franska|spanska|finska|norska|danska|engelsk|norsk|dansk"
        r"|svensk|tysk|fransk|spansk|modersmål|morsmål|flytande|flytende"
        # Russian and Ukrainian: "Английский (B2)", "Англійська (C1) · Українська (рідна)".
        r"|английск\w*|русск\w*|немецк\w*|французск\w*|испанск\w*|англійськ\w*"
        r"|українськ\w*|німецьк\w*|французьк\w*|польськ\w*|російськ\w*|родной|рідна"
        # Bulgarian, Serbian, Macedonian: "Английски език", "Руски език", "енглески".
        r"|английски|англиски|енглески|руски|немски|немачки|френски|француски|испански"
        r"|шпански|италиански|български|српски|македонски|матерен|матерњи"
        # Czech, Turkish, Vietnamese, Greek: "angličtina", "İngilizce", "Tiếng Anh", "Αγγλικά".
        r"|angli[čc]tina|n[ěe]m[čc]ina|[iİ]ngilizce|almanca|t[üu]rk[çc]e|tiếng anh|tiếng việt"
        # Slovak and Czech adjectives before "jazyk": "Anglický jazyk - Stredne pokročilý (B2)".
        r"|anglick\w*|nemeck\w*|n[ěe]meck\w*|franc[úo]u?zsk\w*|jazykov[ée] znalosti"
        r"|αγγλικά|ελληνικά|γερμανικά|γαλλικά"
        r"|lengua materna)\b"
        # Chinese, Japanese and Korean, which write no spaces: "语言能力：粤语，日语，英语"; not
        # a bare "语言", which is C's too ("C语言", the C language).
        r"|语言能力|外语|外語|英语|日语|粤语|普通话|韩语|法语|德语|語学|英語|日本語|中国語"
        r"|외국어|어학|영어|일본어|중국어"
    ),
    "certifications": (
        # Not a licence bought or sold: "closed a software license agreement".
        r"(?i)(certif\w*|(?<!software )licen[cs]e[ds]?"
        r"(?! (agreements?|keys?|fees?|costs?|management))|accredit\w*|udemy|coursera|edx|\bmooc\b"
        r"|nanodegree|online course|credentials?\b"
        # German, Russian, Ukrainian, Polish, Turkish, Czech/Slovak: "Zertifikate:", "Сертификаты".
        r"|zertifi\w*|сертифи\w*|сертифіка\w*|certyfika\w*|sertifika\w*|certifikát\w*"
        # Certifications by the letters they are known by: "MCSE", "CompTIA A+", "PMP".
        r"|\b(mcse|mcsa|mcsd|mcitp|ccna|ccnp|ccie|comptia|pmp|cissp|cisa|cism|oscp|itil"
        r"|prince2|rhce|rhcsa|ckad?|six sigma|acca|cfa)\b)"
    ),
    "awards": (
        r"(?i)\b(awards?|awarded|prizes?|winner|won|medal\w*|cup|trophy|honou?rs?|scholarships?"
        r"|\w*stipendi(um|en|at)"
        r"|(?-i:[A-Z])\w+ (?:Foundation |Undergraduate |Graduate )?[Ss]cholars?"  # Rhodes Scholar
        r"|finalist|\d+(st|nd|rd|th) place|first place|ranked|recogni[sz]\w*|fellowship"
        r"|\w+ of the (month|quarter|year)|dean'?s list|honou?r roll"
        r"|best (poster|paper|talk|presentation|thesis|student paper|demo)"
        # German, French, Spanish, Italian, Portuguese, Polish, Russian, Ukrainian, Turkish,
        # Indonesian: "Auszeichnung", "Prix", "Premio", "Prêmio", "Nagroda", "награждена".
        r"|auszeichnung\w*|preistr[äa]ger\w*|prix|premios?|pr[êé]mios?|nagrod\w*"
        r"|наград\w*|нагород\w*|грамот\w*|[öo]d[üu]l\w*|penghargaan"
        # Hungarian "különdíj", "ösztöndíj", "kitüntetés"; Finnish "palkinto"; Dutch, Swedish,
        # Norwegian and Czech words for a distinction.
        r"|\w*díj(a|at|as|azott)?|kitüntet\w*|elismerés\w*|palkin\w*|palkittu"
        r"|onderscheiding\w*|utmärkelse\w*|utmerkelse\w*|ocenění"
        # Won, in the same: "que ganó un «Diente de Oro 2005»", "lauréat", "gewann".
        r"|gan[óo]|ganador\w*|premiad[oa]s?|lauréat\w*|remport[ée]\w*|gewann|gewonnen"
        r"|venceu|vencedor\w*|vinse|vincitore|vincitrice|победител\w*)\b"
        # A prize in Chinese and Japanese ("学生プレゼンテーション賞", "二等奖", "受賞"), in Korean.
        r"|[賞奖獎]|수상"
    ),
    "publications": (
        r"(?i)\b(publish\w*|publications?|papers?|journal|proceedings|conference|talks?|speaker"
        r"|spoke|presented|presentations?|articles?|blog|podcast|meetup|workshop|keynote"
        r"|lectur\w*|webinar|thesis|ieee|acm|springer|elsevier|co-?authored|(first|second|third"
        r"|co-?|corresponding) author"
        # Running one: "Editor-in-Chief, Giga Geek Online Magazine".
        r"|editor-in-chief|editor|editorial|magazine|newspaper|newsletter|zine)\b"
    ),
    "volunteering": (
        r"(?i)\b(volunt\w*|non-?profit|charity|community|mentor\w*|pro bono|ngo|coach\w*"
        # Extracurriculars: the clubs and societies someone belongs to.
        # Not a business nor a school: "a country club", "Open Source Society University".
        r"|member of|(?<!country )clubs?|societ(y|ies)(?! universit)|e-?sports|sorority|fraternity"
        r"|student (government|council|union|association)"
        # Youth movements and civic work: "Guides et Scouts d'Europe", "engagement citoyen".
        r"|scout\w*|pfadfind\w*|engagement (citoyen|associatif)|civic"
        # In other languages: "Türkçe Öğretmeni (Gönüllü)", "Bénévole", "Ehrenamt", "Волонтёр".
        r"|gönüllü\w*|b[ée]n[ée]vol\w*|ehrenamt\w*|voluntari\w*|volontari\w*|vrijwillig\w*"
        r"|wolontar\w*|волонт[её]р\w*)\b"  # noqa: RUF001
    ),
    "projects": r"(?i)\b(projects?|open[- ]source|github\.com|side project|hackathon|built)\b",
    # A line labelled for skills where no section holds them: "Expert: R, SQL, Tableau",
    # "Tools: Jira, Git", "Proficient in: Python".
    "skills": (
        r"(?im)^(- )?\**(expert(ise)?|proficient( in)?|advanced|intermediate|familiar( with)?"
        r"|tools?|technolog(y|ies)|tech stack|stack|(technical |hard |soft )?skills?"
        r"|competenc(e|ies)|software|frameworks?)\**\s*:"
    ),
    "education": (
        r"(?i)\b(universit\w*|college|school|degree|bachelor\w*|master'?s|ph\.?d|b\.?sc|m\.?sc"
        # "Major: Biology", "majored in", not "Played major part in redesigning vevo.com".
        r"|m\.?s\.|b\.?s\.|b\.?a\.|mba|diploma|bootcamp|graduat\w*|studied|studying|studies"
        r"|major(?:ed)?(?=\s*(?:in\b|:))|(?:my|his|her|their|double) major"
        r"|educational background|education"
        r"|courses?|coursework|classes|mooc|coursera|udemy|edx"
        # Schooling in the resume's language: "Studium in Freiburg", "Licenciatura en",
        # "Faculdade", "Università", "Uniwersytet", "Университет", "Üniversite".
        r"|studium|studierte|hochschule|universit[äàé]\w*|[ée]tudes|licenciatura"
        r"|faculdade|facultad|laurea|uniwersytet\w*|studia|университет\w*|университет"
        r"|üniversite\w*|lisans)\b"
        # Chinese, Japanese, Korean, written without spaces: "学校：桂林航天工业学院 专业：…".
        r"|大学|学院|学校|专业|学历|本科|硕士|博士|毕业|大學|畢業|専攻|学部|卒業|대학교|전공|학력|졸업"
    ),
    "interests": r"(?i)\b(interests?|hobb\w*|enjoys?|passion\w*|love|free time|spare time"
    # "Other activities	Coffee, travelling, reading poetry.": a label of pastimes, in the
    # languages resumes come in.
    r"|other activities|leisure|pastimes?|loisirs|freizeit|aficiones|passatempos?|tempo libero"
    r"|travell?ing|reading poetry"
    r"|beyond (the )?(professional|work)\w*|outside (of )?work|you can find (her|him|them|me)"
    # "When the experiments need a break, I am usually playing badminton": a pastime said.
    r"|(usually|often|love|like) (playing|hiking|reading|running|cooking|travel\w*)"
    r"|i am (usually )?playing|for fun|in my free"
    # "Hiking, Snowboarding" under Activities › Other: pastimes listed with no heading for them.
    r"|hiking|snowboarding|skiing|climbing|photography|chess|gardening|fishing|camping|yoga"
    r"|knitting|baking|surfing|scuba diving|kayaking|woodworking|board games|video games"
    # "Sở thích: Đọc tin tức…", "Loisirs :", "Aficiones:": a hobbies label in the resume's tongue.
    r"|sở thích|loisirs|centres? d'intérêt|aficiones|pasatiempos|passatempos?|hobbys|hobiler"
    r"|hobi|freizeit|intereses|interesses|interessi|interessen|zainteresowania|zájmy|záujmy"
    r"|interesser|intressen|fritid|harrastukset"  # Norwegian, Danish, Swedish, Finnish
    r"|увлечения|хобби|χόμπι|ενδιαφέροντα)\b",
    "location": r"(?i)\b(based (in|near|out of)|located|location|address|lives? (in|near)"
    r"|remote)\b",
    # "References:" as a line of the skills, the referees under it; "available on request".
    "references": r"(?i)^\W*(references?|referees?|referencias|r[ée]f[ée]rences|referenzen"
    r"|refer[êe]ncias|referenties|referencje|referanslar)\W*$|available (up)?on request",
}
# "What qualifications does he have?": a certificate's evidence or a degree's ("I have an HNC
# in Computer Studies, a TEC Certificate in Electronics…" in a profile).
# An HNC, an HND, O and A Levels, GCSEs: a British CV's qualifications by their letters.
EVIDENCE["qualifications"] = "(?i)" + "|".join(
    pattern.removeprefix("(?i)")
    for pattern in (
        EVIDENCE["certifications"],
        EVIDENCE["education"],
        r"(?-i:\b(HNC|HND|GCSEs?|[OA][- ]Levels?|NVQ|BTEC|TEC)\b)",
    )
)
# Prose that says where someone worked: "experience working with customers in banking".
WORKED = (
    r"(?i)\b(work(ed|ing)? (at|for|in|with|as)|employed|employment|experience (in|at|with"
    r"|working|as)|years of experience|jobs? (at|as|in)|(my|his|her|their) (job|career)"
    # "… and interned twice during my time in college": internships said in prose.
    r"|interned|interning|internships?|apprenticeships?"
    r"|(hands-on|professional|industry|work) experience)\b"
)
# Prose that states a goal: "Looking for Software Engineer internships".
GOAL = (
    r"(?i)\b(looking for|seeking|objective|aspir\w*|career goals?|goal is|hoping to"
    r"|aim(ing)? to|open to"
    # Chinese "拟申请" (to apply for), "求职意向" (job sought); Spanish, Portuguese, French,
    # German, Russian: "Objetivo", "Objectif", "Berufsziel", "Желаемая должность".
    r"|objetivos?|objectif|berufsziel|желаем\w* должност\w*)\b|拟申请|求职意向|期望职位|应聘职位"
    r"|岗\s?位\s*[:\uff1a]"  # "岗位" (post) and a colon, a form's field: the post sought
    # Korean and Japanese forms' fields: "지원분야 · JAVA개발" (field applied for), "희망직무",
    # "希望職種".
    r"|지원\s?분야|지원\s?직무|지원\s?부문|희망\s?직무|希望職種|志望職種"
)
