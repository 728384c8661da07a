"""A Word resume drawn as floating text boxes, read in the order its page shows them (round326's
support engineer: every word in a box anchored to one paragraph, the XML keeping them in the
order they were drawn)."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.docx.reader import read_docx

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (
    f'xmlns:w="{_W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _box(lines: list[str], down: int, across: int, high: int, wide: int = 1_800_000) -> str:
    """A box `down` EMU below its paragraph and `across` from the column, `high` tall; with
    the older picture of it Word keeps as a fallback."""
    content = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    content = f"<w:txbxContent>{content}</w:txbxContent>"
    return (
        f'<w:r {_NAMESPACES}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor><wp:positionH relativeFrom="column">'
        f"<wp:posOffset>{across}</wp:posOffset></wp:positionH>"
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{down}</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{wide}" cy="{high}"/><a:graphic><a:graphicData>'
        f'<wps:wsp><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{wide}" cy="{high}"/>'
        f"</a:xfrm></wps:spPr><wps:txbx>{content}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{content}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _drawn(tmp_path: Path, boxes: list[str], body: list[str]) -> str:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph("")
    for box in boxes:
        anchor._p.append(parse_xml(box))
    for line in body:
        document.add_paragraph(line)
    path = tmp_path / "boxes.docx"
    document.save(str(path))
    return read_docx(path.read_bytes(), path).markdown


def test_boxes_are_read_top_to_bottom_each_title_before_what_it_titles(tmp_path: Path) -> None:
    """Drawn in another order than the page shows them; a section's title a short box level
    with the middle of its taller content beside it (its top lower than the content's)."""
    boxes = [
        _box(["Information Technology, Tecnológico de Monterrey"], 7_205_345, 847_725, 1_066_800),
        _box(["EDUCATION"], 7_138_670, -581_025, 457_200),
        _box(["Highly skilled Office Administrator.", "Known for strong communication."],
             2_614_295, 419_099, 2_066_925),
        _box(["Java"], 4_700_270, 4_981_575, 276_225),
        _box(["Skills"], 4_243_070, 723_900, 304_800),
        _box(["PROFILE"], 2_823_846, -447_675, 742_950),
        _box(["Brenda Colorado Felix"], 85_725, 1_447_800, 400_000),
    ]  # fmt: skip
    markdown = _drawn(tmp_path, boxes, [])
    order = [
        "Brenda Colorado Felix",
        "PROFILE",
        "Highly skilled Office Administrator.",
        "Skills",
        "Java",
        "EDUCATION",
        "Information Technology",
    ]
    at = [markdown.find(text) for text in order]
    assert -1 not in at, markdown
    assert at == sorted(at), markdown
    assert markdown.count("Java") == 1, markdown  # the fallback copy is not read


def test_a_few_boxes_beside_the_body_s_own_text_stay_where_they_are_anchored(
    tmp_path: Path,
) -> None:
    """Most words in the body's own paragraphs: a box is a detail of the page, read where it
    is anchored, not moved by where it is drawn."""
    body = [f"Line {n} of the body, written as paragraphs and read as such." for n in range(12)]
    markdown = _drawn(tmp_path, [_box(["A note drawn low"], 9_000_000, 0, 300_000)], body)
    assert markdown.find("A note drawn low") < markdown.find("Line 0"), markdown


def test_boxes_pinned_after_a_page_break_are_read_on_the_next_page(tmp_path: Path) -> None:
    """Learned from round341's Colombian CV: both pages' boxes pinned to one paragraph, a page
    break typed between them; read as one page, page two's boxes (at the same heights)
    interleaved with page one's, dates under the wrong jobs."""
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    anchor = document.add_paragraph("")
    first = [
        _box(["EXPERIENCIA"], 1_000_000, 0, 300_000),
        _box(["Desarrollador | Emergia", "Octubre 2024 – Actual"], 1_400_000, 0, 600_000),
        _box(["Desarrollador | SISINTEL", "Sept. 2023 - Junio 2024"], 2_200_000, 0, 600_000),
    ]
    second = [
        _box(["PROYECTOS"], 1_100_000, 0, 300_000),
        _box(["AGROO App", "Febr. 2025 – Actual"], 1_700_000, 0, 600_000),
    ]
    for box in first:
        anchor._p.append(parse_xml(box))
    anchor.add_run().add_break(WD_BREAK.PAGE)
    for box in second:
        anchor._p.append(parse_xml(box))
    path = tmp_path / "pages.docx"
    document.save(str(path))
    markdown = read_docx(path.read_bytes(), path).markdown
    order = ["EXPERIENCIA", "Emergia", "SISINTEL", "PROYECTOS", "AGROO App"]
    at = [markdown.find(text) for text in order]
    assert -1 not in at, markdown
    assert at == sorted(at), markdown


def _sidebar_page(tmp_path: Path, headline_across: int) -> str:
    """Round348's French web developer: a sidebar of boxes (its name box set a little wider
    than the sidebar) beside the main column's; the main column's section title a short box
    over its jobs. `headline_across`: where the headline over the main column starts."""
    sidebar, main = -350_000, 1_745_000
    boxes = [
        _box(["LANGAGES", "HTML", "CSS", "JavaScript", "PHP", "Python"], 3_535_680, sidebar,
             4_300_000, 1_990_000),
        _box(["contact@marcraes.fr", "38090 Villefontaine"], 1_497_330, sidebar, 1_200_000,
             1_990_000),
        _box(["DÉVELOPPEUR WEB"], 20_000, headline_across, 400_000, 5_300_000),
        _box(["Analyste développeur", "Depuis septembre 2018", "Solulog Villefontaine",
              "Développement d'application de base de données"], 1_125_855, main, 6_500_000,
             5_300_000),
        _box(["EXPÉRIENCES PROFESSIONNELLES"], 868_680, main, 250_000, 5_300_000),
        _box(["Passionné par l'informatique depuis l'âge de 14 ans, je me suis lancé dans le "
              "développement web."], 420_000, main, 420_000, 5_300_000),
        _box(["Marc RAES"], 1_011_555, sidebar, 480_000, 2_120_000),
    ]  # fmt: skip
    return _drawn(tmp_path, boxes, [])


def test_a_sidebar_box_overhanging_the_gutter_is_the_sidebar_s(tmp_path: Path) -> None:
    """Its name box a little wider than the sidebar: read with the sidebar, not as a banner
    across the page between the main column's title and its jobs."""
    markdown = _sidebar_page(tmp_path, 1_745_000)
    title, job = markdown.find("EXPÉRIENCES PROFESSIONNELLES"), markdown.find("Analyste")
    assert -1 < title < job, markdown
    assert "Marc RAES" not in markdown[title:job], markdown
    assert markdown.find("Marc RAES") < markdown.find("contact@marcraes.fr"), markdown


def test_a_headline_over_both_columns_heads_the_page(tmp_path: Path) -> None:
    """Round322's: the headline's box starts a little left of the gutter, above every box of
    both columns: it heads the page, not the main column after the sidebar."""
    markdown = _sidebar_page(tmp_path, 1_600_000)
    assert markdown.find("DÉVELOPPEUR WEB") < markdown.find("LANGAGES"), markdown
