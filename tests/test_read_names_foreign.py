"""Whose resume it is, when the page names itself in another language first: learned from
round341's Colombian ("Curriculum-Vitae" over "## NORIS …") and Indonesian ("Daftar Riwayat
Hidup" over "nama : Rifqi Zidan Azhary") Word CVs, both read as if the page's title were the
candidate's name."""

from __future__ import annotations

import pytest

from resume_chat.resume import parse_resume


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("Curriculum-Vitae\n\n## NORIS YANETH CASTELLANOS FUENTES\n\nCelular 314 516 72 52\n\n"
         "#### Educación\n\n- Licenciada en Comercio, Universidad de Pamplona\n",
         "NORIS YANETH CASTELLANOS FUENTES"),
        ("Daftar Riwayat Hidup\n\nSaya yang bertanda tangan di bawah ini :\n\n"
         "nama : Rifqi Zidan Azhary\n\numur : 19 tahun\n\n## Pendidikan\n\n- lulusan SMP 2019\n",
         "Rifqi Zidan Azhary"),
        ("Hoja de vida\n\nNombre completo: Ana Lucía Gómez\n\n## Estudios\n\n- Bachiller, 2015\n",
         "Ana Lucía Gómez"),
    ],
)  # fmt: skip
def test_a_page_title_in_another_language_is_not_the_name(source: str, name: str) -> None:
    reading = parse_resume(source)
    assert reading.name == name, reading.markdown
    assert reading.markdown.startswith(f"# {name}\n"), reading.markdown


def test_a_name_signed_under_the_place_and_date_is_the_candidates() -> None:
    """Round341's German CV: no name above, its name only at the end, signed."""
    source = (
        "## Persönliche Daten\n\nGeburtsdatum 18.03.2005 in Kyjiw\n\n## Ausbildung\n\n"
        "01.2023 - 12.2023 SfS Schulungsgesellschaft mbH, Duisburg\n\nIntegrationskurs\n\n"
        "Duisburg, 25.01.2024\n\nOleksii Prokopishyn\n"
    )
    reading = parse_resume(source)
    assert reading.name == "Oleksii Prokopishyn", reading.markdown
    # Not a last line that is no signature: the closing line of a list of skills.
    reading = parse_resume(source.replace("Duisburg, 25.01.2024", "- Python, SQL"))
    assert reading.name != "Oleksii Prokopishyn", reading.markdown
