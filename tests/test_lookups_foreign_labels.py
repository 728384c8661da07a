# ruff: noqa: RUF001 - Russian CV text, in Cyrillic
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


def test_a_place_labelled_in_russian_is_where_he_is_based() -> None:
    """Round144's Russian text CV, once its headline under the name was read as the header's
    (round341): "Местоположение:" labels the place; the headline is no town."""
    answer = answer_text(
        "# Алексей Журавлев\n\nWeb-разработчик / Junior Developer\n\n"
        "## Контактная информация\n\nEmail: a.zh@example.ru\nМестоположение: Москва, Россия\n",
        "Where is he based?",
    )
    assert "Москва, Россия" in answer, answer


def test_a_town_set_as_a_heading_under_the_name_beats_a_headline_with_commas() -> None:
    """Round242's Word CV: "Lecturer, Creative Technologist" under the name reads like
    "City, Country"; "##### San Pablo, CA" under it is the place."""
    answer = answer_text(
        "# Nathan Shaw\n\nLecturer, Creative Technologist, Installation Artist\n\n"
        "##### San Pablo, CA\n\n(530) 264-6348\n\nnathan@example.com\n\n##### bitdeph.com\n\n"
        "I am a lecturer and artist.\n\n### PROFESSIONAL EXPERIENCE\n\n"
        "LECTURER California College of the Arts 2017-present\n\n- Teaches design.\n",
        "Where is he based?",
    )
    assert "San Pablo, CA" in answer, answer


def test_the_name_with_letters_after_it_is_no_town() -> None:
    """Round24's moderncv PDF, whose metadata names "Zhian N. Kamvar, PhD": the name heads the
    page as "Town, Region" would; the address lines under it say where he lives."""
    from resume_chat.answerer.index import ResumeIndex
    from resume_chat.answerer.outline import outline
    from resume_chat.answerer.retrieval import answer_quotes
    from resume_chat.resume.model import build_resume
    from resume_chat.resume.reading import Reading

    name = "Zhian N. Kamvar, PhD"
    markdown = (
        f"# {name}\n\nPhD\n\n- 17899 NW Sedgewick Ct.\n"
        "- Beaverton, OR 97006 H +1 (669) 210-4157\n- B zkamvar@example.com\n\n"
        "## Employment\n\n2024–Present Research Software Engineer, University of Massachusetts.\n"
    )
    parsed = build_resume(Reading(markdown, "pdf", [], name))
    reply = answer_quotes(ResumeIndex(outline(parsed), name), "Where does he live?")
    lines = [line for quote in reply.quotes for line in quote.lines]
    assert any("Beaverton" in line for line in lines), reply


def test_what_he_is_studying_is_the_schooling_dated_until_now_in_german() -> None:
    """Round341's German CV: "09.2022 – bis jetzt" dates the degree he is studying for; the
    integration course above it ended in 2023. (Asked "now": the bare present tense, "What is
    he studying?", is answered from all the schooling, which measured better across the sets.)"""
    answer = answer_text(
        "# Oleksii Prokopishyn\n\n## Ausbildung\n\n"
        "01.2023 - 12.2023 SfS Schulungsgesellschaft mbH, Duisburg\n\nIntegrationskurs\n\n"
        "09.2022 – bis jetzt Nationale Technische Universität, Kyjiw\n\n"
        "Informationssysteme und -technologien für das Management\n\n"
        "09.2015 - 05.2022 Technisches Lyzeum, Kyjiw\n",
        "What is he studying now?",
    )
    assert "Informationssysteme" in answer, answer


def test_a_german_birth_date_and_place_label_quotes_the_place_under_it() -> None:
    """Round340's German Canva CV: "Geburtsdatum und -ort:" over "in Fes, Marokko", and a
    nationality label misspelt "Staatsangehärigkeit"."""
    text = (
        "# Said Fateh\n\n## Persönliche Angaben\n\n- Geburtsdatum und -ort: · 30.10.2005\n"
        "- in Fes, Marokko\n- Staatsangehärigkeit: · Marokkanisch\n\n"
        "## Praktische Erfahrungen\n\n- 02.2026 - 04.2026 Praktikum bei NIRAMAR GmbH\n"
    )
    answer = answer_text(text, "When and where was he born?")
    assert "30.10.2005" in answer, answer
    assert "Fes, Marokko" in answer, answer
    answer = answer_text(text, "What is his nationality?")
    assert "Marokkanisch" in answer, answer


def test_a_language_list_labelled_in_italian_or_polish_denies_one_it_lacks() -> None:
    """Round340's Italian and Polish CVs: "Lingue · Italiano, Inglese C1" among the skills,
    "Język angielski: B2": German, not among them, is denied; English is quoted."""
    for said in ("- Lingue · Italiano (madrelingua), Inglese C1, Francese A2\n",
                 "- Język angielski: poziom komunikatywny B2\n"):  # fmt: skip
        text = (
            "# Anna Rossi\n\n## Esperienza\n\n### Marketing, Torino, 2020 - oggi\n\n"
            "- Campagne per il cliente della sede di Torino, con la squadra e per le campagne "
            "del marchio, per la comunicazione e per il progetto della rete di vendita, con il "
            "gruppo della direzione e per i clienti della regione.\n\n## Competenze\n\n" + said
        )
        answer = answer_text(text, "Does she speak German?")
        assert answer.startswith("The resume does not mention German"), answer
        answer = answer_text(text, "Does she speak English?")
        assert "does not mention" not in answer, answer
