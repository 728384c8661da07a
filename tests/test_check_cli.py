"""`resume-chat check`, run as the installed command: what a resume owner sees before going live."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.test_cli import COMMAND, assert_one_line_error, environment

ROOT = Path(__file__).resolve().parent.parent


def check(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, "check", *args],
        capture_output=True,
        text=True,
        env=environment(None),
        cwd=cwd,
        timeout=60,
    )


def test_sample_shows_format_name_sections_and_kinds() -> None:
    """The bundled sample: Markdown, Maya's name, each section with its kind and entries."""
    result = check("data/resume.md")
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert first.startswith("data/resume.md: markdown, Maya Lindqvist")
    experience = next(line for line in rest if line.strip().startswith("Experience"))
    assert experience.split()[1:] == ["experience", "3", "entries"]
    assert result.stdout.rstrip().endswith("no warnings")


def test_json_report_of_a_json_resume() -> None:
    """--json is one object a script can read; a JSON Resume is named as such."""
    path = ROOT / "tests/realworld/resumes/json-sre-tech-lead.json"
    data = json.loads(check("--json", str(path)).stdout)
    assert data["format"] == "json-resume"
    assert data["name"] == "Olive Haven"
    kinds = {node["kind"] for node in data["sections"]}
    assert {"experience", "education", "skills"} <= kinds


def test_warnings_a_person_can_act_on(tmp_path: Path) -> None:
    """A resume with no name heading and no jobs says so, and what to do."""
    path = tmp_path / "cv.md"
    path.write_text("## Skills\n\n- Go, Rust\n\n## Education\n\nBSc, Uppsala University\n")
    result = check(str(path))
    assert result.returncode == 0, result.stderr
    assert "no work experience found" in result.stdout
    assert "name was not found" in result.stdout


def test_unusable_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A file that cannot be read is one line on stderr and exit 2, never a traceback."""
    path = tmp_path / "cv.json"
    path.write_text('{"name": "my-package", "version": "1.0.0"}')
    assert_one_line_error(check(str(path)), 2, "not a JSON Resume")


def test_sections_sharing_a_title_each_count_their_own_entries(tmp_path: Path) -> None:
    """Two certificates from one issuer are one entry each, not two each."""
    path = tmp_path / "cv.md"
    path.write_text(
        "# Ana Ruiz\n\n## Certificates\n\n### FreeCodeCamp\n\nResponsive Web Design\n\n"
        "### FreeCodeCamp\n\nJavaScript Algorithms\n"
    )
    data = json.loads(check("--json", str(path)).stdout)
    (certificates,) = data["sections"]
    assert certificates["entries"] == 2
    assert [child["entries"] for child in certificates["sections"]] == [1, 1]


def test_check_shows_the_kinds_the_answerer_uses(tmp_path: Path) -> None:
    """Items styled as headings under an empty "Certificates": check shows them as its entries,
    certifications, as the answerer reads them, not "other" sections of their own."""
    path = tmp_path / "cv.md"
    path.write_text(
        "# Ann Lee\n\n## Skills\n\n- Nmap\n\n## Certificates\n\n"
        "## Cybersecurity Analyst Job Simulation, Forage\n\n## Education\n\n- MCA\n"
    )
    shown = check(str(path), "--json")
    tree = {node["title"]: node for node in json.loads(shown.stdout)["sections"]}
    (entry,) = tree["Certificates"]["sections"]
    assert entry["title"] == "Cybersecurity Analyst Job Simulation, Forage"
    assert entry["kind"] == "certifications"
