"""Headings of jobs and studies set deeper than another section's, lifted to the sections'
level (round298's Word CV set "Employment History" smaller than "Hobbies:")."""

from __future__ import annotations

from resume_chat.resume import parse_resume
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import Section

_WORD = (
    "James Jian / CV\n\n## Hobbies:\n\nESP32 and Raspberry Pi are my favourite hardware.\n\n"
    "#### Employment History\n\nSep 2019 – Now\n\nFirmware Developer – Gallagher\n\n"
    "#### Responsibilities:\n\n- Development of software for LoRa\n\n## Skills\n\n- C, C++\n\n"
    "#### Education / Qualifications\n\n### GRADUATED: JUN 2015\n\nLa Trobe University\n\n"
    "#### Languages:\n\n- English - Fluent\n"
)


def test_jobs_and_studies_set_under_another_section_stand_as_sections() -> None:
    markdown = read_markdown(_WORD).markdown
    for heading in ("## Hobbies:", "## Employment History", "## Skills"):
        assert f"\n{heading}\n" in markdown, markdown
    assert "\n## Education / Qualifications\n" in markdown, markdown
    # What followed them, deeper, is theirs now.
    paths = [" › ".join(section.path) for section in _walk(parse_resume(markdown).sections)]
    assert "Employment History › Responsibilities:" in paths, paths
    assert "Education / Qualifications › GRADUATED: JUN 2015" in paths, paths


def _walk(sections: list[Section]) -> list[Section]:
    return [s for section in sections for s in (section, *_walk(section.children))]


def test_a_subsection_of_the_same_kind_or_a_minor_kind_stays_where_it_is() -> None:
    markdown = read_markdown(
        "# Ana Ruiz\n\n## Experience\n\n### Work Experience Abroad\n\n- Nurse, Lyon\n\n"
        "## Skills\n\n### Languages\n\n- French\n"
    ).markdown
    assert "\n### Work Experience Abroad\n" in markdown, markdown
    assert "\n### Languages\n" in markdown, markdown
