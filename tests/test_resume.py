"""Loading and parsing resumes: sections by heading, and one clear error per bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_chat.errors import ResumeError
from resume_chat.resume import MAX_RESUME_BYTES, load_resume, parse_resume

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "resume.md"


def test_sample_resume_sections() -> None:
    """The bundled resume parses into its top-level sections with entries nested."""
    resume = load_resume(SAMPLE)
    assert resume.name == "Maya Lindqvist"
    titles = [section.title for section in resume.sections]
    assert titles[:4] == ["Summary", "Experience", "Skills", "Education"]
    experience = resume.sections[1]
    assert (
        experience.children[0].citation
        == "Experience › Northwind Payments — Senior Backend Engineer"
    )
    assert "Kafka" in experience.children[0].body
    assert "maya.lindqvist@example.com" in resume.preamble


def test_setext_headings_and_several_top_level_headings() -> None:
    """Setext headings count; with several level-1 headings none is taken as the name."""
    resume = parse_resume(
        "Jo Doe\n\nWork\n====\n\nAcme\n----\nbuilt things\n\nSchool\n======\nMIT\n"
    )
    assert [s.title for s in resume.sections] == ["Work", "School"]
    assert resume.sections[0].children[0].path == ("Work", "Acme")
    assert resume.sections[0].children[0].body == "built things"
    assert resume.name == "Jo Doe"


def test_headings_inside_code_fences_are_not_sections() -> None:
    """A `#` line inside fenced code is content, not a heading."""
    resume = parse_resume("# Ann\n\n## Projects\n\n```bash\n# not a heading\n```\n")
    assert [s.title for s in resume.walk()] == ["Projects"]
    assert "# not a heading" in resume.sections[0].body


def test_section_text_includes_nested_entries() -> None:
    """A section's text carries its children's headings and bodies."""
    resume = parse_resume("# A\n## Jobs\nintro\n### One\nfirst\n### Two\nsecond\n")
    text = resume.sections[0].text
    assert "intro" in text
    assert "### One\n\nfirst" in text
    assert "### Two\n\nsecond" in text


def test_inline_markup_is_removed_from_titles() -> None:
    """Bold or code marks around a heading do not reach citations."""
    resume = parse_resume("# A\n## **Skills** `core`\n- Go\n")
    assert resume.sections[0].title == "Skills core"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\xff\xfe\x00bad", "is a binary file"),
        (b"# A\x00\x01", "is a binary file"),
        (b"#" * (MAX_RESUME_BYTES + 1), "the limit"),
    ],
)
def test_bad_files_raise_one_line(tmp_path: Path, content: bytes, problem: str) -> None:
    """Every bad file is a ResumeError naming the file and the problem, exit code 2."""
    path = tmp_path / "resume.md"
    path.write_bytes(content)
    with pytest.raises(ResumeError) as caught:
        load_resume(path)
    assert problem in str(caught.value)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert caught.value.exit_code == 2


def test_missing_file_and_directory(tmp_path: Path) -> None:
    """A missing path or a directory says what to pass instead."""
    with pytest.raises(ResumeError, match=r"does not exist; pass a resume file \(Markdown, PDF"):
        load_resume(tmp_path / "nope.md")
    with pytest.raises(ResumeError, match="is a directory"):
        load_resume(tmp_path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """Files saved with a byte-order mark load like any other."""
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff# Zoë\n## Skills\n- Rust\n".encode())
    assert load_resume(path).name == "Zoë"


def test_endless_device_is_refused_without_reading_it() -> None:
    """/dev/zero never ends: a device is refused before a byte is read."""
    with pytest.raises(ResumeError, match="not a regular file"):
        load_resume(Path("/dev/zero"))


def test_pipe_nobody_writes_to_is_refused_not_waited_on(tmp_path: Path) -> None:
    """A FIFO with no writer would block open() forever; it is refused within seconds."""
    import os
    import time

    fifo = tmp_path / "cv.md"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ResumeError, match="pipe nobody wrote to"):
        load_resume(fifo)
    assert time.monotonic() - started < 10


def test_pipe_is_read(tmp_path: Path) -> None:
    """A pipe works, as with --resume <(cat cv.md)."""
    import os
    import threading

    fifo = tmp_path / "cv.md"
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_text, args=("# Kim\n## Skills\n- Go\n",))
    writer.start()
    resume = load_resume(fifo)
    writer.join()
    assert resume.name == "Kim"


def test_text_heading_with_its_rule_on_the_same_line_is_a_section() -> None:
    """ "EMPLOYMENT ------" in a plain-text resume starts a section, the dashes dropped."""
    from resume_chat.resume.text import read_text

    reading = read_text("Chris Combs\n\nEMPLOYMENT ----------------\n\nAnalyst, Humana (2014)\n")
    assert "## EMPLOYMENT\n" in reading.markdown


def test_markdown_headings_in_a_text_file_are_sections() -> None:
    """ "## Education" in a .txt resume starts a section; the first line stays the name."""
    from resume_chat.resume.text import read_text

    reading = read_text("# Matt Hancock\n\n## Education\n\n* (2012) - B.S., Ferris State\n")
    assert "\n## Education\n" in reading.markdown
    assert "\\#" not in reading.markdown
    assert "Matt Hancock" in reading.markdown


def test_titles_written_as_list_items_over_plain_lines_are_sections() -> None:
    """ "- Education" over "2019 - 2022: PhD…", "- Hobbies" over "Piano": a text resume's
    titles typed as items, each after a blank line; items under a title stay items."""
    from resume_chat.resume.text import read_text

    reading = read_text(
        "- Education\n2019 - 2022: PhD in Data Visualisation, Paris-Saclay University\n\n\n"
        "- Experiences\n2023 - 2025: Research Engineer, University of Edinburgh\n\n\n"
        "- Hobbies\nPiano\nBouldering\n\nLanguages\n- English\n- French\n"
    )
    assert "\n## Experiences\n" in reading.markdown, reading.markdown
    assert "\n## Hobbies\n" in reading.markdown, reading.markdown
    assert "- English" in reading.markdown, reading.markdown
