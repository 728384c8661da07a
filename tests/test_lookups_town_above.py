"""Round321-328's misses in where a person is: a town set a line above its country in a block
of contact lines, wherever a PDF's columns put that block."""

from __future__ import annotations

from tests.test_lookups import answer_text


def test_a_town_a_line_above_its_country_beside_the_contacts_is_quoted_with_it() -> None:
    """round321's student: "Thika" over "Kenya", over the phone and the email, after the
    projects (a Word sidebar printed to PDF): the country alone was quoted, not the town."""
    text = (
        "# Emmanuel Juma\n\n## Recent Projects\n\n### Mobile app development\n\n"
        "- Simple calculator in Flutter.\n\nThika\n\nKenya\n\n+254114221612\n\n"
        "jumaemmanuel23@outlook.com\n"
    )
    answer = answer_text(text, "Where is he located?")
    assert "Thika" in answer, answer
    assert "Kenya" in answer, answer
