"""Questions about the candidate's jobs: the one held now, and those held before. Checked in
the intents' order (resume_chat.answerer.intents), after studies and before publications."""

from __future__ import annotations

from resume_chat.answerer.intent import Intent, intent

__all__ = ["JOBS"]

# "Where did he work before his current job?" asks of the job before, not of the current one.
_NOT_BEFORE = "".join(
    f"(?<!{word} {whose} )"
    for word in ("before", "prior to")
    for whose in ("his", "her", "their", "the")
)

# What a question names an employer by: "At which university does he work?"; not "Which
# course does he teach at Bergamo?", what he teaches.
_EMPLOYER = (
    r"(universit(y|ies)|college|school|institut\w*|hospital|clinic|compan(y|ies)|firm|employer"
    r"|organi[sz]ation|agency|bank|lab(oratory)?|startup|business|ministry|department|centre"
    r"|center|faculty)"
)

JOBS: tuple[Intent, ...] = (
    intent(
        "current",
        # Not "before his current job": a job before the current one is asked. Not "Where
        # does she volunteer now?": her volunteering, not her job; nor "Which distribution is
        # he currently learning?": what he learns.
        r"^(?!.*\bvolunteer)(?!.*\b(current(ly)?|now) (learning|studying|reading|exploring)\b)"
        r".*?\b(" + _NOT_BEFORE + r"current\w*|now|present(ly)?|these days|today|at the moment"
        r"|right now"
        r"|where (does|do|is|are) \w+ (work|working|intern|interning)\b(?! next)"
        r"|who does \w+ work for"
        # Not "What does he do to unwind?" nor "… for fun", "… in his free time": a hobby.
        r"|what does \w+ do\b(?! (to (unwind|relax|rest|recharge|de-?stress)|for fun|in (his|her"
        r"|their) (free|spare|leisure)|outside (of )?work|after work|on weekends))"
        r"|do(es)? \w+ work (for|at)"
        # "At which university does he work?", "Which school does she teach at?"
        r"|(at|for|in) (which|what) (\w+ )?" + _EMPLOYER + r" (does|do|is|are) \w+ work(ing)?\b"
        r"|(which|what) (\w+ )?" + _EMPLOYER + r" (does|do|is|are) \w+ (work(ing)?|teach(ing)?)"
        r" (at|for|in)\b"
        # "Where did Miles last work?"; not "his last role at Lowe's", a named employer's.
        r"|most recent\w*|recently|(latest|last) (job|role|position|employer|company)"
        r"(?! (at|with|for|in)\b)|\w+ last work(ed)?\b(?! (on|with|at|for)\b)"
        # "What is Hyuk Kim's position?": a name's, as a pronoun's; not "Jan's position at
        # Dacofin nv", a named employer's.
        r"|job title|what is (her|his|their) (job|role|title|position)"
        r"|what is \w+(?: \w+)?['’]s (job|role|title|position)(?! (at|with|in|for|on)\b)"
        r"|professional title|headline|describe (themselves|himself|herself|their (title|role))"
        # "What role is he presenting himself for?": the headline he gives himself.
        r"|present(s|ing)? (themselves|himself|herself)"
        # "¿Dónde trabaja actualmente?", "Wo arbeitet sie derzeit?", "Où travaille-t-il
        # actuellement ?": now, in the languages questions come in.
        r"|actualmente|en este momento|actuellement|en ce moment|derzeit|zurzeit|momentan"
        r"|atualmente|attualmente|momenteel|tegenwoordig|för närvarande)\b",
        "experience",
        "current",
        "The resume does not list any work experience.",
        "current currently now present presently days today moment right work works job role "
        "title position employer company do doing employed main primary day full time",
    ),
    intent(
        "roles",
        r"\b(previous\w*|past|prior|before|former\w*|earlier|work(ed)? history|worked|employers?"
        r"|compan(y|ies)|jobs?|roles?|positions?|careers?|experience|first job|internships?"
        r"|employment|professionally|(get|got|getting) started|start(ed)? (out|off)"
        r"|where (did|has|have) \w+ (work|worked)|who (did|has) \w+ work(ed)? for"
        r"|first (work\w*|employ\w*)|work(ed)? first"
        # "What are his main duties at work?": what his jobs say he does.
        r"|duties|responsibilit(y|ies)|day[- ]to[- ]day)\b",
        "experience",
        "roles",
        "The resume does not list any work experience.",
        "previous previously past prior before former formerly earlier work worked history "
        "employer employers company companies job jobs role roles position positions career "
        "experience first internship internships employment held hold where",
    ),
)
