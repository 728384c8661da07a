# ruff: noqa: RUF003 - Cyrillic "г.р." (year of birth), as resumes write it
"""Questions about personal matters a resume should not hold (pay, notice, age, family, work
permits): recognised first, so that "how old" never reaches the rules about experience."""

from __future__ import annotations

from resume_chat.answerer.intent import Intent, intent

PERSONAL: tuple[Intent, ...] = (
    intent(
        "salary",
        # "earned a certificate" is no pay question: only earn, earns, earning(s); nor is "Where
        # did he earn his doctorate?".
        # "a paid job" is a job: whether they earn, not how much.
        r"\b(salary|salaries|pay|paid(?! (jobs?|work|positions?|roles?|internships?|employment))"
        r"|compensation"
        # Nor "earn any academic distinctions", "What degree did he earn?": what one earns is
        # money only asked as an amount ("How much does she earn?", "earns $90k").
        r"|(how much|what) (does|did|do|would|will|can|could) \w+ (\w+ )?earn(?! \w)"
        r"|\w+ earns? (well|much|enough|more|less|[$£€\d])"
        r"|earnings?|wages?|(hourly|daily|day) rate|income|expected pay)\b",
        "",
        "absent",
        "The resume does not say anything about salary or pay.",
        "salary pay paid compensation earn expect rate",
    ),
    intent(
        "notice",
        # "high availability" is a system's, not a person's.
        r"\b(notice period|notice|(?<!high )(?<!high-)availab\w*|start date"
        r"|when can (he|she|they) start)\b",
        "",
        "absent",
        "The resume does not say when the candidate could start.",
        "notice period available availability start date",
    ),
    intent(
        "age",
        # "years old" also finds the resume's own "I am 17 years old" before saying it is silent.
        # Its own pattern also finds the line saying it, in other languages too.
        # Not "How old was he when he started programming?": an age at an event the resume
        # may tell, not a birth date.
        r"\b(how old(?! (was|were) \w+ when)|age|born|birthday|date of birth|birth(?: ?year)?"
        r"|years old|years? ?-?old|d\. ?o\. ?b\b"
        r"|dob|birthplace|geboortedatum|geboorteplaats|geboren|geburtsdat\w*|geburtsort|geburtsjahr"
        r"|födelsedag|födelse ?ort|född|fødselsdato|født|syntymäaika|data di nascita"
        r"|\bf[.,] ?(?=(?:19|20)\d\d\b)"  # Swedish, Danish, Norwegian: "f. 1958" (född)
        r"|luogo di nascita|nat[oa] (il|a)|date de naissance|lieu de naissance|née? (le|à)"
        r"|nacid[oa] en|nascid[oa] em"
        r"|fecha de nacimiento|lugar de nacimiento|data de nascimento|data urodzenia"
        # Slovak, Czech, Russian, Ukrainian, Turkish, Hungarian, Romanian, Indonesian.
        r"|d[áa]tum narodenia|datum narozen[íi]|дата рождения|дата народження|do[ğg]um tarihi"
        r"|sz[üu]let[ée]si (id[őo]|d[áa]tum)|data na[șs]terii|tanggal lahir"
        # An age labelled in the resume's language: "umur : 19 tahun", "Edad: 32 años".
        r"|(umur|usia|edad|idade|[âa]ge|alter|et[àa]|wiek|возраст|ya[şs]|v[ěe]k|leeftijd"
        r"|[åa]lder|ik[äa]|v[âa]rsta|[ée]letkor)(?=\s*:\s*[1-9]\d\b)"
        r"|出生日期|出生年月|生年月日|生年|생년월일)\b",  # Chinese, Japanese, Korean
        "",
        "absent",
        "The resume does not give an age or date of birth.",
        "old age born birthday date birth",
    ),
    intent(
        "family",
        # Children had, not "worked with children" or "how children learn": that is work.
        r"\b(married|marital|wife|husband|spouse|family|pregnan\w*"
        r"|(ha(ve|s|d)( any)?|how many|(her|his|their) own) (kids|children)"
        # "religious texts" a project was about are no question of faith.
        r"|religion|religious (belief|affiliation|view|denomination)s?)\b",
        "",
        "absent",
        "The resume does not say anything about family or other personal matters.",
        "married marital wife husband spouse kid children family religion",
    ),
    intent(
        "driving",
        # Not "worked as a delivery driver": a job, which the resume's jobs answer.
        r"\b(driv(ing|er['’]?s?) (licen[cs]es?|permits?)|licen[cs]ed? to drive|licensed driver"
        r"|(can|does|do) (he|she|they) drive|(able|allowed) to drive"
        r"|(own|owns|have|has) (a |their |his |her )?(own )?(car|vehicle)"
        r"|f(ü|ue)hrerschein|fahrerlaubnis|permis de conduire|permiso de conducir|rijbewijs"
        r"|carnet de conducir|k(ö|o)rkort|prawo jazdy|patente di guida|carta de condu[çc][ãa]o)\b",
        "",
        "absent",
        "The resume does not mention a driving licence.",
        "driving driver licence license licences licenses permit drive car vehicle own",
    ),
    intent(
        "relocation",
        r"\b(relocat\w*|willing to move|open to moving)\b",
        "",
        "absent",
        "The resume does not say whether the candidate would relocate.",
        "willing relocate relocating relocation move moving open",
    ),
    intent(
        "clearance",
        # Not "customs clearance": a security clearance, by its name or its level.
        r"\b(security clearances?|(top[- ]secret|secret|ts/sci|government|federal|dod"
        r"|military|sc|dv) clearances?|clearance level|(is|are) (he|she|they) cleared)\b",
        "",
        "absent",
        "The resume does not mention a security clearance.",
        "security clearance clearances level government federal cleared hold have",
    ),
    intent(
        "visa",
        # Not "before Visa", "at Visa": the employer, capitalised.
        r"\b((?-i:visas?|VISAS?|^Visas?)|citizen\w*|nationality|work permit|sponsorship"
        r"|right to work|blue ?card|green card|permanent resident\w*|residence permit"
        r"|work authori[sz]ation|authori[sz]ed to work|eligible to work)\b",
        "",
        "absent",
        "The resume does not say anything about nationality or work authorisation.",
        "visa citizen citizenship nationality work permit sponsorship right",
    ),
)
