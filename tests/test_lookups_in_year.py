"""A question about one year ("Where did he teach in 2024?", round154) is answered first by
the entries held that year: it had quoted the header's "Senior Lecturer" and the job held
now, begun in 2025."""

from __future__ import annotations

from tests.test_lookups import answer_text

_LECTURER = (
    "# Bobokandov Makhmud\n\nResearcher & Senior Lecturer\n\n## Summary\n\n"
    "6+ years of experience as a Senior Lecturer in education and research.\n\n"
    "## Experience\n\n### Researcher & Senior Lecturer — National University of Uzbekistan\n\n"
    "2025-01-01 – Present\n\n### Senior Lecturer — Tashkent State Transport University\n\n"
    "2024-01-01 – 2025-01-01\n\n### Senior Lecturer — Tashkent University of Social Innovations"
    "\n\n2022-01-01 – 2023-12-31\n\n### Teacher Assistant — National University of Uzbekistan\n\n"
    "2020-01-01 – 2021-12-31\n"
)


def test_the_entry_held_in_the_year_asked_comes_first() -> None:
    answer = answer_text(_LECTURER, "Where did he teach in 2024?")
    assert answer.startswith("[Experience › Senior Lecturer — Tashkent State Transport"), answer


def test_a_year_counted_from_is_no_year_asked() -> None:
    answer = answer_text(_LECTURER, "Where did he teach in 2020-2021?")
    assert not answer.startswith("[Experience › Senior Lecturer — Tashkent State"), answer
