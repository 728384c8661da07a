"""Recognising what a question about a candidate asks for."""

from __future__ import annotations

import pytest

from resume_chat.answerer.intents import classify, normalise


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Where does she work now?", "current"),
        # "they" and "are working" ask it too.
        ("Where do they work?", "current"),
        ("Where are they working?", "current"),
        ("What's his current job?", "current"),
        ("What did he do before that?", "roles"),
        ("Which companies has she worked for?", "roles"),
        ("How many years of experience does she have?", "years"),
        ("Does he know Kubernetes?", "check"),
        ("Has she worked with Kafka?", "check"),
        ("Which programming languages does she use?", "programming"),
        # A "programme" is a scheme or a course of study.
        ("Which exchange programme did she join?", "search"),
        ("Has she joined any leadership programmes?", "search"),
        # Where one studies programming is a school.
        ("Where is he currently studying programming?", "education"),
        ("What languages does she speak?", "spoken"),
        ("Where did she study?", "education"),
        ("What degree does he have?", "education"),
        ("Any side projects?", "projects"),
        ("Where is she based?", "location"),
        ("What's her email?", "contact"),
        ("What's her salary?", "salary"),
        ("What's her notice period?", "notice"),
        ("Where did he earn his doctorate?", "education"),
        ("When can he start?", "notice"),
        ("Has he built high availability systems?", "search"),
        ("How old is he?", "age"),
        ("What does she do in her free time?", "interests"),
        ("What does he do to unwind?", "interests"),
        ("What does he do outside work?", "interests"),
        ("What does she do?", "current"),
        ("What are her strengths?", "skills"),
        ("Tell me about him", "summary"),
        ("Blorp?", "search"),
    ],
)
def test_classify_common_phrasings(question: str, intent: str) -> None:
    """The ways people ask land on the intent that answers them."""
    assert classify(question).name == intent


def test_normalise_reads_contractions() -> None:
    """Curly or straight, "what's" reads as "what is"."""
    assert normalise("What\u2019s her job? Where's she?") == "What is her job? Where is she?"


def test_earned_certificates_and_getting_started_are_not_pay_or_search() -> None:
    """ "Earned" a certificate is no salary question; "got started" asks for the first job."""
    from resume_chat.answerer.intents import classify

    assert classify("What certificates has he earned?").name == "certifications"
    assert classify("How much does she earn?").name == "salary"
    assert classify("How did he get started professionally?").name == "roles"


def test_presented_work_is_no_question_about_the_present() -> None:
    """ "Has he presented at MIT?" asks for talks; "presently" still asks about now."""
    assert classify("Has he presented at MIT?").name == "publications"
    assert classify("Where does she work presently?").name == "current"


def test_the_school_she_teaches_at_now_is_her_job() -> None:
    """ "Which school is she teaching at now?" asks for her current job; a degree she is
    working on now is still about her studies."""
    assert classify("Which school is she teaching at now?").name == "current"
    assert classify("What degree is he working on right now?").name == "education"
    # So does the university that employs him now, and an academic rank or title held now.
    assert classify("Which university employs him right now?").name == "current"
    assert classify("What is her current academic title?").name == "current"
    assert classify("Where is he currently studying?").name == "education"


def test_any_dance_background_asks_about_dance_not_for_a_summary() -> None:
    """ "Any dance background?" is about dance; "What is her background?" asks for a summary."""
    assert classify("Does the candidate have any dance background?").name != "summary"
    assert classify("What is her background?").name == "summary"


def test_plurals_rotas_and_permits_reach_their_intents() -> None:
    """ "Degrees", "on call" and "Blue Card" are read as what they are."""
    from resume_chat.answerer.intents import classify

    assert classify("What degrees does she have?").name == "education"
    assert classify("Have they been on call?").name != "contact"
    assert classify("Does he have a Blue Card?").name == "visa"


def test_first_work_and_terms_of_study_are_read() -> None:
    """ "Where did he first work?" asks for the first job; "Fall 2009" dates an entry."""
    from resume_chat.answerer.chronology import started
    from resume_chat.answerer.intents import classify
    from resume_chat.answerer.outline import Entry

    assert classify("Where did he first work?").name == "roles"
    assert started(Entry("x", "experience", "Lab assistant", ("Fall 2009 - Spring 2011",))) == (
        2009,
        9,
    )


def test_a_profile_site_named_as_an_employer_and_a_client_are_not_contact_or_summary() -> None:
    """ "What did he do at LinkedIn?" is about a job; "Who is his client?" is no summary."""
    assert classify("What did he do at LinkedIn?").name != "contact"
    assert classify("Who is his client?").name != "summary"
    assert classify("Who is she?").name == "summary"


@pytest.mark.parametrize(
    "question", ["What is his profession?", "What's her occupation?", "What is his line of work?"]
)
def test_profession_asks_for_the_headline(question: str) -> None:
    """A profession is the headline under the name, never a search that finds no word."""
    assert classify(question).name == "summary"


def test_a_company_based_somewhere_asks_about_a_job_not_an_address() -> None:
    """ "an organisation based in France": where a job was; "Where is he based?": where he is."""
    assert classify("Has he worked for an organisation based in France?").name != "location"
    assert classify("Did she join a startup located in Berlin?").name != "location"
    assert classify("Where is he based?").name == "location"


@pytest.mark.parametrize(
    "question",
    [
        "What kind of position is he looking for?",
        "What kind of role is she looking for?",
        "Is he seeking an internship?",
        "Is she looking for a full-time job?",
    ],
)
def test_what_they_are_looking_for_is_a_goal(question: str) -> None:
    """The role someone seeks is in their objective, not in the jobs they held."""
    assert classify(question).name == "goal"


def test_what_they_did_in_a_kind_of_job_is_no_goal() -> None:
    assert classify("What kind of work did she do at Acme?").name != "goal"
    assert classify("Which position did he hold at Shopify?").name != "goal"


def test_an_age_at_an_event_is_no_question_about_a_birth_date() -> None:
    """ "How old was he when he started programming?" asks about programming; "How old is
    she?" about her age."""
    assert classify("How old was he when he started programming?").name != "age"
    assert classify("How old is she?").name == "age"


@pytest.mark.parametrize(
    "question",
    [
        "What position is she applying for?",
        "What kind of role is she going for?",
        "What role is he targeting?",
        "Which role is she applying for?",
    ],
)
def test_the_role_applied_for_is_a_goal(question: str) -> None:
    """The role a resume targets (its objective, its headline), not the roles held; learned
    from round273's and round275's first runs."""
    assert classify(question).name == "goal"
    assert classify("Which roles has he held?").name != "goal"
