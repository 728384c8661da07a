# ruff: noqa: RUF001 - Turkish's dotless i, as the resume writes it
"""What round575-590's first runs denied or missed in the answerer: a licence by its class
alone ("Category B"), a misspelt "Permi de conduite", a British address known by its postcode,
a talk's title over its text, jobs listed as a flat list opened by their dates, and questions
that name a kind of studies ("vocational training", "formal training") or a channel ("personal
website")."""

from __future__ import annotations

from tests.answering import answer_text


def test_a_licence_class_alone_among_contacts_is_a_driving_licence() -> None:
    resume = (
        "# Goran Cvijanović\n\ngoran.rs.bg@gmail.com\n\nNovember 16, 1982.\n\n"
        "Belgrade, Palilula\n\nCategory B\n\n## Work Experience\n\n2019 - Current · Freelance\n"
    )
    answer = answer_text(resume, "Does he have a driving licence?")
    assert "does not mention" not in answer, answer
    assert "Category B" in answer, answer


def test_a_misspelt_permis_de_conduire_is_a_driving_licence() -> None:
    resume = (
        "# Naima Abouyeg\n\n## Données personelles\n\n+212 6 88 48 63 28\n"
        "Permi de conduite : **B**\n\n## Compétences\n\n- HTML/CSS\n"
    )
    answer = answer_text(resume, "Does she have a driving licence?")
    assert "does not mention" not in answer, answer
    assert "Permi de conduite" in answer, answer


def test_a_british_postcode_closes_the_address_a_town_is_asked_of() -> None:
    resume = (
        "# Michael Robert Kemp\n\n## Profile\n\nWork History · Education · Skills\n\n"
        "- Profile · Skills · Personal Data · Ministry & Teaching · Accounting\n"
        "- 54 Avonmead · Greenmeadow · Swindon · SN25 3PH\n"
        "- 01793 335937 · mike.kemp1@ntlworld.com\n\n## PROFILE\n\n"
        "- Retired management accountant, ordained to the Christian ministry.\n"
    )
    answer = answer_text(resume, "Which town does he live in?")
    assert "does not say" not in answer, answer
    assert "SN25 3PH" in answer, answer


def test_an_address_of_many_parts_after_the_contacts_in_a_footer() -> None:
    resume = (
        "# Jonas Pfannschmidt\n\nSpecialities: Python, Java, Linux, Cloud, Web, DevOps\n\n"
        "## Corporate Experience\n\nSince 01/2018\n\n"
        "Principal Blockchain Engineer at Blockdaemon\n\n"
        "## Certification\n\nEXIN Foundation Certificate in OpenStack Software\n"
        "jonas@example.com • +353 85 2811165 • Geeha South, Kinvara, Co. Galway, Ireland\n"
    )
    answer = answer_text(resume, "Where does he live?")
    assert "Kinvara" in answer, answer
    assert "Specialities" not in answer, answer


def test_a_talks_title_comes_with_the_text_under_it() -> None:
    resume = (
        "# Jonas Pfannschmidt\n\n## Talks\n\nEthereum\n\nAn Introduction to Tools, Solidity & "
        "Smart Contracts delivered at the Galway Blockchain Meetup group.\n\nPython\n\n"
        "Talks about HTTP Requests and Magic Methods presented at a weekly internal training.\n"
    )
    answer = answer_text(resume, "Has he given any talks on Ethereum?")
    assert "Galway Blockchain Meetup" in answer, answer


def test_a_flat_list_of_jobs_is_cut_at_the_items_that_are_dates() -> None:
    resume = (
        "# İsmail Yankayış\n\n## Experience\n\n- **19 November 2018 – Present**\n- Netaş\n"
        "- I’m Test and Automation Engineer\n- Working with a team.\n"
        "- Developing a test automation for a mobile application.\n"
        "- Developing .net core web APIs.\n- **03 July 2017 – 04 August 2017**\n"
        "- Dokuz Eylül University, Department of Computer Engineering\n- Hardware Intern\n"
        "- I worked at a project. Aim of this project is track every equipment in a hospital.\n"
        "- **23 July 2018 – 17 August 2018**\n- Aynes Gıda A.Ş, Denizli (Turkey)\n"
        "- Software Intern\n- I worked at a project which aims to recognize license plates.\n"
    )
    answer = answer_text(resume, "Where does İsmail work now and in what role?")
    assert "Netaş" in answer, answer
    assert "Test and Automation Engineer" in answer, answer
    assert "Hardware Intern" not in answer, answer


def test_vocational_training_is_asked_of_the_studies() -> None:
    resume = (
        "# Dmitriy Zabolotniy\n\n## BERUFSERFAHRUNG\n\n#### Firma Ring-Express - UI/UX Designer\n\n"
        "02/2012 - 05/2018 Berdjansk, Ukraine\n\n- Website-Anpassung für mobile Geräte.\n\n"
        "## AUSBILDUNG\n\n#### IT-Akademie Hillel – Spezialist\n\n2018, Ukraine\n\n"
        "#### Ausbildung Lebensmittelindustrie - Lebensmittel Maschinenmechaniker\n\n"
        "1994-1998, Ukraine\n"
    )
    answer = answer_text(resume, "What was his first vocational training?")
    assert answer.index("Maschinenmechaniker") < answer.find("Hillel") or "Hillel" not in answer
    assert "Maschinenmechaniker" in answer, answer


def test_formal_training_is_asked_of_the_studies() -> None:
    resume = (
        "# Jonas Pfannschmidt\n\n## Talks\n\nPython\n\nTalks presented as part of a weekly "
        "internal training and knowledge exchange that I organized.\n\n## Education\n\n"
        "09/2007 - 07/2009\n\nApprenticeship as IT Specialist at CSC Deutschland Solutions GmbH\n"
    )
    answer = answer_text(resume, "What is his formal training?")
    assert "Apprenticeship as IT Specialist" in answer, answer


def test_a_personal_website_is_the_website_not_a_page_titled_personal() -> None:
    resume = (
        "# Li Yao\n\nPersonal Resume\n\n## Information\n\n- E-mail · scholar.liyao@gmail.com\n"
        "- Website · https://home.liyao.blog\n\n## Education\n\n- Jilin University · 2019– 2023\n"
    )
    answer = answer_text(resume, "Does he have a personal website?")
    assert "https://home.liyao.blog" in answer, answer


def test_a_position_field_under_the_name_is_the_current_position() -> None:
    resume = (
        "# Francisco Acevedo\n\nCargo: Desarrollador web\n\nExperiencia inicial: 2017\n\n"
        "## Experiencia laboral\n\n- IDEICE\n- 2022 - Presente\n- Desarrollo web\n"
    )
    answer = answer_text(resume, "What is Francisco Acevedo's current position?")
    assert "Desarrollador web" in answer, answer


def test_an_austrian_conscript_did_military_service() -> None:
    resume = (
        "# Adrian Berisha\n\n## BERUFLICHE LAUFBAHN\n\n#### Grundwehrdiener | Jäger\n\n"
        "10/2020 - 04/2021 Österreichisches Bundesheer Fliegerhorst Brumowski Kaserne\n\n"
        "#### Kellner\n\n05/2021 - 09/2023 Gasthaus Zur Post\n"
    )
    answer = answer_text(resume, "Did he do military service?")
    assert "Österreichisches Bundesheer" in answer, answer


def test_an_affiliation_among_the_contact_details_is_the_current_post() -> None:
    resume = (
        "# Curriculum Vitae\n\n## Contact\n- Name: Hidemoto Nakada\n\n"
        "- Affiliation: Juntendo University, Faculty of Health Data Science\n- Title: Professor\n"
        "- E-Mail: hidemoto.nakada@example.com\n\n## Academic Experience\n\n"
        "- 1995-2001: Research Scientist, ElectroTechnical Laboratory, Japan\n"
        "- 2001-2023 : Senior Research Scientist, National Institute of Advanced Industrial "
        "Science and Technology\n"
    )
    answer = answer_text(resume, "What is Hidemoto Nakada's current position and institution?")
    assert "Juntendo University" in answer, answer


def test_studies_in_words_no_rule_knows_are_never_no_degree() -> None:
    # Vietnamese typed without its accents: "HOC VAN" (studies), "DH" (university), "Tot
    # nghiep" (graduated) are no English word for a degree.
    resume = (
        "# NGO MINH NHUT\n\n## Fullstack Developer\n\n### HOC VAN\n\n"
        "#### DH Bach Khoa TP.HCM (HCMUT)\n\n#### KS Dien tu - Vien thong\n\nTot nghiep 2024\n\n"
        "### KINH NGHIEM\n\n#### Quan ly Kho van\n\nCty Ban le Phuong Nam\n\n2023 – nay\n"
    )
    answer = answer_text(resume, "Which university did he attend and what did he study?")
    assert "does not mention" not in answer, answer
    assert "DH Bach Khoa" in answer, answer
    answer = answer_text(resume, "Which company does he work for?")
    assert "Phuong Nam" in answer, answer


def test_a_licences_kinds_beside_permis_in_a_moderncv_line() -> None:
    resume = (
        "# Kamel Ouzouigh\n\n## Expériences - Centres d'intérêts\n\n"
        "Permis · Voiture, Moto et Bateau.\n\nSport · Natation\n"
    )
    answer = answer_text(resume, "Which driving licences does he hold?")
    assert "Moto et Bateau" in answer, answer


def test_a_greek_word_spelled_the_romance_way_is_no_absent_name() -> None:
    resume = (
        "# Ieremies Romero\n\n## Awards\n\n### Medalha de prata — Olimpíada Brasileira de "
        "Informática\n\nJun, 2015\n\n## Work\n\n### Professor — Colégio Objetivo\n"
    )
    answer = answer_text(resume, "What award did he win at the Brazilian Olympiad in Informatics?")
    assert "does not mention" not in answer, answer
    assert "Medalha de prata" in answer, answer
