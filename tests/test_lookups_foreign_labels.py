"""What a resume in another language labels in its own words is stated, never denied: its
nationality, its driving licences, a certification course by its version. Rules learned from
the sixty-ninth wave of held-out resumes (round340), each on a resume shaped to need it."""

from __future__ import annotations

from tests.test_lookups import answer_text, assert_found

_FRENCH = (
    "# Oleksandr Hryhorenko\n\nChercheur en science des matériaux\n\n"
    "Nationalité : Ukrainienne\n\n## Contact\n\n#### Permis\n\n- B1 - Quadricycle\n"
    "- AM - Cyclomoteur <= 50 cm3\n- B - Véhicule léger\n\n## Formations\n\n"
    "2019 : Doctorat physique, Institut de Physique Nucléaire d'Orsay\n\n"
    "2013 : Licence physique, V.N. Karazin National University, Kharkiv, Ukraine\n\n"
    "## Langues\n\n#### Anglais : Courant\n\n#### Ukrainien : Courant\n"
)


def test_a_nationality_labelled_in_french_is_the_nationality() -> None:
    """The labelled line itself, not the resume's first lines quoted for want of it (which a
    longer resume's answer turned into a denial)."""
    answer = answer_text(_FRENCH, "What nationality is he?", "markdown")
    assert "Ukrainienne" in answer, answer
    assert "Chercheur" not in answer, answer


def test_permis_alone_over_its_categories_is_a_driving_licence() -> None:
    assert_found(_FRENCH, "Which driving licences does he hold?", "Véhicule léger")


def test_a_versioned_cisco_course_is_no_absence_of_cisco() -> None:
    """ "CCNAv7: Wprowadzenie do sieci": Cisco's course, its version glued to its letters."""
    text = (
        "# Maja Nowak\n\n## Kursy\n\n- 06 wrz 2021 – CCNAv7: Wprowadzenie do sieci\n"
        "- 10 paź 2022 – Python Essentials\n\n## Edukacja\n\n- Technikum nr 17 (2020 – 2025)\n"
    )
    answer = answer_text(text, "Has she taken a Cisco networking course?", "markdown")
    assert not answer.startswith("The resume does not"), answer


def test_an_address_labelled_adres_is_where_she_lives() -> None:
    """A Polish CV's "Adres: ul. Morcinka, Dąbrowa Górnicza": the address, in Polish."""
    text = (
        "# Maja Nowak\n\nCurriculum Vitae\n\n## O mnie\n\nImię i nazwisko: Maja Nowak\n"
        "Data urodzenia: 13.02.2006\nAdres: ul. Morcinka, Dąbrowa Górnicza, 41-303\n"
        "Email: maja@example.com\n\n## Edukacja\n\n- Technikum nr 17 w Katowicach (2020 – 2025)\n"
    )
    assert_found(text, "Where does she live?", "Dąbrowa Górnicza")


def test_a_birth_date_labelled_in_slovak_is_when_she_was_born() -> None:
    text = (
        "# Alžbeta Roth\n\n- Software tester záujemkyňa\n- Dátum narodenia: 2. 4. 1984\n"
        "- Bratislava\n\n## Pracovné skúsenosti\n\n### Predavačka\n\n"
        "Action s.r.o. / Bratislava / NOVEMBER 2023 - JANUÁR 2024\n"
    )
    assert_found(text, "When was she born?", "2. 4. 1984")


_SLOVAK = (
    "# Alžbeta Roth\n\n- Software tester záujemkyňa\n- Bratislava\n\n## Pracovné skúsenosti\n\n"
    "### Software tester stáž\n\nAAS academy / Bratislava / FEBRUÁR 2025 - DOTERAZ\n\n"
    "### Predavačka, pokladníčka\n\nAction s.r.o. / Bratislava / NOVEMBER 2023 - JANUÁR 2024\n\n"
    "## Vzdelanie\n\n### SOU nábytkárske\n\nČalúnnik / 1999 - 2002\n\n## Znalosti\n\n"
    "#### Jira Atlassian\n\n#### Money S3\n\n## Jazyky\n\n#### Anglický jazyk\n\nB1\n\n"
    "#### Maďarský jazyk\n\nC2\n\n#### Nemecký jazyk\n\nA2\n"
)


def test_czech_and_slovak_section_titles_name_their_kinds() -> None:
    """ "Jazyky", "Vzdelanie", "Znalosti": the languages, the schooling and the skills."""
    assert_found(_SLOVAK, "Which languages does she speak?", "Maďarský jazyk")
    assert_found(_SLOVAK, "What vocational education does she have?", "SOU nábytkárske")


def test_a_language_named_in_slovak_is_that_language() -> None:
    """ "Nemecký jazyk": German, so "How good is her German?" is answered by its level."""
    assert_found(_SLOVAK, "How good is her German?", "Nemecký jazyk")


def test_a_city_asked_in_english_is_found_in_the_resumes_own_name_for_it() -> None:
    """ "Moscow" of "a Mosca, Russia"; "Kraków" of "w Krakowie" (Polish declines it)."""
    italian = (
        "# Irina Parshina\n\n## Istruzione\n\n### Linguistica Fundamentale\n\n"
        'URN HSE, Università Nazionale di Ricerca "Higher School of Economics"\n\n'
        "*Mosca, Russia, 2020 - 2022 (non finita)*\n\n### Lettere\n\nUniversità di Pavia, 2023 -\n"
    )
    assert_found(italian, "What did she study in Moscow?", "Linguistica Fundamentale")
    polish = (
        "# Paweł Kreis\n\n## Edukacja\n\n- 2010-2014 / Inżynieria Akustyczna / Akademia "
        "Górniczo-Hutnicza w Krakowie / praca inżynierska\n- 2022 / Dante Certification Level 3\n"
    )
    assert_found(polish, "What did he study at AGH in Kraków?", "Inżynieria Akustyczna")


def test_a_magister_is_a_masters_degree() -> None:
    """Chile's "Magíster en Ciencias" in a CV otherwise in English: a master's, not denied."""
    text = (
        "# Carolina Saavedra\n\n## Formación\n\n"
        "**Magíster en Ciencias de la Ingeniería Informática** · 2008\n\n"
        "Universidad Técnica Federico Santa María\n\n**Ingeniera Civil Informática** · 2005\n\n"
        "## Experience\n\n### Researcher, 2009 - 2015\n\nWorked on the analysis of the data and"
        " the design of the models in the lab, and taught the students of the course.\n"
    )
    answer = answer_text(text, "What master's degree does she have?", "markdown")
    assert "Magíster en Ciencias" in answer, answer


def test_a_thesis_named_in_the_resumes_language_is_the_thesis() -> None:
    """ "praca inżynierska: Projekt generatora…": Polish for the engineering thesis."""
    text = (
        "# Paweł Kreis\n\n## Edukacja\n\n- 2022 / Audinate Dante Certification Level 3 / "
        "zaawansowane metody konfiguracji sieci\n- 2021 / Dante Level 2\n- 2020 / Dante Level 1\n"
        "- 2019 / Meyer Sound SIM3\n- 2018 / L-Acoustics Soundvision\n- 2017 / d&b ArrayCalc\n"
        "- 2016 / Yamaha CL Series\n- 2015 / Avid Pro Tools 101\n"
        "- 2010-2014 / Inżynieria Akustyczna / AGH / praca inżynierska: Projekt generatora "
        "sygnałów akustycznych\n"
    )
    answer = answer_text(text, "What was the topic of his engineering thesis?", "markdown")
    assert "Projekt generatora" in answer.split(" | ")[0], answer


def test_an_age_among_a_lines_parts_is_the_age() -> None:
    """ "Brasileiro, Divorciado, 48 anos": his age, in Portuguese, among other details."""
    text = (
        "# Jânio Medeiros\n\n## Experiência profissional\n\n- Poty Refrigerantes (Coca Cola)\n"
        "- Distribuidora Nordeste\n\n## Informações complementares\n\n"
        "Brasileiro, Divorciado, 48 anos\n\nRua Afonso Pena, 1149, Mossoró-RN\n"
    )
    assert_found(text, "How old is he?", "48 anos")


def test_languages_asked_with_their_level_are_spoken_ones() -> None:
    """ "Which languages does she know, and at what level?": a level is a tongue's, so the
    spoken languages answer, not the SQL a tester lists."""
    text = _SLOVAK.replace("#### Money S3", "#### SQL\n\n#### Money S3")
    assert_found(text, "Which languages does she know, and at what level?", "Maďarský jazyk")
