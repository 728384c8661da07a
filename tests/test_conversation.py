"""The conversation: history bounded by a token budget, oldest turns first to go."""

from __future__ import annotations

from resume_chat.conversation import Conversation, estimate_tokens

SYSTEM = {"role": "system", "content": "S" * 10_000}


def test_messages_order_system_history_question() -> None:
    """System first, then turns in order, then the new question."""
    conversation = Conversation(history_tokens=1000)
    conversation.add("q1", "a1")
    conversation.add("q2", "a2")
    roles = [(m["role"], m["content"]) for m in conversation.messages(SYSTEM, "q3")[1:]]
    assert roles == [
        ("user", "q1"),
        ("assistant", "a1"),
        ("user", "q2"),
        ("assistant", "a2"),
        ("user", "q3"),
    ]


def test_oldest_turns_dropped_when_over_budget() -> None:
    """Past the budget the oldest turns go; the system message never does."""
    turn_cost = estimate_tokens("q" * 40) + estimate_tokens("a" * 400)
    conversation = Conversation(history_tokens=2 * turn_cost + estimate_tokens("new"))
    for n in range(5):
        conversation.add(f"{n}" + "q" * 39, "a" * 400)
    messages = conversation.messages(SYSTEM, "new")
    assert messages[0] is SYSTEM
    assert [m["content"][0] for m in messages[1:-1:2]] == ["3", "4"]
    assert len(conversation.turns) == 5  # the record is kept; only what is sent is trimmed


def test_zero_budget_sends_only_the_question() -> None:
    """A budget of zero means no history at all."""
    conversation = Conversation(history_tokens=0)
    conversation.add("q", "a")
    assert [m["role"] for m in conversation.messages(SYSTEM, "x")] == ["system", "user"]


def test_pop_and_clear() -> None:
    """pop forgets the last turn; clear forgets them all."""
    conversation = Conversation()
    conversation.add("q1", "a1")
    conversation.add("q2", "a2")
    popped = conversation.pop()
    assert popped is not None
    assert popped.question == "q2"
    conversation.clear()
    assert conversation.turns == []
    assert conversation.pop() is None


def test_max_turns_bounds_the_record() -> None:
    """With max_turns, only the newest turns are kept at all."""
    conversation = Conversation(max_turns=2)
    for n in range(5):
        conversation.add(f"q{n}", f"a{n}")
    assert [turn.question for turn in conversation.turns] == ["q3", "q4"]
