"""What round404-407's first runs answered wrong (two false denials among them): a play's name
as Catalan spells it, a language named in Japanese in a Spanish resume, lists by year, a
record's title and school set as two headings, a table row stacking its records line by line,
a website on an .app domain, an address under a label alone, and a design tool's jobs printed
before their section's title."""

# ruff: noqa: RUF001 - resume text in Chinese, Korean and Japanese, as written

from __future__ import annotations

from pathlib import Path

from tests.test_answer_round396 import _docx
from tests.test_answer_round396 import reply_text as _reply


def test_a_title_as_the_resume_s_language_spells_it_is_not_denied() -> None:
    """ "Romeo and Juliet" of a Catalan "ROMEU I JULIETA": the line quoted, never denied."""
    resume = (
        "# Neus Pàmies\n\n## Teatro\n\n2016\n\n"
        "SCARAMOUCHE *de Albert Guinovart*. Teatre Victòria – Dir. Joan Lluís Bozzo\n\n"
        "ROMEU I JULIETA *de William Shakespeare*. La Seca Espai Brossa – Dir. Marc Chornet\n"
    )
    answer = _reply(resume, "Has she performed in Romeo and Juliet? At which venue?")
    assert "La Seca Espai Brossa" in answer, answer
    assert not answer.startswith("The resume does not"), answer


def test_a_language_named_in_japanese_or_chinese_is_a_language_named() -> None:
    spanish = "# Miguel Acevedo\n\n## Idiomas\n\n- Español: Nativo\n- 日本語: Básico - N5\n"
    answer = _reply(spanish, "Does he speak Japanese? At what level?")
    assert "日本語: Básico - N5" in answer, answer
    chinese = (
        "# 梁源康\n\n家庭住址:广东省湛江市\n\n## 其他\n\n"
        "**技能：**C/C++，Qt，51除了C语言可以写汇编\n\n**语言能力：**粤语，日语，英语\n"
    )
    answer = _reply(chinese, "Which languages does he speak?")
    assert "粤语，日语，英语" in answer, answer
    # Asked in Chinese of a page naming English in Chinese alone: Japanese is denied.
    named_english = (
        "# 王芳\n\n## 工作技能\n\n- 熟练的英语读写及听说能力\n\n## 所持证书\n\n- 大学英语六级证书\n"
    )
    assert _reply(named_english, "她会说日语吗？").startswith(
        "The resume does not mention Japanese"
    )


def test_the_whole_list_of_languages_says_each_level() -> None:
    """The list, every language in it; a sub-entry sharing "level" does not cut it short."""
    resume = (
        "# Marcello Bozzi\n\n## LINGUE\n\n- Italiano, madrelingua.\n"
        "- Francese, livello B1 (Intermedio)\n- Inglese, livello B2 (Intermedio superiore)\n\n"
        "### Certificazione Cambridge English\n\nFirst Certificate in English - 31/5/2025\n"
        "Council of Europe Level B2\n"
    )
    answer = _reply(resume, "Which foreign languages does he speak and at what level?")
    assert "Inglese, livello B2" in answer, answer
    assert "Francese, livello B1" in answer, answer


def test_a_list_by_year_gives_each_record_its_year() -> None:
    resume = (
        "# Marcello Bozzi\n\n## ISTRUZIONE E FORMAZIONE\n\n2016\n\n"
        "Microsoft Technology Associate: HTML5 Application Development Fundamentals\n\n"
        "2008\n\nCertificazione “Zend Certified Engineer” per il linguaggio PHP versione 5.\n\n"
        "2000\n\nAbilitazione per l’Insegnamento dell’Informatica nelle Scuole Statali.\n"
    )
    answer = _reply(resume, "Which PHP certification does he have, and when did he get it?")
    assert "> 2008\n> Certificazione “Zend Certified Engineer”" in answer, answer
    # A year closing the list with nothing under it: no such list, and no error.
    assert "Zend" in _reply(f"{resume}\n1996\n", "Which PHP certification does he have?")


def test_a_record_s_title_and_school_set_as_two_headings_are_one_record() -> None:
    """AltaCV: "#### Diplôme d'Ingénieur" with nothing under it, over "#### ISAE–SUPAERO" and
    its dates; and a prize over the department that gave it. A layout's habit: a section holds
    two such pairs at least."""
    resume = (
        "# Marie-Caroline Corbineau\n\n## FORMATION\n\n"
        "#### Master Recherche en Aerospace Engineering\n\n"
        "#### University of Illinois at Urbana-Champaign (UIUC)\n\n"
        "- 📅 Sep 2014 – Juin 2016 Illinois, Etats-Unis\n\n"
        "#### Diplôme d’Ingénieur\n\n"
        "#### Institut Supérieur de l’Aéronautique et de l’Espace (ISAE)–SUPAERO\n\n"
        "- 📅 Sep 2012 – Juin 2016 Toulouse, France\n\n"
        "## RÉCOMPENSES\n\n#### Meilleur Poster\n\nJournée des doctorants\n\n"
        "- 📅 4 Avril 2019 Gif-sur-Yvette, France\n\n#### Bourse AE Block Grant\n\n"
        "#### Dpt. of Aerospace Engineering, UIUC\n\n- 📅 2015 Illinois, Etats-Unis\n\n"
        "#### Prix de thèse\n\n#### Fondation CentraleSupélec\n\n- 📅 2020 Paris, France\n"
    )
    answer = _reply(resume, "Where did she do her research master's and in what field?")
    # One record, its title and its school together: one heading as read since the fifty-sixth
    # stop ("… Engineering · University of Illinois …"), or the school's, the title its first line.
    first = answer.split("\n\n", 1)[0]
    assert "Master Recherche en Aerospace Engineering" in first, answer
    assert "Urbana-Champaign" in first, answer
    assert "Sep 2014" in first, answer
    answer = _reply(resume, "What award did she win in April 2019?")
    assert "Meilleur Poster" in answer, answer
    answer = _reply(resume, "Which grant did she receive in 2015?")
    assert "> Bourse AE Block Grant\n> - 📅 2015" in answer, answer


def test_a_table_row_stacking_its_records_line_by_line(tmp_path: Path) -> None:
    """A Korean form's row: dates over dates in one cell, schools over schools in the next,
    majors in the third; read one record a line. Two undated lists side by side stay apart."""

    def build(document: object) -> None:
        document.add_paragraph("김현수")  # type: ignore[attr-defined]
        table = document.add_table(rows=2, cols=4)  # type: ignore[attr-defined]
        rows = (
            (
                "학력",
                "2017. 03. ~ 2025. 08.\n2014. 03. ~ 2017. 02.",
                "고려대\n금호고",
                "빅데이터\n졸업",
            ),
            ("Skills", "Python\nJava", "Korean\nEnglish", ""),
        )
        for row, texts in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                lines = text.split("\n")
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)

    markdown = _docx(tmp_path, build)
    assert "2017. 03. ~ 2025. 08. · 고려대 · 빅데이터" in markdown, markdown
    assert "2014. 03. ~ 2017. 02. · 금호고 · 졸업" in markdown, markdown
    assert "Python · Korean" not in markdown, markdown


def test_a_website_on_any_domain_and_an_email_s_domain_no_site() -> None:
    resume = (
        "# Coulston Luteya\n\nTELEPHONE: +254714026815\n\nEMAIL: thatcoul@gmail.com\n\n"
        "WEBSITE: thatcoul.netlify.app\n\n## Education\n\nDiploma in ICT\n"
    )
    assert "thatcoul.netlify.app" in _reply(resume, "Does he have a personal website?")
    linked = (
        "# Caleb Dunahee\n\n- Fairbury, Il | (815) 992-2370 | dunahee10@gmail.com\n\n"
        "## Links\n\nhttps://www.linkedin.com/in/caleb-dunahee/\n\n"
        "https://cdunahee36.github.io/\n"
    )
    answer = _reply(linked, "What is his personal website?")
    assert "cdunahee36.github.io" in answer, answer
    assert "gmail" not in answer, answer


def test_an_address_under_its_label_alone_and_a_street_in_contact() -> None:
    portuguese = (
        "# Ingrid Oliveira\n\n(11) 96662-3625\n\nEndereço\n\n"
        "Rua Vicente Custodio da Silva, 574, Ferraz de Vasconcelos, São Paulo\n\n"
        "## Formação\n\nUniSantanna – Matemática 2013-2016\n"
    )
    assert "Ferraz de Vasconcelos" in _reply(portuguese, "In which city does she live?")
    german = (
        "# Aubin Kamtcheu\n\n## Persönliche Daten\n\nTelefonnummer +4915752385879\n\n"
        "Adresse\n\nGaustr 73\n\n67549 Worms\n\n## Ausbildung\n\nHochschule Worms\n"
    )
    assert "67549 Worms" in _reply(german, "Which town does he live in?")
    canva = (
        "# Yurii Vydzhak\n\n## CONTACT\n\n- +1 368-887-1066\n- yura@example.com\n"
        "- #4 6416 4 St. NE Calgary AB\n\n## SKILLS\n\n- 3D Modeling\n"
    )
    assert "Calgary AB" in _reply(canva, "Where does he live?")


def test_jobs_printed_under_a_profile_and_the_most_recent_by_its_end() -> None:
    """A design tool printed the jobs' column under "PROFILE", its "WORK EXPERIENCE" title
    after them: dated records there are jobs. With nothing marked current, the job that ended
    last is the most recent, not the one begun last."""
    canva = (
        "# Yurii Vydzhak\n\n## PROFILE\n\nCreative and motivated person.\n\n"
        "### Tevagrow · 2024 - 2025\n\n- Design Intern\n- Edited visual materials.\n\n"
        "### Boryslav Children’s School of Arts · 2022 - 2023\n\n- Graphic Designer\n"
        "- Designed the logo.\n\n## WORK EXPERIENCE\n\n## SKILLS\n\n- Blender\n"
    )
    answer = _reply(canva, "What was his most recent position and at which company?")
    assert answer.startswith("[PROFILE › Tevagrow"), answer
    tutor = (
        "# Juan Camilo Gallego\n\n## EXPERIENCIA\n\n### Asistente de investigación\n\n"
        "- Mayo 2017 – Dic. 2017 Universidad de los Andes\n\n### Profesor personalizado\n\n"
        "Ene. 2016 – Abr. 2020\n\nClases personalizadas de física.\n"
    )
    answer = _reply(tutor, "What was his most recent position and until when did it run?")
    assert answer.startswith("[EXPERIENCIA › Profesor personalizado]"), answer


def test_an_internship_for_a_degree_is_a_job() -> None:
    resume = (
        "# Sarah Poch\n\n## FORMATION\n\n### Master Copernicus in Digital Earth\n\n2021-2023\n\n"
        "## EXPERIENCE PROFESSIONNELLE ET ENGAGEMENT CITOYEN\n\n"
        "Stage de Master au sein de l’équipe EO Analytics\n\nMai 2022- Septembre 2022\n\n"
        "Cheftaine de compagnie - Association des Guides et Scouts d’Europe\n\nDepuis 2018\n\n"
        "### Intérimaire – CRIT Intérim Béziers\n\nEté 2018 – Eté 2019\n"
    )
    answer = _reply(resume, "Where did she do her master's internship and when?")
    assert answer.startswith("[EXPERIENCE PROFESSIONNELLE"), answer
    assert "EO Analytics" in answer, answer
    answer = _reply(resume, "What volunteering or leadership role does she have?")
    assert "Guides et Scouts d’Europe" in answer, answer
    # The word asked is searched for among the jobs ("Stage", the French for it), not dropped
    # as a word every job question uses.
    text = (
        "# Sacha Trémoureux\n\nSacha Trémoureux 24 ans Permis B Nantes\n\n"
        "2012-2013 - Licence professionnelle ASRALL, Université Nancy-Charlemagne\n\n"
        "## Expériences\n\nAvril à Octobre 2013 - Stage de fin d'étude Findspire\n"
        "2011-2012 - Vendeur, Boulangerie du Port\n"
    )
    answer = _reply(text, "Where did Sacha Trémoureux do his end-of-studies internship?")
    assert "Stage de fin d'étude Findspire" in answer, answer


def test_a_founder_a_prize_and_a_salary_said_in_another_language() -> None:
    spanish = (
        "# Miguel Acevedo\n\n## Experiencia\n\n"
        "### Cloud Lead — Tensor Energy\n\nEne 2022 – Presente\n\n"
        "### CTO y Co-Fundador — Kaizen Interactive\n\nEne 2009 – Dic 2015\n\n"
        "### Programador — E-volution\n\nEne 2004 – Dic 2008\n\n"
        '- Creé el juego "The bubble machine" que ganó un "Diente de Oro 2005" por innovación\n'
    )
    assert "Kaizen Interactive" in _reply(spanish, "Has he founded a company? Which one?")
    assert "Diente de Oro 2005" in _reply(spanish, "Has he won any award for his work?")
    portuguese = (
        "# Ingrid Padilha\n\nPretensão Salarial: A partir de R$ 1.900,00\n\n"
        "## Experiência\n\n**Estágio TravelMate:** de 02/2018 até 01/2019\n"
    )
    assert "R$ 1.900,00" in _reply(portuguese, "What salary is she asking for?")


def test_a_cyrillic_name_asked_in_latin_letters_names_the_candidate() -> None:
    """ "Polina Denisova" asked of "Денисова Полина Павловна" says who, not which entry; a
    bold rule of underscores under a title is no entry of its own."""
    resume = (
        "# Денисова Полина Павловна\n\nТелефон: +7 (919) 028 46-95\n\n## Образование\n\n"
        f"**{'_' * 60}**\n\n"
        "Я студент, обучаюсь в МТУСИ (кафедра «Информационные технологии») на 3 курсе.\n"
    )
    answer = _reply(resume, "At which university does Polina Denisova study?")
    assert answer.startswith("[Образование]\n"), answer
    assert "МТУСИ" in answer, answer
    assert "___" not in answer, answer


def test_the_post_sought_titled_above_other_sections_asked_with_a_name() -> None:
    resume = (
        "# Холмова Анна\n\n## Желаемая должность - Аналитик данных (Junior)\n\n"
        "### КОНТАКТНАЯ ИНФОРМАЦИЯ\n\nМосква, +7 (915) 394-57-61\n\n## ОПЫТ РАБОТЫ\n\n"
        "### АО ТД “ХИМПЭК”, Москва – менеджер по продажам\n\nДекабрь 2019 г – Декабрь 2021 г.\n"
    )
    answer = _reply(resume, "What position is Anna Kholmova applying for?")
    assert "Аналитик данных (Junior)" in answer, answer
    assert "ХИМПЭК" not in answer, answer
