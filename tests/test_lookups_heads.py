"""An entry's head (its title, the employer under it, its dates) and the header's lines: rules
learned from the twenty-eighth wave of held-out resumes (round169-172), each on a resume shaped
to need it."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.intents import classify
from resume_chat.resume import load_resume
from resume_chat.resume.names.candidate import name_in
from tests.test_lookups import answer_text, assert_found


def test_an_address_set_one_part_a_line_ends_on_its_town() -> None:
    """ "mannam p o" / "N. Paravur" / "Ernakulam" under the name: the header is the address."""
    text = (
        "Devika Sajeev\nmannam p o\nN. Paravur\nErnakulam\n\n     Career Objective\n"
        "   Looking for a developer position\n\n    Hobbies\n•Drawing\n"
    )
    assert_found(text, "Where is she based?", "Ernakulam")


def test_a_name_set_one_word_a_line_is_no_town() -> None:
    """ "Audrey" / "Lucia" / "Moniz." are a name the reader could not join, not a place; the
    town is the "Westport MA, 02790" beside the phone."""
    text = (
        "Audrey\nLucia\nMoniz.\nGRAPHIC DESIGNER\nWestport MA, 02790\n(774) 201-1687\n"
        "audreym127@gmail.com\n"
    )
    answer = answer_text(text, "Where does she live?", reader="text")
    assert "Westport" in answer, answer
    assert "Audrey" not in answer, answer


def test_a_birth_date_after_the_name() -> None:
    """ "Toshihiro Yamaguchi 1987/06/10": the name, then the date of birth."""
    assert name_in("Toshihiro Yamaguchi 1987/06/10") == ("Toshihiro Yamaguchi", "1987/06/10")
    text = "Toshihiro Yamaguchi 1987/06/10\n\nSkills\n- Python, SQL\n\nCertifications\n- AWS\n"
    assert_found(text, "When was he born?", "1987/06/10")
    assert answer_text(text, "How old is he?", reader="text").startswith("[")


def test_apple_languages_and_blockchain_by_their_members() -> None:
    """ "Apple/iOS languages" are Swift; blockchain technology is Ethereum or Hyperledger."""
    resume = (
        "# Sam Cole\n\n## Skills\n\n- Languages: JavaScript | Swift | SwiftUI\n"
        "- Java · Spring Boot · Ganache | Truffle Suite · Ethereum\n\n"
        "## Experience\n\n### Engineer · Acme · 2019 - 2021\n\n- Built services.\n"
    )
    assert_found(resume, "Does he know any Apple/iOS languages?", "Swift")
    assert_found(resume, "Has he worked with blockchain technology?", "Ethereum")


def test_a_title_at_a_university_asks_for_the_job() -> None:
    """ "His title at Columbia University" is a job's, not a degree's; a leadership role "at
    university" is still asked of his studies."""
    assert classify("What was his title at Columbia University?").name != "education"
    assert classify("What was her job title at that school?").name != "education"
    assert classify("Did he hold any student leadership role at university?").name == "education"
    resume = (
        "# Nick Kline\n\n## Experience\n\n### Columbia University\n\n"
        "#### Sr. Applications Developer | November 2016 – July 2017\n\n- Built sites.\n\n"
        "## Education\n\n### Pennsylvania College of Technology\n\n"
        "Bachelor of Science in Web and Interactive Media\n"
    )
    assert_found(resume, "What was his title at Columbia University?", "Sr. Applications Developer")


def test_the_employer_under_a_bold_title_names_the_job() -> None:
    """ "**88M Motor Transport Operator**" over "U.S. Army (2013 - 2015)" is his Army job; the
    Navy job only mentions the Army in a bullet."""
    resume = (
        "# Mike Smith\n\n## Military Experience\n\n**Master-at-Arms (Military Police)**\n\n"
        "U.S. Navy (March 2015 - March 2021)\n\n"
        "- Transitioned from the U.S. Army to the U.S. Navy.\n- Deployed overseas.\n\n"
        "**88M Motor Transport Operator (Airborne)**\n\nU.S. Army (May 2013 - March 2015)\n\n"
        "- Transported personnel and equipment.\n"
    )
    answer = answer_text(resume, "What did he do in the Army?")
    assert answer.startswith("[Military Experience › 88M Motor Transport Operator"), answer


def test_a_where_question_of_a_dated_title_gets_the_employer_under_it() -> None:
    """ "`Jun 2024- Sep 2024` **Software Engineering Intern**" over "_Active Prime_": the
    employer belongs to the title above it, not to the dated title below it."""
    resume = (
        "# Makan Far\n\n## Employment\n\n`2022- Current` **Graduate Research Assistant**\n\n"
        "_University of California-Davis_\n\n: Graph neural networks for gene regulation.\n\n"
        "`Jun 2024- Sep 2024` **Software Engineering Intern**\n\n"
        "&nbsp; &nbsp; _Active Prime (Mountain View, CA)_\n\n"
        "`May 2023- Sep 2023` **ML Engineer**\n\n&nbsp; &nbsp; _UC Davis Veterinary Medicine_\n"
    )
    answer = answer_text(resume, "Where did he intern in 2024?")
    assert "Software Engineering Intern" in answer, answer
    assert "Active Prime" in answer, answer
    assert "ML Engineer" not in answer, answer


def test_words_second_level_bullet_is_no_text(tmp_path: Path) -> None:
    """Word prints a second-level bullet as a letter "o" in Courier New, a tab before the item:
    the item is read without it."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.text(20, 20, "Nick Kline")
    pdf.set_font("Helvetica", "B", 13)
    pdf.text(20, 35, "Experience")
    pdf.set_font("Helvetica", "", 11)
    pdf.text(20, 45, "Sr. Applications Developer | November 2016 - July 2017")
    for row, item in enumerate(("LAMP Stack", "JavaScript, CoffeeScript, NodeJS")):
        pdf.set_font("Courier", "", 11)
        pdf.text(26, 52 + 6 * row, "o")
        pdf.set_font("Helvetica", "", 11)
        pdf.text(38, 52 + 6 * row, item)
    path = tmp_path / "cv.pdf"
    pdf.output(str(path))
    markdown = load_resume(path).markdown
    assert "- LAMP Stack" in markdown, markdown
    assert " o " not in markdown, markdown
    assert "o · " not in markdown, markdown


def test_a_google_docs_print_zero_width_run_and_soft_hyphen() -> None:
    """Chrome prints a Google Doc's zero-width space as a run of its own, and its hyphens as
    soft hyphens: neither makes a cell, and the dates read as a span."""
    from resume_chat.resume.pdf.columns import Fragment
    from resume_chat.resume.pdf.reader import _line

    row = [
        Fragment(60, 700, 11, False, "\u200b"),
        Fragment(72, 700, 11, True, "Rollins College Winter Park, FL"),
        Fragment(400, 700, 11, False, "AUG 2010 \u00ad MAY 2014"),
    ]
    line = _line(row, {72, 400}, [], 0)
    assert line.text == "Rollins College Winter Park, FL · AUG 2010 - MAY 2014"
    assert line.cells == 2
    assert line.bold  # a title in bold, its dates not: a heading


def test_a_hackathon_named_by_its_hosts_letters() -> None:
    """ "HackMIT 2023" on a project's line is a hackathon; "hackathon" is what is asked, not a
    word that only names the Projects section."""
    resume = (
        "# Ana Li\n\n## Projects\n\n- MacOS To-do Widget | Swift · Jan 2025\n"
        "- Designed a sticky-note widget.\n- MammothEdu | JS, HTML | HackMIT 2023 · Sep 2023\n"
        "- Built a web application with the OpenAI API.\n"
    )
    answer = answer_text(resume, "Has she taken part in a hackathon?")
    assert "HackMIT" in answer, answer
    assert "To-do Widget" not in answer, answer


def test_a_kind_of_thing_the_resume_never_names_in_a_studies_question() -> None:
    """ "Did he play any college sport?": "college" is his studies' word, "sport" is what is
    asked, and "USD Football" under Leadership answers it."""
    resume = (
        "# Koby Soden\n\n## Education\n\n### University of San Diego\n\n"
        "BS/BA in General Engineering, expected Spring 2022\n\n## Leadership Experience\n\n"
        "**USD Football |** Fall 18 - Spring 19\n\n- Balanced 20-hour training weeks.\n"
    )
    assert_found(resume, "Did he play any college sport?", "USD Football")


def test_a_year_alone_names_no_entry() -> None:
    """ "Where did he intern in 2025?": the internship that year, not a reviewer entry whose
    heading holds the year; beside a name the year still tells entries apart."""
    resume = (
        "# Omar Ali\n\n## Work Experience\n\n### Vita Detection · Montreal, CA\n\n"
        "- Research Intern · Apr 2025 - Aug 2025\n- Built detectors.\n\n"
        "## Professional Service\n\n### Reviewer · Sep 2025\n\nNeurIPS 2025 Workshop\n\n"
        "### Ethics Reviewer · Jul 2025\n\nNeurIPS 2025\n"
    )
    answer = answer_text(resume, "Where did he intern in 2025?")
    assert answer.startswith("[Work Experience › Vita Detection"), answer


def test_a_resume_of_lists_in_turkish_is_read_as_another_language() -> None:
    """Few small words, but "ş", "ğ", "ü" everywhere: a Turkish CV. Its degrees are named in
    Turkish ("Yüksek Lisans"), so a master's is never denied; its headings name their kinds."""
    from resume_chat.answerer.language import foreign
    from resume_chat.resume.kinds.classifier import section_kind

    resume = (
        "# Utku Yeğen\n\nKartal / İstanbul\n\n## İletişim Bilgileri\n\nE-Posta: u@example.com\n\n"
        "## Diller\n\nYabancı Dil: İngilizce (yazılı iyi, sözlü orta)\n\n## İş Tecrübesi\n\n"  # noqa: RUF001
        "Şubat 2019 – Günümüz - itelligence Türkiye\n\nABAP Geliştirici, Danışman\n\n"  # noqa: RUF001
        "## Eğitim Bilgileri\n\n"
        "2015 - 2017 - Yeditepe Üniversitesi - Yönetim Bilişim Sistemleri - Yüksek Lisans\n"
    )
    assert foreign(resume)
    assert not foreign("# Ann Lee\n\nSenior engineer at Acme in São Paulo, working with the team.")
    assert section_kind("İletişim Bilgileri") == "contact"
    assert section_kind("Eğitim Bilgileri") == "education"
    assert section_kind("Werkervaring") == "experience"
    assert section_kind("Talents") != "languages"
    assert_found(resume, "Where did he do his master's?", "Yeditepe")


def test_javascript_frameworks_by_name_but_not_every_dot_js() -> None:
    """ "Which JavaScript frameworks?" is answered by Angular and React, never denied; the
    "js" of "knockout.js" asks of that library, not of JavaScript's family."""
    from resume_chat.answerer.examples import examples_of
    from resume_chat.answerer.terms import stem

    resume = "# Michiel Francois\n\n## Hard Skills\n\n- SQL, HTML, CSS, GIT\n- Angular, React\n"
    assert_found(resume, "Which JavaScript frameworks does he list?", "Angular, React")
    assert examples_of(stem("knockout.js")) is None


def test_a_resume_with_underlined_titles_has_no_other_titles() -> None:
    """ "Certificates" over "-----": the author underlines titles, so the certificate "Project
    Management Professional (PMP)" alone on its line is a certificate, not a Projects
    section; a colon still marks a title where a paragraph, not a title, is underlined."""
    from resume_chat.resume.text import read_text

    text = (
        "Hasan Alizada\n\nSkills\n------------\nArchitecture\n\nCertificates\n------------\n"
        "The Open Group Certified: TOGAF\n03/2024 - Present\n\n\n"
        "Project Management Professional (PMP)\n02/2025 - 02/2028\n\n"
        "Languages\n------------\nEnglish\n"
    )
    markdown = read_text(text).markdown
    assert "## Project Management" not in markdown, markdown
    assert_found(text, "Is he PMP certified?", "Project Management Professional (PMP)")
    ruled = (
        "Anthony Arias\n\nProfile:\nI am a student and I like to learn many new things here.\n"
        "=============================\n\nKnowledge, Skills, and Abilities:\n- Time Management\n\n"
        "Activities:\n=============================\nChurch youth group.\n"
    )
    assert "## Knowledge, Skills, and Abilities" in read_text(ruled).markdown


def test_restructured_text_is_read_by_its_underlined_titles(tmp_path: Path) -> None:
    path = tmp_path / "cv.rst"
    path.write_text(
        "################\nCV\n################\n\nEducation\n#########\n\n"
        "2005-2010 - Ph.D. Physics, Dartmouth College.\n\nExperience\n##########\n\n"
        "- 2021-Present - **Principal Research Scientist**, IBM Quantum, Yorktown Heights USA.\n",
        encoding="utf-8",
    )
    resume = load_resume(path)
    assert resume.format == "text"
    assert [section.title for section in resume.sections][-2:] == ["Education", "Experience"]


def test_an_age_said_in_a_sentence_and_a_professional_history() -> None:
    """ "(Nurzhan 19 y.o)" says his age; an academic CV's "Professional history" holds jobs."""
    from resume_chat.resume.kinds.classifier import section_kind

    resume = (
        "# Nurzhan Ali\n\n## Professional Profile\n\nI am eager to learn and contribute to the "
        "company's mission. (Nurzhan 19 y.o).\n\n## Skills\n\nJavaScript, HTML, CSS\n"
    )
    assert_found(resume, "How old is he?", "19 y.o")
    assert section_kind("Professional history") == "experience"


def test_singing_sports_and_student_clubs_by_their_kinds() -> None:
    resume = (
        "# Sam Cole\n\n## Interests\n\n- Ultimate Frisbee\n- Yale Whiffenpoofs A Cappella\n\n"
        "## Activities\n\n- Cyber Security Society, member\n"
    )
    assert_found(resume, "Does he sing?", "A Cappella")
    assert_found(resume, "Does he play any sport?", "Ultimate Frisbee")
    assert_found(resume, "Is he in any student clubs?", "Cyber Security Society")


def test_a_heading_quoted_alone_brings_the_heading_after_it() -> None:
    """ "### 2007 – 2009 - BT Lynx, Chesterfield" has nothing under it: the job held there is
    the next heading's, "### Position held: Service Desk Agent"."""
    resume = (
        "# Will Ames\n\n## Employment History\n\n### 2009 – 2012 - Digital Exchange, Leeds\n\n"
        "- Built web content.\n\n### 2007 – February 2009 - BT Lynx, Chesterfield\n\n"
        "### Position held: Service Desk Agent\n\nDuties and responsibilities include:\n"
        "- Receiving and logging IT faults\n"
    )
    assert_found(resume, "What was his job at BT Lynx?", "Service Desk Agent")


def test_pastimes_listed_with_no_heading_for_them_and_a_language_in_its_own_name() -> None:
    """ "Hiking, Snowboarding" under Activities › Other answer "What does he do for fun?";
    "Gallego" in a Spanish CV is Galician."""
    resume = (
        "# Dmitry Gem\n\n## Experience\n\n### Owner, Gem Construction\n\n- Ran projects.\n\n"
        "## Activities\n\n#### Language Fluency\n\nEnglish, Russian\n\n#### Other\n\n"
        "Hiking, Snowboarding\n"
    )
    assert_found(resume, "What does he do for fun?", "Snowboarding")
    spanish = "# Sonia Lijó\n\n## IDIOMAS\n\n- Español: Nativo · Gallego: Nativo · Inglés: Fluido\n"
    assert_found(spanish, "Does she speak Galician?", "Gallego")


def test_a_latvian_cv_in_fences_and_a_volunteering_heading() -> None:
    """A Latvian .txt whose paragraphs sit in code fences: "```" over "---" is no title, and
    its small words ("un", "ir") say another language, so nothing is denied by English words;
    "Volunteered at the Red Cross" set as a heading answers a question about volunteering."""
    from resume_chat.answerer.language import foreign
    from resume_chat.resume.text import read_text

    text = (
        "# CV\n```\n\nVards: Dāniels Jānis\nUzvards: Zemītis\n\n```\n---\n# Apraks par mani.\n"
        "```\n\nMani sauc Dāniels Jānis Zemītis un man ir 17 gadi. Esmu dzimis Jēkabpilī, bet "
        "dzīvoju mazā ciemā Mazozoli, laukos. Viens no maniem hobijiem ir boks, kā arī eju uz "
        "svaru zāli. Otrs mans hobijs ar kuru nodarbojos jau 4 gadus ir futbols un ir labs.\n```\n"
    )
    assert "## ```" not in read_text(text).markdown
    assert foreign(text)
    assert not answer_text(text, "How old is he?", reader="text").startswith("The resume")
    resume = (
        "# Alejandro\n\n## Education\n\n### St Edmund Campion\n\n"
        "#### Volunteered at the Red Cross 2021-2023\n\n**Tutored students in math**\n"
    )
    assert_found(resume, "Has he volunteered anywhere?", "Red Cross")


def test_a_place_set_as_a_heading_over_the_contacts_says_where_they_are() -> None:
    """A Word template's "San Pablo, CA" and a form's "Titay, Zamboanga Sibugay, 7003" read as
    headings over the phone and the e-mail; a page's "Kyiv, Ukraine" linked to a map: where
    the person is (each was "does not say where the candidate is based")."""
    for place in ("San Pablo, CA", "Titay, Zamboanga Sibugay, 7003"):
        resume = (
            f"# Nathan Shaw\n\n## Lecturer\n\n## {place}\n\n(530) 264-6348\n\n"
            "nathan@example.com\n\n## Experience\n\n- Lecturer, California College of the Arts, "
            "2017-present\n"
        )
        assert_found(resume, "Where is he based?", place)
    page = (
        "# Alissandri Slobodi\n\n## Junior Full Stack Developer\n\n- Kyiv, Ukraine "
        "(https://goo.gl/maps/D6Smx3)\n- alissa@example.com\n- +380682030286\n\n## Skills\n\n"
        "- React, Jest\n"
    )
    assert_found(page, "Where is she based?", "Kyiv, Ukraine")


def test_a_state_asked_by_name_is_found_by_its_postal_code() -> None:
    """ "Which college in Vermont did he attend?" of "Landmark College, Putney, VT" (denied:
    "The resume does not mention Vermont")."""
    resume = (
        "# David Tersoff\n\n## Education\n\n- MassBay Community College, Wellesley Hills, MA\n"
        "- Landmark College, Putney, VT\n\n## Experience\n\n- Fellow, Codesmith, 2023\n"
    )
    assert_found(resume, "Which college in Vermont did he attend?", "Landmark College")
