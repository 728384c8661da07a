# ruff: noqa: RUF001 - Russian and Kyrgyz words, as real CVs write them
"""What round563-566's first runs denied or missed: a high school twenty lines down studies read
as one entry, an employer named Visa, the candidate's name as a site's address, a
journal, an institute, an academy, a professor abroad, a street
given first among contacts, a town pinned by 📍, a long name before "applying for", and a
category's members quoted though the question names the job that holds them."""

from __future__ import annotations

from resume_chat.answerer.intents import classify
from tests.answering import answer_text


def test_a_high_school_far_down_one_entry_of_studies_answers_secondary_school() -> None:
    courses = "".join(f"- Studied topic number {n} in depth.\n" for n in range(12))
    resume = (
        "# Samuel Thomson\n\n## Education\n\nHeriot-Watt University\n\nYear Two\n\n"
        f"{courses}\nGlenrothes High School\n\nHigher & National 5\n\n"
        "## Experience\n\nFraud Officer - Royal Bank of Scotland (2021)\n"
    )
    answer = answer_text(resume, "Which secondary school did he attend?")
    assert answer.split("\n")[1] == "> Glenrothes High School", answer


def test_an_employer_named_visa_is_no_question_about_work_permits() -> None:
    resume = (
        "# Akash Pandey\n\n## Experience\n\n### Visa · Bangalore, India\n\n"
        "Senior Engineering Manager Oct 2019 – Present\n\n- Led workflow platforms\n\n"
        "### CGI · Bangalore, India\n\nSoftware Engineer May 2016 – Sep 2019\n\n"
        "- Built Spring Boot services\n"
    )
    answer = answer_text(resume, "Where did he work before Visa, and during which dates?")
    assert "CGI" in answer, answer
    assert "May 2016 – Sep 2019" in answer, answer


def test_the_candidates_name_as_a_sites_address_does_not_stop_a_denial() -> None:
    resume = (
        "# Enrico Lattuada\n\nenrico-lattuada.com\n\n## Skills\n\n- Python, C++, CUDA\n"
        "- MATLAB\n\n## Work experience\n\n2022 – present Post-doctoral Research Fellow\n"
    )
    answer = answer_text(resume, "Does Enrico Lattuada have any experience with Kubernetes?")
    assert answer == "The resume does not mention Kubernetes.", answer


def test_a_journal_asked_is_about_publications() -> None:
    question = "In which journal did he publish 'Missing Millions: Undercounting Urbanization'?"
    assert classify(question).name == "publications"
    resume = (
        "# Kyle Onda\n\n## Research Assistant 2015 – 2019\n\n"
        "- Harmonized nationwide data for a study of urbanization in India\n\n"
        "## Peer-reviewed publications\n\n"
        '- Branham, J., Onda, K. "Federal Subsidies and Coastal Protection." Land Use Policy,'
        " 2021.\n"
        '- Onda, K., Sinha, P. "Missing Millions: Undercounting Urbanization in India."'
        " Population and Environment, 2019.\n"
    )
    answer = answer_text(resume, question)
    assert "Population and Environment" in answer, answer


def test_an_institute_or_an_academy_asked_is_about_studies() -> None:
    resume = (
        "# Nathan Rebourg\n\nÉtudiant en Réseaux et Télécommunications.\n\n"
        "## Compétences\n\n- Réseaux : LAN, TCP/IP\n\n## Formation\n\n"
        "#### Lycée Louis Armand : Bac technologique\n\n**BUT Réseaux et Télécommunications**\n\n"
        "IUT Roanne – Année d’obtention prévue : 2027\n"
    )
    answer = answer_text(resume, "At which institute is the BUT taken?")
    assert "IUT Roanne" in answer, answer
    resume = (
        "# Владимир Прадед\n\n## Цель\n\nРабота Java developer.\n\n## Образование\n\n"
        "### Университет ИТМО\n\nПериод обучения: 2023-2027\n\n"
        "### Академия бэкенда Т-банка\n\nПериод обучения: 2024-2025\n"
    )
    answer = answer_text(resume, "Which backend academy did he attend?")
    assert "Академия бэкенда Т-банка" in answer, answer


def test_a_professor_abroad_is_one_who_teaches() -> None:
    resume = (
        "# Jasser Rivas\n\n## Experiencia Laboral\n\n### WEBEDIA, Ingeniero de Datos\n\n"
        "Enero 2023-Presente\n\n### KUMON, Asistente Educativo\n\nJunio 2020-Mayo 2022\n\n"
        "### Banco Azteca, Analista\n\n2019-2020\n\n### UNAM, Profesor Adjunto\n\n"
        "Agosto 2019-Diciembre 2021\n"
    )
    answer = answer_text(resume, "Did he teach at a university?")
    assert answer.startswith("[Experiencia Laboral › UNAM, Profesor Adjunto]"), answer


def test_a_street_written_first_among_contacts_is_where_he_lives() -> None:
    resume = (
        "# Coroian Emanuel\n\n## Work Experience\n\n- Quantic Lab - Game Tester\n"
        "- 03.07.2023 - 29.09.2023\n\n2018- 2022\n\n- Contact\n\necoraian@yahoo.com\n\n"
        "0771668931\n\nStr. Nadasel, Nr. 68, Cluj-Napoca\n"
    )
    answer = answer_text(resume, "Which city does he live in?")
    assert "Cluj-Napoca" in answer, answer
    resume = (
        "# Эрбол Бекзат\n\n## Профиль\n\nРазработчик игр.\n\n## Контакты\n\n+996554647401\n\n"
        "А. Токомбаева 23/4\n\nКыргызстан, Бишкек\n\nderbolb@gmail.com\n"
    )
    answer = answer_text(resume, "Which city does he live in?")
    assert "Кыргызстан, Бишкек" in answer, answer


def test_a_pinned_town_is_where_he_is_located() -> None:
    resume = (
        "# Emanuele Aquilia\n\n🎓 Master's student at Politecnico di Torino (https://polito.it)\n\n"
        "## Experience\n\n**IT Division Leader — Policumbent**\n"
        "📍 Turin, Italy — Sep 2025 – Present\n- Coordinating a team\n"
    )
    answer = answer_text(resume, "Where is he located?")
    assert "📍 Turin, Italy" in answer, answer


def test_a_long_name_before_applying_for_asks_the_headline() -> None:
    resume = (
        "# Pedro Victor Carvalho Vieira\n\nEstágiario de TI\n\n## Experiência\n\n"
        "BRF, UBERLANDIA - APRENDIZ ADMINISTRATIVO\nJANEIRO/2021 - DEZEMBRO/2021\n"
    )
    answer = answer_text(resume, "What position is Pedro Victor Carvalho Vieira applying for?")
    assert "Estágiario de TI" in answer, answer


def test_a_job_the_question_names_comes_before_a_categorys_members() -> None:
    resume = (
        "# Jakub Zahálka\n\n## Praxe\n\n### Vývoj\n\nFirma: Cutter Systems\n\n"
        "Období: červen - září 2023\n\n## Dovednosti\n\n- Eagle, KiCad\n- Fusion 360\n"
    )
    question = "In which year did he do development work (PCB design in Eagle) at Cutter Systems?"
    answer = answer_text(resume, question)
    assert "Cutter Systems" in answer, answer
    assert "2023" in answer, answer


def test_an_industry_qualification_asked_is_a_credential() -> None:
    assert classify("Do they hold any finance-industry qualification?").name == "certifications"


def test_an_items_text_set_on_under_it_comes_with_it() -> None:
    resume = (
        "# Marie Durand\n\n## Enseignement\n\n### Activités passées\n\n"
        "- 2018-2019 · **Professeur de mathématiques (des 3C et 2B)** au CSJA\n"
        "- 2017-2018 · **Professeur de mathématiques (des 3D et 3E)**\n"
        "  au Collège Saint-Victor (Valence)\n"
    )
    answer = answer_text(resume, "Where did she work in 2018-2019 and in 2017-2018?")
    assert "au Collège Saint-Victor (Valence)" in answer, answer


def test_a_semester_abroad_is_found_in_the_resumes_own_word() -> None:
    resume = (
        "# Jonas Keller\n\n## Studium\n\n### 01/10/2018–andauernd Masterstudium Mechatronik\n\n"
        "Leibniz Universität Hannover\n\n### 01/10/2019–29/02/2020 Auslandssemester\n\n"
        "Università di Roma „La Sapienza“\n\n## Praxiserfahrung\n\n"
        "### 01/10/2020-aktuell Wissenschaftliche Hilfskraft\n\n"
        "Institut für mechatronische Systeme (LUH)\n"
    )
    answer = answer_text(resume, "Where did he spend his semester abroad?")
    assert answer.startswith("[Studium › 01/10/2019–29/02/2020 Auslandssemester]"), answer
