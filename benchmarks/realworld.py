"""Offline accuracy on the real public resumes in tests/realworld, per resume, with every miss.

Run: uv run python benchmarks/realworld.py [--answers] [--heldout | ... | --next]
(--heldout: tests/heldout, collected after tuning on tests/realworld, then studied;
 --final: tests/final, collected next, its false denials studied;
 --unseen: tests/unseen, its false denials studied;
 --blind: tests/blind, its false denials studied;
 --last: tests/last, collected after every change, run once;
 --fresh: tests/fresh, collected after that, first run reported, then studied;
 --next: tests/next, collected after fresh was studied, first run reported, then studied)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.realworld import BLIND, FINAL, FRESH, HELDOUT, LAST, NEXT, ROOT, UNSEEN, run


def main() -> None:
    sets = {
        "--heldout": HELDOUT,
        "--final": FINAL,
        "--unseen": UNSEEN,
        "--blind": BLIND,
        "--last": LAST,
        "--fresh": FRESH,
        "--next": NEXT,
    }
    root = next((folder for flag, folder in sets.items() if flag in sys.argv), ROOT)
    graded = run(root=root)
    by_resume: dict[str, list[bool]] = defaultdict(list)
    for item in graded:
        by_resume[item.case.resume].append(item.right)
    print(f"{'resume':<36} {'questions':>9} {'right':>6} {'accuracy':>9}")
    for name, marks in by_resume.items():
        print(f"{name:<36} {len(marks):>9} {sum(marks):>6} {sum(marks) / len(marks):>9.1%}")
    right = sum(item.right for item in graded)
    denials = sum(item.denial for item in graded)
    print(f"{'all':<36} {len(graded):>9} {right:>6} {right / len(graded):>9.1%}")
    print(f"false 'does not mention' answers: {denials}")
    for item in graded:
        if not item.right:
            kind = "DENIAL" if item.denial else "miss"
            print(f"{kind}: {item.case.resume}: {item.case.question!r} expected {item.case.expect}")
            if "--answers" in sys.argv:
                print("    " + item.answer[:300].replace("\n", "\n    "))


if __name__ == "__main__":
    main()
