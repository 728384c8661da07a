"""Reading cost of each resume format, and of the files it must refuse, against Markdown.

Each sample is read with `resume_chat.resume.load_resume` in a fresh `python -c`, which times
import plus load with perf_counter, so import costs count as on a user's first read (bytecode is
cached first, as an installed package has it). Cold is the median of RUNS such processes,
interleaved; warm is the median in-process time per read after the first; peak RSS is the
largest of the cold processes', from getrusage(RUSAGE_CHILDREN) in a small launcher. The ratio
is cold against `data/resume.md`. The worst cases must each be refused with a ResumeError.
Last, `resume-chat ask --offline` against `resume-chat --version`, each a whole process (target
within 1.5x).
Run: uv run python benchmarks/read_formats.py [runs]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pypdf
from common import RESUME, ROOT, median_ms, table

from tests.documents import RESUME as FIXTURE
from tests.documents import browser_pdf, markdown_to_docx, markdown_to_pdf

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
INSTALLED = ROOT / ".venv" / "bin" / "resume-chat"
REALWORLD = ROOT / "tests" / "realworld" / "resumes"
QUESTION = "Where did she study?"
TARGET_RATIO = 1.5
MB = 1_000_000
# Run as `python -c CHILD path warm|cold`; prints one JSON line (a traceback means a crash).
CHILD = """
import json, sys, time
started = time.perf_counter()
from pathlib import Path
from resume_chat.errors import ResumeError
from resume_chat.resume import load_resume
def read():
    try:
        return load_resume(Path(sys.argv[1])).format, ""
    except ResumeError as exc:
        return "refused", str(exc)
outcome, message = read()
cold = time.perf_counter() - started
warm = []
while sys.argv[2] == "warm" and len(warm) < 50 and sum(warm) < 0.5:
    began = time.perf_counter()
    read()
    warm.append(time.perf_counter() - began)
print(json.dumps({"outcome": outcome, "message": message, "cold": cold, "warm": warm}))
"""
COMPANIES = ["Northwind Freight", "Quayside Energy", "Larkspur Health", "Fenwick Maps"]
BULLETS = [
    "Designed the event-sourced order service that replaced a nightly batch of 40 cron jobs.",
    "Moved 120 services from hand-rolled VMs to Kubernetes with zero customer-facing downtime.",
    "Ran the incident review that cut pages per on-call week from eleven to two.",
]


# `python -S -c LAUNCHER argv...`: fork and exec argv, then report its wall time, exit code and
# peak RSS. A child exec'd straight from this benchmark would inherit its high-water mark.
LAUNCHER = """
import os, resource, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[1], sys.argv[1:])
_, status = os.waitpid(pid, 0)
wall = time.perf_counter() - started
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(f"\\n@@ {wall} {os.waitstatus_to_exitcode(status)} {rss}", flush=True)
"""


class Run:
    """One finished child process: its stdout, exit code, wall time and peak RSS."""

    def __init__(self, argv: list[str], env: dict[str, str], cwd: str) -> None:
        launcher = [sys.executable, "-S", "-c", LAUNCHER, *argv]
        done = subprocess.run(
            launcher, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=cwd
        )
        output, _, report = done.stdout.decode(errors="replace").rpartition("\n@@ ")
        wall, code, rss = report.split()
        self.output, self.wall, self.code = output, float(wall), int(code)
        self.rss_mb = int(rss) * 1024 / MB  # Linux counts KiB

    def result(self) -> dict[str, object]:
        """The child's JSON line, or its crash as an outcome."""
        last = self.output.strip().splitlines()[-1] if self.output.strip() else ""
        if self.code == 0 and last.startswith("{"):
            parsed: dict[str, object] = json.loads(last)
            return parsed
        return {"outcome": f"crashed ({self.code})", "message": last[:100], "cold": self.wall}


def long_resume(entries: int) -> str:
    """The fixtures' resume with `entries` more jobs, three bullets each, before Education."""
    jobs = "".join(
        f"### Senior Engineer — {COMPANIES[index % len(COMPANIES)]}\n\n"
        f"{2010 - index} – {2011 - index}, Remote\n\n" + "".join(f"- {b}\n" for b in BULLETS) + "\n"
        for index in range(entries)
    )
    return FIXTURE.replace("## Education", jobs + "## Education")


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(path).pages)


def make_samples(folder: Path) -> list[tuple[str, Path]]:
    """(label, path) of every sample: the Markdown floor first, then formats, then worst cases."""
    entries = 4
    while True:  # the fewest extra jobs that take fpdf2's layout to three pages
        markdown = long_resume(entries)
        markdown_to_pdf(markdown, folder / "resume.pdf")
        if pages(folder / "resume.pdf") >= 3:
            break
        entries += 1
    samples = [("data/resume.md (the floor)", Path(RESUME))]
    samples.append(
        (f"resume.pdf (fpdf2, {pages(folder / 'resume.pdf')} pp)", folder / "resume.pdf")
    )
    if browser_pdf(markdown, folder / "chromium.pdf"):
        samples.append(
            (f"chromium.pdf ({pages(folder / 'chromium.pdf')} pp)", folder / "chromium.pdf")
        )
    markdown_to_docx(markdown, folder / "resume.docx")
    samples.append(("resume.docx (python-docx, same text)", folder / "resume.docx"))
    samples.append(("json-sre-tech-lead.json", REALWORLD / "json-sre-tech-lead.json"))
    samples.append(("text-designer.txt", REALWORLD / "text-designer.txt"))
    rst = REALWORLD.parent.parent / "round191" / "resumes"
    long_cv = rst / "rst-pandoc-citeproc-long-publications-biomedical-research-scientist.rst"
    samples.append(("a 26 KB reStructuredText CV (round191)", long_cv))

    noise = folder / "noise" / "cv.pdf"
    noise.parent.mkdir()
    with noise.open("wb") as file:
        for _ in range(50):
            file.write(os.urandom(MB))
    samples.append(("cv.pdf: 50 MB of random bytes", noise))
    bomb = folder / "bomb" / "cv.docx"
    bomb.parent.mkdir()
    with (
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        zeros = bytes(MB)
        for _ in range(1000):  # streamed: never more than 1 MB in memory here
            member.write(zeros)
    samples.append((f"cv.docx: zip bomb, 1 GB in {bomb.stat().st_size / MB:.1f} MB", bomb))
    huge = folder / "huge.md"
    with huge.open("wb") as file:
        chunk = FIXTURE.encode() * (MB // len(FIXTURE) + 1)
        while file.tell() < 60 * MB:
            file.write(chunk)
        file.truncate(60 * MB)
    samples.append(("huge.md: 60 MB of Markdown", huge))
    locked = folder / "locked.pdf"
    markdown_to_pdf(FIXTURE, folder / "plain.pdf")
    writer = pypdf.PdfWriter(clone_from=folder / "plain.pdf")
    writer.encrypt("secret")
    writer.write(locked)
    samples.append(("locked.pdf: encrypted (pypdf)", locked))
    os.mkfifo(folder / "fifo.md")
    samples.append(("fifo.md: a FIFO with no writer", folder / "fifo.md"))
    samples.append(("/dev/zero", Path("/dev/zero")))
    # Hostile text under the size limit: unclosed template tags, nesting, a wall of brackets,
    # one line of words (which once cost its length squared), thousands of short lines under no
    # section heading (which once cost their count squared), a LaTeX group nested 20,000 deep.
    units = (("tags", "x {% {{ {{< a "), ("nesting", "<div>"), ("brackets", "["), ("words", "a "),
             ("lines", "k: [x\n"))  # fmt: skip
    for name, unit in units:
        hostile = folder / f"hostile-{name}.md"
        hostile.write_text("# A B\n\n" + unit * (190_000 // len(unit)))
        samples.append((f"hostile-{name}.md: 190 KB of {unit.strip()!r}", hostile))
    # A heading drawn between rules ("-- - pengalaman kerja- --"), 20 KB of them: its kind was
    # judged in time quadratic in its length (4.4 s) until the rules' runs were bounded.
    drawn = folder / "hostile-drawn.md"
    drawn.write_text("# A B\n\n## " + "- " * 9_990 + "x\n\nbody\n")
    samples.append(("hostile-drawn.md: a heading of 20 KB of drawn rules", drawn))
    deep = folder / "hostile-deep.tex"
    deep.write_text("\\documentclass{article}\n\\begin{document}\n" + "{" * 20_000 + "}" * 20_000)
    samples.append(("hostile-deep.tex: LaTeX groups 20,000 deep", deep))
    # The worst reStructuredText docutils still takes (60 KB: 24 levels of indent repeated, or
    # a grid table of 300-cell rows), and past its bounds (190 KB of titles: the text reader).
    nested = folder / "hostile-nested.rst"
    nested.write_text("".join(" " * (i % 25) + "- item\n\n" for i in range(20_000))[:59_000])
    samples.append(("hostile-nested.rst: 59 KB, lists 24 deep", nested))
    grid = folder / "hostile-grid.rst"
    grid.write_text(("+" + "-+" * 300 + "\n" + "|" + "a|" * 300 + "\n") * 48)
    samples.append(("hostile-grid.rst: 58 KB grid table", grid))
    titles = folder / "hostile-titles.rst"
    titles.write_text(("T\n===\n\n" * 30_000)[:190_000])
    samples.append(("hostile-titles.rst: 190 KB of titles", titles))
    # Lines of text, then as many lone commas (a text box's place split at its commas, read
    # joined since the fifty-sixth stop: once in time quadratic in the count, 2.9 s at 16,000).
    commas = folder / "hostile-commas.txt"
    commas.write_text("x\n" * 47_000 + ",\n" * 47_000)
    samples.append(("hostile-commas.txt: 47,000 lines, then 47,000 commas", commas))
    # A 履歴書's rows, each joining or leaving an organisation named by 2,000 letters: rows are
    # paired by a fuzzy match costing a name's length squared, so only short names are.
    ledger = folder / "hostile-ledger.md"
    joined = "".join(f"- 2001 · 4 · {'株' * 2000}{i} 入社\n" for i in range(15))
    left = "".join(f"- 2002 · 4 · {'式' * 2000}{i} 退職\n" for i in range(15))
    ledger.write_text(f"# A B\n\n## 職歴\n\n{joined}{left}")
    samples.append(("hostile-ledger.md: 30 履歴書 rows naming 2,000-letter firms", ledger))
    # 3,000 joinings, then 3,000 leavings of other firms: each leaving row was compared with
    # every firm still open (57 s) until only the latest twenty are.
    rows = folder / "hostile-rows.md"
    joins = "".join(f"- 2001 · 4 · 会社{i} 入社\n" for i in range(3000))
    leaves = "".join(f"- 2002 · 4 · 別{i} 退職\n" for i in range(3000))
    rows.write_text(f"# A B\n\n## 職歴\n\n{joins}{leaves}")
    samples.append(("hostile-rows.md: 3,000 履歴書 joinings, then 3,000 leavings", rows))
    # JSON broken past the slips mended by hand is given to json-repair up to 16 KB, where its
    # worst inputs (time quadratic in their length) cost about a second.
    braces = folder / "hostile-braces.json"
    braces.write_text("{" * 16_000)
    samples.append(("hostile-braces.json: 16 KB of open braces, mended in vain", braces))
    strings = folder / "hostile-strings.json"
    strings.write_text(('{"a": "x, "b": "y, ' * 900)[:16_000])
    samples.append(("hostile-strings.json: 16 KB of strings never closed", strings))
    return samples


def environment(pycache: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def main() -> None:
    if not INSTALLED.exists():
        raise SystemExit(f"{INSTALLED} is missing; run `uv sync`.")
    with (
        tempfile.TemporaryDirectory() as scratch,
        tempfile.TemporaryDirectory() as pycache,
        tempfile.TemporaryDirectory() as cwd,
    ):
        env = environment(pycache) | {"RESUME_CHAT_CACHE_DIR": str(Path(cwd) / "readings")}
        # Reading is what is measured here: no reading kept from an earlier run.
        reading = env | {"RESUME_CHAT_CACHE": "off"}
        samples = make_samples(Path(scratch))
        child = [sys.executable, "-c", CHILD]
        warm = {label: Run([*child, str(path), "warm"], reading, cwd) for label, path in samples}
        runs: dict[str, list[Run]] = {label: [] for label, _ in samples}
        for _ in range(RUNS):  # interleaved, so drift in machine load hits all alike
            for label, path in samples:
                runs[label].append(Run([*child, str(path), "cold"], reading, cwd))
        version = [str(INSTALLED), "--version"]
        ask = [str(INSTALLED), "ask", "--offline", QUESTION, "--resume", RESUME]
        for command in (version, ask):  # warm the bytecode cache
            Run(command, env, cwd)
        whole: dict[str, list[Run]] = {"version": [], "ask": []}
        for _ in range(RUNS):
            whole["version"].append(Run(version, env, cwd))
            whole["ask"].append(Run(ask, env, cwd))

    cold = {label: [float(str(r.result()["cold"])) for r in rs] for label, rs in runs.items()}
    floor = median_ms(cold[samples[0][0]])
    rows: list[list[str]] = []
    refusals: list[str] = []
    for label, _ in samples:
        outcomes = {str(r.result()["outcome"]) for r in runs[label]}
        first = warm[label].result()
        reads = first.get("warm") or []
        assert isinstance(reads, list)
        rows.append(
            [
                label,
                " / ".join(sorted(outcomes)),
                f"{median_ms(cold[label]):.1f}",
                f"{median_ms(reads):.2f}" if reads else "—",
                f"{median_ms(cold[label]) / floor:.2f}x",
                f"{max(r.rss_mb for r in runs[label]):.0f}",
            ]
        )
        if first.get("message"):
            refusals.append(f"- {label}: {first['message']}")
    walls = {key: [r.wall for r in rs] for key, rs in whole.items()}
    ratio = statistics.median(walls["ask"]) / statistics.median(walls["version"])
    for key, label in (
        ("version", "`resume-chat --version`"),
        ("ask", f'`ask --offline "{QUESTION}"`'),
    ):
        failed = any(r.code for r in whole[key])
        rows.append(
            [
                f"{label}, whole process",
                "exit ≠ 0" if failed else "exit 0",
                f"{median_ms(walls[key]):.1f}",
                "—",
                "1.00x of --version" if key == "version" else f"{ratio:.2f}x of --version",
                f"{max(r.rss_mb for r in whole[key]):.0f}",
            ]
        )
    print(f"load_resume, cold = fresh process, median of {RUNS}, Python {sys.version.split()[0]}\n")
    headers = ["sample", "format/outcome", f"median ms (cold, {RUNS} runs)", "warm ms"]
    print(table([*headers, "vs Markdown floor", "peak RSS MB"], rows))
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"\nask --offline is {ratio:.2f}x --version: {verdict} the {TARGET_RATIO}x target.")
    print("\nWhat the refused (or crashed) samples said:")
    print("\n".join(refusals))


if __name__ == "__main__":
    main()
