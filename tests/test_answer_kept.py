"""The answerer's index kept between runs: the same index as one worked out afresh, used only
for the same resume and the same code, and never an error."""

from __future__ import annotations

import marshal
import stat
from pathlib import Path
from typing import Any

import pytest

from resume_chat.answerer import kept
from resume_chat.answerer.counting import counted
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.answerer.outline import Entry, outline
from resume_chat.resume import Resume, load_resume

RESUME = """# Ana Ruiz

## Experience

### Acme — Platform Engineer
2021 – present
- Runs the Kafka clusters

## Education

### MSc Computer Science — University of Porto
2016 – 2018
"""


@pytest.fixture
def resume(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Resume:
    monkeypatch.setenv("RESUME_CHAT_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "cv.md"
    path.write_text(RESUME)
    return load_resume(path)


def _kept_files(resume: Resume) -> list[Path]:
    return sorted(Path(resume.path).parent.joinpath("cache").glob("*.index"))


def _same(one: ResumeIndex, other: ResumeIndex) -> None:
    assert one.entries == other.entries
    assert one.words == other.words
    assert list(one.idf) == list(other.idf)  # the order too: some rules take the first word


def test_the_kept_index_is_the_one_worked_out(resume: Resume) -> None:
    """The first answerer keeps its index, owner-only; the second restores an equal one."""
    first = kept.index_of(resume)
    (entry,) = _kept_files(resume)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    second = kept.index_of(resume)
    _same(second, first)
    _same(second, ResumeIndex(outline(resume), resume.name))
    question = "Where did she study?"
    answers = [format_reply(OfflineAnswerer(resume).answer(question)) for _ in range(2)]
    assert answers[0] == answers[1]
    assert "University of Porto" in "\n".join(answers[0])


def test_a_kept_index_is_what_the_answerer_uses(resume: Resume) -> None:
    """Proof that the file is read, not ignored: a kept index naming another employer (under
    this resume's key and this code's fingerprint) is the one answered from."""
    kept.index_of(resume)
    (entry,) = _kept_files(resume)
    key, code, (entries, _words) = marshal.loads(entry.read_bytes())
    forged = [
        Entry(e[0].replace("Acme", "Globex"), e[1], e[2].replace("Acme", "Globex"), e[3])
        for e in entries
    ]
    forged_words: tuple[Any, ...] = tuple(counted(forged, resume.name))
    fields: list[tuple[Any, ...]] = [tuple(e) for e in forged]
    entry.write_bytes(marshal.dumps((key, code, (fields, forged_words))))
    reply = OfflineAnswerer(resume).answer("Where does she work now?")
    assert "Globex" in "\n".join(format_reply(reply))


@pytest.mark.parametrize(
    "damage",
    [
        lambda key, code, value: b"\x00garbage",
        lambda key, code, value: marshal.dumps((key, "older code", value)),
        lambda key, code, value: marshal.dumps(("another resume", code, value)),
        lambda key, code, value: marshal.dumps((key, code, ([("one field",)], ()))),
        lambda key, code, value: marshal.dumps((key, code, "not a pair")),
    ],
    ids=["garbage", "other-code", "other-key", "other-shape", "not-a-pair"],
)
def test_a_damaged_or_foreign_entry_is_worked_out_afresh(resume: Resume, damage: object) -> None:
    kept.index_of(resume)
    (entry,) = _kept_files(resume)
    key, code, value = marshal.loads(entry.read_bytes())
    entry.write_bytes(damage(key, code, value))  # type: ignore[operator]
    _same(kept.index_of(resume), ResumeIndex(outline(resume), resume.name))


def test_another_name_or_text_is_another_entry(resume: Resume) -> None:
    """The key is the canonical text and the name, compared whole: an edit is a new index."""
    kept.index_of(resume)
    renamed = resume._replace(name="Bea Ruiz")
    assert "bea" in kept.index_of(renamed).name_words
    edited = resume._replace(markdown=resume.markdown + "\n<!-- edited -->\n")
    kept.index_of(edited)
    assert len(_kept_files(resume)) == 3


def test_nothing_is_kept_when_the_cache_is_off(
    resume: Resume, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESUME_CHAT_CACHE", "off")
    index = kept.index_of(resume)
    assert _kept_files(resume) == []
    _same(index, ResumeIndex(outline(resume), resume.name))
