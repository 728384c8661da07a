"""Top-citation accuracy of the offline answerer, per resume, over the question table in tests.

Run: uv run python benchmarks/offline_accuracy.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_offline_accuracy import CASES, RESUMES, is_right, top_citation


def main() -> None:
    print(f"{'resume':<10} {'questions':>9} {'right':>6} {'accuracy':>9}")
    total = right = 0
    misses = []
    for name in RESUMES:
        cases = [case for case in CASES if case[0] == name]
        good = sum(1 for case in cases if is_right(*case))
        misses += [case for case in cases if not is_right(*case)]
        total, right = total + len(cases), right + good
        print(f"{name:<10} {len(cases):>9} {good:>6} {good / len(cases):>9.1%}")
    print(f"{'all':<10} {total:>9} {right:>6} {right / total:>9.1%}")
    for name, question, expected in misses:
        print(
            f"miss: {name}: {question!r} cited {top_citation(name, question)!r}, not {expected!r}"
        )


if __name__ == "__main__":
    main()
