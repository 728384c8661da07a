"""Real Markdown resumes printed to PDF by Chromium and saved as Word, answered as well as the
Markdown: the readers of both formats keep what the offline answerer needs."""

from __future__ import annotations

import pytest

from tests.documents import chromium
from tests.realworld import RESUMES, Graded, rendered, run

# How far below the Markdown's accuracy, on the same questions, another format may fall.
SLACK = 0.10


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Graded]]:
    """The answers on each format, graded; no "pdf" key without a browser to print with."""
    folder = tmp_path_factory.mktemp("realworld")
    kinds = ["docx", "pdf"] if chromium() else ["docx"]
    renditions = {kind: rendered(kind, folder, also_as=True) for kind in kinds}
    same = {name: RESUMES / name for paths in renditions.values() for name in paths}
    with pytest.MonkeyPatch.context() as env:
        env.setenv("RESUME_CHAT_CACHE", "off")  # the readers themselves, not kept readings
        graded = {kind: run(path_of=renditions[kind]) for kind in kinds}
        return {"markdown": run(path_of=same), **graded}


def share(graded: list[Graded]) -> float:
    return sum(g.right for g in graded) / len(graded)


def report(graded: list[Graded]) -> str:
    return "\n".join(f"{g.case.resume}: {g.case.question!r} -> {g.answer[:200]!r}" for g in graded)


def answers_in(graded: dict[str, list[Graded]], kind: str) -> list[Graded]:
    if kind not in graded:
        pytest.skip("no chromium, chromium-browser or google-chrome on PATH to print a PDF")
    assert graded[kind], f"no manifest resume lists {kind!r} in also_as"
    return graded[kind]


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_no_answer_denies_a_stated_fact(graded: dict[str, list[Graded]], kind: str) -> None:
    """Read from PDF or Word, no answer says the resume is silent about what it states."""
    denials = [g for g in answers_in(graded, kind) if g.denial]
    assert not denials, report(denials)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_accuracy_close_to_the_markdown(graded: dict[str, list[Graded]], kind: str) -> None:
    """On the same questions, PDF and Word are answered within SLACK of the Markdown."""
    answers = answers_in(graded, kind)
    markdown = graded["markdown"]
    assert [g.case for g in answers] == [g.case for g in markdown]
    lost = [g for g, source in zip(answers, markdown, strict=True) if source.right and not g.right]
    assert share(answers) >= share(markdown) - SLACK, (
        f"{kind} {share(answers):.1%} against markdown {share(markdown):.1%}; "
        f"missed only in {kind}:\n{report(lost)}"
    )
