"""A Word export's dates set one under the other in a narrow column beside each job: "11/2012"
on the job's row, "–" under it, then "03/2018"; or "09/2020" over "Present". Learned from
round368's French front-end developer: read line by line, the end of each span stood apart
from its start, among the other column's lines, and no job had a span to be dated by."""

from __future__ import annotations

from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.layout import to_markdown
from resume_chat.resume.pdf.reader import _lines


def _run(x: float, y: float, text: str, size: float = 11.0) -> Fragment:
    return Fragment(x, y, size, False, text, width=6.0 * len(text))


def _markdown(frags: list[Fragment]) -> str:
    return "\n".join(to_markdown(_lines(frags, [], 0, 595.0), set())[0])


def _page() -> list[Fragment]:
    return [
        Fragment(249.7, 641.5, 12.0, True, "Expériences", width=90.0),
        _run(249.7, 622.4, "09/2020", 12.0),
        _run(300.5, 622.4, "Développeur Front-end chez Inhanser", 12.0),
        _run(300.5, 610.1, "Technologies utilisées : Vue.js, Nuxt.js"),
        _run(249.7, 598.0, "Present", 10.0),
        _run(249.7, 267.5, "11/2012", 12.0),
        _run(300.5, 267.5, "Technicien de Production de vaccins", 12.0),
        _run(249.7, 255.3, "–", 10.0),
        _run(300.5, 250.7, "GlaxoSmithKline Vaccines, Wavre", 12.0),
        _run(249.7, 243.1, "03/2018", 10.0),
        _run(300.5, 237.1, "vaccins varicelle, poliomyélite, rotavirus"),
    ]


def test_a_span_stacked_in_a_narrow_column_is_read_on_its_row() -> None:
    text = _markdown(_page())
    assert "11/2012 – 03/2018 Technicien de Production de vaccins" in text, text
    assert "09/2020 – Present Développeur Front-end chez Inhanser" in text, text
    assert "\n03/2018" not in text, text
    assert "\n–\n" not in text, text


def test_years_listed_newest_first_are_not_joined_into_a_span() -> None:
    """ "2021 · Création d'un site" over "2020" alone (the next project's year): no span."""
    frags = [
        _run(249.7, 490.7, "2021", 12.0),
        _run(300.5, 490.7, "Création d'un site vitrine", 12.0),
        _run(249.7, 470.0, "2020", 12.0),
    ]
    assert "2021 – 2020" not in _markdown(frags)


def _chrome_rows() -> list[Fragment]:
    """round368's German data analyst, printed by Chrome: each employer over its title, the
    dates at the row's right; the first span wrapped, "10/24 -" over "laufend"."""
    return [
        Fragment(277.8, 667.2, 11.0, True, "Erfahrungen", width=62.0),
        Fragment(23.5, 642.5, 11.0, True, "POMATIS Software GmbH", width=130.0),
        _run(480.0, 642.5, "Hamburg, De"),
        _run(23.5, 629.1, "Data Analytics Consultant"),
        _run(520.0, 629.1, "10/24 -"),
        _run(34.9, 615.7, "Gestaltung und Realisierung von Reporting-Dashboards"),
        _run(520.0, 615.7, "laufend"),
        Fragment(23.5, 590.0, 11.0, True, "EMPIT GmbH", width=62.0),
        _run(480.0, 590.0, "Hamburg, De"),
        _run(23.5, 576.6, "Data Analyst Werkstudent"),
        _run(500.0, 576.6, "11/22 - 10/24"),
        _run(34.9, 563.2, "Verantwortlich für Datenpipeline"),
    ]


def test_a_span_wrapped_at_the_right_of_its_row_is_closed_by_the_word_below() -> None:
    text = _markdown(_chrome_rows())
    assert "Data Analytics Consultant · 10/24 – laufend" in text, text
    assert "Dashboards · laufend" not in text, text
    assert text.count("laufend") == 1, text


def test_employers_over_spans_of_two_digit_years_head_their_jobs() -> None:
    """ "11/22 - 10/24" dates the row as "2019 – 2021" would: each employer is an entry."""
    text = _markdown(_chrome_rows())
    assert "### POMATIS Software GmbH · Hamburg, De" in text, text
    assert "### EMPIT GmbH · Hamburg, De" in text, text
