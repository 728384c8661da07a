"""Offline accuracy on the real public resumes in tests/realworld, per resume, with every miss.

Run: uv run python benchmarks/realworld.py [--answers] [--heldout | ... | --round9] [--as pdf|docx]
(--heldout: tests/heldout, collected after tuning on tests/realworld, then studied;
 --final: tests/final, collected next, its false denials studied;
 --unseen: tests/unseen, its false denials studied;
 --blind: tests/blind, its false denials studied;
 --last: tests/last, collected after every change, run once;
 --fresh: tests/fresh, collected after that, first run reported, then studied;
 --next: tests/next, collected after fresh was studied, first run reported, then studied;
 --formats: tests/formats, resumes whose own file is a PDF, a Word file or a JSON Resume;
 --round9: tests/round9, Markdown, JSON in owners' own schemas and plain text (issue #10);
 --round10 / --round10f: tests/round10 (Markdown, text) and tests/round10f (PDF, Word, JSON
   Resume files as published), collected after round9 was studied;
 --round11: tests/round11, mixed formats, collected after round10's changes, first run reported;
 --round12: tests/round12, mixed formats, collected meanwhile, run after every change of the round;
 --round13: tests/round13, mixed formats, collected while round12 was studied, run once at the end;
 --round14: tests/round14, mixed formats, collected while round13 was studied, run once at the end;
 --as pdf|docx: the set's Markdown resumes printed to PDF by headless Chromium, or saved as
 Word, answered on the same questions and set beside the same resumes read as Markdown)
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld import HELD_OUT_SETS, ROOT, Graded, rendered, run


def table(graded: list[Graded], label: str) -> None:
    """Per resume and overall: questions, right answers, accuracy; then the false denials."""
    by_resume: dict[str, list[bool]] = defaultdict(list)
    for item in graded:
        by_resume[item.case.resume].append(item.right)
    print(f"{'resume':<40} {'questions':>9} {'right':>6} {'accuracy':>9}")
    for name, marks in by_resume.items():
        print(f"{name:<40} {len(marks):>9} {sum(marks):>6} {sum(marks) / len(marks):>9.1%}")
    right = sum(item.right for item in graded)
    denials = sum(item.denial for item in graded)
    print(f"{'all ' + label:<40} {len(graded):>9} {right:>6} {right / len(graded):>9.1%}")
    print(f"false 'does not mention' answers: {denials}")


def misses(graded: list[Graded], label: str) -> None:
    for item in graded:
        if not item.right:
            kind = "DENIAL" if item.denial else "miss"
            print(f"{kind} ({label}): {item.case.resume}: {item.case.question!r} ", end="")
            print(f"expected {item.case.expect}")
            if "--answers" in sys.argv:
                print("    " + item.answer[:300].replace("\n", "\n    "))


def main() -> None:
    sets = {f"--{folder.name}": folder for folder in HELD_OUT_SETS}
    root = next((folder for flag, folder in sets.items() if flag in sys.argv), ROOT)
    kind = sys.argv[sys.argv.index("--as") + 1] if "--as" in sys.argv else None
    if kind is None:
        graded = run(root=root)
        table(graded, "")
        misses(graded, "as read")
        return
    os.environ["RESUME_CHAT_CACHE"] = "off"  # the readers themselves, not kept readings
    with tempfile.TemporaryDirectory() as folder:
        paths = rendered(kind, Path(folder), root)
        if not paths:
            sys.exit(f"no Markdown resume in {root.name} to write as {kind} (or no browser)")
        source = run(path_of={name: root / "resumes" / name for name in paths}, root=root)
        graded = run(path_of=paths, root=root)
    table(source, "as markdown")
    misses(source, "markdown")
    lost = [g for g, s in zip(graded, source, strict=True) if s.right and not g.right]
    print(f"lost only in {kind}: {len(lost)}")
    misses(graded, kind)
    table(graded, f"as {kind}")


if __name__ == "__main__":
    main()
