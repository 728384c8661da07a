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
    # Round343's Flemish adviser: "political" asked, "politieke wetenschappen" written.
    dutch = (
        "# Jan Peeters\n\n## Onderwijs\n\n### Technische Universiteit Delft · 2005 - 2008\n\n"
        "Master of Science in Lucht- en Ruimtevaarttechniek\n\n"
        "### Technische Universiteit Delft · 2002 - 2005\n\n"
        "Bachelor of Science in Lucht- en Ruimtevaarttechniek\n\n"
        "### Universiteit Antwerpen · 2000 - 2002\n\nBachelor of Science in de fysica\n\n"
        "### Universiteit Gent · 2010 - 2012\n\nBachelor in de politieke wetenschappen\n"
    )
    answer = answer_text(dutch, "Did Jan study political science?")
    assert "politieke wetenschappen" in answer, answer
    # Its Austrian engineer: "apprenticeship" asked, "Lehre zum Mechatroniker" written.
    german = (
        "# Jürgen Huber\n\n## Beruflicher Werdegang\n\n"
        "### 03/2018 – 07/2018 Berufspraktikum, TGW Logistics Group, Wels\n\n"
        "- Predictive Maintenance\n\n"
        "### 03/2017 – 06/2017 Berufspraktikum, FH OÖ, Wels\n\n- Doppelpendel\n\n"
        "## Ausbildung\n\n### 10/2013 – 09/2016 Bachelor Studium Automatisierungstechnik\n\n"
        "- FH OÖ, Wels\n\n### 09/2006 – 05/2010 Lehre zum Mechatroniker\n\n"
        "- Inocon Technologie GmbH\n"
    )
    answer = answer_text(german, "What apprenticeship did Jürgen complete and where?")
    assert "Lehre zum Mechatroniker" in answer, answer


def test_english_misspelt_in_a_resume_in_another_language_is_not_denied() -> None:
    """Round209's Portuguese CV writes "inglẽs" (a tilde for the accent): no spelling of ours,
    still English."""
    text = _INDONESIAN + "\n## Outros\n\n- inglẽs suficiente apenas para leitura\n"
    answer = answer_text(text, "How good is her English?")
    assert "does not mention" not in answer, answer


def test_languages_named_in_swedish_are_languages() -> None:
    """Round345's Swedish CV lists "Svenska (Modersmål), Engelska (Flytande)" among its skills."""
    text = (
        "# Joakim Svan\n\n## Arbetslivserfarenhet\n\n### Lagerarbetare\n\n- Nobia AB, 1999\n\n"
        "## Kompetenser\n\n- Truckkort A+B\n- SQL\n- Svenska (Modersmål), Engelska (Flytande)\n"
    )
    answer = answer_text(text, "Which languages does Joakim speak?")
    assert "Engelska (Flytande)" in answer, answer
    assert "Nobia" not in answer, answer  # the line naming them, not the resume's first lines
