# ruff: noqa: RUF001, RUF002 - Russian table cells, as a real CV writes them
"""A Word table printed to PDF: rows whose cells wrap, labels beside values, section titles
between the tables and prose under them.

Round346's Russian CV is such a page: "Период работы | Место работы | Должность" rows whose
employer and position run on under the row ("ООО «Очаковский молочный" over "завод», отдел по
работе с"); read line by line, every employer and position was cut in two. Its second page's
table was read as two columns, the prose under it running across the gutter.
"""

from __future__ import annotations

from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.names.candidate import take_name
from resume_chat.resume.pdf.columns import Fragment
from resume_chat.resume.pdf.gutter import labels
from resume_chat.resume.pdf.layout import to_markdown
from resume_chat.resume.pdf.reader import _lines

_ROW = 13.8  # Word's line pitch in 12-point type


def _cell(x: float, y: float, text: str, end: float) -> Fragment:
    return Fragment(x, y, 12.0, False, text, width=end - x)


def _jobs() -> list[Fragment]:
    top = 262.2
    return [
        _cell(85.0, top, "01.07.2006 – 30.07.2006", 205.0),
        _cell(234.2, top, "ООО «Очаковский молочный", 384.0),
        _cell(395.6, top, "оператор по обработке", 530.0),
        _cell(234.2, top - _ROW, "завод», отдел по работе с", 380.0),
        _cell(395.6, top - _ROW, "документов", 462.0),
        _cell(234.2, top - 2 * _ROW, "клиентами", 290.0),
        _cell(85.0, top - 3 * _ROW, "01.09.2007 – 31.08.2008", 205.0),
        _cell(234.2, top - 3 * _ROW, "ГОУ СОШ №850 г. Москвы", 360.0),
        _cell(395.6, top - 3 * _ROW, "учитель математики", 505.0),
        _cell(85.0, top - 4 * _ROW, "01.09.2008 – 01.09.2010", 205.0),
        _cell(234.2, top - 4 * _ROW, "ГОУ ВПО г. Москвы", 340.0),
        _cell(395.6, top - 4 * _ROW, "лаборант кафедры алгебры,", 541.0),
        _cell(395.6, top - 5 * _ROW, "геометрии", 450.0),
    ]


def _markdown(frags: list[Fragment]) -> str:
    return "\n".join(to_markdown(_lines(frags, [], 0, 595.0), set())[0])


def test_a_rows_wrapped_cells_join_the_row_cell_by_cell() -> None:
    text = _markdown(_jobs())
    assert (
        "01.07.2006 – 30.07.2006 · ООО «Очаковский молочный завод», отдел по работе с "
        "клиентами · оператор по обработке документов"
    ) in text, text
    # The next row starts anew at its dates; its position goes on under it.
    assert "01.09.2007 – 31.08.2008 · ГОУ СОШ №850 г. Москвы · учитель математики\n" in text
    assert "· лаборант кафедры алгебры, геометрии" in text


def test_a_line_under_a_row_that_would_have_fitted_starts_anew() -> None:
    """A cell that ended short of its column's edge did not wrap: what is under it is a line of
    its own (a date column's title, and the description under it)."""
    frags = [
        _cell(85.0, 500.0, "2009 – 2010", 150.0),
        _cell(234.2, 500.0, "Lecturer, Umeå University", 380.0),
        _cell(234.2, 500.0 - _ROW, "Taught research methods and statistics.", 450.0),
        _cell(85.0, 500.0 - 2 * _ROW, "A body line that sets the column's right edge", 541.0),
    ]
    text = _markdown(frags)
    assert "Lecturer, Umeå University Taught" not in text, text


def _employers_and_positions() -> tuple[list[Fragment], list[Fragment]]:
    """Round346's second page cut at its last column's edge: dates and employers on the left,
    positions (a line longer each) on the right; under the table a section's title alone and
    its prose running across the page."""
    left, right, y = [], [], 766.1
    for start in ("01.09.2011", "01.12.2012", "01.09.2014", "15.10.2014"):
        left += [_cell(85.0, y, f"{start} – 01.07.2018", 205.0), _cell(234.2, y, "ГОУ ВПО", 320.0)]
        left += [_cell(234.2, y - k * _ROW, "«Московский городской»", 380.0) for k in (1, 2)]
        right += [_cell(395.6, y - k * _ROW, "кафедры алгебры, геометрии", 540.0) for k in range(4)]
        y -= 4 * _ROW + 2
    for title, prose in [("Специальные навыки:", 2), ("Дополнительная информация:", 4)]:
        y -= _ROW
        left.append(_cell(85.0, y, title, 210.0))
        for _ in range(prose):
            y -= _ROW
            line = "В 2012 году присуждена ученая степень кандидата наук."
            left.append(_cell(84.0, y, line, 502.0))
    return left, right


def test_a_tables_last_column_is_labelled_by_its_rows_not_a_column_of_its_own() -> None:
    """Every row of the left side is level with the right's, but for the section titles and
    prose under the table: rows read across, however many lines of prose follow."""
    left, right = _employers_and_positions()
    assert labels(left, right)


def test_section_titles_between_a_tables_rows_label_nothing() -> None:
    """Round346's first page: a label column whose rows are level with their values, but for
    a few wrapped labels and the titles standing alone between the tables. The titles are no
    rows: the rest are labels enough to read across."""
    left, right, y = [], [], 736.4
    for row in range(14):
        if row in (4, 10):
            left.append(_cell(85.0, y, "Трудовая деятельность:", 210.0))  # a title, alone
            y -= _ROW
        left.append(_cell(85.0, y, f"2003/20{row:02}", 150.0))
        right.append(_cell(238.6, y, "Государственное учреждение", 520.0))
        y -= _ROW
        if row % 3 == 0:  # the label wraps under itself; the value, in smaller type, twice
            left.append(_cell(95.0, y, "(высшее образование)", 200.0))
            right += [_cell(238.6, y - k * _ROW, "университет", 400.0) for k in (0.5, 1.2)]
            y -= 2 * _ROW
    assert labels(left, right)


def test_a_forms_label_before_the_name_is_no_name() -> None:
    lines = ["### Фамилия Имя Отчество · Бажанова Екатерина Николаевна", "", "- Адрес · Москва"]
    assert take_name(lines, "")[1] == "Бажанова Екатерина Николаевна"
    plain = ["Фамилия Имя Отчество · Бажанова Екатерина Николаевна", "", "## Образование"]
    assert take_name(plain, "")[1] == "Бажанова Екатерина Николаевна"


def test_russian_titles_of_work_and_further_education() -> None:
    assert section_kind("Трудовая деятельность:") == "experience"
    assert names_kind("Дополнительное образование:")
    assert section_kind("Дополнительное образование:") == "education"


def _entries(dotted: bool) -> str:
    """Round348's LaTeX CV: "UNFPA · Avril 2024 - Mars 2025" (an item of its list, a dot
    drawn before it, or not), the role under it where it starts, then its lines indented
    deeper; twice."""
    title = Fragment(46.6, 723.0, 12.0, True, "EXPÉRIENCE PROFESSIONNELLE", width=200.0)
    frags, dots, y = [title], [], 700.0
    for org, dates, role in [
        ("United Nations Population Fund (UNFPA)", "Avril 2024 - Mars 2025", "Assistante"),
        ("Oméga-Conseils", "Septembre 2024", "Stage en Data Science"),
    ]:
        frags += [_cell(46.3, y, org, 260.0), _cell(450.0, y, dates, 541.0)]
        dots += [(40.0, y + 3.0)] if dotted else []
        frags += [_cell(46.3, y - 13, f"{role} · Nouakchott, Mauritanie", 300.0)]
        for k in (1, 2):
            text = f"• Mise en place d'un pipeline analytique complet, étape {k}."
            frags.append(_cell(53.0, y - 13 - 14 * k, text, 520.0))
        y -= 80
    return "\n".join(to_markdown(_lines(frags, dots, 0, 595.0), set())[0])


def test_a_dated_title_over_its_role_and_indented_lines_heads_an_entry() -> None:
    for dotted in (False, True):
        text = _entries(dotted)
        assert "### Oméga-Conseils · Septembre 2024" in text.splitlines(), text
        assert "### United Nations Population Fund (UNFPA) · Avril 2024 - Mars 2025" in text
