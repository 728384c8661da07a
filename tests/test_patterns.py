"""Compiled patterns kept between runs: the same pattern objects `re.compile` makes, never a
question's words on disk, and never an error when the file is damaged or off."""

from __future__ import annotations

import marshal
import os
import re
import stat
import subprocess
from array import array
from pathlib import Path
from types import ModuleType

import pytest

from resume_chat import patterns
from resume_chat.answerer import absences, intents
from resume_chat.patterns import Programs
from resume_chat.resume import date_spans, dates_line
from resume_chat.resume.kinds import classifier
from resume_chat.userdirs import NoHomeFolder
from tests.test_offline_cli import SAMPLE, command


def module_patterns(*modules: ModuleType) -> list[tuple[str, int]]:
    """The pattern and flags of every compiled pattern these modules hold."""
    found = {
        (value.pattern, value.flags)
        for module in modules
        for value in vars(module).values()
        if isinstance(value, re.Pattern) and isinstance(value.pattern, str)
    }
    found |= {(intent.source, re.IGNORECASE) for intent in intents.INTENTS}
    return sorted(found)


def test_patterns_built_from_kept_programs_are_those_re_compiles(tmp_path: Path) -> None:
    """A first run compiles and keeps; a second builds each pattern from the file alone, and
    each equals `re.compile`'s (patterns compare by their pattern, flags and program)."""
    file = tmp_path / "patterns.sre"
    wanted = module_patterns(dates_line, classifier, absences)
    assert len(wanted) > 40
    first = Programs(file)
    for pattern, flags in wanted:
        assert first.build(pattern, flags) == re.compile(pattern, flags)
    first.save()
    kept = marshal.loads(file.read_bytes())
    assert set(kept) == set(wanted)
    second = Programs(file)
    for pattern, flags in wanted:
        built = second.build(pattern, flags)
        assert built == re.compile(pattern, flags)
        assert built.groupindex == re.compile(pattern, flags).groupindex
    second.save()
    assert marshal.loads(file.read_bytes()) == kept  # nothing new was compiled


def test_kept_pattern_matches_as_compiled(tmp_path: Path) -> None:
    """Named groups and flags survive the round trip."""
    file = tmp_path / "patterns.sre"
    source = r"(?P<start>\d{4})\s*[–-]\s*(?P<end>\d{4}|present)"
    first = Programs(file)
    first.build(source, re.IGNORECASE)
    first.save()
    built = Programs(file).build(source, re.IGNORECASE)
    found = built.search("Acme, 2019 – PRESENT")
    assert found is not None
    assert found.group("end") == "PRESENT"
    assert found.span("start") == (6, 10)


def test_damaged_file_or_program_is_compiled_afresh(tmp_path: Path) -> None:
    """Garbage in the file, or a program the engine refuses, falls back to compiling."""
    file = tmp_path / "patterns.sre"
    file.write_bytes(b"\x00not marshal data")
    assert Programs(file).build(r"\bKafka\b", 0) == re.compile(r"\bKafka\b")
    # Code the engine refuses, and code in the first format's lists: both compiled afresh.
    for code in (array("I", [1, 2, 3]).tobytes(), [1, 2, 3]):
        file.write_bytes(marshal.dumps({(r"\bKafka\b", 0): (32, code, 0, {}, (None,))}))
        built = Programs(file).build(r"\bKafka\b", 0)
        assert built == re.compile(r"\bKafka\b")
        assert built.search("used Kafka daily")
    file.write_bytes(marshal.dumps({(r"\bKafka\b", 0): "not a program"}))
    assert Programs(file).build(r"\bKafka\b", 0) == re.compile(r"\bKafka\b")


def test_off_keeps_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RESUME_CHAT_CACHE", "off")
    file = tmp_path / "patterns.sre"
    programs = Programs(file)
    assert programs.build(r"\d+", 0) == re.compile(r"\d+")
    programs.save()
    assert not file.exists()


def test_a_full_file_keeps_only_the_patterns_of_the_last_run(tmp_path: Path) -> None:
    file = tmp_path / "patterns.sre"
    older = Programs(file, limit=2)
    for source in ("a+", "b+"):
        older.build(source, 0)
    older.save()
    newer = Programs(file, limit=2)
    for source in ("b+", "c+"):
        newer.build(source, 0)
    newer.save()
    assert set(marshal.loads(file.read_bytes())) == {("b+", 0), ("c+", 0)}


def test_the_package_compiles_through_the_kept_programs() -> None:
    """`patterns`' functions are `re`'s for the package's own patterns."""
    assert patterns.compile(date_spans.DATE_SPAN, re.IGNORECASE) == re.compile(
        date_spans.DATE_SPAN, re.IGNORECASE
    )
    assert patterns.search(r"\b(19|20)\d\d\b", "since 2019") is not None
    assert patterns.sub(r"\s+", " ", "a \t b") == "a b"
    assert patterns.split(r"[,;]", "a,b;c") == ["a", "b", "c"]


def test_questions_are_never_kept_and_a_second_run_answers_alike(tmp_path: Path) -> None:
    """The installed command, twice: the file is owner-only, holds the package's patterns
    and none of the question's words, and the second answer (from kept programs) is the
    first's."""
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENROUTER_", "RESUME_"))}
    env["RESUME_CHAT_CACHE_DIR"] = str(cache)
    asked = [
        "Has she used Quuxplatformer?",
        "Where did she study?",
        "Does she speak Zorblatian?",
    ]
    runs = []
    for _ in range(2):
        for question in asked:
            result = subprocess.run(
                [*command(), "ask", "--offline", "--no-store", question, "-r", str(SAMPLE)],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert result.returncode == 0, result.stderr
            runs.append(result.stdout)
    assert runs[:3] == runs[3:]
    assert "Quuxplatformer" in runs[0]  # the question's word reached the answerer
    (file,) = cache.glob("patterns-*.sre")
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    kept = file.read_bytes()
    assert len(marshal.loads(kept)) > 100
    for word in (b"quux", b"Quux", b"zorblat", b"Zorblat"):
        assert word not in kept


def test_no_home_folder_is_no_error() -> None:
    """Where the user's cache folder cannot be worked out (no home: `Path.home()` raises), the
    patterns are compiled as `re` compiles them and nothing is kept."""

    class Homeless(Programs):
        @property
        def file(self) -> Path:
            raise NoHomeFolder("there is no home folder")

    programs = Homeless()
    assert programs.build(r"\d+ years?", 0) == re.compile(r"\d+ years?")
    programs.save()
