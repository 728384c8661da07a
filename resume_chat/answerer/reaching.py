"""Questions about reaching the candidate: how to contact them and which languages they speak.
Checked right after the personal matters, before anything about their career."""

from __future__ import annotations

from resume_chat.answerer.intent import Intent, intent

__all__ = ["REACHING", "RESEARCHER_ID", "SOCIAL_SITES"]

# Sites a profile is kept on, asked by name ("his Twitter handle", "her Behance page").
SOCIAL_SITES = (
    r"(twitter|instagram|facebook|behance|dribbble|kaggle|mastodon|bluesky|gitlab|telegram"
    r"|whatsapp|skype|xing|youtube|tiktok|stack ?overflow|medium|vk)"
)

# "A researcher ID I can look up?": a contact detail, the ORCID.
RESEARCHER_ID = r"orcid|(researcher|research|author|scholar) ?id"

# A language named as one speaks it: "her English", "his level of German".
_TONGUES = (
    r"(english|french|german|spanish|italian|portuguese|russian|chinese|mandarin|japanese"
    r"|arabic|polish|dutch|romanian|hindi|korean)"
)

# After "phone": not "Which phone brands does he repair?", "phone apps", phones as devices.
NOT_A_DEVICE = (
    r"(?!s? (apps?|applications?|games?|systems?|brands?|repair\w*|models?|makers?"
    r"|manufacturers?|hardware|technicians?|shops?|stores?)\b)"
)

REACHING: tuple[Intent, ...] = (
    intent(
        "contact",
        # "on call" is a rota, not a phone call.
        # "a phone app" is a kind of software, not a number to call.
        # Nor is "an email migration": a system someone ran.
        # Nor "his phishing email scanner": a thing he built that handles mail.
        r"\b((?<!phishing )(?<!spam )e-?mail(?! (migrations?|servers?|systems?|marketing"
        r"|campaigns?|security|platforms?|infrastructure|clients?|scanners?|filter\w*"
        r"|classif\w*|parsers?|templates?|automation|notifications?|alerts?|bots?)\b)"
        rf"|phone{NOT_A_DEVICE}"
        # "How can I reach her?", not "What rank did he reach?".
        # "How can she be contacted?", not "Who can be contacted as a referee?".
        r"|contact(ed|ing)?(?! as (a )?refer)"
        r"|(?<!did he )(?<!did she )(?<!did they )(?<!has he )(?<!has she )reach"
        r"|(?<!on )(?<!on-)call|(?<!at )(?<!for )linkedin"
        r"|(?<!at )(?<!for )github|website|web site"
        # "What is his Twitter handle?": a profile on a site named, as one reaches him there.
        rf"|{SOCIAL_SITES} (handle|account|profile|username|page)"
        r"|homepage|get in touch|telephone|number|find (him|her|them) online|online presence"
        rf"|social media|socials|{RESEARCHER_ID})\b",
        "contact header",
        "contact",
        "The resume does not give contact details.",
        "email e-mail phone contact reach call linkedin github website web site homepage "
        "get touch telephone number address profile find online presence social media socials "
        "orcid researcher id personal own",
    ),
    intent(
        "spoken",
        # "Has he spoken at conferences?" asks about talks, not languages.
        r"\b((speak\w*|spoken)(?! (at|about|on)\b)|fluent|fluency|(?<!react )native"
        r"|bilingual|trilingual|multilingual|polyglot"
        r"|(foreign|ancient|classical|biblical|dead|human|natural) languages?|mother tongue"
        r"|human languages?|languages? skills|(get by|converse|hold a conversation|communicate) in"
        # "her English", "his level of German", "proficiency in French".
        rf"|((his|her|their)|(level|proficiency|command|knowledge) (of|in)) {_TONGUES}"
        rf"|{_TONGUES} (level|proficiency|skills?)"
        # "Which languages does she know, and at what level?": levels are a tongue's, not code's.
        r"|(?<!programming )(?<!coding )languages?\b[^?]{0,40}\b(levels?|proficien\w*))\b",
        "languages",
        "topic",
        "The resume does not list spoken languages.",
        "speak speaks spoken fluent native foreign language languages mother tongue human ancient "
        "classical biblical dead natural",
    ),
)
