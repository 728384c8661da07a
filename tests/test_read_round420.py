"""What round420-423's first runs read wrong: a heading of months ("2024/01 - 2024/05") read
as a phone number, a Hugo page naming its owner only in its excerpt ("Curriculum Vitae di
Daniele Ciulli"), a numbered part's content set in bigger type than the part's title, a
rirekisho's name field with no colon, Italian dates ("Da giugno 2018 a oggi", "Estate 2014"),
a Word heading among entries set alike in bold, and an employer's heading over its role's."""

from __future__ import annotations

from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.markdown.reader import read_markdown


def test_a_heading_of_months_is_no_phone_number() -> None:
    markdown = (
        "# Luis Mesa\n\n## Experiencia profesional\n\n### Salud y bienestar (2024/06 - "
        "actualidad)\n\nDescanso profesional.\n\n### ACK Storm (2024/01 - 2024/05)\n\n"
        "**Cloud Engineer** en el equipo de proyectos.\n\n### Junta de Andalucía (2022/11 - "
        "2024/01)\n\n**Docente de FP** en los ciclos de DAW.\n"
    )
    read = read_markdown(markdown).markdown
    assert "### ACK Storm (2024/01 - 2024/05)" in read, read
    assert "### Junta de Andalucía (2022/11 - 2024/01)" in read, read


def test_a_phone_number_heading_is_still_text() -> None:
    read = read_markdown("# Ana Lima\n\n### +55 11 98765-4321\n\n## Skills\n\n- SQL\n").markdown
    assert "### +55" not in read, read


def test_whose_cv_a_front_matter_excerpt_says() -> None:
    page = (
        '+++\nexcerpt = "Curriculum Vitae di Daniele Ciulli"\ntitle = "Curriculum Vitae"\n+++\n'
        "### Qualcosa su di Me\n\nSono un ragazzo curioso.\n\n### Esperienze Lavorative\n\n"
        "#### Cameriere\n\nServizio ai tavoli.\n"
    )
    document = read_markdown(page)
    assert document.name == "Daniele Ciulli", document.name


def test_italian_and_seasonal_dates_are_dates_lines() -> None:
    for text in ("Da giugno 2018 a oggi", "Estate 2014 e Estate 2016", "Summer 2019", "Dal 2019"):
        assert only_dates(text), text
    for text in ("Springer 2019", "Design 2019", "Acme 2019"):
        assert not only_dates(text), text


def test_a_numbered_parts_content_in_bigger_type_stays_in_it() -> None:
    markdown = (
        "# Reinan Santos\n\n### 6 - PRINCIPAIS TRABALHOS\n\nModelagem da COVID-19.\n\n"
        "### 7 - ATIVIDADES ASSOCIATIVISTAS\n\n## Grupo de Pesquisa em Física Teórica\n\n"
        "(http://dgp.cnpq.br/dgp)\n"
    )
    read = read_markdown(markdown).markdown
    assert "### Grupo de Pesquisa em Física Teórica" in read, read
    assert "\n## Grupo" not in read, read


def test_a_rirekishos_name_field_with_a_space_names_the_candidate() -> None:
    markdown = (
        "# 入力ｼｰﾄに履歴書作成日入力 顔写真を\n\n履歴書\n\n- ふりがな あべ やまと · 性別\n"
        "- 氏名 阿部 大和 · 男\n- 生年月日 · 平成 15 年 2 月 24 日生\n\n## 学歴\n\n"
        "- 平成３０ · 3 · 朝日町立朝日中学校 卒業\n"
    )
    assert read_markdown(markdown).name == "阿部 大和"


def test_a_heading_among_bold_entries_is_one_of_them() -> None:
    markdown = (
        "# David Beauchesne\n\n## ÉTUDES\n\n**Stage postdoctoral | 2022/09 - 2024/07 | "
        "University of Toronto**\n\nSuperviseur : Leonard Tsuji\n\n### Stage postdoctoral | "
        "2020/11 - 2022/03 | Université Laval\n\nSuperviseur : Philippe Archambault\n\n"
        "**Doctorat en océanographie | 2014 - 2020 | Université du Québec à Rimouski**\n\n"
        "Superviseurs : Philippe Archambault\n\n**Maîtrise en géographie | 2009 - 2012 | "
        "Université Concordia**\n"
    )
    read = read_markdown(markdown).markdown
    assert "### Stage postdoctoral | 2020/11" not in read, read


def test_a_role_and_its_dates_under_its_employers_heading_of_one_level() -> None:
    markdown = (
        "# Dániel Kovács\n\n## MUNKATAPASZTLAT\n\n#### Roninn Creations - Aarhus, Dánia\n\n"
        "#### Részmunkaidős webfejlesztő 03/2019 - 08/2019\n\n- MongoDB adatbázis\n\n"
        "#### Waigo s.r.o. - Esbjerg, Dánia\n\nGyakornok webfejlesztő 02/2017 - 06/2020\n"
    )
    read = read_markdown(markdown).markdown
    assert "#### Roninn Creations - Aarhus, Dánia\n\nRészmunkaidős webfejlesztő" in read, read
