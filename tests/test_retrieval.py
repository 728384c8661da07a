"""Picking the quotes that answer a question."""

from __future__ import annotations

import pytest

from resume_chat.answerer.index import MAX_LINES, MAX_QUOTES, ResumeIndex
from resume_chat.answerer.outline import outline
from resume_chat.answerer.retrieval import answer_quotes
from resume_chat.resume import parse_resume

# "Python" and "skills" also appear outside the Skills section, to tempt a word matcher.
RESUME = """\
# Sam Ortiz

Berlin, Germany · sam@example.com

## Skills

- Python, TypeScript, PostgreSQL
- Docker, Terraform

## Experience

### Acme GmbH - Platform Engineer
*2021 - present*

- Built the deployment pipeline in Python.

### Beta AG - Developer
*2018 - 2021*

- Maintained the billing service.

## Volunteering

Teach soft skills and Python to refugees at a weekend school.
"""


def index() -> ResumeIndex:
    return ResumeIndex(outline(parse_resume(RESUME)))


def test_skill_question_cites_skills_not_a_section_sharing_a_word() -> None:
    """ "What skills…" quotes Skills, though Volunteering also says "skills"."""
    reply = answer_quotes(index(), "What skills does Sam have?")
    assert [quote.citation for quote in reply.quotes] == ["Skills"]
    assert reply.quotes[0].lines == ("- Python, TypeScript, PostgreSQL", "- Docker, Terraform")


def test_named_technology_ranks_skills_first() -> None:
    """A technology found in Skills and a job is quoted from Skills first, then the job."""
    reply = answer_quotes(index(), "Does he know Python?")
    assert [quote.citation for quote in reply.quotes][:2] == [
        "Skills",
        "Experience › Acme GmbH - Platform Engineer",
    ]


def test_missing_technology_is_named_in_a_plain_sentence() -> None:
    """A technology the resume never mentions gets "does not mention" and no quotes."""
    reply = answer_quotes(index(), "Does she know Kubernetes?")
    assert reply.quotes == ()
    assert reply.absent == "The resume does not mention Kubernetes."


def test_current_role_is_the_entry_marked_present() -> None:
    """ "Where does he work now?" quotes the job marked present."""
    reply = answer_quotes(index(), "Where does he work now?")
    assert reply.quotes[0].citation == "Experience › Acme GmbH - Platform Engineer"
    assert reply.quotes[0].lines[0] == "2021 - present"


def test_quotes_are_verbatim_lines_of_the_resume() -> None:
    """Every quoted line is a line of the resume as read (its canonical rendering)."""
    lines = set(parse_resume(RESUME).markdown.splitlines())
    for question in ("Where is she based?", "What did he do before Acme?", "Tell me about him"):
        for quote in answer_quotes(index(), question).quotes:
            assert set(quote.lines) <= lines, question


def test_answers_stay_short() -> None:
    """However broad the question, at most a handful of quotes and lines."""
    reply = answer_quotes(index(), "python docker terraform billing deployment weekend")
    assert 0 < len(reply.quotes) <= MAX_QUOTES
    assert sum(len(quote.lines) for quote in reply.quotes) <= MAX_LINES


def test_unanswerable_personal_question_is_absent() -> None:
    """Salary is not in the resume: one plain sentence."""
    reply = answer_quotes(index(), "What's his salary?")
    assert (reply.quotes, reply.absent) == (
        (),
        "The resume does not say anything about salary or pay.",
    )


def answer(markdown: str, question: str) -> str:
    reply = answer_quotes(ResumeIndex(outline(parse_resume(markdown))), question)
    return reply.absent or "\n".join(line for quote in reply.quotes for line in quote.lines)


def test_no_place_in_the_header_answers_with_the_latest_jobs_place() -> None:
    """No location at the top: the current job's "City, Country", not a denial."""
    text = (
        "# Ann Lee\n\n## Experience\n\n**Engineer**\nAcme, Dublin, Ireland — 2022 to Present\n\n"
        "**Intern**\nBolt, Pune, India — 2019 to 2020\n"
    )
    assert "Dublin, Ireland" in answer(text, "Where is she based?")


def test_before_an_employer_named_like_a_tool_is_the_job_after_it() -> None:
    """ "Before Docker": the employer's next job, not lines naming containers."""
    text = (
        "# Ann Lee\n\n## Employment\n\n### Docker\n\nDocker runs containers.\n\n"
        "#### Manager (2022 - Present)\n\n- Led.\n\n"
        "### Connected\n\n#### Engineer (2018 - 2022)\n\n- Built.\n"
    )
    assert answer(text, "Where did she work before Docker?").startswith("- Built.")


def test_a_heading_naming_two_kinds_answers_for_both() -> None:
    """Awards asked, "Certifications & Awards" held: its lines, not "does not list"."""
    text = "# Ann Lee\n\n## Certifications & Awards\n\n- AWS Architect\n- Platinum Club Member\n"
    assert "Platinum Club Member" in answer(text, "Has she received any awards?")


def test_a_telling_word_beats_a_profile_link() -> None:
    """ "How many followers on LinkedIn?": the line with the followers, not the link."""
    text = (
        "# Ann Lee\n\nlinkedin.com/in/ann\n\n## Writing\n\n- Posts on LinkedIn; 13k+ followers.\n"
    )
    assert "13k+" in answer(text, "How many followers does she have on LinkedIn?")


def test_a_credential_the_resume_never_holds_is_denied_not_quoted() -> None:
    """ "Does he have a PhD?" on a resume with no doctorate in any spelling is a plain denial."""
    with_degree = RESUME + "\n## Education\n\n### TU Berlin - BSc Computer Science\n*2014 - 2018*\n"
    reply = answer_quotes(ResumeIndex(outline(parse_resume(with_degree))), "Does he have a PhD?")
    assert (reply.quotes, reply.absent) == ((), "The resume does not mention a PhD.")


def test_a_credential_in_another_spelling_is_quoted() -> None:
    """ "Dr. rer. nat." is a doctorate: a PhD question quotes it, never denies it."""
    with_degree = (
        RESUME + "\n## Education\n\n### TU Berlin - Dr. rer. nat., Physics\n*2018 - 2022*\n"
    )
    reply = answer_quotes(ResumeIndex(outline(parse_resume(with_degree))), "Does he have a PhD?")
    assert not reply.absent
    assert any("Dr. rer. nat." in quote.citation for quote in reply.quotes)


@pytest.mark.parametrize(
    ("resume", "question", "line"),
    [
        # A word the resume writes as two.
        (
            "## Projects\n\n- Chat Bot for the library, in Flutter\n",
            "Has he built a chatbot?",
            "Chat Bot",
        ),
        # A capital abbreviation for what the question spells out.
        (
            "## Education\n\nBSc, State University\n\n- TA for DS3000 (Data Science)\n",
            "Was he a teaching assistant?",
            "DS3000",
        ),
        # A role that leads, named otherwise, where the resume has no Experience section.
        (
            "## Skills\n\n- Public speaking\n- NJHS elected Vice President\n",
            "Has he held any leadership positions?",
            "Vice President",
        ),
        # A goal is what an Objective states.
        (
            "## Objective\n\nTo become a neurosurgeon.\n\n## Skills\n\n- Biology\n",
            "What is his career goal?",
            "neurosurgeon",
        ),
        # The name with a sign after it.
        (
            "## Projects\n\n- Erasmus+ project on open data, Lisbon\n",
            "Was he part of an Erasmus program?",
            "Erasmus+",
        ),
        # An acronym of the name the question spells out.
        (
            "## Experience\n\n- SWE Intern @ SEI at CMU\n",
            "Did he intern at Carnegie Mellon?",
            "CMU",
        ),
    ],
)
def test_a_fact_spelled_another_way_is_found_not_denied(
    resume: str, question: str, line: str
) -> None:
    reply = answer_quotes(ResumeIndex(outline(parse_resume("# Sam Roe\n\n" + resume))), question)
    assert not reply.absent, reply.absent
    assert any(line in quoted for quote in reply.quotes for quoted in quote.lines), reply
