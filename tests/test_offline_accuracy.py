"""Table-driven accuracy of the offline answerer over four differently structured resumes."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from resume_chat.answerer.offline import OfflineAnswerer
from resume_chat.resume import load_resume

ROOT = Path(__file__).resolve().parent.parent
RESUMES = {
    "maya": ROOT / "data" / "resume.md",  # ATX headings, ### entries, header contact line
    "daniel": ROOT / "tests" / "resumes" / "senior_engineer.md",  # Contact section, About Me
    "priya": ROOT / "tests" / "resumes" / "new_graduate.md",  # setext headings, bold entries
    "joanna": ROOT / "tests" / "resumes" / "career_changer.md",  # Work History, Toolbox
}
# The accuracy the issue asks for; README reports the measured figure.
TARGET = 0.95

# (resume, question, the citation the top quote must start with); None = the resume is silent.
CASES: list[tuple[str, str, str | None]] = [
    # Maya: the bundled sample.
    ("maya", "Where did she study?", "Education › KTH"),
    ("maya", "Where does she work now?", "Experience › Northwind Payments"),
    ("maya", "What's her current job title?", "Experience › Northwind Payments"),
    ("maya", "What did she do before Northwind?", "Experience › Klarhet Analytics"),
    ("maya", "What was her first job?", "Experience › Tietoevry"),
    ("maya", "How many years of experience does she have?", "Summary"),
    ("maya", "Which programming languages does she know?", "Skills"),
    ("maya", "Does she know Kubernetes?", "Skills"),
    ("maya", "Has she worked with Kafka?", "Skills"),
    ("maya", "What languages does she speak?", "Languages"),
    ("maya", "Where is she based?", "Maya Lindqvist"),
    ("maya", "What's her email address?", "Maya Lindqvist"),
    ("maya", "What certifications does she hold?", "Certifications"),
    ("maya", "Tell me about her open source projects", "Projects"),
    ("maya", "What does she do in her free time?", "Interests"),
    ("maya", "What degree does she have?", "Education › KTH"),
    ("maya", "What did she do at Klarhet?", "Experience › Klarhet Analytics"),
    ("maya", "Has she managed people or led a team?", "Experience › Northwind Payments"),
    ("maya", "What cloud platforms has she used?", "Skills"),
    ("maya", "Give me a quick summary of her background", "Summary"),
    # Daniel: senior engineer, Contact section, "Professional Experience", "Core Competencies".
    ("daniel", "What's his current role?", "Professional Experience › Principal Engineer"),
    ("daniel", "Who does he work for?", "Professional Experience › Principal Engineer"),
    ("daniel", "Which companies has he worked at?", "Professional Experience › Principal"),
    ("daniel", "How long has he been in the industry?", "About Me"),
    ("daniel", "Does he know Rust?", "Core Competencies"),
    ("daniel", "What's his tech stack?", "Core Competencies"),
    ("daniel", "Is he familiar with Cassandra?", "Core Competencies"),
    ("daniel", "Has he managed a team?", "Professional Experience › Senior Software Engineer"),
    ("daniel", "Where did he go to university?", "Education › University of Waterloo"),
    ("daniel", "Has he given any conference talks?", "Talks & Publications"),
    ("daniel", "What open source does he maintain?", "Open Source"),
    ("daniel", "Where does he live?", "Contact"),
    ("daniel", "What's his phone number?", "Contact"),
    ("daniel", "Can I see his GitHub?", "Contact"),
    ("daniel", "Does he speak Spanish?", "Languages"),
    ("daniel", "What programming languages does he use?", "Core Competencies"),
    ("daniel", "What did he do at Quarry Systems?", "Professional Experience › Senior Software"),
    ("daniel", "Is he open to remote work?", "Contact"),
    # Priya: new graduate, setext headings, bold-text entries, "Technical Skills".
    ("priya", "Where did she go to college?", "Education › The University of Texas"),
    ("priya", "What was her GPA?", "Education › The University of Texas"),
    ("priya", "When did she graduate?", "Education › The University of Texas"),
    ("priya", "What did she major in?", "Education › The University of Texas"),
    ("priya", "Has she done any internships?", "Internships › Dell Technologies"),
    ("priya", "What did she do at Dell?", "Internships › Dell Technologies"),
    ("priya", "What projects has she built?", "Projects › StudyBuddy"),
    ("priya", "Does she know React?", "Technical Skills"),
    ("priya", "Which programming languages does she know?", "Technical Skills"),
    ("priya", "Has she used TensorFlow?", "Technical Skills"),
    ("priya", "Has she won any awards?", "Awards"),
    ("priya", "Where is she located?", "Priya Raman"),
    ("priya", "How do I contact her?", "Priya Raman"),
    ("priya", "What extracurricular activities was she involved in?", "Activities"),
    ("priya", "Did she take a machine learning course?", "Education › The University of Texas"),
    # Joanna: career changer, "Work History", "Toolbox", "Training", "Hobbies".
    ("joanna", "Where does she work now?", "Work History › Brightside Health"),
    ("joanna", "What's her job?", "Work History › Brightside Health"),
    ("joanna", "What did she do before becoming a data analyst?", "Work History › Leeds Grammar"),
    ("joanna", "What was her previous career?", "Work History › Leeds Grammar"),
    ("joanna", "What tools does she use?", "Toolbox"),
    ("joanna", "Does she know SQL?", "Toolbox"),
    ("joanna", "Can she use Power BI?", "Toolbox"),
    ("joanna", "Did she do a bootcamp?", "Training › Northern Code Academy"),
    ("joanna", "What degree does she have?", "Training"),
    ("joanna", "Where did she study?", "Training"),
    ("joanna", "Does she have management experience?", "Work History › Leeds Grammar School"),
    ("joanna", "Does she volunteer anywhere?", "Volunteering"),
    ("joanna", "What are her hobbies?", "Hobbies"),
    ("joanna", "Which city is she in?", "Joanna Okafor"),
    ("joanna", "What's her LinkedIn?", "Joanna Okafor"),
    ("joanna", "Tell me about her data projects", "Selected Projects"),
    ("joanna", "Who is Joanna?", "Profile"),
    # Written after the answerer and kept as written, misses included (three at the time).
    ("maya", "Who is her employer?", "Experience › Northwind Payments"),
    ("maya", "What is Maya doing these days?", "Experience › Northwind Payments"),
    ("maya", "Is she a Python developer?", "Skills"),
    ("maya", "What's her experience with AWS?", "Skills"),
    ("maya", "Does she have a master's degree?", "Education › KTH"),
    ("maya", "What was her thesis about?", "Education › KTH"),
    ("maya", "Can she speak German?", "Languages"),
    ("maya", "What's her phone number?", "Maya Lindqvist"),
    ("maya", "Where did she work before Klarhet?", "Experience › Tietoevry"),
    ("maya", "What databases does she know?", "Skills"),
    ("maya", "How senior is she?", "Summary"),
    ("maya", "Is she willing to relocate?", "Maya Lindqvist"),
    ("maya", "Does she play chess?", "Interests"),
    ("maya", "What's her biggest achievement?", "Experience › Northwind Payments"),
    ("daniel", "What is Daniel's job title?", "Professional Experience › Principal Engineer"),
    ("daniel", "Which university did he attend?", "Education › University of Waterloo"),
    ("daniel", "Has he written any papers?", "Talks & Publications"),
    ("daniel", "Does he have C++ experience?", "Professional Experience › Senior Software"),
    (
        "daniel",
        "What was his role at Bell Networks?",
        "Professional Experience › Software Engineer",
    ),
    ("daniel", "Does he have a PhD?", "Education › University of Waterloo"),
    ("priya", "What is she studying?", "Education › The University of Texas"),
    ("priya", "What internships has she had?", "Internships › Dell Technologies"),
    ("priya", "What's her work experience?", "Internships › Dell Technologies"),
    ("priya", "Does she know Java?", "Technical Skills"),
    ("priya", "Any hackathon wins?", "Awards"),
    ("joanna", "Why did she switch careers?", "Profile"),
    ("joanna", "How long did she teach?", "Profile"),
    ("joanna", "Does she know Python?", "Toolbox"),
    ("joanna", "What does she do at Brightside?", "Work History › Brightside Health"),
    ("joanna", "What's her educational background?", "Training"),
    ("joanna", "Is she a teacher?", "Work History › Leeds Grammar School"),
    ("joanna", "What's her notice period?", None),
    # Absent: the resume does not say, and the answer must say so plainly.
    ("maya", "What's her salary expectation?", None),
    ("maya", "How old is she?", None),
    ("maya", "Does she know Rust?", None),
    ("maya", "Is she married?", None),
    ("daniel", "What is his expected compensation?", None),
    ("daniel", "Does he know Haskell?", None),
    ("daniel", "Does he need visa sponsorship?", None),
    ("priya", "Has she used Kubernetes?", None),
    ("priya", "Does she have children?", None),
    ("joanna", "Does she know Tableau?", None),
    ("joanna", "What's her date of birth?", None),
    ("joanna", "Does she have any certifications?", None),
]


@cache
def answerer(name: str) -> OfflineAnswerer:
    return OfflineAnswerer(load_resume(RESUMES[name]))


def top_citation(name: str, question: str) -> str | None:
    reply = answerer(name).answer(question)
    return reply.quotes[0].citation if reply.quotes else None


def is_right(name: str, question: str, expected: str | None) -> bool:
    cited = top_citation(name, question)
    return cited is None if expected is None else (cited or "").startswith(expected)


def test_table_is_big_enough() -> None:
    """At least 40 answerable questions and some absent ones, over every resume."""
    answerable = [case for case in CASES if case[2] is not None]
    assert len(answerable) >= 40
    assert len(CASES) - len(answerable) >= 8
    assert {case[0] for case in CASES} == set(RESUMES)


def test_top_citation_accuracy() -> None:
    """At least 95% of questions cite the right section first (or say the resume is silent)."""
    wrong = [
        (name, question, expected, top_citation(name, question))
        for name, question, expected in CASES
        if not is_right(name, question, expected)
    ]
    accuracy = 1 - len(wrong) / len(CASES)
    assert accuracy >= TARGET, f"accuracy {accuracy:.1%}; wrong: {wrong}"


@pytest.mark.parametrize(("name", "question"), [(c[0], c[1]) for c in CASES if c[2] is None])
def test_absent_answers_say_so_without_quotes(name: str, question: str) -> None:
    """A question the resume cannot answer gets one plain sentence, never padding."""
    reply = answerer(name).answer(question)
    assert reply.quotes == ()
    assert reply.absent.startswith("The resume does not")
