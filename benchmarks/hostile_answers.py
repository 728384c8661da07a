"""Time an offline answer takes on a resume a stranger built to make patterns backtrack.

Each resume holds, in its header and in a job, one line of about 20,000 characters of one
unit repeated (letters, spaces, years, capitalised words with commas and without, "· "
separators, addresses, dates with dashes, a name's words linked by "do" and "de"). Eleven
common questions are asked of each, in-process, after the
resume is read; the table shows the reading time and the slowest answer. Patterns tried at
every start of a line must not scan the rest of it each time: a line of "· " once took 30 s
for "Where does she live?", a word of 20,000 letters 10 s, a line of capitalised words 2.4 s
for an acronym's question (a name run unbounded, backtracked from every word).
Run: uv run python benchmarks/hostile_answers.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import table

from resume_chat.answerer.offline import OfflineAnswerer
from resume_chat.resume import load_resume

UNITS = {
    "letters": "a",
    "spaces": " ",
    "years": "2019 ",
    "capitalised words": "Abc, ",
    "separators": "· ",
    "addresses": "a@b ",
    "date spans": "2019 – ",
    "capitalised words without commas": "Abc ",
    "a name with linking words": "Universidade do Rio de ",
}
QUESTIONS = [
    "Where does she live?",
    "What is her email?",
    "Where does she work now?",
    "Where did she study?",
    "Does she know Kafka?",
    "How many years of experience does she have?",
    "Does she have a driving licence?",
    "What languages does she speak?",
    "Is she certified in AWS?",
    "What is her name?",
    "Did she work at UFRJ?",  # an acronym: the names the lines spell out are looked for
]


def main() -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, unit in UNITS.items():
            line = unit * (20_000 // len(unit))
            path = Path(folder) / f"{name.replace(' ', '-')}.md"
            path.write_text(
                f"# Ann Lee\n\nann@x.com {line}\n\n## Experience\n\n### Engineer — Acme\n\n"
                f"2019 – 2021\n\n{line}\n",
                encoding="utf-8",
            )
            started = time.perf_counter()
            answerer = OfflineAnswerer(load_resume(path))
            read = time.perf_counter() - started
            slowest, asked = 0.0, ""
            for question in QUESTIONS:
                started = time.perf_counter()
                answerer.answer(question)
                took = time.perf_counter() - started
                slowest, asked = max((slowest, asked), (took, question))
            rows.append([name, f"{read * 1000:.0f}", f"{slowest * 1000:.0f}", asked])
    print(table(["a 20,000-character line of", "read ms", "slowest answer ms", "question"], rows))


if __name__ == "__main__":
    main()
