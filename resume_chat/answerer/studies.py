"""Questions about the candidate's studies: qualifications, degrees and schools, certificates.
Checked in the intents' order (resume_chat.answerer.intents), after awards and before interests.
"""

from __future__ import annotations

from resume_chat.answerer.intent import Intent, intent

__all__ = ["STUDIES"]

STUDIES: tuple[Intent, ...] = (
    # "What qualifications does he hold?": a form's licences and certificates ("免許・資格",
    # "Qualifikationen") before degrees, unless the question names studies.
    intent(
        "qualifications",
        r"^(?!.*\b(stud\w*|degrees?|universit\w*|colleges?|schools?|academic|educat\w*|teach\w*"
        r"|graduat\w*|highest)\b).*\b(qualifications|the (\w+ ){1,4}qualification)\b",
        "certifications education",
        "topic",
        "The resume does not list any qualifications.",
        "hold have got",
    ),
    intent(
        "education",
        # "Which school is she teaching at now?", "Which university employs him right now?",
        # "What is her current academic title?" ask for her job, not her studies; so does
        # "What was his title at Columbia University?".
        r"^(?!.*\b(title|position|job|role) (at|with) (?!(a |the )?(universit|college|school)))"
        # "Which AWS course certificate does he have?": a certificate, of a course.
        r"(?!.*\b(course|training|bootcamp) certific)"
        # "Which certificates or (complementary) courses has she completed?": credentials first.
        r"(?!.*\bcertific\w* (or|and|&) (\w+ )?(courses?|trainings?)\b)"
        # "the subject of his case study": a piece of work, not his studies.
        r"(?!.*\bcase stud(y|ies)\b)"
        # "What was his internship/graduation project?": a project, whatever it was for.
        r"(?!.*\b(graduation|capstone|final[- ]year|diploma) projects?\b)"
        # "Where did she do her master's internship?": a job held for the degree, not the degree.
        r"(?!.*\binternships?\b)"
        # "Has he taught university courses?", "reviewed for academic journals", "worked in
        # higher education": teaching, reviewing and working at a university are no studies.
        # Not "his teacher-training master's degree": a degree, in teaching.
        r"(?!.*\b(teach\w*(?![- ](\w+ ){0,2}(qualification|degree|diploma|certificat|training"
        r"|master|bachelor|education))|taught|instructor"
        r"|lecturer|lectured|tutor\w*|review\w*|worked|work (at|for|in|as)|industry"
        # "At which university does he work?": his employer, a university.
        r"|(does|do|is|are) \w+ work)\b)"
        # "Which institution granted the certificate?", "Which institute employed him?":
        # an institute asked of a certificate or a job is no school.
        r"(?!(?=.*\b(which|what) institut)(?=.*\b(jobs?|employ\w*|certific\w*|work\w*)\b))"
        r"(?!(?=.*\b(teach\w*|work(s|ing)? (at|for|in)|employ\w*|rank|title|position"
        r"|appointment)\b)(?=.*\b(now|current(ly)?|at the moment|these days|presently)\b))"
        r".*\b(stud(y|ied|ies|ying)|degrees?|universit\w*|colleges?|schools?|graduat\w*|education\w*"
        r"|diplomas?|major\w*|gpa|grades?|thesis|alma mater|bachelor\w*|master'?s|phd|doctorate"
        r"|msc|bsc|b\.?sc|m\.?sc|academic|academ(y|ies)|coursework|courses?|qualifications?"
        r"|bootcamps?|vocational|formal (training|education)"
        # "What did she score in higher secondary?": marks in a school's final exams.
        r"|(higher )?secondary|marks|scored? in|enrol\w*"
        r"|(?<=which )institut(e|es|ion)|(?<=what )institut(e|es|ion)"
        r"|(?<=where did )\w+ (train|qualify)|(?<=where does )\w+ (train|qualify)"
        # "What data analytics programme did she complete?": a course of study.
        r"|programm?e?s? (did|has|have) \w+ (\w+ ){0,2}(complet|finish)\w*)\b",
        "education",
        "topic",
        "The resume does not mention any education.",
        "study studied studies studying degree degrees university universities college school "
        "graduate graduated education diploma major gpa grade thesis alma mater bachelor "
        "master phd doctorate msc bsc academic coursework course qualified qualification "
        "where go went attend attended hold have get got score scored secondary marks enrolled "
        "enroled enrolment enrollment formal",
    ),
    intent(
        "certifications",
        # "A finance-industry qualification?": a credential of a trade, not a degree.
        r"\b(certif\w*|license[sd]?|licence[sd]?|accredit\w*|credentials?"
        r"|(industry|professional)[- ]qualifications?)\b",
        "certifications",
        "topic",
        "The resume does not list any certifications.",
        "certification certifications certificate certificates certified license licenses "
        "licence credential credentials hold have course courses completed",
    ),
)
