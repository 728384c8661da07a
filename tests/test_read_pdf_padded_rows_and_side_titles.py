"""A Google Docs table printed to PDF, one label and one value a row, its rows set far apart
by the cells' padding: learned from round370's Korean instructor, whose labels ("성명",
"생년월일") were read as a column of titles, each with nothing under it, and the values
(her name, her birth date) as a column of their own after them."""

from __future__ import annotations

from resume_chat.resume.pdf.columns import Fragment, columns
from resume_chat.resume.pdf.layout import to_markdown
from resume_chat.resume.pdf.reader import _lines

_ROW = 42.3  # Google Docs' table rows: 11-point type and the cells' padding


def _run(x: float, y: float, text: str, end: float, *, bold: bool = False) -> Fragment:
    return Fragment(x, y, 11.0, bold, text, width=end - x)


def _table() -> list[Fragment]:
    top = 681.2
    rows = [
        ("성명", "오진실", "성별", "남"),
        ("생년월일", "1988년 07월 07일", "소속", "프리랜서"),
        ("연락처", "010-4977-9328", "전자우편", "wlstlfdl11@kakao.com"),
        ("기간", "2007.03 ~ 2009.02", "학교", "충북보건과학대학교"),
        ("기간", "2023.07", "교육", "TMD 새싹 양성교육"),
    ]
    frags = [Fragment(72.0, 724.0, 16.0, False, "1. 인적사항", width=150.0)]
    for number, (label, value, other, last) in enumerate(rows):
        y = top - number * _ROW
        frags += [
            _run(52.5, y, label, 52.5 + 11 * len(label), bold=True),
            _run(152.2, y, value, 152.2 + 7 * len(value)),
            _run(300.0, y, other, 300.0 + 11 * len(other), bold=True),
            _run(400.0, y, last, 400.0 + 7 * len(last)),
        ]
    return frags


def test_a_padded_tables_rows_are_read_across_label_by_value() -> None:
    frags = _table()
    assert len(columns(frags)) == 1
    lines = [line for column in columns(frags) for line in _lines(column, [], 0, 595.0)]
    text = "\n".join(to_markdown(lines, set())[0])
    assert "성명 · 오진실 · 성별 · 남" in text, text
    assert "생년월일 · 1988년 07월 07일" in text, text


def test_two_columns_set_line_under_line_are_still_two() -> None:
    """A column of short lines beside one of prose, each on a baseline of the other but at a
    line's pitch: two columns, not a table's rows."""
    words = ["Python", "Excel", "SQL", "Tableau", "Git", "Docker", "Jira", "Figma", "Linux",
             "Bash", "Go", "Rust"]  # fmt: skip
    side = [_run(52.5, 700 - 13.2 * n, word, 120.0) for n, word in enumerate(words)]
    main = [_run(152.2, 700 - 13.2 * n, f"Led the team's work on project {n}.", 420.0)
            for n in range(12)]  # fmt: skip
    assert len(columns(side + main)) == 2


def _side_titled_page() -> list[Fragment]:
    """round368's Dutch student (LaTeX): the sections' titles and each entry's dates in a
    narrow left column, the entries on the right, no title among them."""
    left = [
        Fragment(65.0, 513.5, 14.3, True, "Werkervaring", width=90.0),
        _run(71.0, 488.0, "2023 - Heden", 130.0),
        _run(74.7, 404.8, "2021 – 2024", 130.0),
        Fragment(65.0, 316.8, 14.3, True, "Opleiding", width=70.0),
        _run(74.2, 227.8, "2014 – 2020", 130.0),
        Fragment(65.0, 180.5, 14.3, True, "Vaardigheden", width=95.0),
        _run(66.5, 155.4, "Programmeren", 135.0),
    ]
    right = [
        _run(156.0, 488.0, "Lesassistent bij Codefever", 300.0),
        _run(174.0, 474.5, "Ondersteund bij het geven van lessen in Java en Python.", 520.0),
        _run(174.0, 460.9, "Een-op-een begeleiding geboden aan studenten.", 500.0),
        _run(156.0, 403.4, "Winkelmedewerker bij Action en Delhaize", 400.0),
        _run(174.0, 389.8, "Klanten geassisteerd bij vragen.", 420.0),
        _run(156.0, 289.8, "Master in Industriele Wetenschappen: Informatica", 450.0),
        _run(174.0, 276.3, "aan Universiteit Gent.", 300.0),
        _run(156.0, 226.4, "Secundair Onderwijs", 300.0),
        _run(174.0, 212.9, "aan Atheneum Voskenslaan Gent.", 380.0),
        _run(156.0, 155.0, "Java, Python, C#, JavaScript.", 400.0),
    ]
    return left + right


def test_titles_in_a_left_column_head_the_entries_level_with_their_dates() -> None:
    frags = _side_titled_page()
    lines = [line for column in columns(frags) for line in _lines(column, [], 0, 595.0)]
    text = "\n".join(to_markdown(lines, set())[0])
    jobs, studies = text.split("Opleiding")
    assert "Codefever" in jobs, text
    assert "Universiteit Gent" in studies.split("Vaardigheden")[0], text
    assert "2023 - Heden · Lesassistent bij Codefever" in text, text
