"""What round428-435's first runs read wrong in PDFs: an A3 sheet printed as two pages side by
side (a rirekisho's form) read across both, a table's rows that run past a column's edge cut
into two columns, and icon glyphs' names ("/mobile_phone", drawn large) running across a
sidebar's gutter."""

# ruff: noqa: RUF001 - a rirekisho's text in Japanese, as drawn

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from resume_chat.resume.pdf.columns import Fragment, columns
from resume_chat.resume.pdf.reader import read_pdf
from resume_chat.resume.pdf.sheets import two_up

if TYPE_CHECKING:
    from fpdf import FPDF


def _pdf(orientation: str = "P", page: str = "A4") -> FPDF:
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, format=page, unit="pt")
    pdf.add_page()
    return pdf


def _read(pdf: FPDF) -> tuple[str, str]:
    reading = read_pdf(bytes(pdf.output()), Path("resume.pdf"))
    return reading.markdown, reading.name


def _fragments(table: str) -> list[Fragment]:
    """ "x y size width text" a line, as a page's runs were drawn."""
    runs = [line.split(" ", 4) for line in table.strip("\n").splitlines()]
    return [
        Fragment(x=float(x), y=float(y), size=float(size), bold=False, text=text, width=float(w))
        for x, y, size, w, text in runs
    ]


def test_a_sheet_of_two_pages_side_by_side_is_read_a_page_at_a_time() -> None:
    """An A3 sheet in landscape, a rirekisho's schooling left and its essay right on the same
    baselines: its halves in turn; a portrait page, or a line across the middle, stays whole."""
    sheet = SimpleNamespace(mediabox=SimpleNamespace(left=0.0, width=1190.5, height=841.9))
    left = [f"82 {700 - 25 * n} 10.6 100 2019 4 School {n}" for n in range(6)]
    right = [f"660 {700 - 25 * n} 10.6 400 I plan my work {n}" for n in range(6)]
    frags = _fragments("\n".join(left + right))
    halves = two_up(frags, sheet)
    assert [len(half) for half in halves] == [6, 6], halves
    assert all(f.x < 595 for f in halves[0]), halves
    portrait = SimpleNamespace(mediabox=SimpleNamespace(left=0.0, width=595.3, height=841.9))
    assert two_up(frags, portrait) == [frags]
    across = _fragments("\n".join([*left, *right, "82 500 10.6 700 A line across both pages"]))
    assert two_up(across, sheet) == [across]


# The rows of a rirekisho's left page as a Word export drew them (round421): the birth date,
# the address, the phone, then the schooling table, whose rows run on past x=293 and x=335
# ("福岡情報 IT クリエイター専門学校" then "ゲームクリエイターコース" then "入学").
_ROWS = """
63.7 655.4 11.0 44.2 生年月日
338.3 653.4 11.0 33.1 ※性別
126.0 640.5 10.6 23.5 2003
175.9 640.5 10.6 5.9 4
217.0 640.5 10.6 5.9 1
222.9 640.5 10.6 5.9 9
293.1 640.5 10.6 5.9 2
298.9 640.5 10.6 5.9 1
150.9 639.9 11.0 16.6  年
195.4 639.9 11.0 11.0 月
238.5 639.9 11.0 27.6  日生
260.2 639.9 11.0 22.1 （満
315.4 639.9 11.0 27.6  歳）
371.4 635.4 11.0 11.0 女
117.4 614.1 10.6 121.4  おおのじょうしかわらだ
63.7 613.4 11.0 44.2 ふりがな
63.7 593.5 11.0 44.2 現住所〒
122.4 594.1 10.6 5.9 8
128.3 594.1 10.6 11.8 16
140.3 593.5 11.0 16.6  －
154.1 594.1 10.6 8.8  0
160.0 594.1 10.6 17.6 932
65.0 568.4 10.6 95.0 福岡県大野城市瓦田
162.3 568.4 10.6 10.6  1
167.5 568.4 10.6 5.3 -
172.8 568.4 10.6 10.3 12
183.1 568.4 10.6 5.3 -
188.4 568.4 10.6 10.6 13
201.6 568.4 10.6 100.3  ロイヤルクローバー
296.1 568.4 10.6 5.3 4
301.2 568.4 10.6 10.6 02
63.7 542.7 11.0 11.0 電
96.8 542.7 11.0 11.0 話
150.5 542.7 11.0 11.0 （
206.3 542.7 11.0 11.0 ）
304.6 542.7 11.0 44.2 携帯電話
365.1 542.6 10.6 17.6 080
393.3 542.7 11.0 16.6  （
414.4 542.6 10.6 8.8  2
420.3 542.6 10.6 17.6 109
448.1 542.7 11.0 11.0  )
459.1 542.6 10.6 8.8  7
464.9 542.6 10.6 17.6 843
109.2 523.3 11.0 16.6  ：
122.8 523.1 10.6 6.5  f
126.3 523.1 10.6 11.5 ko
137.8 523.1 10.6 72.5 2247034@stu.o
210.0 523.1 10.6 3.5 -
213.5 523.1 10.6 48.5 hara.ac.jp
64.9 522.2 11.0 8.0 E
72.8 522.2 11.0 11.0 －
83.9 522.2 11.0 22.9 mail
88.4 504.4 11.0 11.0 年
136.5 504.4 11.0 11.0 月
311.4 504.4 11.0 77.3 学歴・職歴など
82.3 484.9 10.6 23.5 2019
139.1 484.9 10.6 5.9 4
161.3 485.1 10.6 84.5 福岡常葉高等学校
255.9 485.1 10.6 26.4  入学
161.3 459.7 10.6 126.7 福岡県立博多青松高等学校
292.6 459.7 10.6 37.0  通信制
334.7 459.7 10.6 20.9 転入
82.3 459.4 10.6 23.5 2020
139.1 459.4 10.6 5.9 4
82.3 433.9 10.6 23.5 2022
139.1 433.9 10.6 5.9 3
161.3 434.1 10.6 126.7 福岡県立博多青松高等学校
292.6 434.1 10.6 37.0  通信制
334.7 434.1 10.6 20.9 卒業
161.3 408.7 10.6 42.2 福岡情報
206.1 408.7 10.6 14.0  IT
219.9 408.7 10.6 110.9  クリエイター専門学校
335.4 408.7 10.6 132.0  ゲームクリエイターコース
472.0 408.7 10.6 26.4  入学
82.3 408.4 10.6 23.5 2022
139.1 408.4 10.6 5.9 4
82.3 382.9 10.6 23.5 2025
139.1 382.9 10.6 5.9 3
161.3 383.1 10.6 42.2 福岡情報
206.1 383.1 10.6 14.0  IT
219.9 383.1 10.6 110.9  クリエイター専門学校
335.4 383.1 10.6 132.0  ゲームクリエイターコース
472.0 383.1 10.6 58.1  卒業見込み
"""


def test_a_tables_rows_running_past_a_cells_edge_are_not_two_columns() -> None:
    split = columns(_fragments(_ROWS))
    school = next(n for n, part in enumerate(split) if any("専門学校" in f.text for f in part))
    course = next(n for n, part in enumerate(split) if any("コース" in f.text for f in part))
    assert school == course, [[f.text for f in part] for part in split]


def test_icon_names_drawn_large_do_not_join_a_sidebar_to_the_main_column() -> None:
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 20)
    pdf.text(80, 50, "Jacek Oles")
    sidebar = ["+48 693-534-913", "Warsaw, Poland", "jo@example.com", "github.com/jo"]
    icons = ["/mobile_phone", "/home", "/envelope", "/github"]
    main = [f"Implemented back-end feature number {n} for the client" for n in range(16)]
    for n, line in enumerate(main):
        pdf.set_font("Helvetica", "", 9)
        pdf.text(288, 90 + 14 * n, line)
    for n, (line, glyph) in enumerate(zip(sidebar, icons, strict=True)):
        y = 91 + 34 * n
        pdf.set_font("Helvetica", "", 9)
        pdf.text(41, y, line)
        pdf.set_font("Helvetica", "", 21)
        pdf.text(16, y - 3, glyph)
    markdown, _ = _read(pdf)
    lines = [line.lstrip("- ") for line in markdown.splitlines()]
    assert "Warsaw, Poland" in lines, markdown
    assert "/mobile_phone" not in markdown, markdown
