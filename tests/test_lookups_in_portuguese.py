"""A Brazilian CV printed from a browser (round343): Font Awesome icons before every heading
and item, "Contato" for contact, "painéis" for dashboards, and a name whose initials spell
a word of the resume ("Ana Paula" and "API")."""

from __future__ import annotations

from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.markdown.reader import read_markdown
from tests.test_lookups import answer_text

_CV = (
    "# Ana Paula Araújo da Silva\n\nTecnóloga em Ciência de Dados\n\n\uf3c5 Contagem - MG\n\n"
    "## \uf2bb Contato\n\n- \u2709 · aninha@example.com\n- \uf879 · (31) 931984987116\n\n"
    "## \uf0b1 Experiência Profissional\n\n### Assistente Administrativo\n\n"
    "Prefeitura Municipal de Contagem\n\n- \uf073 · 08/2011 – Atual (14 anos)\n"
    "- \uf058 · Desenvolvimento de 27 painéis interativos para gestão da regulação em saúde\n\n"
    "## \uf05a Informações Adicionais\n\n"
    "- \uf058 · Experiência com integração de dados via API do Google Sheets\n"
    "- \uf058 · Especialista em dashboards com Chart.js e Google Sheets\n"
)
_READ = read_markdown(_CV).markdown


def test_icon_glyphs_are_dropped_with_the_separator_after_them() -> None:
    assert "## Contato\n" in _READ, _READ
    assert "\uf058" not in _READ, _READ
    assert "- Desenvolvimento de 27 painéis" in _READ, _READ
    assert section_kind("Contato") == "contact"


def test_where_she_is_based_is_not_an_acronym_of_her_name() -> None:
    answer = answer_text(_READ, "Where is Ana Paula based?")
    assert "Contagem - MG" in answer, answer
    assert "API" not in answer, answer


def test_dashboards_asked_in_english_meet_paineis() -> None:
    answer = answer_text(_READ, "How many dashboards has Ana Paula built?")
    assert "27 painéis" in answer, answer


def test_an_icon_between_two_dates_is_the_spans_dash() -> None:
    """Round92's Spanish Chrome print sets an arrow icon between a span's dates: without it
    "Mayo 2022 Septiembre 2022" was no span; other icons go with nothing in their place."""
    read = read_markdown("# Ana\n\n## Experiencia\n\n- Mayo 2022 \uf178 Septiembre 2022\n").markdown
    assert "Mayo 2022 – Septiembre 2022" in read, read
    assert "Noviembre 2023 Online" in read_markdown("- Noviembre 2023 \uf3c5 Online\n").markdown
