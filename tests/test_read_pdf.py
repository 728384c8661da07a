"""Reading PDF resumes: structure recovered from the layout, facts kept, bad files refused."""

from __future__ import annotations

import io
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from resume_chat.errors import ResumeError
from resume_chat.resume.pdf.reader import MAX_PAGES, read_pdf
from tests.documents import (
    ENTRIES,
    FACTS,
    NAME,
    RESUME,
    SECTIONS,
    browser_pdf,
    headings,
    markdown_to_pdf,
    missing,
)


def _written(tmp_path: Path, markdown: str = RESUME, **options: str) -> bytes:
    path = tmp_path / "resume.pdf"
    markdown_to_pdf(markdown, path, **options)
    return path.read_bytes()


def _assert_faithful(markdown: str) -> None:
    assert markdown.startswith(f"# {NAME}\n")
    assert headings(markdown, 2) == SECTIONS
    entries = headings(markdown, 3)
    for title, organisation in ENTRIES:
        assert any(title in entry and organisation in entry for entry in entries), entries
    assert missing(markdown, FACTS) == []
    assert "- Led the ledger rewrite in Go" in markdown


def test_pdf_from_an_editor_keeps_name_sections_entries_and_facts(tmp_path: Path) -> None:
    """Bold, larger lines become ## and ### headings; bullets, items; every fact stays."""
    reading = read_pdf(_written(tmp_path), Path("resume.pdf"))
    assert reading.format == "pdf"
    assert reading.name == NAME
    assert reading.warnings == []
    _assert_faithful(reading.markdown)
    assert "- Certified Kubernetes Administrator · CNCF · 2021" in reading.markdown
    assert "- Languages: Go, Python, Java, SQL\n" in reading.markdown


def test_wrapped_lines_join_into_one_item(tmp_path: Path) -> None:
    """A bullet that wraps onto a second line stays one list item, with every word."""
    long_item = (
        "- Designed the multi-region failover for the settlement service, rehearsed it "
        "quarterly with the operations team and cut recovery time from forty minutes to six."
    )
    markdown = f"# {NAME}\n\n## Experience\n\n{long_item}\n- Second item.\n"
    reading = read_pdf(_written(tmp_path, markdown), Path("resume.pdf"))
    assert f"\n{long_item}\n- Second item.\n" in reading.markdown


def test_pdf_printed_by_a_browser(tmp_path: Path) -> None:
    """Chromium draws bullets as shapes and tables as cells: still items and rows."""
    path = tmp_path / "resume.pdf"
    if not browser_pdf(RESUME, path):
        pytest.skip("no chromium or google-chrome binary to print HTML to PDF")
    reading = read_pdf(path.read_bytes(), path)
    _assert_faithful(reading.markdown)
    assert "- Certified Kubernetes Administrator · CNCF · 2021" in reading.markdown
    assert "- Mentor four engineers; two were promoted" in reading.markdown


def test_browser_bullets_without_indent_are_items(tmp_path: Path) -> None:
    """Bullets drawn as shapes mark items even when the list is not indented."""
    path = tmp_path / "resume.pdf"
    flush = "ul { padding-left: 0; list-style-position: inside; }"
    if not browser_pdf(RESUME, path, css=flush):
        pytest.skip("no chromium or google-chrome binary to print HTML to PDF")
    markdown = read_pdf(path.read_bytes(), path).markdown
    assert "\n- Led the ledger rewrite in Go" in markdown
    assert "\n- Ran the on-call rotation handbook" in markdown


def test_a_heading_that_wraps_stays_one_heading() -> None:
    """A long job heading wrapped at the margin is one heading, its "- 2020)" no list item."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 15)
    title = "Full-Stack Developer at NogginAI, Data Exchange and Consent Platforms (2019"
    words = title.split(" ")
    while pdf.get_string_width(" ".join(words)) > pdf.epw:
        words.pop(1)  # keep the line as wide as the page allows, ending at "(2019"
    heading = " ".join(words)
    for line in (heading, "- 2020)"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5, "Released an MVP for a data exchange platform and built " * 6)
    markdown = read_pdf(bytes(pdf.output()), Path("wrapped.pdf")).markdown
    assert f"\n## {heading} - 2020)\n" in markdown, markdown
    assert "\n- 2020)" not in markdown


def test_punctuation_after_bold_closes_up(tmp_path: Path) -> None:
    """A comma or colon after a bold word, in another font run, gets no space before it."""
    path = tmp_path / "resume.pdf"
    text = f"# {NAME}\n\n## Skills\n\n**Technology used**: Go, **Riak**, **Cordova**.\n"
    if not browser_pdf(text, path):
        pytest.skip("no chromium or google-chrome binary to print HTML to PDF")
    markdown = read_pdf(path.read_bytes(), path).markdown
    assert "\nTechnology used: Go, Riak, Cordova.\n" in markdown, markdown


def test_outlined_bullets_mark_items() -> None:
    """An outlined bullet (Chromium's ◦ in nested lists) starts an item after a full line."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    width = pdf.epw - 12
    items = []
    for topic in ("streaming API", "feed hub", "metrics agent"):
        text = f"Erlang client for the {topic}"
        filler = "for a social network, tested and documented but never released"
        for word in filler.split(" ") * 3:
            if pdf.get_string_width(f"{text} {word}") > width - 10:
                break
            text += f" {word}"  # as wide as the column: the next line could go on from it
        items.append(text)
        pdf.rect(pdf.l_margin + 8, pdf.get_y() + 1.5, 1.6, 1.6, style="D")
        pdf.set_x(pdf.l_margin + 12)
        pdf.cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    markdown = read_pdf(bytes(pdf.output()), Path("outlined.pdf")).markdown
    assert "".join(f"\n- {item}" for item in items) in markdown, markdown


def test_page_numbers_go_and_numbers_in_the_text_stay() -> None:
    """ "Page 1 of 1" at the foot of a page is not resume text; a number on its own line is."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for text in ("Jo Example", "Talks given", "12", "Open-source projects maintained", "3"):
        pdf.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_auto_page_break(False)
    pdf.set_y(-20)
    pdf.cell(0, 8, "Page 1 of 1")
    markdown = read_pdf(bytes(pdf.output()), Path("short.pdf")).markdown
    assert "\n12\n" in markdown
    assert "\n3\n" in markdown
    assert "Page 1" not in markdown


def test_two_columns_read_one_after_the_other(tmp_path: Path) -> None:
    """A sidebar beside the main column is read as its own sections, not interleaved."""
    main = RESUME.split("## Skills")[0].replace(
        "Lisbon, Portugal · priya.whitfield@example.com · +351 912 345 678 · github.com/prwhit",
        "",
    )
    sidebar = (
        "## Contact\n\n- Lisbon, Portugal\n- priya@example.com\n\n"
        "## Languages\n\n- English (native)\n- Portuguese (fluent)\n- Norwegian (conversational)\n"
    )
    reading = read_pdf(_written(tmp_path, main, sidebar=sidebar), Path("resume.pdf"))
    markdown = reading.markdown
    assert markdown.startswith(f"# {NAME}\n")
    assert headings(markdown, 2) == ["Summary", "Experience", "Education", "Contact", "Languages"]
    assert "- Norwegian (conversational)\n" in markdown
    assert "- Led the ledger rewrite in Go that reconciles 9 million" in markdown
    assert missing(markdown, FACTS[2:13]) == []


def test_three_pages_read_under_a_second(tmp_path: Path) -> None:
    """A long resume (three pages) reads well within a second once pypdf is imported."""
    import pypdf

    bullets = "- Shipped project {n}.{k} that saved the team {k} hours a week.\n"
    jobs = "".join(
        f"### Engineer {n} — Company {n}\n\n2000 to 2001\n\n"
        + "".join(bullets.format(n=n, k=k) for k in "123")
        + "\n"
        for n in range(12)
    )
    raw = _written(tmp_path, RESUME.replace("## Education", jobs + "## Education"))
    assert len(pypdf.PdfReader(io.BytesIO(raw)).pages) == 3
    started = time.perf_counter()
    reading = read_pdf(raw, Path("long.pdf"))
    assert time.perf_counter() - started < 1.0
    assert "- Shipped project 11.3 that saved the team 3 hours a week." in reading.markdown


def test_pdf_reader_is_not_imported_with_the_module() -> None:
    """Importing the reader does not import pypdf: start-up stays fast."""
    code = "import sys, resume_chat.resume.pdf.reader; sys.exit('pypdf' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    """A PDF that needs a password to open is refused with what to do."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(_written(tmp_path)))
    writer.encrypt(user_password="secret", owner_password="owner")
    locked = io.BytesIO()
    writer.write(locked)
    with pytest.raises(ResumeError) as caught:
        read_pdf(locked.getvalue(), Path("locked.pdf"))
    assert str(caught.value) == (
        "Resume locked.pdf is an encrypted PDF; save a copy without a password."
    )


def test_pdf_with_only_an_owner_password_reads(tmp_path: Path) -> None:
    """Restrictions without an open password (no editing, no copying) do not stop reading."""
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=io.BytesIO(_written(tmp_path)))
    writer.encrypt(user_password="", owner_password="owner")
    restricted = io.BytesIO()
    writer.write(restricted)
    assert read_pdf(restricted.getvalue(), Path("r.pdf")).name == NAME


def _drawn_only(pages: int, text_on_first: bool) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    for page in range(pages):
        pdf.add_page()
        if page == 0 and text_on_first:
            pdf.set_font("Helvetica", size=11)
            pdf.cell(0, 10, "Jo Example, engineer")
        pdf.rect(20, 40, 120, 80, style="F")
    return bytes(pdf.output())


def test_pdf_without_a_text_layer_is_refused_as_scanned() -> None:
    """A PDF of pictures (here a drawn rectangle) has nothing to read: say scan or OCR."""
    with pytest.raises(ResumeError, match="scanned PDF with no text layer") as caught:
        read_pdf(_drawn_only(1, text_on_first=False), Path("scan.pdf"))
    assert "run OCR" in str(caught.value)


def test_page_without_text_is_a_warning() -> None:
    """A scanned page among text pages is read around, with a warning naming it."""
    reading = read_pdf(_drawn_only(3, text_on_first=True), Path("mixed.pdf"))
    assert "Jo Example, engineer" in reading.markdown
    assert reading.warnings == [
        "page 2 of 3 has no text (scanned?)",
        "page 3 of 3 has no text (scanned?)",
    ]


def test_pages_past_the_limit_are_not_read() -> None:
    """At most MAX_PAGES pages are read, and the warning says so."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(MAX_PAGES + 5):
        pdf.add_page()
        pdf.cell(0, 10, f"Publication number {page + 1}")
    reading = read_pdf(bytes(pdf.output()), Path("long.pdf"))
    assert f"Publication number {MAX_PAGES}" in reading.markdown
    assert f"Publication number {MAX_PAGES + 1}" not in reading.markdown
    assert reading.warnings == [f"only the first {MAX_PAGES} of {MAX_PAGES + 5} pages were read"]


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw[: len(raw) // 2], id="truncated"),
        pytest.param(lambda raw: raw[:200], id="header-only"),
        pytest.param(lambda raw: b"%PDF-1.7\n" + random.Random(7).randbytes(4000), id="garbage"),
        pytest.param(lambda raw: b"%PDF-", id="signature-only"),
    ],
)
def test_broken_pdf_is_one_clear_line(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    """A damaged PDF is a ResumeError naming the file, on one line; never a traceback."""
    with pytest.raises(ResumeError) as caught:
        read_pdf(damage(_written(tmp_path)), Path("broken.pdf"))
    message = str(caught.value)
    assert message.startswith("Resume broken.pdf is not a readable PDF (")
    assert "\n" not in message


def test_link_addresses_hidden_behind_words_are_kept(tmp_path: Path) -> None:
    """ "My code" linking to github.com/anaruiz: the address reaches the header."""
    from fpdf import FPDF

    from resume_chat.resume.pdf.reader import read_pdf

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(text="Ana Ruiz", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(text="My code", link="https://github.com/anaruiz", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="Shown: https://ana.dev", link="https://ana.dev", new_x="LMARGIN", new_y="NEXT")
    paper = "https://lore.kernel.org/all/20231018205806.322831-1-ana@x.com/"
    pdf.cell(text="a patch series", link=paper, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(text="LinkedIn", link="https://www.linkedin.com/in/ana-ruiz/", new_x="LMARGIN")
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    markdown = read_pdf(path.read_bytes(), path).markdown
    assert "Link: https://github.com/anaruiz" in markdown
    assert "Link: https://www.linkedin.com/in/ana-ruiz/" in markdown
    assert "Link: https://ana.dev" not in markdown  # the text already shows it
    assert "lore.kernel.org" not in markdown  # a paper's deep link says nothing of who


def test_many_front_pages_linked_are_the_places_worked_at_not_the_owners_own() -> None:
    """round376's moderncv CV links each employer's and school's name to its site: twenty
    "Link:" lines buried the header; one or a few front pages may be the owner's own."""
    from resume_chat.resume.pdf.links import hidden_links

    employers = [f"https://www.employer{n}.be/" for n in range(6)]
    kept = hidden_links([*employers, "https://github.com/ludo", "l@x.com"], "")
    assert kept == ["https://github.com/ludo", "l@x.com"]
    assert hidden_links(["https://ludo.dev/", "https://github.com/ludo"], "") == [
        "https://ludo.dev/",
        "https://github.com/ludo",
    ]


def test_a_left_column_heading_on_its_first_lines_baseline_is_a_heading() -> None:
    """ "EXPERIENCE" in a left column, level with "Software Engineer · 2018": a section."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    for heading, first, rest in (
        ("EDUCATION", "University of Washington · June 2018", "B.S. Information Science"),
        ("EXPERIENCE", "Software Engineer · August 2018 - Present", "Hudson's Bay Company"),
    ):
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 10)
        pdf.text(pdf.l_margin, y + 4, heading)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(pdf.l_margin + 30, y + 4, first)
        pdf.text(pdf.l_margin + 30, y + 9, rest)
        pdf.set_y(y + 14)
    markdown = read_pdf(bytes(pdf.output()), Path("columns.pdf")).markdown
    assert "\n## EXPERIENCE\n" in markdown, markdown
    assert "Software Engineer · August 2018 - Present" in markdown, markdown


@pytest.mark.parametrize(
    ("loose", "joined"),
    [
        ("Beno\u02c6\u0131t Nguyen", "Benoît Nguyen"),
        ("Universit\u00b4e Paris 1 Panth\u00b4eon", "Université Paris 1 Panthéon"),
        ("Fran\u00b8cois Koulischer", "François Koulischer"),
        ("No accents here", "No accents here"),
    ],
)
def test_latex_loose_accents_join_their_letters(loose: str, joined: str) -> None:
    """LaTeX's PDFs set an accent as a glyph before its letter; names read whole again."""
    from resume_chat.resume.pdf.glyphs import glyphs_mended

    assert glyphs_mended(loose) == joined


def test_pypdfs_complaints_about_an_odd_file_never_reach_the_terminal(
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A Quartz PDF whose cross-reference table points at offset 0: pypdf logs "Ignoring
    wrong pointing object" through its child loggers; the user sees none of it."""
    import re

    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(text=NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    pdf.cell(text="Experience: Professor, 2015 - 2024")
    raw = bytes(pdf.output())
    # Every object's offset in the xref table set to 0: pypdf recovers, and complains.
    broken = re.sub(rb"\n\d{10} 00000 n", b"\n0000000000 00000 n", raw)
    reading = read_pdf(broken, Path("quartz.pdf"))
    assert "Professor" in reading.markdown
    captured = capsys.readouterr()
    assert "Ignoring" not in captured.err + captured.out
    assert not [record for record in caplog.records if record.name.startswith("pypdf")]


def test_a_caps_heading_beside_a_cell_of_the_next_column_is_a_section() -> None:
    """ "EXPERIENCE" on the baseline of a sidebar's "(KOBO, Google Forms)": a section."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(pdf.l_margin, 40, "SKILLS")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(pdf.l_margin, 46, "R, SQL, Python")
    pdf.set_font("Helvetica", "B", 10)
    pdf.text(pdf.l_margin, 56, "EXPERIENCE")
    pdf.set_font("Helvetica", "", 10)
    pdf.text(pdf.l_margin + 110, 56, "(KOBO, Microsoft & Google Forms)")
    pdf.text(
        pdf.l_margin, 62, "International Organization for Migration - Senior Medical Assistant"
    )
    pdf.text(pdf.l_margin, 68, "May 2024 - March 2025")
    markdown = read_pdf(bytes(pdf.output()), Path("sidebar.pdf")).markdown
    assert "\n## EXPERIENCE\n" in markdown, markdown


def _tex_like_pdf(lines: list[bytes], content: bytes = b"") -> bytes:
    """A page drawn as TeX draws it: words of one "TJ" array apart by offsets, not spaces, in a
    font whose code 32 is a wide glyph (a subset font's, not a space)."""
    from pypdf import PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ContentStream,
        DictionaryObject,
        NameObject,
        NumberObject,
    )

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font: dict[str, object] = {"/Type": NameObject("/Font"), "/Subtype": NameObject("/Type1")}
    font |= {"/BaseFont": NameObject("/Helvetica"), "/FirstChar": NumberObject(32)}
    font |= {"/LastChar": NumberObject(126), "/Widths": ArrayObject([NumberObject(600)] * 95)}
    entries = {NameObject(key): value for key, value in font.items()}
    fonts = DictionaryObject({NameObject("/F1"): DictionaryObject(entries)})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
    stream = ContentStream(None, writer)
    stream.set_data(
        b"".join(
            b"BT /F1 11 Tf 72 %d Td [%s] TJ ET\n" % (700 - 16 * index, line)
            for index, line in enumerate(lines)
        )
        + content
    )
    page.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_word_gaps_set_as_tex_offsets_are_spaces() -> None:
    """TeX's "[(Teaching) -200 (Assistant)] TJ" is two words; a kern ("Ka" 80 "rolinska") or a
    tight gap inside a word ("Insti" -60 "tute") joins letters as before."""
    raw = _tex_like_pdf(
        [
            b"(Ada Lovelace)",
            b"(EXPERIENCE)",
            b"(2017) -200 (-) -200 (2024) -200 (Teaching) -333 (Assistant,) -200 (Ka) 80 (rolinska)"
            b" -200 (Insti) -60 (tute)",
        ]
    )
    markdown = read_pdf(raw, Path("tex.pdf")).markdown
    assert "2017 - 2024 Teaching Assistant, Karolinska Institute" in markdown, markdown
    # Read twice (pypdf keeps the page's parsed content): no doubled spaces.
    assert "Teaching Assistant" in read_pdf(raw, Path("tex.pdf")).markdown


def test_letters_spaced_apart_for_looks_read_as_words() -> None:
    """Word's expanded spacing: "[(K) -370 (O) -372 ...] TJ", every letter the same wide
    offset apart and a space glyph between words, reads "KONTAKT DATEN"; a name typed with a
    space after each letter and two between words reads as its words."""
    letters = b" -370 ".join(b"(%c)" % c for c in b"KONTAKT")
    raw = _tex_like_pdf(
        [
            b"(J A N A  M A R A  G A R O)",
            letters + b" -379 ( ) -370 " + b" -372 ".join(b"(%c)" % c for c in b"DATEN"),
            b"(EXPERIENCE)",
            b"(Teaching) -333 (Assistant)",
        ]
    )
    reading = read_pdf(raw, Path("spaced.pdf"))
    assert reading.name == "JANA MARA GARO", reading.markdown
    assert "KONTAKT DATEN" in reading.markdown, reading.markdown
    assert "Teaching Assistant" in reading.markdown, reading.markdown


def test_a_space_drawn_as_a_run_of_its_own_parts_the_words() -> None:
    """Typst draws "Sol", " " and "Yates" as three runs, the last in a bold font and drawn
    right at the end of the first: the space run between them still parts the words."""
    name = b"BT /F1 32 Tf 72 740 Td (Sol) Tj ET BT /F1 32 Tf 129.6 740 Td ( ) Tj ET"
    name += b" BT /F1 32 Tf 130 740 Td (Yates) Tj ET\n"
    raw = _tex_like_pdf([b"(EXPERIENCE)", b"(Research Associate, Manchester)"], name)
    reading = read_pdf(raw, Path("typst.pdf"))
    assert reading.name == "Sol Yates", reading.markdown


def test_glyph_names_of_a_font_with_no_unicode_map_read_as_what_they_draw() -> None:
    """pypdf gives a font with no map to Unicode as its glyphs' names: "/two.lf/zero.lf/one.lf
    /six.lf" is 2016, "/f_i" is "fi"; a slash in the text ("HTML/CSS") stays."""
    raw = _tex_like_pdf(
        [
            b"(Ada Lovelace)",
            b"(EDUCATION)",
            b"(MSc Bioinformatics, /two.lf/zero.lf/one.lf/six.lf - /two.lf/zero.lf/one.lf/eight.lf)"
            b" -200 (Pro/f_iciency)",
            b"(Skills: HTML/CSS)",
        ]
    )
    markdown = read_pdf(raw, Path("glyphs.pdf")).markdown
    assert "MSc Bioinformatics, 2016 - 2018 Proficiency" in markdown, markdown
    assert "HTML/CSS" in markdown


def test_words_and_spaces_drawn_as_runs_on_one_spot_read_as_words() -> None:
    """Adobe XD draws each word and each space as a run of its own, a font change between
    them and no move: pypdf gives every run the line's first x. The spaces still part the
    words ("UX/UI Lead | Twilight IT Solutions", not "UX/UILead|TwilightITSolutions")."""
    words = b" /F1 11 Tf ( ) Tj /F1 11.01 Tf ".join(
        b"(%s) Tj" % word for word in (b"UX/UI", b"Lead", b"|", b"Twilight", b"IT", b"Solutions")
    )
    line = b"BT /F1 11.01 Tf 72 600 Td " + words + b" ET\n"
    raw = _tex_like_pdf([b"(Ada Lovelace)", b"(EXPERIENCE)"], line)
    markdown = read_pdf(raw, Path("xd.pdf")).markdown
    assert "UX/UI Lead | Twilight IT Solutions" in markdown, markdown
