"""The job held now: rules learned from the forty-third wave of held-out resumes (academic CVs
listing their positions one a line, round228-232), each on a resume shaped to need it."""

from __future__ import annotations

from resume_chat.answerer.chronology import line_started
from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.outline import outline
from resume_chat.answerer.whereabouts import location_lines
from resume_chat.resume import parse_resume
from tests.test_lookups import answer_text, assert_found

_POSITIONS = (
    "2020–25 Assistant Professor, Univ of Luxembourg\n"
    "2017–20 Research Fellow, Univ of Cambridge\n"
    "2016–17 Postdoctoral Research Associate, Univ of Cambridge\n"
)


def test_a_year_after_since_is_when_a_line_began() -> None:
    """ "Since 2025 Associate Professor": "Since" is no month, and the year is a date."""
    assert line_started("Since 2025 Associate Professor, Univ of Luxembourg") == (2025, 0)
    assert line_started("Seit 2019 Entwickler") == (2019, 0)
    assert line_started("Visual Studio 2005") is None


def test_the_position_held_since_a_year_is_the_current_one() -> None:
    """Positions one a line, the first "Since 2025": that one, not the one that ended in 2025."""
    text = (
        "# Etienne Fodor\n\n## Scientific positions\n\n"
        "Since 2025 Associate Professor, DPhyMS, Univ of Luxembourg\n" + _POSITIONS
    )
    answer = answer_text(text, "What is his current position?")
    assert "Since 2025 Associate Professor" in answer, answer
    assert "Assistant Professor" not in answer, answer


def test_of_two_lines_begun_the_same_year_the_first_is_the_latest() -> None:
    """ "- 2025 Postdoctoral Scholar" above "- 2025 Research Intern": a CV lists the newest
    first; the order of the letters says nothing."""
    text = (
        "# Ben Lira\n\n## Academic Positions\n\n"
        "- 2025 Postdoctoral Scholar, The Wharton School\n"
        "- 2025 Research Intern, Microsoft Research NYC\n"
        "- 2021 Research Assistant, University of Pennsylvania\n"
        "- 2018 Lecturer, Universidad de Lima\n"
    )
    answer = answer_text(text, "What is his current position?")
    assert "Postdoctoral Scholar" in answer, answer
    assert "Research Intern" not in answer, answer


def test_with_no_job_held_now_the_headline_says_what_the_person_does() -> None:
    """A header's "Associate Researcher" over positions that all ended: the latest job may be
    over; the headline answers too."""
    text = (
        "Thomas Huet\nAssociate Researcher\nUniversité Paul-Valéry Montpellier 3, France\n\n"
        "ACADEMIC AND PROFESSIONAL POSITIONS\n\n"
        "2020 · Survey of the engravings of Sauri, Universitat Autónoma de Barcelona\n"
        "2019-20 · Researcher at Archaïos company, database integration\n"
        "2019 · Project designer, CNRS, Paris\n"
    )
    assert_found(text, "What is his current position?", "Associate Researcher")
    assert "2020 · Survey" in answer_text(text, "What is his current position?", reader="text")


def test_internships_said_in_prose_with_no_jobs_section() -> None:
    """A page with no jobs section whose summary says "interned twice during my time in
    college": quoted, never "does not list any work experience"."""
    text = (
        "# Brian Tucker\n\nMy name is Brian and I am a recent grad. I have experience using Git "
        "and interned twice during my time in college.\n\n## Education\n\n"
        "### Louisiana State University\n\nMajor in Computer Science (2012-2017)\n"
    )
    assert_found(text, "Has he had internships?", "interned twice")


_MODERNCV = (
    "# Agustín Pivetta\n\nKiruna · Sweden\n\n+46 760-338525\n\naguspivetta@gmail.com\n\n"
    "## Work Experience\n\n"
    "### Jan 2023 – To date · Senior Software Engineer · Telness Technologies · Remote\n\n"
    "- Integrated the platform for several telecommunication networks.\n\n"
    "### Nov 2020 – Dec 2022 · Senior Software Engineer · Klarna · Stockholm\n\n"
    "- Developed tools for the Customer Service department.\n\n"
    "### Nov 2018 – Oct 2020 · Senior Software Engineer · Medallia · City of Buenos Aires\n\n"
    "- Contributed on scaling and onboarding the product across current and new Medallia "
    "customers\n\n"
    "### Mar 2017 – Nov 2018 · Senior Fullstack Developer · Elementum · City of Buenos Aires\n\n"
    "Technologies: React, Node.js, Socket.io, Apache Kafka, MongoDB, Elasticsearch, Redis\n"
)


def test_to_date_is_held_now_and_current_in_a_bullets_sentence_is_not() -> None:
    """ "Jan 2023 – To date" is the job held now; "across current and new customers" in a
    bullet of 2018-2020 says nothing of when."""
    answer = answer_text(_MODERNCV, "Where does he work now?")
    assert "Telness" in answer, answer
    assert "Medallia" not in answer, answer


def test_the_job_before_the_current_one() -> None:
    """ "Where did he work before his current job?" asks of the job before it: Klarna."""
    answer = answer_text(_MODERNCV, "Where did he work before his current job?")
    assert answer.startswith("[Work Experience › Nov 2020 – Dec 2022"), answer


def test_a_tool_named_like_a_site_is_no_contact() -> None:
    """ "Socket.io, …, MongoDB, Redis" is a list of tools, not a contact line with a place;
    the header's "Kiruna · Sweden" says where he is."""
    answer = answer_text(_MODERNCV, "Where is he based?")
    assert "Kiruna" in answer, answer
    assert "Socket.io" not in answer, answer


def test_years_of_experience_claimed_among_skills() -> None:
    """ "✔️ 7 Years experience with front & backend development" under "Skills and
    Qualifications", the only place it is said."""
    text = (
        "# Dankyi Ben-Oni\n\nSoftware developer\n\n## Skills and Qualifications\n\n"
        "- ✔️ 7 Years experience with front & backend development\n"
        "- ✔️ Extensive knowledge in API & Database Design.\n\n## Work History\n\n"
        "### Student | Ghana Communication Technology University\n\n01/2022 - Present\n\n"
        "Studing Bsc Computer Science as a Major\n"
    )
    assert_found(text, "How many years of development experience does he claim?", "7 Years")
    # "Qualifications" names studies, but these lines hold none: the student's entry does.
    assert_found(text, "Where is he studying?", "Ghana Communication Technology University")


def test_experience_claimed_in_a_summary_with_no_jobs_read() -> None:
    """No jobs section read (a Word PDF's lost pages): the summary's "hands-on experience"
    is quoted, never "does not list any work experience"."""
    text = (
        "# Stephanie Chimdalu\n\nFrontend Developer\n\n## Professional summary\n\n"
        "Results-driven frontend engineer with hands-on experience building scalable web "
        "applications.\n\n## Core Competencies\n\n- JavaScript\n- React.js\n"
    )
    assert_found(text, "Where did she work before her current role?", "hands-on experience")


def test_a_summary_naming_tools_in_the_header_is_no_place() -> None:
    """moderncv's quote under the name ("…specializing in JavaScript, TypeScript, Golang…")
    is no "City, Country"; the short "Kiruna · Sweden" line is where he is."""
    text = _MODERNCV.replace(
        "Kiruna · Sweden\n\n",
        "Experienced Software Engineer with a strong background in backend and frontend "
        "development, specializing in JavaScript, TypeScript, Golang, and scalable cloud-based "
        "architectures. Passionate about building efficient and maintainable software "
        "solutions.\n\nKiruna · Sweden\n\n",
    )
    resume = parse_resume(text)
    index = ResumeIndex(outline(resume), resume.name)
    found = location_lines(index, index.of_kinds(("contact", "header")))
    assert any("Kiruna · Sweden" in quote.lines for quote in found), found


def test_an_employer_set_apart_with_its_place_comes_with_the_job_under_it() -> None:
    """ "**Ekohealth** Oakland, CA" as an entry of its own over "Data Scientist Intern
    09/2020 – 01/2021": the most recent job is at Ekohealth."""
    text = (
        "# Luchao Qi\n\n## Experience\n\n### Ekohealth\n\n**Ekohealth** Oakland, CA\n\n"
        "### Data Scientist Intern\n\n**Data Scientist Intern** 09/2020 – 01/2021\n\n"
        "- Built an audio-based assessment algorithm.\n\n"
        "### The Johns Hopkins Data Science Lab\n\n"
        "**The Johns Hopkins Data Science Lab** Baltimore, MD\n\n"
        "### Research Assistant\n\n**Research Assistant** 08/2019 – 05/2020\n\n"
        "- Time series analysis.\n"
    )
    assert_found(text, "Where did he work most recently?", "Ekohealth")


def test_since_a_month_and_two_digits_is_held_now() -> None:
    """ "@Initio, Luxemburg · since Sept22": begun and not ended, the job held now."""
    text = (
        "# Sitraka Forler\n\n## Work Experience\n\n"
        "### Data Scientist @ VirtualExpo, Marseille · Fev 2021 - Sept 2022\n\n"
        "- Fine-tuned BERT\n\n"
        "### Junior Data Analyst @ JDA · Oct. 2018 - June 2020\n\n- Dashboards in RShiny\n\n"
        "### Consultant in Data and Digital Transformation @Initio, Luxemburg · since Sept22\n\n"
        "- Writing specifications\n"
    )
    assert_found(text, "Where does he work now?", "Initio")


def test_where_brings_the_line_naming_the_organisation() -> None:
    """A current job whose fourth line names the place ("Brown University, Providence, RI"
    under a title and two fellowships): "where" is answered by it."""
    text = (
        "# Atsushi Kikumoto\n\n## Research Experience and Employment\n\n"
        "### 2020 – present · Postdoctoral Research Associate\n\n- JSPS Overseas Fellow\n"
        "- Dean's Faculty Fellowship\n- Postdoctoral Research Associate\n"
        "- Brown University, Providence, RI, U.S.\n\n"
        "### 2010 – 2020 · Graduate Student Researcher\n\n- University of Oregon, Eugene, OR\n"
    )
    assert_found(text, "Where does he work now?", "Brown University")


def test_a_degree_in_progress_leaves_the_latest_job_quoted_too() -> None:
    """No job held now, a master's begun after the last one: what she studies now, and the
    job she held last, not the degree alone (it is newer than every job, not one of them)."""
    text = (
        "# Janel Laplante\n\n## Expériences\n\n"
        "### Conseillère politique du Ministre du Travail. 2023-2024\n\nÉquité salariale.\n\n"
        "### Technicienne à la Mobilité étudiante chez LOJIQ. 2021-2023\n\nMobilités.\n\n"
        "## Éducation\n\n### Maîtrise Science politique. Université Laval. 2024-Aujourd'hui\n\n"
        "### Baccalauréat Politique et économie. Université Laval. 2018-2023\n"
    )
    answer = answer_text(text, "What is Janel's most recent position?")
    assert "Maîtrise Science politique" in answer, answer
    assert "Conseillère politique du Ministre du Travail" in answer, answer


def test_a_degree_whose_heading_says_anticipated_is_what_is_studied_now() -> None:
    """round253: "University of Texas at Austin · Anticipated 2030" over "PhD. in Astronomy":
    the heading, not a line under it, marks the degree in progress."""
    text = (
        "# Mahan Khan\n\n## Education\n\n### University of Texas at Austin · Anticipated 2030\n\n"
        "- PhD. in Astronomy · Advisor: Karl Gebhardt\n\n### University of Texas at Austin · "
        "May 2024\n\n- BS in Astronomy & BS in Physics\n\n## Research Experience\n\n- Graduate "
        "Research Assistant, HETDEX · May 2023 - Present\n"
    )
    answer = answer_text(text, "What is Mahan studying now?")
    assert answer.splitlines()[0].endswith("PhD. in Astronomy · Advisor: Karl Gebhardt"), answer


def test_the_degree_under_education_comes_before_current_teaching_read_as_schooling() -> None:
    """round264: a PhD candidate's "Teaching" entries at her university, dated to the present,
    read as schooling and came before "Ph.D. Economics — UC Irvine (Expected 2027)"."""
    text = (
        "# Cassie Zhang\n\n## Education\n\n- **Ph.D. Economics** — UC Irvine (Expected 2027)\n"
        "- **M.A. Economics** — UC Irvine (2023)\n- **B.A. Economics** — UC Irvine (2017)\n\n"
        "## Teaching\n\nCSU Pre-Professor Program (PREPP) — UC Irvine, 2026–Present\n"
        "Liaison School: California State University, East Bay\nSummer Instructor — UC Irvine, "
        "2025; 2026\nProbability Theory, Statistical Inference, and Econometrics (Undergraduate)\n"
    )
    answer = answer_text(text, "What is she studying at the moment, and where?")
    first = answer.splitlines()[0]
    assert first.startswith("[Education]"), answer
    assert "(Expected 2027)" in first, answer


def test_a_labelled_employer_under_an_empty_section_is_a_job_held_a_la_fecha() -> None:
    """round338: "EXPERIENCIA" with nothing under it, then "EMPRESA: SUTHERLAND GLOBAL
    SERVICES" at its level: a labelled entry ("SERVICES" read it as volunteering), and "7 de
    Mayo del 2018 – A la fecha" is a job held now."""
    text = (
        "# Edylber Simancas\n\nBogotá – Colombia\n\n## EXPERIENCIA\n\n"
        "## EMPRESA: SUTHERLAND GLOBAL SERVICES\n\n### Cargo: Ingeniero de Soporte Técnico\n\n"
        "Soporte técnico para clientes B2C y B2B.\n\nTiempo laborado: 7 de Mayo del 2018 – A la "
        "fecha\n\n## EMPRESA: SITEL Group\n\nCargo: Representante de Soporte técnico\n\n"
        "Tiempo laborado: Abril del 2014 – Mayo del 2018\n\n## FORMACION ACADEMICA\n\n"
        "- Ingeniería Electrónica, Universidad del Norte\n"
    )
    answer = answer_text(text, "Which company does Edylber work for now?")
    assert "SUTHERLAND GLOBAL SERVICES" in answer.splitlines()[0], answer


def test_the_jobs_held_now_come_before_a_line_sharing_more_words() -> None:
    """round370's Korean lecturer: "Which organisations does she currently teach for?" quoted
    a course of her education first, its line sharing more of the question's words."""
    resume = (
        "# Jin Sil\n\n## Experience\n\n### Teacher — Springfield High · 2023 – Present\n\n"
        "- Classes in digital literacy\n\n### Tutor — Shelbyville Library · 2019 – 2022\n\n"
        "## Education\n\n- Workshop: how organisations teach adults online, 2022\n"
    )
    answer = answer_text(resume, "Which organisations does she currently teach for?")
    assert answer.startswith("[Experience › Teacher — Springfield High"), answer
