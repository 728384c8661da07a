"""The offline answerer as an AnswerProvider, driven through the chat session."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.index import Quote, Reply
from resume_chat.answerer.offline import OFFLINE_MODEL, OfflineAnswerer, format_reply
from resume_chat.events import Answered, Chunk, Usage
from resume_chat.resume import load_resume
from resume_chat.session import ChatSession

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "resume.md"


async def ask(question: str) -> tuple[list[Chunk], Answered]:
    resume = load_resume(SAMPLE)
    session = ChatSession(resume, OfflineAnswerer(resume), model=OFFLINE_MODEL)
    chunks: list[Chunk] = []
    try:
        async for event in session.ask(question):
            if isinstance(event, Chunk):
                chunks.append(event)
            else:
                assert isinstance(event, Answered), event
                assert session.conversation.turns[-1].answer == event.text
                return chunks, event
    finally:
        await session.aclose()
    raise AssertionError("no Answered event")


async def test_session_streams_cited_quotes_then_records_the_turn() -> None:
    """Chunks one per cited block, then Answered with zero usage; Education is cited first."""
    chunks, answered = await ask("Where did she study?")
    assert len(chunks) == 2
    assert answered.text.startswith("[Education › KTH Royal Institute of Technology")
    assert "> Thesis: Exactly-once delivery in distributed logs" in answered.text
    assert answered.model == OFFLINE_MODEL
    assert answered.usage == Usage(0, 0, 0, 0.0)


async def test_absent_answer_is_one_sentence() -> None:
    """A question the resume cannot answer streams one plain sentence and nothing else."""
    chunks, answered = await ask("How old is she?")
    assert [chunk.text for chunk in chunks] == [
        "The resume does not give an age or date of birth.\n"
    ]
    assert answered.text == chunks[0].text


async def test_same_question_same_answer() -> None:
    """Two answerers over the same resume give byte-identical answers."""
    _, first = await ask("Which programming languages does she know?")
    _, second = await ask("Which programming languages does she know?")
    assert first.text == second.text == "[Skills]\n> - **Languages:** Python, Go, SQL, Java, Bash\n"


def test_format_reply_quotes_each_line_under_its_citation() -> None:
    """Each quote becomes its citation in brackets followed by its lines as a blockquote."""
    reply = Reply((Quote("Experience › Acme", ("*2020 - now*", "  - Built it.")),))
    assert format_reply(reply) == ["[Experience › Acme]\n> *2020 - now*\n> - Built it."]


async def test_follow_up_pointing_back_is_answered_from_the_previous_citation() -> None:
    """ "What did she do there?" after "where does she work now?" quotes that same job."""
    resume = load_resume(SAMPLE)
    session = ChatSession(resume, OfflineAnswerer(resume), model=OFFLINE_MODEL)
    answers = []
    for question in ("Where does she work now?", "What did she do there?"):
        async for event in session.ask(question):
            if isinstance(event, Answered):
                answers.append(event.text)
    await session.aclose()
    first, follow_up = answers
    assert first.startswith("[Experience › Northwind Payments")
    assert follow_up.startswith("[Experience › Northwind Payments")
    assert "Kafka streams" in follow_up


def test_pointing_back_without_a_previous_answer_quotes_the_current_job() -> None:
    """With nothing to point back at (a first question), "there" is taken as where she works
    now: a quote a reader can judge, rather than a denial of something the resume states."""
    answerer = OfflineAnswerer(load_resume(SAMPLE))
    reply = answerer.answer("What did she do there?")
    assert reply.quotes
    assert reply.quotes == answerer.answer("What is the current job?").quotes
