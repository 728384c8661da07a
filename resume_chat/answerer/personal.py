"""Questions about personal matters a resume should not hold (pay, notice, age, family, work
permits): recognised first, so that "how old" never reaches the rules about experience."""

from __future__ import annotations

from resume_chat.answerer.intent import Intent, intent

PERSONAL: tuple[Intent, ...] = (
    intent(
        "salary",
        # "earned a certificate" is no pay question: only earn, earns, earning(s); nor is "Where
        # did he earn his doctorate?".
        r"\b(salary|salaries|pay|paid|compensation|earns?(?! (his|her|their|a|an|the)\b)"
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
        r"\b(how old|age|born|birthday|date of birth|birth|years old|years? ?-?old|d\. ?o\. ?b\b"
        r"|dob|geboortedatum"
        r"|geburtsdatum"
        r"|date de naissance|fecha de nacimiento|data de nascimento|data urodzenia)\b",
        "",
        "absent",
        "The resume does not give an age or date of birth.",
        "old age born birthday date birth",
    ),
    intent(
        "family",
        # Not "worked with children": that is work.
        r"\b(married|marital|wife|husband|spouse|(?<!with )(kids|children)|family|pregnan\w*"
        r"|religio\w*)\b",
        "",
        "absent",
        "The resume does not say anything about family or other personal matters.",
        "married marital wife husband spouse kid children family religion",
    ),
    intent(
        "visa",
        r"\b(visa|citizen\w*|nationality|work permit|sponsorship|right to work|blue ?card"
        r"|green card|permanent resident\w*|residence permit|work authori[sz]ation"
        r"|authori[sz]ed to work|eligible to work)\b",
        "",
        "absent",
        "The resume does not say anything about nationality or work authorisation.",
        "visa citizen citizenship nationality work permit sponsorship right",
    ),
)
