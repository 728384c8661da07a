"""A resume as citable, kinded entries."""

from __future__ import annotations

import pytest

from resume_chat.answerer.outline import outline, section_kind
from resume_chat.resume import parse_resume


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Work History", "experience"),
        ("Professional Experience", "experience"),
        ("Technical Skills", "skills"),
        ("Core Competencies", "skills"),
        ("Toolbox", "skills"),
        ("Education", "education"),
        ("Training", "education"),
        ("Selected Projects", "projects"),
        ("Open Source", "projects"),
        ("About Me", "summary"),
        ("Hobbies", "interests"),
        ("Talks & Publications", "publications"),
        ("Miscellany", "other"),
        # German writes a kind as one word; Italian and German their own words.
        ("Hochschulbildung", "education"),
        ("Sprachkenntnisse", "languages"),
        ("Auszeichnungen", "awards"),
        ("Ehrenamt", "volunteering"),
        ("Competenze", "skills"),
        ("Beruflicher Werdegang", "experience"),
        ("Profil", "summary"),
        # An academic CV's one job above the others.
        ("Current Position", "experience"),
        ("Present Position", "experience"),
        # "Qualifications" alone: schooling; their highlights: a summary.
        ("Qualifications", "education"),
        ("Highlights of Qualifications", "summary"),
        ("Technical Qualifications", "skills"),
        # A designer's sidebar.
        ("passions", "interests"),
        ("toolkit", "skills"),
        # The path of one's studies is schooling; of one's work, experience.
        ("Akademischer Werdegang", "education"),
        ("Parcours académique", "education"),
        ("Parcours professionnel", "experience"),
        # Letters typed a space apart for looks, marks around them.
        ("B E R U F S E R F A H R U N G", "experience"),
        ("/ C O N T A C T  D E T A I L S", "contact"),
        ("S K I L L S", "skills"),
        # A design tool's tracking, some pairs kerned together (round345).
        ("E DU C AT ION", "education"),
        ("S KI LLS", "skills"),
        ("AWS GCP IBM", "other"),
        # Chinese and Russian titles.
        ("工作经历", "experience"),
        ("教育背景", "education"),
        ("专业技能", "skills"),
        ("Цель", "summary"),
        # Round343: Dutch, Portuguese, French and Indonesian titles; the jobs "summed up".
        ("ONDERWIJS", "education"),
        ("PASSIES", "interests"),
        ("Contato", "contact"),
        ("Diplômes", "education"),
        ("Data Pribadi / Personal Details", "contact"),
        ("Summary of Working Experience", "experience"),
        ("Summary of Qualifications", "summary"),
        ("Volontariato e altri Interessi", "volunteering"),
        ("Attività extracurriculari", "volunteering"),
        ("Профессиональный профиль", "summary"),
        # Round344 and round346: Vietnamese, Greek, Ukrainian titles; internships in French;
        # two kinds joined, the first named what the section holds most.
        ("Học vấn", "education"),
        ("KINH NGHIỆM CÔNG VIỆC", "experience"),
        ("Kỹ năng", "skills"),
        ("Sở thích", "interests"),
        ("Εκπαίδευση", "education"),
        ("Επαγγελματική εμπειρία", "experience"),
        ("ВОЛОНТЕРСТВО", "volunteering"),
        ("СТИСЛО", "summary"),
        ("Stages :", "experience"),
        ("Education & Credentials", "education"),
        ("ОСВІТА ТА МОВИ", "education"),  # noqa: RUF001 - Ukrainian, in Cyrillic
    ],
)
def test_section_kind_from_heading(title: str, kind: str) -> None:
    """Differently worded headings land on the same kind."""
    assert section_kind(title) == kind


def test_languages_section_of_programming_languages_is_skills() -> None:
    """A "Languages" heading over Python and Go is a skills list, not spoken languages."""
    assert section_kind("Languages", "- Python, Go, Rust, SQL") == "skills"
    assert section_kind("Languages", "- English (native)\n- French (basic)") == "languages"


def test_bold_led_paragraphs_become_entries() -> None:
    """`**Acme** - Engineer` paragraphs split a Work History into citable jobs."""
    resume = parse_resume(
        "# Ann\n\n## Work History\n\n"
        "**Acme Robotics** - Engineer (2020 - present)\n- Built arms.\n\n"
        "**Bolt Ltd** - Intern (2019)\n- Made tea.\n\n## Skills\n\n**Languages:** Python\n"
    )
    entries = outline(resume)
    assert [entry.citation for entry in entries] == [
        "Work History › Acme Robotics",
        "Work History › Bolt Ltd",
        "Skills",
    ]
    assert entries[0].is_current
    assert not entries[1].is_current
    assert entries[0].lines == ("**Acme Robotics** - Engineer (2020 - present)", "- Built arms.")


def test_text_before_sections_cites_the_name() -> None:
    """The contact header is an entry cited by the person's name."""
    entries = outline(parse_resume("# Ann Lee\n\nann@example.com\n\n## Skills\n\n- Go\n"))
    assert (entries[0].citation, entries[0].kind, entries[0].lines) == (
        "Ann Lee",
        "header",
        ("ann@example.com",),
    )


def test_a_text_cv_section_is_cut_into_jobs_by_their_dated_paragraphs() -> None:
    """ "Company / dates / title" paragraphs start jobs; undated prose stays with its job."""
    from resume_chat.resume.model import build_resume
    from resume_chat.resume.text import read_text

    text = (
        "SETH DANIEL\n\nEXPERIENCE\n\n  ConnectWise\n  March 2021 - September 2021\n"
        "  Senior Software Developer\n\n  Worked on the client.\n\n  OpenX\n"
        "  February 2010 - September 2018\n  Automation Engineering\n\n  Built the ad server.\n"
    )
    entries = [e for e in outline(build_resume(read_text(text))) if e.kind == "experience"]
    assert [e.citation for e in entries] == ["EXPERIENCE › ConnectWise", "EXPERIENCE › OpenX"]
    assert "Worked on the client." in entries[0].lines
    assert "Built the ad server." in entries[1].lines


def test_table_rows_with_dates_are_entries_of_their_own() -> None:
    """A table of jobs: each dated row is one job, cited by its own text."""
    entries = outline(
        parse_resume(
            "# Xiang Li\n\n## Working Experience\n\n| Time | Company | Position |\n|---|---|---|\n"
            "| 2014.07 - 2015.06 | ZTT | Technologist |\n"
            "| 2016.08 - 2017.07 | Higgs | Developer |\n"
        )
    )
    titles = [e.title for e in entries if e.kind == "experience"]
    assert titles[-2:] == [
        "2014.07 - 2015.06 · ZTT · Technologist",
        "2016.08 - 2017.07 · Higgs · Developer",
    ]


def test_a_bold_languages_part_listing_programming_languages_is_skills() -> None:
    """ "**Languages**" under Activities with Python, Java, C is a skills entry, not spoken."""
    entries = outline(
        parse_resume(
            "# Mark Todd\n\n## Activities\n\n**Clubs**\nChess\n\n"
            "**Languages**\nPython, Java, C, PHP\n"
        )
    )
    kinds = {e.title: e.kind for e in entries}
    assert kinds["Languages"] == "skills"


def test_dates_running_past_this_year_mark_an_entry_current() -> None:
    """ "2024 - 2099" is in progress; "2019 - 2021" is over; "Present" is current."""
    from resume_chat.answerer.outline import Entry

    assert Entry("x", "education", "Cambridge (2024 - 2099)", ()).is_current
    assert not Entry("x", "education", "Edinburgh (2019 - 2021)", ()).is_current
    assert Entry("x", "experience", "Acme", ("March 2020 – Present",)).is_current


def test_jobs_that_open_with_their_dated_line_keep_the_lines_under_it() -> None:
    """The first job starts the section with its dated line: the short line closing each job
    ("Built the billing API") belongs to it, not over the next job as its employer."""
    entries = outline(
        parse_resume(
            "# Ana Ruiz\n\n## Experience\n\nEngineer, Acme Corp, 2019 - Present\n"
            "Berlin, Germany\nBuilt the billing API\nIntern, Globex, 2015 - 2019\n"
            "Munich, Germany\nWrote tests\n"
        )
    )
    jobs = [e for e in entries if e.kind == "experience"]
    assert [e.title for e in jobs] == [
        "Engineer, Acme Corp, 2019 - Present",
        "Intern, Globex, 2015 - 2019",
    ]
    assert "Built the billing API" in jobs[0].lines


def test_short_dated_items_are_jobs_of_their_own() -> None:
    """ "- Intern at **ESALab** (February 2022 - May 2022)" items each make an entry."""
    entries = outline(
        parse_resume(
            "# Ana Ruiz\n\n## Work\n\n- Engineer at **Phicus** (June 2022 - Present)\n"
            "  - Built the billing API.\n- Intern at **ESALab** (February 2022 - May 2022)\n"
        )
    )
    titles = [e.title for e in entries if e.kind == "experience"]
    assert titles == [
        "Engineer at Phicus (June 2022 - Present)",
        "Intern at ESALab (February 2022 - May 2022)",
    ]


def test_a_table_after_an_intro_is_still_one_job_per_dated_row() -> None:
    """An intro line and a header row before the rows do not make dates close each record."""
    entries = outline(
        parse_resume(
            "# Sam Roh\n\n## Experience\n\nI am studying at CMU.\n\n"
            "| Company | Role | Dates |\n|---|---|---|\n"
            "| xFarm | ML Engineer | Aug 2021-Aug 2025 |\n"
            "| Spacesense | ML Intern | Feb 2021-Jul 2021 |\n"
            "| TATA | Intern | May 2019-Jul 2019 |\n"
        )
    )
    titles = [e.title for e in entries if e.kind == "experience"]
    assert "xFarm · ML Engineer · Aug 2021-Aug 2025" in titles


def test_a_dates_line_above_a_bold_job_belongs_to_that_job() -> None:
    """ "`Jan 2019-Present`" then "__Security Engineer__, Ethereum": the dates are the job's;
    "*University of Salamanca (2018-2023)*" under a bold degree stays with that degree."""
    entries = outline(
        parse_resume(
            "# B S\n\n## Experience\n\n`Jan 2019-Present`\n__Security Engineer__, Ethereum.\n\n"
            "`Aug 2012-May 2013`\n__Research Assistant__, Rice University.\n\n"
            "## Education\n\n**BSc in Computer Engineering**\n"
            "*University of Salamanca (2018-2023)*\n"
            "**MSc in Research**\n*University of Valladolid (2024-2025)*\n"
        )
    )
    lines = {e.title: e.lines for e in entries}
    assert lines["Security Engineer"][0] == "Jan 2019-Present"
    assert "Aug 2012-May 2013" in lines["Research Assistant"]
    assert "University of Salamanca (2018-2023)" in lines["BSc in Computer Engineering"]


def test_a_bold_role_over_a_bold_employer_is_one_job() -> None:
    """ "**Engineer** <br> **Acme - City** <br> _dates_": one job, both lines in its title."""
    entries = outline(
        parse_resume(
            "# Ann\n\n## Experience\n\n**Research Engineer** <br />\n"
            "**Acme - Buffalo, NY** <br />\n_2025 to Present_\n\n- Built it.\n\n"
            "**Developer** <br />\n**Bolt - Lahore** <br />\n_2021 to 2022_\n"
        )
    )
    assert [e.title for e in entries if e.kind == "experience"] == [
        "Research Engineer \u2014 Acme - Buffalo, NY",
        "Developer \u2014 Bolt - Lahore",
    ]


def test_a_heading_ending_in_a_kind_word_holds_entries() -> None:
    """ "### Teaching Experience" under a page heading is a list of jobs, cut like one."""
    entries = outline(
        parse_resume(
            "# Ann\n\n## Work\n\n### Teaching Experience\n\n**Teaching Assistant**\n**UB**\n"
            "- Networking\n\n**Teaching Assistant**\n**LUMS**\n- Distributed Systems\n"
        )
    )
    assert [e.title for e in entries][-2:] == [
        "Teaching Assistant \u2014 UB",
        "Teaching Assistant \u2014 LUMS",
    ]


def test_jobs_as_list_items_with_nested_details_are_entries() -> None:
    """ "- Engineer @ Acme" over "  - Duration: 01.03.2022 to Present": one job per item."""
    entries = outline(
        parse_resume(
            "# Shan\n\n## Work Experience\n\n* Scientist @ BIBA\n    - Duration: 01.06.2017 to "
            "28.02.2022\n    - Projects: NIMBLE\n* Engineer @ Emerson\n    - Duration: "
            "01.03.2022 to Present\n"
        )
    )
    jobs = [e for e in entries if e.kind == "experience"]
    assert [e.title for e in jobs] == ["Scientist @ BIBA", "Engineer @ Emerson"]
    assert jobs[1].is_current


def test_a_list_of_certificates_inside_education_is_certifications() -> None:
    """ "### CISCO Networking Academy – Certifications" under Education holds certificates;
    "### Programming Languages" under Skills stays skills."""
    entries = outline(
        parse_resume(
            "# Ann\n\n## Education\n\n### Tshwane University of Technology\n\nDiploma\n\n"
            "### CISCO Networking Academy – Certifications\n\n- Ethical Hacker\n\n"
            "## Skills\n\n### Programming Languages\n\n- Java\n"
        )
    )
    kinds = {e.title: e.kind for e in entries}
    assert kinds["CISCO Networking Academy – Certifications"] == "certifications", kinds
    assert kinds["Tshwane University of Technology"] == "education", kinds
    assert kinds["Programming Languages"] == "skills", kinds


def test_dates_and_title_above_each_employer_heading_are_that_jobs() -> None:
    """A LaTeX template sets each job's dates and title above its employer's heading: the
    section's opening lines are the first job's, and each job's closing dates the next's."""
    text = (
        "# Tom Gu\n\n## Work Experience\n\nSEPTEMBER 2018 - DECEMBER 2021\n\nSoftware Engineer\n\n"
        "### ANSYS Optis\n\n- Core developer\n\nNOVEMBER 2017 – AUGUST 2018\n\nDeveloper\n\n"
        "### Gravotech\n\n- CAD for jewellery\n\nJUNE 2015 – SEPTEMBER 2015\n\nIntern\n\n"
        "### ALSTOM\n\n- IT migration\n"
    )
    jobs = {entry.title: entry.lines for entry in outline(parse_resume(text))}
    assert jobs["ANSYS Optis"][:2] == ("SEPTEMBER 2018 - DECEMBER 2021", "Software Engineer")
    assert jobs["Gravotech"] == ("NOVEMBER 2017 – AUGUST 2018", "Developer", "- CAD for jewellery")
    assert jobs["ALSTOM"][0] == "JUNE 2015 – SEPTEMBER 2015"
    assert "Work Experience" not in jobs


def test_a_jobs_dates_after_three_heading_lines_still_date_it() -> None:
    """ "Postdoctoral Associate / Research Center / Albany, NY / September 2024-present"
    over its bullets: the dates on the fourth line mark the job current."""
    text = (
        "# Harish Baki\n\n## Professional Experience\n\n#### University at Albany\n\n"
        "Postdoctoral Associate\n\nAtmospheric Sciences Research Center\n\n"
        "Albany, New York, US\n\nSeptember 2024-present\n\n- Built a nowcasting system\n"
    )
    (job,) = [e for e in outline(parse_resume(text)) if e.kind == "experience"]
    assert job.is_current


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Work Exeprience", "experience"),
        ("Educaton", "education"),
        ("Profesional Experiance", "experience"),
        ("Certifcations", "certifications"),
        ("Expertise", "skills"),
    ],
)
def test_a_misspelt_section_title_names_its_kind(title: str, kind: str) -> None:
    """Two letters swapped, one wrong, missing or doubled in a long kind word: still it."""
    assert section_kind(title) == kind


def test_a_span_left_open_at_the_end_of_its_line_is_current() -> None:
    """ "Associate Professor · 2021 –" is held now; a PDF line wrapped inside a span ("Jan
    2019 –" over "Dec 2020") is not."""
    from resume_chat.answerer.outline import Entry

    held = ("University College London", "- Associate Professor · 2021 –")
    assert Entry("x", "experience", "UCL", held).is_current
    wrapped = ("Analyst, Acme · Jan 2019 –", "Dec 2020", "- Ran reports.")
    assert not Entry("x", "experience", "Acme", wrapped).is_current
    assert not Entry("x", "experience", "Acme", ("Analyst · 2019 – 2020",)).is_current
    # A definition list's "June 2019- · **Associate Professor**"; Spanish "Actual Sep 2019".
    assert Entry("x", "experience", "XTBG", ("- June 2019- · **Associate Professor**",)).is_current
    assert Entry("x", "experience", "Actual Sep 2019 · Desarrollador .NET", ()).is_current
    assert Entry("x", "experience", "Work", ("- from 2018 · **Assistant professor**",)).is_current
    assert not Entry("x", "experience", "Acme", ("Raised actual sales by 20% in 2019",)).is_current


def test_a_summary_over_dated_jobs_is_experience() -> None:
    """ "Experience Summary" over jobs dated "8/15 to 10/15" (month and year in two digits
    each) holds jobs, one entry each; a summary of sentences stays a summary."""
    entries = outline(
        parse_resume(
            "# Shelby\n\n## Experience Summary\n\n**Flight.** Santa Rosa, CA; 8/15 to 10/15\n\n"
            "- Web design.\n\n**Twin Hills District.** Sebastopol CA; 1/15 to 2/15\n\n"
            "- Fixed PCs.\n\n**Sparx Computers.** Santa Rosa CA; 9/11 to present\n\n"
            "- Servers.\n\n## Professional Summary\n\nTen years of support since 2015.\n"
        )
    )
    kinds = {entry.citation: entry.kind for entry in entries}
    assert kinds["Experience Summary › Twin Hills District."] == "experience", kinds
    assert kinds["Professional Summary"] == "summary"


def test_a_tracked_title_names_its_kind_whole() -> None:
    """Round345's design-tool PDF: "E DU C AT ION" nested under a job, as no section's title,
    and "What did Onofua study?" was denied."""
    from resume_chat.resume.kinds.classifier import names_kind

    assert names_kind("E DU C AT ION")
    assert names_kind("S KI LLS")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # Round344's Moroccan engineer: "Parcours :" over a lycée, a preparatory year, the IAV.
        (
            "- 2016 - 2018 : Lycée Al Irfane, baccalauréat\n"
            "- 2018 - 2019 : APESA, année préparatoire\n- 2019 - 2023 : IAV, diplôme d'ingénieur",
            "education",
        ),
        ("- 2019 - 2023 : Ingénieur, Cabinet Topo\n- 2017 - 2019 : Technicien, Géo", "experience"),
    ],
)
def test_a_bare_path_is_schooling_or_jobs_by_its_lines(body: str, kind: str) -> None:
    """ "Parcours" alone names a path, of studies or of jobs: its lines say which."""
    assert section_kind("Parcours :", body) == kind


def test_two_kinds_joined_by_and_in_other_languages_name_a_section() -> None:
    """Ukrainian "education and languages" set small in a sidebar: a section's title, not a
    line of the section above it."""
    from resume_chat.resume.kinds.classifier import names_kind

    assert names_kind("ОСВІТА ТА МОВИ")  # noqa: RUF001 - Ukrainian, in Cyrillic
    assert names_kind("Eğitim ve Sertifikalar")


def test_an_item_heads_the_item_below_it_holding_only_dates() -> None:
    """round135's German informatics student: "- Hochschule Darmstadt" over "- Oktober
    2020-bis heute" over "- Bachelor of Science Informatik": the school heads its entry, not
    the entry before it ("Where is he currently studying?" quoted the entry without it)."""
    resume = (
        "# Guirauld Tayon\n\n## Bildung\n\n- Kyiv National University\n- September 2018 - juli 2019"
        "\n- Software engineer 2.Semester\n- Hochschule Darmstadt\n- Oktober 2020-bis heute\n"
        "- Bachelor of Science Informatik\n"
    )
    entries = [e for e in outline(parse_resume(resume)) if e.kind == "education"]
    assert [e.citation for e in entries] == [
        "Bildung › Kyiv National University",
        "Bildung › Hochschule Darmstadt",
    ]
    assert "- Bachelor of Science Informatik" in entries[1].lines


def test_an_item_of_prose_over_a_dated_item_heads_nothing() -> None:
    resume = (
        "# Ann Lee\n\n## Experience\n\n- Acme\n- 2019 - 2021\n- Built the billing system\n"
        "- Globex\n- 2021 - 2023 at the Springfield plant\n"
    )
    entries = [e for e in outline(parse_resume(resume)) if e.kind == "experience"]
    assert "Experience › Globex" not in [e.citation for e in entries]


def test_a_degree_in_a_section_joining_studies_and_jobs_is_studies() -> None:
    """round376's Québec oceanographer: "Études & expériences professionnelles" lists his
    postdocs and his degrees alike; the section read as jobs, "Maîtrise en géographie" too."""
    resume = (
        "# David Beauchesne\n\n## ÉTUDES & EXPÉRIENCES PROFESSIONNELLES\n\n"
        "**Stage postdoctoral | 2022/09 - 2024/07 | University of Toronto**\n\n"
        "Sujet: Effets cumulatifs\n\n"
        "**Co-fondateur | 2020/10 - présent | inSileco Inc.**\n\nExpertise : science\n\n"
        "**Maîtrise en géographie | 2009 - 2012 | Université Concordia**\n\nSujet : caribous\n"
    )
    kinds = {e.title.split(" |")[0]: e.kind for e in outline(parse_resume(resume))}
    assert kinds["Maîtrise en géographie"] == "education", kinds
    assert kinds["Co-fondateur"] == "experience", kinds
