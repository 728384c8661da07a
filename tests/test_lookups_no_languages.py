"""Languages asked of a resume that names none: "What languages does he speak?" had quoted a
line of the experience ("Presentations at the Kellogg conference"); denied only where no
language and no word for one stands anywhere."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_NONE = (
    "# Ana Berg\n\n## Experience\n\n### Economist, Federal Reserve Bank · 2019 - present\n\n"
    "- Presented at the Kellogg Political Economy conference.\n\n"
    "## Education\n\n### PhD in Economics, Northwestern University, 2019\n"
)


def test_languages_asked_of_a_resume_naming_none_are_denied() -> None:
    answer = answer_text(_NONE, "Which foreign languages does she speak?")
    assert answer.startswith("The resume does not mention which languages"), answer
    answer = answer_text(_NONE, "Does she speak Japanese?")
    assert answer.startswith("The resume does not mention Japanese"), answer


@pytest.mark.parametrize(
    "said",
    [
        "## Languages\n\n- Tamil, Kannada\n",
        "Fluent in Hindi and Marathi.\n",
        "- French (B2)\n",
        # Names of languages under no heading of languages and with no word for one.
        "## Other\n\n- Tamil, Kannada\n",
        "## Other\n\n- Afrikaans, isiZulu\n",
    ],
)
def test_a_resume_with_any_word_of_languages_is_answered_from_it(said: str) -> None:
    answer = answer_text(_NONE + "\n" + said, "Which foreign languages does she speak?")
    assert "does not mention" not in answer, answer


def test_a_language_in_an_institutions_name_says_no_language_is_spoken() -> None:
    said = "- Presented at the Hebrew University of Jerusalem, 2024.\n"
    answer = answer_text(_NONE + said, "Which foreign languages does she speak?")
    assert answer.startswith("The resume does not mention which languages"), answer


_INDONESIAN = (
    "# Rina Wulandari\n\nSaya yang bertanda tangan di bawah ini dan dengan sebenarnya untuk "
    "bekerja dengan jujur pagi sampai sore, sebagai pegawai yang baik dalam tim dan untuk "
    "perusahaan yang besar.\n\nnama : Rina Wulandari\n\numur : 21 tahun\n\n"
    "## Pendidikan\n\n- lulusan SMA Negeri 2 Kediri, tahun 2021, berijazah\n\n"
    "## Pengalaman Kerja\n\n- bekerja di toko roti, Kediri. Pada Maret s.d. September 2022\n"
)


def test_languages_asked_of_a_resume_in_another_language_naming_none_are_denied() -> None:
    """Learned from round341's Indonesian CV: no language, no word for one (not "bahasa")."""
    answer = answer_text(_INDONESIAN, "Which foreign languages does she speak?")
    assert answer.startswith("The resume does not mention which languages"), answer
    # It is written in a language of its own: a language asked by name is not denied.
    answer = answer_text(_INDONESIAN, "Does she speak Indonesian?")
    assert "does not mention" not in answer, answer
    answer = answer_text(_INDONESIAN, "Does she speak English?")
    assert answer.startswith("The resume does not mention English"), answer
    answer = answer_text(
        _INDONESIAN + "\n## Keahlian\n\n- Bahasa Inggris\n",
        "Which foreign languages does she speak?",
    )
    assert "does not mention" not in answer, answer


def test_an_age_labelled_in_the_resumes_language_answers_how_old() -> None:
    answer = answer_text(_INDONESIAN, "How old is she?")
    assert "umur : 21 tahun" in answer, answer


def test_a_trades_word_asked_in_english_meets_the_resumes_own() -> None:
    """Round341's French and Argentine CVs: "library" asked, "Médiathèque" written; "work
    arrangement" asked, "Modalidad: Home Office" written."""
    french = (
        "# Line Pouvaret\n\n## Expérience professionnelle\n\n### Vacataire, Saint-Etienne\n\n"
        "Depuis Septembre 2014\n\nGestion de retour et prêt des documents\n\n"
        "Médiathèque de Terrenoire\n\n### Aide Pâtissière\n\nPâtisserie Lequeux\n"
    )
    answer = answer_text(french, "Has she worked in a library?")
    assert "Médiathèque de Terrenoire" in answer, answer
    spanish = (
        "# Gonzalo Sanvido\n\n## Experiencia laboral\n\n- Ministerio de Salud (2009 - Presente)\n\n"
        "## Preferencias laborales\n\n- **Interés:** Crecimiento profesional.\n"
        "- **Modalidad:** Preferencia por Home Office o Freelancer.\n"
    )
    answer = answer_text(spanish, "What kind of work arrangement does he prefer?")
    assert "Home Office" in answer, answer


def test_english_misspelt_in_a_resume_in_another_language_is_not_denied() -> None:
    """Round209's Portuguese CV writes "inglẽs" (a tilde for the accent): no spelling of ours,
    still English."""
    text = _INDONESIAN + "\n## Outros\n\n- inglẽs suficiente apenas para leitura\n"
    answer = answer_text(text, "How good is her English?")
    assert "does not mention" not in answer, answer
