"""The reading cache: reused only for the same bytes read by the same code, never an error."""

from __future__ import annotations

import marshal
import os
import stat
from pathlib import Path

import pytest

from resume_chat.resume import load_resume
from resume_chat.resume.cache import cached, folder, keep
from resume_chat.resume.reading import Reading

RESUME = "# Ana Ruiz\n\n## Experience\n\n### Acme — Engineer\n\n2020 – present\n"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    place = tmp_path / "cache"
    monkeypatch.setenv("RESUME_CHAT_CACHE_DIR", str(place))
    return place


def test_second_load_is_served_from_the_cache(cache_dir: Path, tmp_path: Path) -> None:
    """The first load keeps its reading, owner-only; the second gets the same resume back."""
    path = tmp_path / "cv.md"
    path.write_text(RESUME)
    first = load_resume(path)
    entries = list(cache_dir.glob("*.marshal"))
    assert len(entries) == 1
    assert stat.S_IMODE(entries[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    second = load_resume(path)
    assert second.markdown == first.markdown
    assert second.name == "Ana Ruiz"


def test_changed_bytes_are_read_afresh(cache_dir: Path, tmp_path: Path) -> None:
    """Editing the resume gives the new reading, not the kept one."""
    path = tmp_path / "cv.md"
    path.write_text(RESUME)
    load_resume(path)
    path.write_text(RESUME.replace("Ana Ruiz", "Bea Ruiz"))
    assert load_resume(path).name == "Bea Ruiz"


def test_entry_from_other_code_or_other_bytes_is_ignored(cache_dir: Path) -> None:
    """An entry whose code fingerprint or bytes differ (a checksum clash) is never used."""
    raw = RESUME.encode()
    keep(raw, ".md", Reading(RESUME, "markdown", [], "Ana Ruiz"))
    (entry,) = cache_dir.glob("*.marshal")
    kept = marshal.loads(entry.read_bytes())
    assert cached(raw, ".md") is not None
    entry.write_bytes(marshal.dumps((kept[0], "older code", *kept[2:])))
    assert cached(raw, ".md") is None
    entry.write_bytes(marshal.dumps((b"other bytes", *kept[1:])))
    assert cached(raw, ".md") is None
    entry.write_bytes(b"\x00garbage")
    assert cached(raw, ".md") is None


def test_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache path that is a file (or unwritable) leaves loading working."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("RESUME_CHAT_CACHE_DIR", str(blocker / "cache"))
    path = tmp_path / "cv.md"
    path.write_text(RESUME)
    assert load_resume(path).name == "Ana Ruiz"
    assert folder() == blocker / "cache"


def test_cache_can_be_turned_off(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """RESUME_CHAT_CACHE=off keeps nothing."""
    monkeypatch.setenv("RESUME_CHAT_CACHE", "off")
    path = tmp_path / "cv.md"
    path.write_text(RESUME)
    load_resume(path)
    assert not cache_dir.exists()


def test_an_edit_to_any_reader_module_changes_the_fingerprint() -> None:
    """Every reader's module counts, also those in a format's own package (resume/pdf/, …)."""
    from resume_chat.resume import cache
    from resume_chat.resume.pdf import rows

    module = Path(rows.__file__)
    fingerprint = cache.reader_fingerprint.__wrapped__
    before = fingerprint()
    assert "pdf/rows.py:" in before
    assert "jsonresume/schema/jsonresume.schema.json:" in before
    info = module.stat()
    try:
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))
        assert fingerprint() != before
    finally:
        os.utime(module, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert fingerprint() == before
