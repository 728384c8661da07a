"""Looking past the section an intent points at: each rule on a resume shaped to need it."""

from __future__ import annotations

import pytest

from resume_chat.answerer.index import ResumeIndex
from resume_chat.answerer.outline import outline
from resume_chat.answerer.retrieval import answer_quotes
from resume_chat.answerer.terms import stem, stems
from resume_chat.resume import parse_resume

RESUME = """\
# Lena Berg

Berlin, Germany · lena@example.com

## Experience

### Staff Engineer — New Relic

February 2019 – November 2020

- Led the billing platform rewrite.

### Engineer — New Relic

February 2017 – January 2019

- Built usage rating on Kafka.

### Kitchen Hand — The Call Centre Diner

Jan 2012 – May 2012

### Developer — Acme Tools

March 2013 – January 2017

- Co-founder of the internal tools guild.

## Clients

| Client | Role | Dates |
| --- | --- | --- |
| Northwind GmbH | Build systems consultant | Aug 2021 – Aug 2023 |

## Education

### BSc Computer Science — TU Berlin

2010 – 2013, GPA 3.8

- AWS Certified Solutions Architect (2019)
- Languages: German (native), English (fluent)

## Skills

- Go, Python, PostgreSQL, AWS
"""


def answer(question: str) -> str:
    reply = answer_quotes(ResumeIndex(outline(parse_resume(RESUME))), question)
    if not reply.quotes:
        return reply.absent
    return "\n".join(f"[{q.citation}] " + " | ".join(q.lines) for q in reply.quotes)


def test_two_jobs_at_one_employer_are_both_quoted_for_how_long() -> None:
    """ "How long at New Relic in total?" quotes both entries' dates."""
    text = answer("How long was she at New Relic in total?")
    assert "February 2019 – November 2020" in text
    assert "February 2017 – January 2019" in text


def test_employer_with_an_everyday_word_is_not_a_contact_question() -> None:
    """ "The Call Centre" names a job; "call" does not make it a phone question."""
    assert "Jan 2012 – May 2012" in answer("How long did she work at The Call Centre Diner?")


def test_first_job_follows_the_dates_not_the_file_order() -> None:
    """The earliest start is the first job, wherever it stands in the file."""
    assert answer("What was her first job?").startswith("[Experience › Kitchen Hand")


def test_a_client_named_in_a_table_row_is_found() -> None:
    """A name that is a table cell, not a heading, gets its row."""
    assert "Build systems consultant" in answer("What did she do for Northwind GmbH?")


def test_facts_outside_their_section_are_found_not_denied() -> None:
    """A certificate under Education, spoken languages inside a degree, are quoted."""
    assert "AWS Certified" in answer("Does she hold any certifications?")
    assert "German (native)" in answer("Which languages does she speak?")


def test_a_telling_word_picks_its_line() -> None:
    """ "GPA" is answered by the line that gives it, not the degree's first line only."""
    assert "GPA 3.8" in answer("What was her GPA?")


def test_a_category_word_is_answered_by_its_examples() -> None:
    """ "Databases" and "cloud" are answered by PostgreSQL and AWS."""
    assert "PostgreSQL" in answer("Which databases has she used?")
    assert "AWS" in answer("Does she have cloud experience?")


def test_a_derived_word_meets_its_root() -> None:
    """ "co-found" (not in the resume) meets "Co-founder" (in it)."""
    assert "Co-founder" in answer("Did she co-found anything?")


def test_what_the_resume_lacks_is_still_absent() -> None:
    """Looking everywhere does not turn a missing technology into an answer."""
    assert answer("Has she programmed in Rust?") == "The resume does not mention Rust."


TEXT_CV = """\
ROB STONE
Frontend developer and teacher
Fukuoka, Japan

EXPERIENCE
2018-2023    SALSIFY, Staff SE ----------- Boston MA
Catalog sites for retail brands.
2009-2011    CAMBRIDGE BIOMARKETING, Senior SE ------ Cambridge MA
Open web standards evangelism.
2004-2009    HEWLETT PACKARD ENTERPRISE, SE ---- Andover MA
Storage firmware.

EDUCATION
BSc Physics, Tufts University, 2004
Exchange semester:
Kyoto University, Japan
"""


def text_answer(question: str) -> str:
    from pathlib import Path

    from resume_chat.resume.model import build_resume
    from resume_chat.resume.text import read_text

    resume = build_resume(read_text(TEXT_CV), Path("cv.txt"))
    reply = answer_quotes(ResumeIndex(outline(resume)), question)
    if not reply.quotes:
        return reply.absent
    return "\n".join(f"[{q.citation}] " + " | ".join(q.lines) for q in reply.quotes)


def test_first_job_in_one_block_of_jobs_is_the_earliest_dated_line() -> None:
    """A text CV lists jobs as lines of one section: the oldest line is the first job."""
    assert "HEWLETT PACKARD" in text_answer("What was his first job?")


def test_a_named_employer_in_a_text_cv_gets_its_line_and_the_next() -> None:
    """ "At Salsify" finds the line naming it and the description under it."""
    assert "Catalog sites" in text_answer("What did Rob do at Salsify?")


def test_what_someone_does_quotes_the_headline() -> None:
    """ "What does Rob do?" gives the headline, not only the newest job."""
    assert "Frontend developer and teacher" in text_answer("What does Rob do?")


def test_a_place_is_not_a_language() -> None:
    """ "Japanese" does not meet "Japan": the resume says nothing about speaking it."""
    assert text_answer("Does he speak Japanese?").startswith("The resume does not")


def test_a_telling_word_brings_the_lines_after_it() -> None:
    """ "Exchange" finds its line and the school named on the next one."""
    assert "Kyoto University" in text_answer("Did he do an exchange?")


def test_a_derived_word_of_the_resume_meets_its_root() -> None:
    """ "Debater" in the resume is found by a question about debating."""
    resume = parse_resume(
        "# Jo Park\n\n## Awards\n\n### Debating\n\n- Head coach of the debating team.\n"
        "- Awarded the Kaye Cup for Best Senior Debater.\n"
    )
    reply = answer_quotes(ResumeIndex(outline(resume)), "Has he won any debating awards?")
    assert any("Kaye Cup" in line for quote in reply.quotes for line in quote.lines)


def test_a_name_the_resume_lacks_is_absent_but_the_candidate_is_not() -> None:
    """ "Has she worked at Google?" is a plain no; "Where does Lena work?" is not about a Lena."""
    assert answer("Has she worked at Google?") == "The resume does not mention Google."
    assert answer("Does she have Kubernetes experience?") == (
        "The resume does not mention Kubernetes."
    )
    assert not answer("Where does Lena work now?").startswith("The resume")
    nameless = parse_resume("## Experience\n\n### Engineer — Acme\n\n2020 – present\n")
    reply = answer_quotes(ResumeIndex(outline(nameless)), "Where does Kaan work now?")
    assert reply.quotes, reply.absent


SUBSECTIONS = """\
# Dirk de Vries

## Experience

### Eneco - Front-end Consultant

January 2022 - December 2022

#### Front-end

- Built the Toon smart thermostat app with React.

#### Back-end

- Wrote Node.js middleware; Eneco's team shipped it weekly.

### PostgreSQL Consultant - 2ndQuadrant

2014 - 2015

## Certifications

- PostgreSQL 9.4 Associate Certification

## Skills

- DynamoDB, Redis
"""


def sub_answer(question: str) -> str:
    reply = answer_quotes(ResumeIndex(outline(parse_resume(SUBSECTIONS))), question)
    return "\\n".join(line for quote in reply.quotes for line in quote.lines) or reply.absent


def test_a_named_job_over_sub_sections_quotes_them() -> None:
    """The work of a job split into "Front-end" / "Back-end" is in its sub-sections."""
    assert "Toon smart thermostat" in sub_answer("What did they build for Eneco?")


def test_a_topic_question_naming_a_technology_stays_on_its_topic() -> None:
    """ "A PostgreSQL certification?" is answered from Certifications, not the PostgreSQL job."""
    assert "Associate Certification" in sub_answer("Does he hold any PostgreSQL certification?")


def test_experience_with_a_named_technology_is_found_outside_the_jobs() -> None:
    """ "DynamoDB experience?" finds it in Skills when no job mentions it."""
    assert "DynamoDB" in sub_answer("Does he have DynamoDB experience?")


def test_quotes_from_places_sharing_a_name_are_merged_not_dropped() -> None:
    """Two certificates under two "FreeCodeCamp" headings: both are quoted."""
    resume = parse_resume(
        "# Ana Ruiz\n\n## Certificates\n\n### FreeCodeCamp\n\nResponsive Web Design\n\n"
        "### FreeCodeCamp\n\nJavaScript Algorithms\n"
    )
    reply = answer_quotes(ResumeIndex(outline(resume)), "What certificates has she earned?")
    lines = [line for quote in reply.quotes for line in quote.lines]
    assert "Responsive Web Design" in lines
    assert "JavaScript Algorithms" in lines


def test_a_span_of_years_is_no_phone_number() -> None:
    """ "2019 - 2021" has eight digits; a phone has nine or more, so none is quoted here."""
    resume = parse_resume("# Jo Park\n\n## Experience\n\n### Acme\n\n2019 - 2021\n")
    reply = answer_quotes(ResumeIndex(outline(resume)), "What's his phone number?")
    assert reply.quotes == ()


def test_email_or_phone_gets_whichever_the_resume_has() -> None:
    """ "Her email or phone?" with only a phone listed quotes the phone, denying nothing."""
    resume = "# Jo Park\n\nPhone: +44 20 7946 0958\n\n## Experience\n\n### Acme\n\n2019 - 2021\n"
    assert_found(resume, "What's her email or phone?", "+44 20 7946 0958")


def test_the_current_employer_named_in_prose_is_quoted_where_no_jobs_are_listed() -> None:
    """An "About Me" page with no jobs section: "working … for CLEAResult" answers who she
    works for now, rather than "the resume does not list any work experience"."""
    resume = (
        "# Cy Clifford\n\n## About Me\n\nI love numbers.\n"
        "I am a Data Analyst working with energy data for CLEAResult Consulting.\n"
    )
    assert_found(resume, "Who is she working for at the moment?", "CLEAResult")


def test_a_librarians_mlis_is_a_masters_degree() -> None:
    """ "Her master's program" is the MLIS: its honours are quoted, the degree not denied."""
    resume = (
        "# Amy Leota\n\n## Education\n\nMLIS 2017, University of Alabama\n\n"
        "## Honors and Distinctions\n\nSumma cum laude\n"
    )
    assert_found(resume, "Did she graduate with honours from her master's program?", "Summa")


def test_an_address_ending_in_a_country_beside_the_email_is_where_she_lives() -> None:
    """A letter-spaced contact block: "6 , Sfax Airport's Road Tunisia" over the email."""
    resume = (
        "# Sihem Hsin\n\n## / C O N T A C T\n\n6 , Sfax Airport's Road Tunisia\n\n"
        ">> sihem@gmail.com\n\n## / W O R K\n\n### Executive assistant\n\nMedlife, 2016\n"
    )
    assert_found(resume, "Which city does she live in?", "Sfax")


def test_an_entrys_lines_sharing_most_with_the_question_are_quoted() -> None:
    """Of a job's lines, the one naming both "team" and "secrets" is quoted, not the first
    three that merely say "team"."""
    resume = (
        "# Jo Park\n\n## Experience\n\n### Platform Engineer, Acme\n\n"
        "- Led the platform team.\n- The team shipped weekly.\n- Mentored the team.\n"
        "- The team kept its secrets in HashiCorp Vault.\n"
    )
    assert_found(resume, "Where does the team keep secrets?", "HashiCorp Vault")


def test_a_telling_word_brings_the_entrys_lines_saying_the_other_words() -> None:
    """ "doctoral" points at the Ph.D.; "advisor" picks its line further down the entry."""
    resume = (
        "# Nat Uwa\n\n## Education\n\n### Ph.D., Electrical Engineering\n\n"
        "Aug 2022 – Aug 2026\n\nSyracuse University, Syracuse, NY\n\nFunded by NSF\n\n"
        "Power systems group\n\nGrid resilience\n\nLoad forecasting\n\nCourses: Power flow\n\n"
        "Advisor: Dr. Sara Eftekharnejad\n\n"
        "### M.S., Energy Systems\n\nCarnegie Mellon University, 2019\n"
    )
    assert_found(resume, "Who is her doctoral advisor?", "Sara Eftekharnejad")


def test_a_line_found_in_an_entry_titled_for_it_comes_with_the_entrys_first_line() -> None:
    """Round343's mathematician: "PhD" finds the thesis line of the entry titled "PhD in
    Mathematics"; where she did it is that entry's first line."""
    resume = (
        "# Darya Sukhorebska\n\n## Education\n\n### PhD in Mathematics · 2019 - 2023\n\n"
        "- B. Verkin ILTPE of NASU Kharkiv, Ukraine\n"
        "- Thesis title: Simple closed geodesics on regular tetrahedra.\n\n"
        "### Master degree in Mathematics · 2017-2019\n\n- V.N. Karazin Kharkiv University\n"
    )
    assert_found(resume, "Where and when did Darya do her PhD?", "B. Verkin ILTPE")


def test_the_name_is_given_where_no_header_lines_stand_under_it() -> None:
    """A Word file whose page header holds only the name: no header entry, the name known."""
    resume = "# Richard Rodriguez\n\n## Personal Statement\n\nI am a software engineer.\n"
    assert_found(resume, "What is this candidate's name?", "Richard Rodriguez")


def test_an_artists_b_before_place_and_year_is_her_birth() -> None:
    """ "b. Los Angeles 1986" under an artist's name answers the year she was born."""
    resume = "# Lin Salazar\n\nb. Los Angeles 1986\n\n## Exhibitions\n\n2015 Solo show, LA\n"
    assert_found(resume, "What year was she born?", "1986")


def test_a_c_level_position_is_a_chief_officers() -> None:
    """ "Has he held a C-level position?" meets "Project CTO", not a denial of "C-level"."""
    resume = (
        "# Jan Kowal\n\n## Experience\n\n### Daftcode\n\n"
        "- PROJECT CTO | PYTHON DEVELOPER · Jun. 2016-Dec. 2018\n"
    )
    assert_found(resume, "Has he ever held a C-level position?", "PROJECT CTO")


def test_a_resume_in_indonesian_is_quoted_not_denied() -> None:
    """Asked in English about an Indonesian CV, whose words the question cannot share."""
    resume = (
        "# Julius Evan\n\nNama saya Julius, mahasiswa semester 5 jurusan Teknik Informatika di "
        "Universitas Multimedia Nusantara. Saya memiliki pengalaman dalam organisasi dan "
        "kepanitiaan yang bertanggung jawab atas acara dari kampus untuk mahasiswa dengan "
        "dosen sebagai pembicara dalam acara dan di kelas yang dari pada.\n\n"
        "## Pengalaman Organisasi\n\nPanitia, Organisasi INARA September 2023\n\n"
        "Tujuan INARA membantu masyarakat di daerah dan anak-anak putus sekolah\n"
    )
    answer = answer_text(resume, "Has he done any volunteer work for a charity?")
    assert not answer.startswith("The resume does not"), answer


def test_an_age_alone_under_the_name_answers_how_old() -> None:
    """moderncv's "21 years" among the header's lines is his age."""
    resume = "# Rackel Machado\n\n- 21 years\n- Porto Alegre, Brazil\n\n## Employment\n\n- Intern\n"
    assert_found(resume, "How old is he?", "21 years")


def test_everyday_capitals_are_no_names_the_resume_lacks() -> None:
    """ "OK" and "CVs" are written in capitals, and are still no name to deny."""
    resume = (
        "# Anton V\n\n## Additional Information\n\nI like tourism, so I am prepared for "
        "business trips. I can work overtime.\n\n## Volunteering\n\n### Peer Career Advisor\n\n"
        "- Review student resumes and make necessary changes\n"
    )
    assert_found(resume, "Would he be OK with traveling for work?", "business trips")
    assert_found(resume, "Has she helped other students improve their CVs?", "student resumes")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Does she practice any martial arts?", "Aikido"),
        ("Has he ever worked for a bank?", "J.P. Morgan Chase"),
        ("Is she familiar with version control?", "Git"),
        ("Has she worked in the pharmaceutical industry?", "Servier"),
        ("Has she worked on research into dementia?", "Alzheimer"),
        ("Does he have any 3D modelling experience?", "Blender"),
        ("Does he know any Android-oriented programming language?", "Kotlin"),
        ("Has she written any Windows shell scripts?", "PowerShell"),
        ("When did she do her exchange semester abroad?", "Visiting Student"),
        ("Is she comfortable with Microsoft Office?", "PowerPoint"),
    ],
)
def test_a_category_is_answered_by_the_example_the_resume_names(
    question: str, expected: str
) -> None:
    """World knowledge a reader brings: Aikido is a martial art, J.P. Morgan a bank."""
    resume = (
        "# Sam Lee\n\n## Experience\n\n### Developer\n\nJ.P. Morgan Chase, 2004 - 2010\n\n"
        "- Built trading tools, kept in Git\n\n### Biostatistician\n\nServier, 2010 - 2015\n\n"
        "- Analyses for Alzheimer's trials\n\n"
        "## Skills\n\nBlender, Kotlin, PowerShell, PowerPoint\n\n"
        "## Education\n\n- Visiting Student, HKUST, Fall 2014\n\n"
        "## Interests\n\nAikido, hiking\n"
    )
    assert_found(resume, question, expected)


def test_a_heading_that_is_a_place_alone_says_where_she_is() -> None:
    """A design tool's scrambled export set "Buenos Aires, Argentina" as a heading of its
    own, far from the contact lines: still where she is, not "does not say"."""
    resume = (
        "# Camila M\n\n#### Experience\n\n- January 2024 - Present\n\n#### Scrum Master\n\n"
        "- I apply Scrum at Korbi Co.\n- I run the retrospectives.\n- I run the planning.\n\n"
        "#### Buenos Aires, Argentina\n\n#### Technologies applied\n\n- JIRA, Slack\n"
    )
    assert_found(resume, "Where is she based?", "Buenos Aires")


def test_apple_computers_are_macs() -> None:
    """ "Can he support Apple computers?" meets a "Windows/Mac mixed environment"."""
    resume = (
        "# Ben Ito\n\n## Work\n\n### IT Manager\n\nRan a Windows/Mac mixed environment of "
        "120 users.\n"
    )
    assert_found(resume, "Can he support Apple computers?", "Windows/Mac")


def test_names_written_another_way_are_not_denied() -> None:
    """ "UN" opens "United Nations Industrial Development Organization"; "Pashto" is written
    "Pushto"; a date of birth is a heading of its own ("D. O. B: 10TH/OCTOBER/1996")."""
    resume = (
        "# Usman F\n\n### D. O. B: 10TH/OCTOBER/1996\n\n## Internships\n\n"
        "- United Nations Industrial Development Organization, Vienna 2016\n\n"
        "## Languages\n\n- Hindko (Fluent)\n- Pushto (Good)\n"
    )
    assert_found(resume, "Has she ever worked for the UN?", "United Nations")
    assert_found(resume, "Does he speak Pashto?", "Pushto")
    assert_found(resume, "In what year was he born?", "1996")


def test_a_resume_in_chinese_is_quoted_not_denied_for_a_name() -> None:
    """Alibaba is 阿里 in a Chinese resume: a Latin name asked is no proof of absence there."""
    resume = (
        "# 张伟\n\n## 工作经历\n\n### 阿里云 安全工程师\n\n2021.06 - 2021.11\n\n"
        "负责云安全攻防演练与漏洞挖掘 参与建党百年网络安全保障工作。\n"
    )
    answer = answer_text(resume, "When did he start his first job at Alibaba Cloud?")
    assert not answer.startswith("The resume does not"), answer


def test_what_a_question_leaves_open_is_not_denied() -> None:
    """ "Local Senegalese languages" names a country's languages, not one called Senegalese;
    a doctorate "ABD" is under way; a student job set in a training section is a job."""
    resume = (
        "# Awa Diop\n\n## Langues nationales\n\nJe parle PULAAR et WOLOF\n\n"
        "## Education\n\n- Ph.D., History (ABD), George Mason University\n\n"
        "## Training\n\n- Student job in Proxy\n- August 2017\n- Delhaize Meerbeek\n"
    )
    assert_found(resume, "Does she speak any local Senegalese languages?", "WOLOF")
    assert_found(resume, "Has he completed a doctorate?", "ABD")
    assert_found(resume, "Has he ever worked in a supermarket?", "Delhaize")


def test_jobs_under_a_lost_heading_answer_the_current_job() -> None:
    """A two-column PDF split "EXPERIENCE" so that its jobs sit under Skills: the job dated
    last is quoted, not "the resume does not list any work experience"."""
    resume = (
        "# Erin Park\n\n## Education\n\n### Diploma, BrainStation\n\n"
        "September 2023 - December 2023\n\n"
        "## Skills\n\nReact, Node.js\n\n#### E R I E N C E\n\n"
        "### Support Advisor - Shopify\n\nFebruary 2021 - August 2021\n\n- Helped merchants\n\n"
        "### Teaching Assistant - BrainStation\n\nDecember 2023 - March 2024\n\n- Led labs\n"
    )
    assert_found(resume, "What is her most recent job?", "Teaching Assistant")


def test_location_tracking_data_is_a_kind_of_data_not_where_she_lives() -> None:
    """ "location-tracking data" asks about GPS data, not where the person is based."""
    resume = (
        "# Zhihua Zhong\n\nTokyo, Japan\n\n## Publications\n\n"
        "- Urban human mobility based on GPS data (2021)\n"
    )
    assert_found(resume, "Has she worked with location-tracking data?", "GPS data")


@pytest.mark.parametrize(
    ("lines", "question", "expected"),
    [
        (
            "## Education & Skills\n\n### University of Science\n\n- Information Technology",
            "What subject did he study at university?",
            "Information Technology",
        ),
        (
            "## Achievements\n\n- 3 Star@Code Chef",
            "What rating does he hold on CodeChef?",
            "3 Star",
        ),
        (
            "## Experience\n\n### Casebook\n\n- Built the Casebook app with React Native",
            "Has he built a phone app, and with what framework?",
            "React Native",
        ),
        (
            "## Experience\n\n### TU Munich\n\n- Member of a European Research Council grant team",
            "Was he involved in any EU-funded research grant?",
            "European Research",
        ),
        (
            "## Experience\n\n### Postdoc, ECUST\n\n- Encoded ACE2/SARS-CoV-2 interactions",
            "Has he done any COVID-related research?",
            "SARS-CoV-2",
        ),
        (
            "## Education\n\n- M.Pharm. Pharmaceutical Analysis, 2017-2021",
            "What master's degree does he hold?",
            "M.Pharm",
        ),
        (
            "## Experience\n\n### Montreal\n\n- INNOVATION ENGINEER · DEN HAAG\n- Fugro · 2018",
            "Which company did he work for in The Hague?",
            "Fugro",
        ),
        ("## Availability\n\n- Unpaid internship: Yes", "Would she work without pay?", "Unpaid"),
        (
            "## Education\n\n### BSc, Daffodil University\n\n3.04 out of 4.00",
            "What GPA did she get in her undergraduate degree?",
            "3.04",
        ),
        ("## Contact\n\n- August 5th, 1987. Derby (UK)", "Where was he born?", "Derby"),
        (  # round286's Word CV: a German scholarship by its own name (awards denied before)
            "## Education\n\n### University of Duisburg-Essen\n\n"
            "- **Achievements**: Deutschlandstipendium 2024/25",
            "What scholarship has he received?",
            "Deutschlandstipendium",
        ),
        (  # round285's LibreOffice Draw PDF: town and country after the date
            "## Contact\n\n- 24 December 2000 · Annecy, France\n\n## Skills\n\n- VueJS",
            "When was he born?",
            "24 December 2000",
        ),
        ("## Tech Stack\n\nReact Tailwind MongoDB", "Which CSS framework does he use?", "Tailwind"),
        (
            "## Projects\n\n- Gen Z Wellness App · a mental health platform",
            "Has he built any products related to wellbeing?",
            "Wellness",
        ),
        (
            "## Certificates\n\n- **AWS**: Cloud practitioner",
            "Does he have any Amazon cloud certification?",
            "Cloud practitioner",
        ),
        ("## Languages\n\n- Flemish (native)", "Can he speak Dutch?", "Flemish"),
        ("## Free time activities\n\n- Cycling", "What does he do in his spare time?", "Cycling"),
        ("- Adijatkinoshi @yahoo.com\n\n## Skills\n\n- Triage", "What's her email?", "yahoo"),
        (
            "## Education\n\n### BSN, Lehman College\n\n- Golden Key honors society",
            "Did she earn any academic distinctions while studying?",
            "Golden Key",
        ),
        (
            "## Experience\n\n### CIO, Acme\n\n- Delivered a Microsoft Exchange migration",
            "Has he ever led a corporate email migration?",
            "Exchange",
        ),
        (
            "## Certifications\n\n- BLS - Basic Life Support Provider",
            "Is she certified in CPR?",
            "Basic Life Support",
        ),
        (
            "## Experience\n\n### JR Holder Wellness Center\n\n- Fitness Center Specialist",
            "Have they ever worked at a gym?",
            "JR Holder",
        ),
        (
            "## Experience\n\n### Chartwells Dining Service\n\n- Stocked food",
            "Have they worked in a campus cafeteria?",
            "Chartwells",
        ),
        (
            "## Experience\n\n### Lead developer\n\n- Integrated invoices with VISMA",
            "Has he integrated with any ERP systems?",
            "VISMA",
        ),
        (
            "## Education\n\n- 2018-2019 · LAHIBA · Higher national Diploma in ICT",
            "Which institution awarded his HND?",
            "LAHIBA",
        ),
        (
            "## Awards\n\n- Earned digital credentials through IBM SkillsBuild",
            "Does he hold any certifications?",
            "SkillsBuild",
        ),
        (
            "## Skills\n\n- Design Systems & Collaborative workflows",
            "Has she built reusable UI component libraries?",
            "Design Systems",
        ),
        (
            "## Experience\n\n### Freelance\n\n- Writing SEO technical content",
            "Has he written search-optimised articles?",
            "SEO",
        ),
    ],
)
def test_facts_named_in_other_words_are_found_not_denied(
    lines: str, question: str, expected: str
) -> None:
    """A section joining two kinds ("Education & Skills"), a name written apart ("Code Chef"),
    a phone app (not a phone number), EU funding by a council's name, COVID by the virus's,
    a master's as "M.Pharm", a city in its own language, pay as "unpaid", a GPA as "out of",
    a birth place after the date, a kind of thing by its instance (Tailwind, AWS, Flemish):
    each is quoted, none denied."""
    assert_found(f"# Do Nghia\n\nHo Chi Minh City\n\n{lines}\n", question, expected)


def test_an_age_the_resume_states_in_prose_is_quoted() -> None:
    """ "How old is he?" finds "I am currently 17 years old" rather than denying an age."""
    resume = parse_resume(
        "# Jo Park\n\n## Profile\n\nHi, I am currently 17 years old and I love coding.\n"
    )
    reply = answer_quotes(ResumeIndex(outline(resume)), "How old is he?")
    assert any("17 years old" in line for quote in reply.quotes for line in quote.lines)


def reply_text(resume: str, question: str) -> str:
    """The answer as the front-ends print it: its lead, then each quote's citation and lines."""
    from resume_chat.answerer.offline import OfflineAnswerer, format_reply

    return "\n".join(format_reply(OfflineAnswerer(parse_resume(resume)).answer(question)))


def answer_text(resume: str, question: str, reader: str = "markdown") -> str:
    from pathlib import Path

    from resume_chat.resume.model import build_resume
    from resume_chat.resume.text import read_text

    parsed = (
        parse_resume(resume) if reader == "markdown" else build_resume(read_text(resume), Path("c"))
    )
    reply = answer_quotes(ResumeIndex(outline(parsed), parsed.name), question)
    return "\n".join(f"[{q.citation}] " + " | ".join(q.lines) for q in reply.quotes) or reply.absent


def assert_found(resume: str, question: str, expected: str) -> None:
    """The answer quotes the expected words and denies nothing (a resume not opening with a
    "# " heading is read as plain text)."""
    reader = "markdown" if resume.startswith("#") else "text"
    answer = answer_text(resume, question, reader)
    assert expected in answer, answer
    assert not answer.startswith("The resume does not")


def test_an_employer_line_over_a_dated_title_belongs_to_that_job() -> None:
    """ "Highspot – Seattle, WA" alone above "Manager, April 2020 - April 2021": one job."""
    text = (
        "Ann Lee\n\nProfessional Experience\n\nHighspot – Seattle, WA\n\n"
        "Project Manager, April 2020 - April 2021\n\nRan the content team.\n\n"
        "Alaska Airlines – Seattle, WA\n\nProject Manager, June 2019 - December 2019\n\n"
        "Moved reports to Azure.\n"
    )
    assert "Highspot" in answer_text(text, "What was her most recent position?", "text")
    assert "Alaska Airlines" in answer_text(text, "What was her first job?", "text")


def test_a_season_over_a_bold_job_dates_it() -> None:
    """ "`Summer 2006`" over "**Intern**, Ittiam" makes the internship the first job."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n`Jan 2019-Present`\n**Engineer**, Ethereum.\n\n"
        "`March-July 2009`\n**Assistant**, EPFL Lab.\n\n`Summer 2006`\n**Intern**, Ittiam.\n"
    )
    assert "Ittiam" in answer_text(resume, "What was her first job?")


def test_a_product_version_is_no_start_date() -> None:
    """ "Visual Studio 2003" in a project's tools is not when a career began."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Staff Engineer at Qualcomm\n\n"
        "April 2013 - April 2024\n\n"
        "### Member, R&D at Quark Software\n\nJan 2004 - Aug 2004\n\n"
        "### Tools\n\nC++, Boost, Visual Studio 2005/2003, Perforce\n"
    )
    assert "Quark" in answer_text(resume, "Where did she start her career?")


def test_markdown_inside_html_wrappers_stays_markdown() -> None:
    """`<div class='row'>` then "## Experience" with no blank line: still a heading."""
    resume = parse_resume(
        "# Ann Lee\n<div class='row'>\n<div class='col'>\n## Experience\n### Rackspace\n"
        "#### Engineer (February 2017 - Present)\n- Built things.\n</div><!-- .col -->\n</div>\n"
    )
    assert "Rackspace" in answer_text(resume.markdown, "Where does she work now?")


@pytest.mark.parametrize(
    ("resume", "place"),
    [
        ("# Ann Lee\n\nI am a developer from Russia, currently residing in Turkey.\n", "Turkey"),
        ("# Ann Lee\n\n## About\n\nA researcher living in Tokyo.\n\n## Skills\n\n- Go\n", "Tokyo"),
        ("# Ann Lee\n\n## Address\n\nCity: Manosque\n\n## Skills\n\n- Go\n", "Manosque"),
        ("# Ann Lee\n\n## Skills\n\n- Go\n\nann.dev • Las Vegas, NV\n", "Las Vegas, NV"),
    ],
)
def test_where_someone_lives_is_found_in_prose_and_labelled_sections(
    resume: str, place: str
) -> None:
    """ "Residing in Turkey" in the introduction, an Address section: where they live."""
    assert place in answer_text(resume, "Where does she live?")


def test_a_word_every_job_shares_does_not_pick_the_current_one() -> None:
    """ "Where does this engineer work now?": "engineer" is in every title; "Present" decides."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n- Senior Developer, Data @ CapIntel (2025 - Present)\n"
        "- Senior Software Engineer @ Weyrk (2024 - 2025)\n"
        "- Software Engineer II @ Zendesk (2022 - 2024)\n"
        "- Software Engineer @ Morango (2018 - 2022)\n"
    )
    assert "CapIntel" in answer_text(resume, "Where does this engineer work now?")


def test_a_main_job_is_the_current_job_not_a_line_saying_main() -> None:
    """ "What's his current main job?" is about the job, not the line saying "main occupation"."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Founder, Grainforge\n\n01/2025 – Present\n\n"
        "- Run as a side project alongside my main occupation.\n\n### BI Consultant, Bissantz\n\n"
        "06/2023 – Present\n\n- Dashboards for retail clients.\n"
    )
    assert "Bissantz" in answer_text(resume, "What's his current main job?")


@pytest.mark.parametrize(
    ("line", "question", "expected"),
    [
        ("- Three.js alternatives: ThreeJS, p5.js", "Do they know Three.js?", "ThreeJS"),
        (
            "Postdoctoral Researcher, Michigan State University",
            "Where did he do his postdoc?",
            "Michigan State University",
        ),
        (
            "Grant from the National Institute of Health, 2019",
            "Has he had an NIH grant?",
            "National Institute of Health",
        ),
        ("Flight controller for a UAV swarm", "Has he worked on drones?", "UAV"),
        ("Rolled out Workday to 3,000 staff", "Does he have HRIS experience?", "Workday"),
        ("IT support for the Radiology Department", "Has he worked in healthcare?", "Radiology"),
        ("Keynote at Agile Testing Days 2019", "Has he spoken at conferences?", "Agile Testing"),
    ],
)
def test_a_fact_written_another_way_is_found_not_denied(
    line: str, question: str, expected: str
) -> None:
    """Punctuation, a shortening, an acronym, a kind of thing named by an example: the
    resume states it, so the answer quotes it rather than "does not mention"."""
    resume = f"# Ann Lee\n\n## Experience\n\n### Engineer, Acme\n\n2019 - 2021\n\n- {line}\n"
    answer = answer_text(resume, question)
    assert expected in answer
    assert not answer.startswith("The resume does not")


def test_a_resume_in_another_script_is_quoted_not_denied() -> None:
    """Asked in English about a resume in Russian: no shared words prove nothing absent."""
    resume = (
        "# Адилет\n\nBackend-разработчик из Астаны\n\n## Опыт\n\n### Backend (ГПХ)\n\n"
        "- Сделал сервис электронной очереди для абитуриентов\n"
    )
    answer = answer_text(resume, "Where is he from?")
    assert "Астаны" in answer
    assert "does not" not in answer


def test_when_someone_joined_is_the_first_of_their_roles_there() -> None:
    """ "When did he join Daxko?": three roles there, newest first; the oldest answers."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Director — Daxko\n\n2019-11-01 – 2022-01-01\n\n"
        "### Manager — Daxko\n\n2016-02-01 – 2019-11-01\n\n### Engineer — Daxko\n\n"
        "2012-03-01 – 2016-02-01\n"
    )
    answer = answer_text(resume, "When did he join Daxko?")
    assert answer.index("2012") < answer.index("2019")


def test_a_year_and_an_employer_heading_is_a_job() -> None:
    """ "### **2004 | BMW, Ljubljana**" is the first job, not a dates line of the one above."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### **2009-Present | QUASI**\n*Founder*\n\n"
        "### **2005 | Art Design, Ljubljana**\n*Web Designer*\n\n### **2004 | BMW, Ljubljana**\n"
        "*Web Designer*\nThe BMW Mini website.\n"
    )
    assert "BMW" in answer_text(resume, "Where did their career start?")


def test_a_short_year_dates_a_job() -> None:
    """ "NOV '01 - SEP '10" (curly quotes) began in 2001, before "Upwork: 2017 - Present"."""
    text = (
        "Ann Lee\n\nEXPERIENCE\n\nUpwork: 2017 - Present\nAccount Executive\n\n"
        "U.S. Marine Corps: NOV \u201901 - SEP \u201810\nInterpreter\n"
    )
    assert "Marine Corps" in answer_text(text, "Where did his career start?", "text")


def test_an_empty_section_over_a_template_loop_states_nothing() -> None:
    """ "## Publications" over `{% for post in site.publications %}`: none are listed."""
    resume = (
        "# Ann Lee\n\n## Publications\n\n{% for post in site.publications %}{% endfor %}\n\n"
        "## Skills\n\n- Python\n"
    )
    assert answer_text(resume, "Which papers has she published?").startswith("The resume does not")


@pytest.mark.parametrize(
    ("education", "says_absent"),
    [
        ("### Bachelor of Science in Electronics Engineering\n\nUniversidad del Valle\n", True),
        ("### M.Sc. Computer Science\n\nTU Delft\n", False),
        ("### MEng, Imperial College\n", False),
        ("### Diplom-Informatiker, TU Berlin\n", False),
        ("### Магистр | МИЭТ\n\n2018 – 2020\n", False),
        # A resume in Chinese may name its degree in words no pattern knows.
        ("### 北京大学 计算机科学\n\n2018 – 2020\n\n数据库 研究 项目\n", False),
    ],
)
def test_a_masters_degree_is_denied_only_when_no_spelling_of_one_is_there(
    education: str, says_absent: bool
) -> None:
    answer = answer_text(f"# Ann Lee\n\n## Education\n\n{education}", "Does he have a master's?")
    assert answer.startswith("The resume does not mention a master's degree") == says_absent


def test_items_styled_as_headings_under_an_empty_section_are_its_items() -> None:
    """Word's heading style on "Certificates" and on each certificate below it."""
    resume = (
        "# Ann Lee\n\n## Skills\n\n- Nmap\n\n## Certificates\n\n"
        "## • Cybersecurity Analyst job Simulation by Forage\n\n## • Hack-a-Throne 1.0\n\n"
        "## Education\n\n### MCA, Chandigarh University\n"
    )
    assert "Cybersecurity Analyst" in answer_text(resume, "What certificates does he have?")


def test_a_form_of_labelled_fields_is_cut_into_its_jobs() -> None:
    """ "Position Title: …" / "Employer Name: …" / "Dates: …": each record is one job."""
    text = (
        "Colin Middleton\n\nEXPERIENCE\n\nPosition Title: Architectural Drafter\n"
        "Employer Name: Alison Miller Architect\nLocation: Leavenworth, WA\n"
        "Dates: January 2022 - Present\n* Drawings in AutoCAD LT.\n\n"
        "Position Title: Architectural Drafter\nEmployer Name: Brooks Middleton Architect\n"
        "Location: Anacortes, WA\nDates: October 2018 - December 2021\n* Site plans.\n"
    )
    assert "Alison Miller Architect" in answer_text(text, "Where does Colin work now?", "text")


def test_programming_languages_named_outside_a_soft_skills_list_are_found() -> None:
    """Skills holding only soft skills: the language named in a job answers."""
    resume = (
        "# Ann Lee\n\n## Skills\n\n- People person\n- Team captain\n\n## Experience\n\n"
        "### Intern, Acme\n\n2022 - 2023\n\n- Wrote Python scripts for inventory.\n"
    )
    assert "Python" in answer_text(resume, "Which programming languages does she know?")


@pytest.mark.parametrize(
    ("line", "question", "expected"),
    [
        ("Marketing placement year, Sanofi", "Did he do an internship?", "placement"),
        ("Werkstudent Software, SAP", "Did he do an internship?", "Werkstudent"),
        ("Open to Relocating | Technical Writer", "Would she move for a job?", "Relocating"),
    ],
)
def test_an_internship_or_a_move_by_another_name(line: str, question: str, expected: str) -> None:
    resume = f"# Ann Lee\n\n{line}\n\n## Skills\n\n- Java\n"
    assert expected in answer_text(resume, question)


def test_languages_named_in_french_under_a_french_heading_are_spoken_languages() -> None:
    """ "### Langues **carbon:translate**" under "Compétences": Espagnol is a spoken language."""
    resume = (
        "# Mathieu Drouet\n\n## Compétences\n\n### Outils\n\n- Figma, Notion\n\n"
        "### Langues **carbon:ibm-watson-language-translator**\n\n"
        "- Français : langue maternelle\n- Espagnol : conversationnel\n"
    )
    assert "Espagnol" in answer_text(resume, "What languages does Mathieu speak?")


def test_someone_to_vouch_for_the_candidate_is_a_reference() -> None:
    resume = (
        "# Ann Lee\n\n## Skills\n\n- PHP\n\n## References\n\n"
        "- Viktor Aslanov, founder of Zernovye: Ann rewrote our site.\n"
    )
    assert "Viktor Aslanov" in answer_text(resume, "Can anyone vouch for her?")


def test_the_first_role_at_an_employer_is_under_its_heading() -> None:
    """Promotions set under the employer's heading: the oldest is where she started there."""
    resume = (
        "# Ann Lee\n\n## Work Experience\n\n### Education Manager, Willamette Valley Wineries\n\n"
        "July 2021–July 2022\n\n- Ran seminars.\n\n"
        "#### Marketing Coordinator: May 2018–July 2021\n\n"
        "- Campaigns.\n\n#### Content Coordinator: November 2017–May 2018\n\n- Wrote copy.\n\n"
        "### Wine Buyer, In Fine Spirits\n\nSeptember 2015–February 2017\n"
    )
    assert "November 2017" in answer_text(resume, "When did she start at Willamette Valley?")
    first = answer_text(resume, "What was her first role at the Willamette Valley Wineries?")
    assert "Content Coordinator" in first


def test_the_oldest_line_of_an_earlier_employment_list_is_the_first_job() -> None:
    """One job a line under "Earlier employment", the last from summer 2004: the first job."""
    resume = (
        "# Ann Lee\n\n## Employment\n\n### Lab assistant, GEUS\n\nAug 2008 - Sep 2009\n\n"
        "### Earlier employment\n\n- Clerk, Keypsamtøka, spring 2006 - winter 2008\n"
        "- Data entry, Hagstova Føroya, summer 2005 - 2006\n"
        "- Workshop Assistant, Team-85, spring 2005\n"
        "- Manual labour, P/F Beta (fishing company), summer 2004\n"
    )
    assert "P/F Beta" in answer_text(resume, "What was their very first job?")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (
            "# Ann Lee\n\n## Skills\n\n- Python\n- Languages: Biblical Hebrew, Koine Greek\n",
            "Do they know any ancient languages?",
            "Biblical Hebrew",
        ),
        (
            "# Ann Lee\n\n## Experience\n\n"
            "### Agile Lab (June 2007 - December 2009) Own Company\n\n"
            "Agile coach.\n\n### University of Sussex (2005 - 2007)\n\nDeveloper.\n",
            "Has he ever run his own business?",
            "Agile Lab",
        ),
        (
            "# Ann Lee\n\n## Skills\n\n- Python\n\n## Contact\n\n"
            "- B August 31, 1981\n- M (929) 244-0482\n",
            "When was he born?",
            "August 31, 1981",
        ),
        # A birth place or date under its label in the resume's own language.
        (
            "# George Tanu\n\n## Erfarenheter\n\n- **Födelse Ort:** Galati, Rumänien\n"
            "- **Födelsedag:** 1996 - 08 - 03\n\n## Utbildning\n\n- Medieinstitutet\n",
            "In which town was he born?",
            "Galati",
        ),
        (
            "# Ann Lee\n\n## Persönliche Daten\n\n- Geburtsort: Sevastopol\n\n## Skills\n\n"
            "- Python\n",
            "What is his hometown, the city he was born in?",
            "Sevastopol",
        ),
        # A driving licence by its name in the resume's language.
        (
            "# Víctor Ferrero\n\n## Experience\n\n### Animator · Ubisoft · 2019 - 2021\n\n"
            "- Rigged characters\n\n## Competencias\n\n- Maya, Zbrush\n- Permiso de conducir · B\n",
            "Is he allowed to drive a car?",
            "[Competencias] - Permiso de conducir",
        ),
        (
            "# Vito Buonsanto\n\n## Programmazione\n\n- Sistemi di creazione di videogiochi: "
            "Unity (Avanzato)\n",
            "Has he worked with any game engine?",
            "Unity",
        ),
        # Where a thing the question names took place, not where the person lives.
        (
            "# Jayden Cordes\n\n- Location: Guildford, UK\n\n## Experience\n\n### Lecturer — "
            "University of Newcastle, Australia\n\n- 2023 – Present\n\n### Postdoctoral "
            "Researcher — CNRS, Lyon, France\n\n- 2021 – 2022\n",
            "In which country did he do his postdoc?",
            "Lyon, France",
        ),
    ],
)
def test_facts_only_a_kind_of_thing_names_are_found(
    resume: str, question: str, expected: str
) -> None:
    """Ancient languages by name, an own business by "Own Company", a birth date by its form."""
    answer = answer_text(resume, question)
    assert expected in answer
    assert not answer.startswith("The resume does not")


def test_where_to_find_someone_online_is_their_links() -> None:
    resume = (
        "# Eric Fay\n\n(207) 555-0100 · www.linkedin.com/in/EricDFay\n\n## Skills\n\n- Algebra\n"
    )
    assert "linkedin.com/in/EricDFay" in answer_text(resume, "Where can I find him online?")


@pytest.mark.parametrize(
    ("line", "question", "expected"),
    [
        (
            "My Academic Portfolio. Personal academic website. Jekyll.",
            "Has she built any websites?",
            "Personal academic website",
        ),
        (
            "Fellowship, National Endowment for the Humanities, 2019",
            "Has she had NEH funding?",
            "National Endowment for the Humanities",
        ),
        (
            "Objective: a career change into web development",
            "What field is she trying to move into?",
            "web development",
        ),
    ],
)
def test_round13s_denials_each_a_rule(line: str, question: str, expected: str) -> None:
    """A plural against a word ending in e, an acronym over two small words, a goal."""
    resume = (
        f"# Ann Lee\n\n{line}\n\n## Experience\n\n### Specimen Processor, Labcorp\n\n2021 - 2024\n"
    )
    answer = answer_text(resume, question)
    assert expected in answer
    assert not answer.startswith("The resume does not")


@pytest.mark.parametrize(
    ("line", "question", "expected"),
    [
        (
            "B.A., Journalism, summa cum laude, 2012",
            "Did she graduate with honors?",
            "summa cum laude",
        ),
        (
            "Brian Greenspun Scholarship, 2010",
            "Which organizations gave her scholarships?",
            "Brian Greenspun",
        ),
    ],
)
def test_a_telling_word_finds_its_line_in_any_section(
    line: str, question: str, expected: str
) -> None:
    resume = (
        f"# Ann Lee\n\n## Education\n\n- UNLV\n- {line}\n\n## Awards\n\n"
        "- 2015 Pulitzer Prize for breaking news reporting\n"
    )
    assert expected in answer_text(resume, question)


def test_where_someone_worked_as_a_title_gets_the_employer_below_it() -> None:
    """ "Nurse  07/1991 to 10/2013" over "The Second Affiliated Hospital": both lines."""
    text = (
        "XIANGYING LI\nMarkham, Ontario\nSummary\nResourceful nurse with 22 years of experience. "
        "I'm studying in Seneca College Computer Science program now.\nExperience\n"
        "Nurse                                        07/1991 to 10/2013\n"
        "The Second Affiliated Hospital Zhejiang University        CHINA, Zhejiang\n"
        "Education\nNursing College, Hangzhou Normal University         06/1991\n"
    )
    answer = answer_text(text, "Where did Xiangying work as a nurse?", "text")
    assert "Second Affiliated Hospital" in answer
    assert "Seneca College" in answer_text(text, "Is she studying anything now?", "text")


def test_the_first_job_after_graduating_begins_once_the_studies_ended() -> None:
    """An internship during the degree is not the first job after it."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Engineer, PingCAP\n\nAug 2020 – July 2021\n\n"
        "### Engineer, Morningstar\n\nJune 2019 – July 2020\n\n### Intern, Baidu\n\n"
        "June 2017 – Sep 2017\n\n## Education\n\n### B.Eng, Chongqing University\n\n"
        "Sep 2015 – June 2019\n"
    )
    for question in (
        "What was her first job after graduation?",
        "Where was her first job after university?",
    ):
        assert "Morningstar" in answer_text(resume, question)


@pytest.mark.parametrize(
    ("degree", "question"),
    [
        ("LL.M., Georgetown Law", "Does she have a master's?"),
        ("MPH, Emory University", "Does she have a master's?"),
        ("Ed.D. in Leadership, Vanderbilt", "Does she have a PhD?"),
        ("Doktor der Naturwissenschaften, TU München", "Does she have a PhD?"),
    ],
)
def test_a_degree_named_in_its_own_letters_is_never_denied(degree: str, question: str) -> None:
    answer = answer_text(f"# Ann Lee\n\n## Education\n\n- {degree}\n", question)
    assert not answer.startswith("The resume does not")


PORTUGUESE = (
    "# Leonardo Rico\n\nEngenheiro Eletricista\n\n## Experiência Profissional\n\n"
    "### Engenheiro de Projetos — Eternit (2019 - 2022)\n\n"
    "- Desenvolvimento de telhas fotovoltaicas para o mercado de energia e de "
    "integração com a rede elétrica da empresa, com foco em custos e em qualidade.\n"
    "- Gestão de projetos de engenharia elétrica para as fábricas da empresa no Brasil.\n\n"
    "## Idiomas\n\n- Inglês (avançado)\n- Espanhol (intermediário)\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What languages does he speak?", "Inglês"),
        ("Has he worked on solar products?", "fotovoltaicas"),
    ],
)
def test_a_resume_in_portuguese_is_quoted_not_denied(question: str, expected: str) -> None:
    """Latin letters, another language: "solar products" is "telhas fotovoltaicas" there."""
    answer = answer_text(PORTUGUESE, question)
    assert expected in answer
    assert not answer.startswith("The resume does not")


def test_a_name_is_still_absent_from_a_resume_in_another_language() -> None:
    """ "Terraform" is spelled the same in Portuguese: its absence is still an answer."""
    assert answer_text(PORTUGUESE, "Does he know Terraform?").startswith("The resume does not")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (
            "# Ann Lee\n\n## Education\n\n### Master of Science, Library Science\n\n"
            "University of Texas at Austin, 2010\n",
            "Does he have an MLS?",
            "Master of Science, Library Science",
        ),
        (
            "# Ann Lee\n\n## Contact\n\n20 John Ball Close\n\nRugeley\n\nStaffordshire\n\n"
            "WS152NN\n\n## Education\n\n- Hagley Park\n",
            "Which town does he live in?",
            "Rugeley",
        ),
        (
            "# Ann Lee\n\n- English: C1 (Advanced); Portuguese: Native\n\n## Languages\n\n"
            "- English (Professional Working)\n",
            "How good is his English?",
            "English: C1",
        ),
        (
            "# Ann Lee\n\n## Skills\n\n- PHP\n\n## Interests\n\n- polski hiphop, bieganie\n",
            "What kind of music is he into?",
            "polski hiphop",
        ),
    ],
)
def test_round14s_answers_found(resume: str, question: str, expected: str) -> None:
    answer = answer_text(resume, question)
    assert expected in answer
    assert not answer.startswith("The resume does not")


def test_an_employer_in_bold_lines_over_its_bold_role_is_one_job() -> None:
    """ "**ABB**" / "**Vadodara, India**" / "**Operations Planner (Aug 2014 - Aug 2019)**"."""
    resume = (
        "# Ann Lee\n\n## Work Experience\n\n**Novo Nordisk**\n**Bengaluru, India**\n\n"
        "**Associate Business Analyst (May 2021 - May 2023)**\n- Insulin cartridges.\n\n"
        "**ABB**\n**Vadodara, India**\n\n**Operations Planner (Aug 2014 - Aug 2019)**\n"
        "- Switchgear planning.\n"
    )
    assert "Aug 2014 - Aug 2019" in answer_text(resume, "How long was he at ABB?")
    assert "Novo Nordisk" in answer_text(resume, "What was his most recent job?")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # an academic CV's jobs are its "Professional Appointments"
            "# Ann Lee\n\n## Professional Appointments\n\n"
            "| date_range | entry |\n| --- | --- |\n"
            "| 2018– | Principal Ecologist, Point Blue Conservation Science |\n"
            "| 2012–14 | Postdoctoral Scholar, University of California, Davis |\n",
            "What is their current job title?",
            "Principal Ecologist",
        ),
        (  # the jobs under "Internships" answer "intern", though none says the word itself
            "# Ann Lee\n\n## Education\n\n**RPI - B.Arch**\nAugust 2020 - May 2025\n\n"
            "## Internships\n\n**BCA Architects & Engineers | Watertown, NY**\n"
            "May 2024 - August 2024\n-Drawing sets and 3D models\n",
            "Which firm did they intern at twice?",
            "BCA Architects",
        ),
        (  # a date under a bold title dates that title, not the next one
            "# Ann Lee\n\n## Education\n\n**Rensselaer Polytechnic Institute - B.Arch**  \n"
            "August 2020 - May 2025\n\n**Georgia Tech - M.S. Arch**  \nAugust 2025 - Present\n",
            "When did they finish the B.Arch?",
            "May 2025",
        ),
        (  # present tense "do they work for" asks about the current job
            "# Ann Lee\n\n## Experience\n\n### Principal Ecologist, Point Blue · 2018 – present\n\n"
            "- Leads carbon studies.\n\n### Postdoc, UC Davis · 2012 – 2014\n\n- Birds.\n",
            "Which organization do they work for?",
            "Point Blue",
        ),
        (  # a doctoral fellow is doing a doctorate
            "# Ann Lee\n\n## Education\n\n- 2021: M.Sc. in Public Health, LSHTM\n\n"
            "## Work experience\n\n- Since March 2022: Doctoral Fellow (full time).\n"
            "  - Global Health Institute, Universiteit Antwerpen, Belgium.\n",
            "Where are they doing their doctorate?",
            "Universiteit Antwerpen",
        ),
        (  # a Bachelor of Music by its letters, and the school it is nested under
            "# Ann Lee\n\n## Education\n\n- D.M.A., Performance, Bowling Green, in progress\n"
            "- B.M., Cello Performance, University of Southern Mississippi, 2017\n\n"
            "## Teaching\n\n- Opera Literature (undergraduate), 2021\n",
            "Where did they do their bachelor's?",
            "University of Southern Mississippi",
        ),
        (
            "# Ann Lee\n\n## Education\n\n- University of Nebraska Medical Center\n"
            "    - Doctorate of Nursing Practice\n- Metropolitan State University of Denver\n"
            "    - Bachelor of Science in Nursing\n",
            "Where did she get her doctorate?",
            "University of Nebraska Medical Center",
        ),
        (
            "# Ann Lee\n\nAntwerp, Belgium\n\n## Languages\n\n- Chichewa\n\n"
            "## Other\n\n* Malawi (Home country)\n",
            "Where are they originally from?",
            "Malawi (Home country)",
        ),
        (  # an instrument is named by its own name
            "# Ann Lee\n\n## Education\n\n- M.M., Cello Performance, 2019\n",
            "What instrument do they play?",
            "Cello",
        ),
        (  # a list of jobs one per line in one section: the line marked present
            "# Ann Lee\n\n## Experience / Shows\n\n[2012] Solo Show // Gallatin Galleries\n\n"
            "[2012] Sisyphus Loop // NYU\n\n[2011] Directed a play // Gallatin Theater Troupe\n\n"
            "[2011-present] New York University :: Teaching Assistant\n\n"
            "[2010] Eyebeam :: Intern\n\n[2008-10] Harvard University :: Photographer\n",
            "What is Sam's current job?",
            "Teaching Assistant",
        ),
        (  # a town with its ZIP code is where someone is based
            "# Ann Lee\n\nSocial scientist\n\n"
            + "".join(f"- Link: https://example.org/{n}\n" for n in range(8))
            + "- Doylestown Pennsylvania, 18901\n- 609.571.5739\n\n## Skills\n\n- R\n",
            "Where is he based?",
            "Doylestown",
        ),
        (  # an award asked "at university" is an award
            "# Ann Lee\n\n## Education\n\n### MPhys Physics — Durham University\n\n2018 – 2022\n\n"
            "## Awards\n\n- Florence Nightingale Award for Graphical Excellence (Durham)\n",
            "What award did he win at university?",
            "Florence Nightingale Award",
        ),
        (  # bachelors written BS and BBA
            "# Ann Lee\n\n## Education\n\n**PhD** UCF, Texts and Technology 2021-Present\n\n"
            "**BS** UCF, Psychology Aug 2010\n\n**BBA** UTSA, Marketing Aug 2006\n\n"
            "## Teaching\n\n**Undergraduate**\n\nTechnical Writing 2022\n",
            "What did she study as an undergraduate?",
            "Marketing",
        ),
        (  # a name asked about in a kind of section: that section's line first
            "# Ann Lee\n\n## Affiliations\n\n- Oxford English Dictionary Advisory Group, 2021\n\n"
            "## Publications\n\n- To Make Mangoes of Melons. Oxford English Dictionary, 2022.\n",
            "Has she written for the Oxford English Dictionary?",
            "Mangoes of Melons",
        ),
    ],
)
def test_round15s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # an IELTS score is English; a cipher is cryptography; VoIP is voice over internet
            "# Ann Lee\n\n## IELTS & GRE Scores\n\nIELTS: 7.5 overall in 2019\n",
            "How good is their English?",
            "7.5",
        ),
        (
            "# Ann Lee\n\n## Projects\n\n- Breaking Permutation Ciphers Using MCMC · 2021\n",
            "Have they worked on anything in cryptography?",
            "Permutation Ciphers",
        ),
        (
            "# Ann Lee\n\n## Skills\n\n- Voice over Internet (Expert): 3CX, Asterisk\n",
            "How strong is his VoIP experience?",
            "Expert",
        ),
        (  # Dutch: a birth date and a mother tongue by their Dutch words
            "# Ann Lee\n\n**Geboortedatum: 24 Feb 1997**\n\n## Talen\n\n- Russisch (moedertaal)\n",
            "When was he born?",
            "24 Feb 1997",
        ),
        (
            "# Ann Lee\n\n## Talen\n\n- Nederlands; Engels; Russisch (moedertaal)\n",
            "What is his mother tongue?",
            "Russisch",
        ),
        (  # an address written out against harvesters
            "# Ann Lee\n\nReubenDemi at gmail dot com\n\nLinkedIn: linkedin.com/in/ann\n",
            "How can I email him?",
            "ReubenDemi at gmail dot com",
        ),
        (  # studying, of studies all dated past: the headline says it (round368's student)
            "# Diogo Barbosa\n\nEstudante de Análise e Desenvolvimento de Sistemas na Facens\n\n"
            "## FORMAÇÃO\n\n### E.E Genésio Machado\n\n2015-2021\n\n### Facens\n\n"
            "Sorocaba — Superior\n\n2022-2024\n",
            "What is Diogo studying and where?",
            "Análise e Desenvolvimento de Sistemas",
        ),
        (  # sports asked of, a pastime (round373's French pharmacy technician)
            "# Alicia D\n\n## Profil\n\nEtudiante en BTS SIO\n\n## Expérience\n\n"
            "**Préparatrice – Pharmacie D**\n*septembre 2024 à aout 2025*\n"
            "- gestion des traitements\n\n## Centres d’intérêt\n\n- Pratique du VTT et du trail\n"
            "- Lecture\n",
            "What sports does Alicia practise?",
            "VTT",
        ),
        (  # a role at an employer in a year: the roles held then too (round371's manager)
            "# Ann Lee\n\n## Experience\n\n### Delta Air Lines · May 2004 – Present\n\n"
            "- Delivered growth.\n\n### Project Architect, Apr 2011 – Dec 2017\n\n- Built it.\n\n"
            "### Senior Developer, Jun 2007 – May 2011\n\n- Designed modules.\n",
            "What was Ann's role at Delta in 2009?",
            "Senior Developer",
        ),
        (  # an academic's affiliation under the name (round371's Argentine geophysicist)
            "# Ana Sol\n\n> Instituto Geofísico Volponi, Universidad Nacional de San Juan\n>\n"
            "> ana@example.com\n\n## Software\n\n- Desde 2015 · **Fatiando a Terra**: tools\n",
            "Where does Ana work?",
            "Instituto Geofísico Volponi",
        ),
        (  # volunteering now is no job held now (round369's German QA engineer)
            "# Ann Lee\n\n## Experience\n\n### Engineer — Acme\n\n2019 – present\n\n"
            "## Volunteering\n\n### Mentor — Code Club\n\n2021 – present\n",
            "Where does Ann currently volunteer?",
            "Code Club",
        ),
        (  # spaced against harvesters too (round369's French data scientist): never denied
            "# Ann Lee\n\n- E-mail : kirix . isakov @ gmail . com\n- Tél : +33 6 74 89 91 69\n",
            "What is Ann's email address?",
            "kirix . isakov @ gmail . com",
        ),
        (  # an employer named lower down in a job: the job's dates with it
            "# Ann Lee\n\n## Experience\n\n### Senior Researcher\n\nFebruary 2023 - May 2023\n\n"
            "R&D Centre\n\nDubai Electricity and Water Authority, Dubai, UAE\n",
            "When did he work at the Dubai Electricity and Water Authority?",
            "February 2023 - May 2023",
        ),
        (  # volunteering, even as "Volunteer Experience"
            "# Ann Lee\n\n## Experience\n\n### Researcher\n\n2019 - Present\n\n"
            "## Volunteer Experience\n\n### Mentor at Google Summer of Code\n\n- R packages\n",
            "Has he done any volunteering?",
            "Google Summer of Code",
        ),
    ],
)
def test_round16s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # a table of jobs whose rows mention a school is still jobs; "Fun" is interests
            "# Ann Lee\n\n### Professional\n\n| Dates | Role | Organization |\n"
            "| --- | --- | --- |\n"
            "| Mar 2021 - Present | Epidemiologist | LA County; TK-12 School Dashboard |\n"
            "| Oct 2009 - Aug 2012 | Chemical Engineer | Johnson & Johnson |\n\n"
            "### Fun\n\nI am either baking bread or working out.\n",
            "What was their first job, and when did it start?",
            "Chemical Engineer",
        ),
        (
            "# Ann Lee\n\n## Experience\n\n- Epidemiologist, 2021 - Present\n\n"
            "### Fun\n\nI am either baking bread or working out.\n",
            "What do they like to do outside work?",
            "baking bread",
        ),
        (  # world knowledge a reader brings: SafeStart is safety training, rugby a sport
            "# Ann Lee\n\n## Certificates\n\n- SafeStart Certificate, October 2015\n",
            "Do they have any workplace safety training?",
            "SafeStart",
        ),
        (
            "# Ann Lee\n\n## Associations\n\n- Co-captain - Yale Graduate Rugby Football Club\n",
            "Does she play any sports?",
            "Rugby",
        ),
    ],
)
def test_round17s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question"),
    [
        (  # an ORCID and a DOI are no phone numbers
            "# Ann Lee\n\nORCID-ID: 0000-0003-2603-1051\n\n## Publications\n\n"
            "- Human Nature, 2025. doi: 10.1038/s41467-025-58745-2\n",
            "What is her phone number?",
        ),
        (  # a greeting is no place
            "# Ann Lee\n\nHello there 👋\n\n## Skills\n\n- Go\n",
            "Where are they located?",
        ),
    ],
)
def test_round17s_silences_kept(resume: str, question: str) -> None:
    assert answer_text(resume, question).startswith("The resume does not")


def test_a_question_pointing_back_with_nothing_before_it_gets_the_current_job() -> None:
    from resume_chat.answerer.offline import OfflineAnswerer, format_reply

    resume = parse_resume(
        "# Ann Lee\n\n## Experience\n\n### System Administrator — Sandia FCU\n\n"
        "2015 – Present\n\n### Operator — ADP\n\n2000 – 2015\n"
    )
    answer = "\n".join(format_reply(OfflineAnswerer(resume).answer("What was his title there?")))
    assert "System Administrator" in answer


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (
            "# Ann Lee\n\n## Education\n\nUniversity of New Mexico, 2022 - present\n\n"
            "Member of UNM Esports 2022\n",
            "Is he in any clubs or extracurriculars?",
            "Esports",
        ),
        (
            "# Ann Lee\n\n## Experience\n\n### Server — Olive Garden\n\n2015 - 2020\n\n"
            "### Sole Proprietor — Amy's Cakes\n\n2010 - 2015\n",
            "Has she ever been self-employed?",
            "Sole Proprietor",
        ),
        (
            "# Ann Lee\n\n- Behance: https://www.behance.net/annlee\n\n## Skills\n\n- Figma\n",
            "Where can I see his portfolio work?",
            "behance",
        ),
        (
            "# Ann Lee\n\nPhone: 703 \u2013 473 \u2013 8224\n\n## Skills\n\n- Sales\n",
            "What is his phone number?",
            "8224",
        ),
        (  # a role's heading dates the employer heading under it
            "# Ann Lee\n\n## Work History\n\n### Billing Specialist · 12/2023 to Current\n\n"
            "#### Evolutions Treatment Center - Miami, FL\n\n- Managed billing.\n\n"
            "### Front Desk Agent · 09/2022 to 12/2023\n\n#### Ramada by Wyndham\n\n- Bookings.\n\n"
            "## Education\n\n- Associate: Nursing (RN) · 01/2024 - current\n",
            "Where do they work now?",
            "Evolutions Treatment Center",
        ),
    ],
)
def test_round18s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # a headline answers "how do they describe their title"
            "# Ann Lee\n\n**Multi-disciplinary Project Manager, DevOps**\n\nI led initiatives.\n",
            "How do they describe their professional title?",
            "Multi-disciplinary Project Manager",
        ),
        (  # a prose resume's "studies in ... Industrial Engineering"
            "# Ann Lee\n\nMy educational background includes studies in Industrial Engineering.\n",
            "What did they study?",
            "Industrial Engineering",
        ),
        (  # the United Nations by one of its agencies
            "# Ann Lee\n\n## Experience\n\n- Data Officer, UNHCR, 2018 - 2020\n",
            "Have they worked for the United Nations?",
            "UNHCR",
        ),
        (  # a country by one of its cities
            "# Ann Lee\n\n## Education\n\n- 2012 – 2013 · MSc Economics, University of Amsterdam\n",
            "Has he ever studied in the Netherlands?",
            "University of Amsterdam",
        ),
        (  # an employer's former name
            "# Ann Lee\n\n## Experience\n\nAmdocs Studios (formerly Stellar Elements)\n\n"
            "Lead UX Designer, 2021 - present\n",
            "Did her current employer used to go by another name?",
            "Stellar Elements",
        ),
        (  # work with children is work, not family
            "# Ann Lee\n\n## Experience\n\n- Registration of unaccompanied minors, 2017 - 2024\n",
            "Has she worked with children?",
            "unaccompanied minors",
        ),
        (  # a long employer line over its dates heads that job
            "Ann Lee\n\nEXPERIENCE\n\nInternational Organization for Migration; Nairobi, Kenya — "
            "Senior Medical Assistant\n\nMAY 2024 – MARCH 2025\n\nDepartment of Refugee "
            "Services; Nairobi, Kenya — Registration Assistant\n\nMAY 2017 – FEBRUARY 2024\n",
            "Where did she work most recently?",
            "International Organization for Migration",
        ),
    ],
)
def test_round19s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # "how long" before "programming"
            "# Ann Lee\n\n## Summary\n\nI have 18 years of general programming experience.\n\n"
            "## Skills\n\n- Python, Go\n",
            "How long has he been programming?",
            "18 years",
        ),
        (  # "Panama" asked, "Panamá" written
            "# Ann Lee\n\n## Experience\n\n- Sea Turtle Conservancy, Bocas del Toro, Panamá\n",
            "What did he do in Panama?",
            "Sea Turtle Conservancy",
        ),
        (  # families of tools by what they do
            "# Ann Lee\n\n## Skills\n\n- Microsoft Office, SPSS, SAS\n",
            "Which statistics software does she know?",
            "SPSS",
        ),
        (
            "# Ann Lee\n\n## Skills\n\n- Epic, Cerner, IV pumps\n",
            "Which EHR systems has he worked with?",
            "Cerner",
        ),
        (
            "# Ann Lee\n\n## Tools\n\n- Claude, ChatGPT, Canva\n",
            "Which AI tools does he use?",
            "ChatGPT",
        ),
    ],
)
def test_round20s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # prose that says what someone does outside work
            "# Ann Lee\n\n## Summary\n\nAn adept GRC professional. Beyond the professional "
            "realm, you can find her exploring different cuisines and reading books.\n\n"
            "## Skills\n\n- SOX\n",
            "What does she like to do outside work?",
            "cuisines",
        ),
        (  # "TA" for teaching assistant, "UBC" for a name in capitals
            "# Ann Lee\n\n## Experience\n\n"
            "### UNIVERSITY OF BRITISH COLUMBIA | GRADUATE TEACHING\n\n"
            "- Teaching assistant for CPSC 304 and CPSC 404.\n",
            "Which courses do they TA at UBC?",
            "CPSC 304",
        ),
        (  # an address against harvesters with "[.]"; an e-mail before a profile link
            "# Ann Lee\n\n## Education\n\n- Fellow (https://environment.utah.edu/fellows/)\n\n"
            "*Please contact me at danielritter4 [at] outlook [.] com for a detailed resume.*\n",
            "How can I contact them?",
            "danielritter4",
        ),
        (  # dates with an arrow
            "Ann Lee\n\nWORK EXPERIENCE\n\nIntent — UI Engineer\nMar 2019 → Present\n\n"
            "Acme — Developer\nJan 2016 → Feb 2019\n",
            "What are they doing now?",
            "Intent",
        ),
    ],
)
def test_round21s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (
            "# Ann Lee\n\n## Research\n\n- Machine Learning-based defect identification (IEEE, "
            "Second Author).\n",
            "Have they published any papers?",
            "IEEE",
        ),
        (
            "# Ann Lee\n\n## Projects\n\n- AgriTrack: Agriculture management platform for sensor "
            "alerts.\n",
            "Have they built anything for farmers?",
            "AgriTrack",
        ),
        (  # a company asked by name, written by its initials with "&"
            "# Ann Lee\n\n## Experience\n\n### Statistical Programmer II — PAREXEL\n\n"
            "Mainly worked with outsourcing projects from J&J company as a SAS programmer.\n",
            "Have they worked on Johnson & Johnson projects?",
            "J&J",
        ),
    ],
)
def test_round22s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question"),
    [
        (  # a DOI's numbers, wrapped or not, are no phone; nor a citation's year and pages
            "# Ann Lee\n\n## Publications\n\n"
            "- Encyclopedia, 2017. doi: 10.1007/978-3-319-16999-6_2612-2\n"
            "- Storytelling. Springer, 2025. https://doi.org/10.1007/978-3- 032-12408-1_15.\n"
            "- The Authoring Problem. Springer, Cham, 2022. 171-190.\n",
            "What is her phone number?",
        ),
        (  # a referee's phone is not the candidate's
            "# Ann Lee\n\n## Skills\n\n- Go\n\n## References\n\n- Dr Bo Chan\n- (402) 472-6240\n",
            "What is his phone number?",
        ),
        (  # a git remote is no email address
            "# Ann Lee\n\n## Projects\n\n- solidity (git@github.com:ann/solidity) - 303 commits\n",
            "What is his email address?",
        ),
        (  # an address is spelled alike in any language: a German resume without one has none
            "# Jan Weber\n\n## Berufserfahrung\n\n- März 2018–Juli 2018: Praktikant im Bereich "
            "Supply-Chain-Management der Weidmüller GmbH\n  - Unterstützung der Abteilung mit "
            "Analysen und Bewertungen zu Artikelfamilien, Kapazitäten und Wertströmen für die "
            "Leitung von der Disposition im Werk und auf der Linie der Fertigung\n\n"
            "## Ausbildung\n\n- B.A. in Betriebswirtschaftslehre mit Schwerpunkt Logistik, 2020\n"
            "  - Bachelorarbeit: Einsatz von Verfahren für die Prognose des Verbrauchs der Sonde\n",
            "What is his email address?",
        ),
        (  # the question's other words ("use") name no line
            "# Ann Lee\n\n## Experience\n\n### CVS Pharmacy\n\n- I use the pharmacy system.\n",
            "What email address can I use to contact them?",
        ),
        (  # ASP.NET is no web address, GitHub as a tool no profile, a client's site no contact
            "# Ann Lee\n\n## About Me\n\nI wrote my first lines in VB.NET and use GitHub for "
            "version control.\n\n## Experience\n\n### Proud Nerds\n\n- Built crownstudent.com.\n",
            "How can I contact this person?",
        ),
    ],
)
def test_addresses_the_resume_lacks_are_denied(resume: str, question: str) -> None:
    assert answer_text(resume, question).startswith("The resume does not")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (
            "# Ann Lee\n\nLinkedIn | GitHub\n\n## Skills\n\n- Go\n",
            "How can I contact her?",
            "GitHub",
        ),
        ("# Ann Lee\n\nann.dev\n\n## Skills\n\n- Go\n", "How can I contact her?", "ann.dev"),
        ("# Ann Lee\n\n+49 171 2345678\n\n## Skills\n\n- Go\n", "Her phone number?", "2345678"),
    ],
)
def test_addresses_the_header_gives_are_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


HEDGED = (
    "# Ann Lee\n\n## Experience\n\n### Summer Associate — Cornerstone Research\n\n2023\n\n"
    "### Actuarial Intern — Lincoln Financial Group\n\n2017\n\n"
    "## Interests\n\n- Arts: String Instruments\n- Sports: Muay Thai\n\n"
    "## Skills\n\n- Accessibility testing with JAWS and NVDA\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Has he worked in consulting?", "Cornerstone Research"),  # the jobs, by their headings
        ("Has he ever worked in the insurance industry?", "Lincoln Financial"),
        ("Does she use screen readers?", "JAWS"),  # the section the question points at
        ("Does she play music?", "String Instruments"),
    ],
)
def test_common_words_no_line_shares_are_met_with_the_closest_lines(
    question: str, expected: str
) -> None:
    """The resume may say it in its own words: the closest lines are quoted with a sentence
    saying so, and nothing is denied."""
    reply = answer_quotes(ResumeIndex(outline(parse_resume(HEDGED))), question)
    quoted = " ".join(line for quote in reply.quotes for line in (quote.citation, *quote.lines))
    assert expected in quoted
    assert not reply.absent
    assert not reply.lead.startswith("The resume does not")


def test_a_name_no_line_has_is_still_denied() -> None:
    """A name the question capitalises is spelled alike everywhere: its absence is an answer."""
    assert answer_text(HEDGED, "Has he used Kubernetes?").startswith("The resume does not")


def test_a_hedged_question_pointing_back_follows_the_previous_answer() -> None:
    from resume_chat.answerer.offline import OfflineAnswerer

    answerer = OfflineAnswerer(parse_resume(HEDGED))
    previous = "[Experience › Actuarial Intern — Lincoln Financial Group]\n> 2017"
    reply = answerer.answer("What was his title there?", previous)
    assert reply.quotes[0].citation.endswith("Lincoln Financial Group")


def test_a_nationality_said_of_a_thing_is_never_denied() -> None:
    """ "a Brazilian research agency": the resume names FAPESP, not Brazil; a language asked by
    the same word ("Does he speak German?") is still denied when no line has it."""
    resume = (
        "# Paul Sch\n\n## Work\n\n- 2024: Postdoc at IMECC, Unicamp (FAPESP grant 2023/1234)\n"
        "\n## Skills\n\n- Python\n"
    )
    answer = answer_text(resume, "Is he funded by a Brazilian research agency?")
    assert not answer.startswith("The resume does not"), answer
    assert answer_text(resume, "Does he speak German?").startswith("The resume does not")


def test_a_place_in_a_sidebars_contact_block_is_where_they_live() -> None:
    """A Chrome sidebar's "Richmond Hill, ON" over the phone and email, read into Skills."""
    resume = (
        "# Annie Liu\n\n## Skills\n\nArts-based learning focus\n\n- Richmond Hill, ON\n"
        "- (416) 889-3508\n- annie.liu@example.com\n\n## Experience\n\n### Teacher\n\n- 2023\n"
    )
    assert_found(resume, "Which town does she live in?", "Richmond Hill")
    # Round345's Google Docs PDF: the street before the town, the block read into a job.
    resume = (
        "# Eduardo Orozco\n\n## Experience\n\n### KOB Law, Media Producer | 2015-2016\n\n"
        "Produced audio and video content for court proceedings.\n\n"
        "11015 Circle Point Rd. Westminster, CO 80020\n\n(720) 261-7823 Hero@example.com\n"
    )
    assert_found(resume, "Where is Eduardo based?", "Westminster, CO")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # the degree in progress, not the lines sharing "moment" or "right"
            "# Ann Lee\n\n## Professional Summary\n\nDetail-oriented team player. Background in "
            "Medicine studies that strengthens my billing skills.\n\n## Work History\n\n"
            "### Billing Specialist · 12/2023 to Current\n\n- Managed billing.\n\n"
            "## Education\n\nUniversidad de Ciencias Medicas, 2012 - 2016\n\n"
            "Left Cuba seeking Asylum, career coursework completed until 4th year\n\n"
            "- Associate: Nursing (RN) · 01/2024 - current\n\nActiva Training Center - Miami\n",
            "Are they studying anything at the moment?",
            "Activa Training Center",
        ),
        (  # an end month written in capitals still ends in a year to come
            "# Ann Lee\n\n## Experience\n\n### CVS Pharmacy\n\nJanuary 2024 - Present\n\n"
            "## Education\n\n### Pasadena City College\n\nAssociate Degree in Nursing\n\n"
            "June 2025 - November 2099\n\n### Temple City High School\n\n2019 - 2023\n",
            "What are they studying right now, and where?",
            "Pasadena City College",
        ),
        (  # several degrees in one entry: the one expected, with its school above it
            "# Ann Lee\n\n## Education\n\nWest Virginia University\n\n"
            "M.S. Business Cybersecurity Management\n\nExpected August 2099 | Morgantown, WV\n\n"
            "Western Governors University\n\nB.S. Cybersecurity, 2022\n",
            "Are they working on another degree right now?",
            "West Virginia University",
        ),
    ],
)
def test_studies_in_progress_answer_what_they_study_now(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # letters joined by "&" meet the words they abbreviate, inside a longer name
            "# Awo D\n\n## Training\n\n- June 2023 - Certificate in Monitoring and Evaluation "
            "Practices, NonProfit.org.\n\n## Skills\n\n- Fundraising\n",
            "Does she have any M&E training?",
            "Monitoring and Evaluation",
        ),
        (  # a category asked by its abbreviation, answered by its examples
            "# Ann Lee\n\n## Skills\n\n- Design: Catia, Solidworks, PTC Creo\n\n## Interests\n\n"
            "- Free software\n",
            "Is he comfortable with CAD modelling software?",
            "Solidworks",
        ),
        (
            "# Ann Lee\n\n## Experience\n\n### Omega Care Solutions\n\n2023 – 2025\n\n"
            "- Lead a team delivering therapy services in NYC public schools.\n",
            "Has she worked with K-12 schools?",
            "public schools",
        ),
        (  # a region is like a country: the resume names the place
            "# Ann Lee\n\n## Research\n\n- 2015: Master Intern, EcoFOG, Kourou, French Guiana\n",
            "Has he done research in South America?",
            "French Guiana",
        ),
        (  # "a background in the arts" asks about the arts, not for a summary
            "# Ann Lee\n\n## Interests\n\n- Sculpture and painting\n\n## Experience\n\n"
            "### Oceanographer — NOAA\n\n2016 - present\n",
            "Does she have any background in the visual arts?",
            "Sculpture",
        ),
        (  # a profession by its local name
            "# Claire B\n\n## Work Experience\n\n- 2015-16 · Compliance Manager, Trustpilot\n"
            "- 2009-11 · Trainee solicitor, Aberdein Considine & Company - Aberdeen\n",
            "Has she ever worked as a lawyer?",
            "Trainee solicitor",
        ),
        (
            "# Sam T\n\n## Experience\n\n### Insights Manager — ANZ\n\n2018 - Present\n\n"
            "## Technical\n\nArcGIS, QGIS, PostGIS, GDAL\n\nTensorflow, scikit-learn\n",
            "Can he work with mapping and geospatial software?",
            "ArcGIS",
        ),
        (
            "# Sam T\n\n## Experience\n\n### Insights Manager — ANZ\n\n2018 - Present\n\n"
            "## Technical\n\nArcGIS, QGIS, PostGIS, GDAL\n\nTensorflow, scikit-learn\n",
            "Which machine-learning libraries does he know?",
            "Tensorflow",
        ),
    ],
)
def test_round25s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


def test_the_employer_line_above_the_first_job_is_quoted_with_it() -> None:
    """A LaTeX CV sets the employer apart above the dated title: the current job names it."""
    resume = (
        "# Eint K\n\n## Work Experience\n\n- Water Utility Authority (ABCWUA) · Albuquerque, NM\n\n"
        "### Data Analyst November 2022 - Present\n\n- Maintained the LIMS database\n\n"
        "### Quality Manager July 2018 - October 2022\n\n- Managed 5 employees\n"
    )
    assert_found(resume, "Who is their current employer?", "Water Utility Authority")


def test_an_internship_under_a_career_summary_is_a_job() -> None:
    """No section of jobs: a dated internship under "Career Summary" answers, not a denial."""
    resume = (
        "# Gulzana K\n\n## Career Summary:\n\n### Internship at Zetta Soft company\n\n"
        "#### Project Experience | Sept 2021 - Feb 2022\n\n- Educational platform: layout\n\n"
        "## Academic Education\n\n- IT Academy, Frontend developer, Sept 2020 - July 2021\n"
    )
    assert_found(resume, "Where did she do her internship, and when did it start?", "Zetta Soft")


def test_a_course_completed_is_a_credential_when_no_certificates_are_listed() -> None:
    resume = (
        "# Riya P\n\n## Courses Completed\n\n### Python for Data Science, IBM\n\n"
        "June, 2020-Present\n\n## Education\n\n### B.Sc. Biotechnology, Pune\n\n2019 - 2022\n"
    )
    assert_found(resume, "Has she earned any credential from a big technology company?", "IBM")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # the year sits on the entry's first line, the degree on the next
            "# Sam W\n\n## Education\n\n### University of North Alabama\n\n"
            "**University of North Alabama |** 2012\n\nBachelor of Science — General Biology\n",
            "Where and when did he get his bachelor's degree?",
            "2012",
        ),
        (  # the job's dates head it, the employer's line matched lower down
            "# Sam W\n\n## Experience\n\n### Team Member\n\nSeptember 2020 - May 2021\n\n"
            "Chick-fil-A, Albuquerque\n\n- Served guests\n",
            "When did he work at Chick-fil-A?",
            "September 2020",
        ),
    ],
)
def test_asked_when_a_quote_brings_its_entrys_date(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # an iPhone is answered by iOS, never denied for the word
            "# Abu S\n\n## Experience\n\n### Developer — Appify\n\n2023 - Present\n\n"
            "- Shipped the Appify client for iOS, written in Swift\n",
            "Has he built iPhone apps?",
            "iOS",
        ),
        (
            "# Roman G\n\n## Certificates\n\n- Revit Certified Professional, 2021\n",
            "Is he certified in any Autodesk product?",
            "Revit",
        ),
        (
            "# Roman D\n\n## About\n\nI am a 41-year-old individual with an interest in IT.\n",
            "How old is he?",
            "41-year-old",
        ),
        (  # labelled, misspelt, under "Personal information" rather than the header
            "# Arman G\n\n## Skills\n\n- MATLAB\n\n## Personal information\n\n"
            "**Adress** Yerevan, Nor Norq 2-nd Microdistrict\n",
            "Which city does he live in?",
            "Yerevan",
        ),
        (  # a sidebar's place heading its own entry, the phone and email in the next
            "# Daniel S\n\n## Budapest, Hungary\n\nBudapest, Hungary\n\n## Víg utca 11\n\n"
            "+36 (70) 585 5013\n\ndszabo@example.edu\n\n## Publications\n\n- A paper, 2023\n",
            "Where is he based?",
            "Budapest",
        ),
        (  # no span of years written: since when
            "# Kaye S\n\n## About\n\nDeputy principal.\n\n## History\n\n"
            "- Deputy Principal WCED (2021–Present)\n- Educator (1999–2012)\n",
            "How long have they been working in schools?",
            "1999",
        ),
        (  # no section of jobs: the summary says where they worked
            "# Gulzana K\n\n## About\n\nHas an experience working with customers in the banking "
            "system and in a government agency.\n\n## Skills\n\n- React\n",
            "Has she worked in finance before?",
            "banking",
        ),
    ],
)
def test_round29s_answers_found(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


def test_a_town_opening_a_jobs_dated_line_says_where_they_are() -> None:
    """No header, no address: "Christchurch, 2019 - present" under the current job."""
    resume = (
        "## Work Experience\n\n### Science Teacher at Cashmere High School\n\n"
        "Christchurch, 2019 - present\n\n- Taught physics.\n"
    )
    assert_found("# Teacher\n\n" + resume, "Which city is this person based in?", "Christchurch")


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # a country asked, its city written
            "# Ann Lee\n\n## Talks\n\n- 2019: Keynote, Berlin Data Summit\n\n"
            "## Skills\n\n- R, Stata\n",
            "Has she ever been to Germany?",
            "Berlin",
        ),
        (
            "# Ann Lee\n\n## Screenings\n\n- 2019 International Film Festival Rotterdam\n\n"
            "## Skills\n\n- Arri Alexa\n",
            "Has any of his work been screened in the Netherlands?",
            "Rotterdam",
        ),
    ],
)
def test_a_country_is_answered_by_its_cities(resume: str, question: str, expected: str) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        (  # a region asked, its cities in the job's heading
            "# Ann Lee\n\n## Experience\n\n### Peek, San Francisco, CA — Account Executive\n\n"
            "October 2017 - June 2018\n\n### Avochato, Remote — Analyst\n\n2019 - Present\n",
            "Has she ever worked in the Bay Area?",
            "San Francisco",
        ),
        (  # the EU asked, its Commission written
            "# Ann Lee\n\n## Awards\n\n- Recipient of the MSC Actions ITN fellowship, awarded by "
            "the European Commission (2020-2023)\n\n## Skills\n\n- Python\n",
            "Has she received funding from the EU?",
            "MSC Actions",
        ),
        (  # a word on the table's stem with an ending: "agricultural" work on a farm
            "# Ann Lee\n\n## Experience\n\n### Farmer — England Farms\n\n2005 - 2009\n\n"
            "### Teacher — Lee High\n\n2010 - 2014\n",
            "Has she ever done agricultural work?",
            "Farm",
        ),
        (  # "Besides English": every language, not the one named
            "# Ann Lee\n\n## Languages\n\n- English: Native\n- German: Limited Working\n",
            "Besides English, what language does she speak?",
            "German",
        ),
        (  # months are dates, not names the resume lacks
            "# Ann Lee\n\n## Experience\n\n### Sabbatical\n\n03/2018 - 10/2018\n\n"
            "### Data Scientist\n\n10/2018 - 01/2022\n",
            "What was she doing between March and October 2018?",
            "Sabbatical",
        ),
        (  # a German address label, the town on the line after the street
            "# Ann Lee\n\n## Persönliche Daten\n\n- Anschrift · Poststraße 22/1\n"
            "- 72458 Albstadt\n\n## Ausbildung\n\n- Abitur\n",
            "Which town does she live in?",
            "Albstadt",
        ),
        (  # a driving permit asked, a driver's license written
            "# Ann Lee\n\n## Certifications\n\n- Full, unrestricted Quebec driver’s license.\n"
            "- RPAS Certificate\n",
            "Does she hold a driving permit?",
            "driver’s license",
        ),
    ],
)
def test_world_knowledge_and_foreign_labels_answer_before_anything_is_denied(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_a_stem_with_another_ending_is_no_example_and_a_language_no_place() -> None:
    """ "hospitality" is not "hospital" (healthcare); "Japanese" not Japan's cities."""
    from resume_chat.answerer.examples import examples_of

    assert examples_of(stem("agricultural")) is not None
    assert examples_of(stem("hospitality")) is None
    assert examples_of(stem("Japanese")) is None
    resume = "# Ann Lee\n\n## Experience\n\n### Nurse — Tokyo General Hospital\n\n2019 - 2021\n"
    assert answer_text(resume, "Does she speak Japanese?", "markdown").startswith(
        "The resume does not"
    )


GERMAN = (
    "# Renas Youssef\n\n## Berufserfahrungen\n\n- 01/2020 - 04/2021 · Kassierer bei burgerking "
    "Dorsten\n- 12/2018 - 12/2019 · Kurierfahrer bei Amazon\n\n## Sprachkenntnisse\n\n"
    "- Kurdisch\n- Französisch: sehr gute Kenntnisse (Niveau C1)\n- Deutsch\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What level is his French?", "C1"),  # "Französisch" names French
        ("When did he work at Burger King?", "burgerking"),  # a name written as one word
        ("Wann hat er bei Burger King gearbeitet?", "burgerking"),  # asked in German
        ("Welche Sprachen spricht er?", "Kurdisch"),  # no word found: entries quoted, no denial
        ("Has he worked for a large American IT corporation?", ""),  # "American IT": said of it
    ],
)
def test_a_german_resume_is_never_denied_in_another_languages_words(
    question: str, expected: str
) -> None:
    assert_found(GERMAN, question, expected)


def test_a_question_in_another_language_is_never_answered_absent() -> None:
    """ "Hat er einen Gabelstaplerschein?": a word we cannot judge, so no "does not mention";
    the same question in English still gets one."""
    assert not answer_text(GERMAN, "Hat er einen Gabelstaplerschein?", "markdown").startswith(
        "The resume does not"
    )
    assert answer_text(GERMAN, "Does he speak Japanese?", "markdown").startswith(
        "The resume does not"
    )


def test_reference_management_software_is_a_tool_not_a_referee() -> None:
    resume = "# Ann Lee\n\n## Skills\n\n- Jabref, Zotero\n\n## Education\n\n- MA, Bern\n"
    assert_found(resume, "Has she used any reference-management software?", "Jabref")


def test_a_job_begun_seit_a_date_is_the_current_one() -> None:
    """ "Seit 08/2010 – Eisbär Eis GmbH" over older "01/2009 – 07/2010" jobs: a job (dated by
    its start alone) and the present one; "bis heute" ends a span at today."""
    resume = (
        "# Doreen Jaeger\n\nBeruflicher Werdegang\n\n## Seit 08/2010 – Eisbär Eis GmbH, Apensen\n\n"
        "Einkaufs- und Vertriebskoordinatorin\n\n## 01/2009 – 07/2010 – Pro Personalservice\n\n"
        "Produktionsmitarbeiterin\n"
    )
    assert_found(resume, "Who is Doreen currently working for?", "Eisbär Eis")
    later = resume.replace("Seit 08/2010", "08/2010 – bis heute")
    assert_found(later, "Where does she work now?", "Eisbär Eis")
    # "(since 04/2025)" after a line's own dates dates a detail, not the job.
    detail = (
        "# Ann Lee\n\n## Work Experience\n\n- 07/2025 – · Postdoctoral Researcher at Stuttgart\n"
        "- 10/2019 – · Research Associate at Stuttgart\n- 07/2025 · IAMS (since 04/2025)\n"
        "- 2015 – 2019 · Engineer at Bosch\n"
    )
    assert_found(detail, "What is his current job?", "Postdoctoral Researcher")


@pytest.mark.parametrize(
    ("text", "current"),
    [("from 2018", True), ("from March 2018", True), ("from 2016 to 2018", False),
     ("from 2016-2018", False), ("Since 2019", True), ("2016-2018", False)],
)  # fmt: skip
def test_a_pandoc_term_from_a_year_is_the_job_held_since(text: str, current: bool) -> None:
    """A definition list's "from 2018" over "2016-2018": held since, not ended; "from 2016 to
    2018" is a span."""
    import re

    from resume_chat.answerer.held_now import CURRENT

    assert bool(re.search(CURRENT, text)) is current


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\n- Adrian Regenfuß (*28.10.1997)\n\n## Skills\n\n- Go\n",
         "What is his date of birth?", "28.10.1997"),
        ("# Ann Lee\n\n## Address\n\n- CIVIL STATUS\n\nSingle\n\n## Skills\n\n- Go\n",
         "Is he married?", "Single"),
        ("# Ann Lee\n\n## Hobbies\n\nHiking with my 4 year old girl, Cooking\n",
         "Do they have children?", "4 year old girl"),
        ("# Ann Lee\n\n## Awards\n\n- 1st Place at SynBio Hacks Case Competition (2018)\n",
         "Have they ever won a hackathon?", "SynBio Hacks"),
        ("# Ann Lee\n\n## Attended\n\n- Ethical Hacking\n\n## Skills\n\n- SAP ABAP\n",
         "Has he had any security-related training?", "Ethical Hacking"),
        ("# Ann Lee\n\n## Employment\n\n- 2015–16 Summer Intern, Actuarial Consulting, PwC\n",
         "Has he ever worked for one of the Big Four professional services firms?", "PwC"),
    ],
)  # fmt: skip
def test_personal_facts_and_kinds_of_things_are_found_before_anything_is_denied(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\n## Fieldwork\n\n- Oct 2008 - Mar 2009 · Skuas on King George Island\n",
         "Has he done research on the frozen continent at the South Pole?", "King George Island"),
        ("# Ann Lee\n\n## Skills\n\n- Languages: English (native), Vietnamese (native)\n",
         "Is he bilingual?", "Vietnamese"),
        ("# Ann Lee\n\n## Education\n\n### Ph.D. Mechanical Engineering\n\nGeorgia Tech, 2021\n",
         "What is his doctorate in, and where did he earn it?", "Mechanical Engineering"),
    ],
)  # fmt: skip
def test_regions_bilingual_and_earning_a_degree_are_read_as_meant(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\nEgyptian , Married , English fluent\n\n## Skills\n\n- Switchgear\n",
         "What is his nationality?", "Egyptian"),
        ("# Ann Lee\n\n## Fellowships\n\n- Morgan Fellowship, Johns Hopkins University\n",
         "Have they received any fellowship from an East Coast university?", ""),
    ],
)  # fmt: skip
def test_nationality_religious_texts_and_regions_are_not_denied(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_religious_texts_are_no_question_of_faith() -> None:
    from resume_chat.answerer.intents import classify

    assert classify("Has she built anything related to Jewish religious texts?").name != "family"
    assert classify("What is her religion?").name == "family"


def test_a_line_of_languages_is_no_nationality() -> None:
    resume = "# Ann Lee\n\n## Skills\n\n- Languages: English · Spanish · Italian (basic)\n"
    assert answer_text(resume, "Does he need visa sponsorship?", "markdown").startswith(
        "The resume does not"
    )


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\n## Objective\n\n30 - 35,000 annually or £250 per day for contract.\n",
         "What salary is he looking for?", "35,000"),
        ("# Ann Lee\n\n## Skills\n\n- VSCode, Eclipse\n- Java, Python\n",
         "Which IDEs or code editors does he use?", "Eclipse"),
        ("# Ann Lee\n\n## Projects\n\n- Library manager: Python, Tkinter, SQLite3\n",
         "What GUI toolkit did he use?", "Tkinter"),
    ],
)  # fmt: skip
def test_pay_editors_and_toolkits_are_found_by_what_they_are(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_children_asked_about_as_work_or_study_are_no_family_question() -> None:
    from resume_chat.answerer.intents import classify

    assert classify("Has she studied how children think and learn?").name != "family"
    assert classify("Has he taught children how to program?").name != "family"
    assert classify("Do they have children?").name == "family"
    assert classify("How many kids does she have?").name == "family"
    assert stems("how children learn") == stems("how child learn")  # a plural with no ending


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        # A certificate holding more of the question than the degree in Education does.
        ("# Ann Lee\n\n## Education\n\n### BSc Psychology, University of Yangon\n\n- 2010\n\n"
         "## Certifications\n\n### Certificate in Child Psychology\n\n- Issued 2019\n",
         "Has she studied the psychology of children?", "Child Psychology"),
        # The topic's section holds other lines; the line that says it stands elsewhere.
        ("# Ann Lee\n\n## Volunteering\n\n### Red Cross\n\n- Weekend first aid volunteer\n\n"
         "## Profile\n\n- I volunteered at Whitnash library, reading with children.\n",
         "Where did she volunteer helping children learn to read?", "Whitnash"),
    ],
)  # fmt: skip
def test_a_fact_outside_its_section_or_in_other_words_is_found(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_a_first_name_the_resume_never_states_is_no_denial() -> None:
    """A resume read without its name: "did Sol" names the person, not a missing fact."""
    resume = "## Teaching\n\n### Teaching Assistant\n\n- Economic Evaluation in Healthcare (2024)\n"
    for question in ("Which course has Sol been a teaching assistant on?", "Sol's TA courses?"):
        answer = answer_text(resume, question, "markdown")
        assert not answer.startswith("The resume does not"), answer


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\n## Experience\n\n- A script driving Tesseract to improve the OCR process\n",
         "Do they have experience with optical character recognition?", "Tesseract"),
        ("# Ann Lee\n\n## Skills\n\n- BLE, Zephyr RTOS, nRF52\n",
         "Does he have Bluetooth experience?", "BLE"),
        ("# Ann Lee\n\n## Volunteering\n\n- Salesforce administrator for a food bank\n",
         "Does he have experience with a CRM platform?", "Salesforce"),
        ("# Ann Lee\n\n## Projects\n\n- Drone Systems: autopilot for a quadrotor\n",
         "Do they have any experience with unmanned aerial vehicles?", "Drone Systems"),
        ("# Ann Lee\n\n## Skills\n\n- Computer Hardware: Assembling, Troubleshooting\n",
         "Can he physically put together a PC?", "Assembling"),
        ("# Ann Lee\n\n## Languages\n\nGerman (native) · Dutch (basic conversation)\n",
         "Can they get by in Flemish?", "Dutch"),
        ("# Ann Lee\n\n## Volunteering\n\n- Workshop helper, National Library of Medicine\n",
         "Have they been involved with any health-sciences library organisation?", "Medicine"),
        ("# Ann Lee\n\n## Interests\n\n- Valorant (Immortal rank), hiking\n",
         "Does he play competitive video games?", "Valorant"),
        ("# Ann Lee\n\n## Teaching\n\n- Robotics club: Arduino and Raspberry Pi kits\n",
         "Which microcontroller boards has she taught with?", "Arduino"),
        ("# Ann Lee\n\n## Experience\n\n- Lab assistant: cell cultures, HPLC-MS\n",
         "Has he used chromatography equipment?", "HPLC"),
        ("# Ann Lee\n\n## About\n\nEngineer for fire alarm and surveillance systems.\n",
         "Has he worked with CCTV?", "surveillance"),
        # No section of jobs: the summary's "years of experience" and "my job" answer.
        ("# Ann Lee\n\n## About\n\nAlarm systems engineer with over 10 years of experience."
         "\nI had to quit my job. Now I'm studying to be a programmer.\n\n## Skills\n\n- JS\n",
         "What was his previous profession?", "Alarm systems engineer"),
        # A British CV's "Qualifications": its schooling, not a denial of any.
        ("# Ann Lee\n\n## Qualifications\n\n- HNC Level 4 - Mechanical Engineering\n"
         "- NVQ Level 3 - Mechanical Manufacturing\n\n## Career History\n\n- Test Engineer\n",
         "What is the highest formal qualification he lists?", "HNC"),
        # A family of languages, a league of universities: their members, in any language.
        ("# Ann Lee\n\n## Sprachen\n\n- Deutsch · Muttersprache\n- Japanisch · A1\n",
         "Does she speak any Asian language?", "Japanisch"),
        ("# Ann Lee\n\n## Languages\n\n- German (native)\n- Portuguese (A2)\n",
         "Does he speak a Romance language?", "Portuguese"),
        ("# Ann Lee\n\n## Knowledge\n\nLanguages: Dutch, English, Arabic\n",
         "Does he speak a Semitic language?", "Arabic"),
        ("# Ann Lee\n\n## Education\n\n- M.S. in Architecture, Columbia University, 2019\n",
         "Did they attend an Ivy League school?", "Columbia"),
        # A "Doctor of Philosophy" is a PhD; a post-doctoral fellowship is not one.
        ("# Ann Lee\n\n## Research Experience\n\n### Post Doctoral Fellow\n\n- Univ. of Maryland"
         "\n\n## Education\n\n### Doctor of Philosophy, Biophysics, University of Rochester\n",
         "Where did he get his PhD and in what subject?", "University of Rochester"),
        # The goal stated where it stands, before a summary that states none.
        ("# Yue Wu\n\nPosition: Looking for Software Engineer internships for Summer 2021.\n\n"
         "## Summary\n\nGame developer who loves Unity.\n\n## Skills\n\n- C#\n",
         "What is he looking for?", "internships"),
        # A birth date as one cell of the header's line; a pastime said in prose.
        ("# Vishnu P\n\n- vp@example.com · +918138926949\n- Tellicherry, Kerala · 8th December "
         "2000 · Indian · Single\n\n## Skills\n\n- Splunk\n", "When was he born?",
         "8th December 2000"),
        ("# Wei Wang\n\n## About Me\n\nI treat drinking water. When the experiments need a break,"
         " I am usually playing badminton or tennis.\n\n## Education\n\n- PhD, UBC\n",
         "What do they do for fun outside the lab?", "badminton"),
        # Work in a warehouse, a big sporting event, an online course: by their names.
        ("# Ann Lee\n\n## Experience\n\n- Amazon Fulfillment Associate, Amazon · Germany\n",
         "Has he done any warehouse work?", "Fulfillment"),
        ("# Ann Lee\n\n## Experience\n\n- Language Interpreter, FIFA (World Cup 2022) · Qatar\n",
         "Did he work at any big sporting event?", "FIFA"),
        ("# Ann Lee\n\n## Education\n\n### Stanford University · Online\n\n- Machine Learning\n",
         "Has he completed any MOOCs or online courses?", "Stanford"),
        # The current job's dated employer line an entry of its own, its role the next heading.
        ("# Bill Rodriguez\n\n## Professional Experience\n\n### UNITED STATES NAVY – Patuxent "
         "River, MD · Sep 2022 – Present\n\n### Port Operation Director\n\n- Designed dashboards"
         "\n\n### UNITED STATES NAVY – Norfolk, VA · Aug 2018 – Aug 2022\n\n### Surface "
         "Operations Director\n\n- Ran the port\n", "What is his current position?",
         "Port Operation Director"),
        # An undated role asked about: the dated employer line over it answers when and where.
        ("# Bill Rodriguez\n\n## Professional Experience\n\n### UNITED STATES NAVY – Patuxent "
         "River, MD · Sep 2022 – Present\n\n### Port Operation Director\n\n- Designed dashboards"
         "\n\n### UNITED STATES NAVY – Kaneohe Bay, HI · Nov 2014 – Jun 2015\n\n### Maintenance "
         "Manager\n\n- Led maintenance control\n", "When did he work as Maintenance Manager?",
         "Nov 2014 – Jun 2015"),
        # A fraternity by its Greek letters, a GPU by its toolkit, admission tests by their
        # names, a university by its system's initials and campus.
        ("# Liam Seidel\n\n## Activities\n\n- Tau Kappa Epsilon · Treasurer\n",
         "Is he a member of a fraternity or any Greek-letter society?", "Tau Kappa Epsilon"),
        ("# Yifan Zhang\n\n## Skills\n\n- Python, CUDA, PyTorch\n",
         "Can Yifan program NVIDIA GPUs?", "CUDA"),
        ("# Lu Chen\n\n## Certifications\n\n### TOEFL: 109\n\n### GRE: 325\n",
         "How did they score on graduate admission tests?", "GRE"),
        ("# Noushin Nabavi\n\n## Experience\n\n### University of California, San Francisco\n"
         "\n- Postdoctoral Fellow · August 2013 - December 2014\n",
         "When was she a postdoc at UCSF?", "August 2013"),
        ("# Ann Lee\n\n## Projects\n\n- Checkout for a bookshop: React, Node, Stripe\n",
         "Has he built anything involving online payments?", "Stripe"),
    ],
)  # fmt: skip
def test_a_thing_asked_by_its_family_or_spelled_out_is_found(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_a_resume_largely_in_chinese_is_quoted_not_denied() -> None:
    """A Chinese resume that keeps its tools and employers in English: "actuarial intern" is
    written "精算实习生", so words of an English question missing from it prove nothing;
    a programming language's name is the same in both and is still said to be absent."""
    resume = (
        "# 黄霞琳\n\n## 工作经历\n\n"
        "- 精算实习生| Selective Insurance of America · 2023年5月-2023年8月|新泽西州\n"
        "- 负责个人保险定价工作, 协助精算师对房屋、汽车和个人责任保险进行准备与评估。\n"
        "- 使用Access计算了三个州的基础费率变更影响, 并用SQL进行数据处理。\n\n"
        "## 专业技能\n\n- 数据分析与商业智能: SQL、Power BI、Tableau、Excel\n"
        "- AI & GenAI: LangGraph、LangChain、OpenAI API、Agents、Prompt Engineering、Tool Calling、"
        "Structured Outputs、Vector Databases、Long Short Memory Management、PaddleOCR\n"
    )
    answer = answer_text(resume, "Which company hired them as an actuarial intern?")
    assert not answer.startswith("The resume does not"), answer


def test_list_items_parted_by_commas_spell_no_name() -> None:
    """ "Linux Administration, Windows Server" are two skills, not a name whose initials
    (A-W-S) would stand for AWS."""
    resume = "# Ann Lee\n\n## Skills\n\n- Linux Administration, Windows Server\n"
    answer = answer_text(resume, "Have they worked with AWS?")
    assert answer == "The resume does not mention AWS.", answer


def test_a_compound_the_resume_writes_apart_is_not_a_family_word() -> None:
    """ "machine-monitoring" asked, "machine monitoring" written: those words, not machine
    learning's examples."""
    resume = (
        "# Ann Lee\n\n## Skills\n\n- PyTorch, scikit-learn\n\n## Experience\n\n"
        "### Amcor\n\n- Machine monitoring that saved $15M a year\n"
    )
    answer = answer_text(resume, "How much did his machine-monitoring work save?")
    assert answer.startswith("[Experience › Amcor]"), answer


def test_of_two_families_asked_the_one_fewer_lines_name_answers() -> None:
    """Round233's piano teacher: "music notation or audio software" is Sibelius and Ableton,
    not every line that names music (her lessons, her recitals, her degrees)."""
    resume = (
        "# Ann Lee\n\n## Experience\n\n### Mason Arts Academy\n\n- Piano lessons to all ages\n"
        "- Music theory lessons\n\n## Education\n\n- B.M. in Music, UCF\n"
        "- M.M. in Piano Pedagogy, George Mason University – School of Music\n\n"
        "## Recitals\n\n- Music festival, 2019\n- Music Center concert, 2018\n\n"
        "## Extra Curricular Skills\n\nComputer: Sibelius; Ableton, GarageBand\n\n"
        "Musician Wellness: Yoga\n"
    )
    answer = answer_text(resume, "Which music notation or audio software can she use?")
    assert "Sibelius" in answer, answer


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        # The employer set as a heading of its own, undated, above its dated role.
        ("# Ann Lee\n\n## Experience\n\n### JOHNS HOPKINS UNIVERSITY Washington, DC\n\n"
         "### Instructional Technologist 2021-Present\n\n- Trained faculty on the LMS\n\n"
         "### SUNRISE SCHOOL Phnom Penh\n\n### English Coordinator 2019-2021\n\n- Taught\n",
         "Who is his current employer?", "JOHNS HOPKINS"),
        # An older job spells the question's word; the current one spells it in French.
        ("# Ann Lee\n\n## Experience\n\n- 2026-ongoing: Professor of nutrition\n"
         "  - Université du Québec à Trois-Rivières\n- 2022-2025: Postdoctoral fellow\n"
         "  - McGill University\n",
         "Which university does he work at now?", "Trois-Rivières"),
        # A PDF's text pasted into a .txt: jobs open paragraphs, no heading names them.
        ("Amazon, Seattle, Washington 7/2021 – present\nSoftware Development Engineer\n"
         "Built sitemaps for the help site.\n\nTableau Software, Seattle 4/2020 – 7/2021\n"
         "Software Engineer\nWrote Vue.js front ends.\n\nEDUCATION\n\nBS, Washington\n",
         "Where did he work before Amazon?", "Tableau"),
    ],
)  # fmt: skip
def test_jobs_set_out_without_the_usual_headings_are_found(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        ("# Ann Lee\n\nEmail: a@b.org\n\nOrcid: https://orcid.org/0009-0003-9674-3908\n\n"
         "## Education\n\n- PhD, Towson University\n",
         "Does he have a researcher ID I can look up?", "0009-0003-9674-3908"),
        ("# Ann Lee\n\n## Languages\n\nNorwegian (Mother Tongue), Farsi (Advanced)\n",
         "Can he speak Persian?", "Farsi"),
        ("# Ann Lee\n\n## Skills\n\n- Python, Git, Linux, Docker\n",
         "Is he comfortable working on Unix-like systems?", "Linux"),
        ("Ann Lee\n\nPERSONAL DATA\n\nNational            :\tLiberian\nGender : Male\n",
         "What nationality is he?", "Liberian"),
        ("# Ann Lee\n\n## Langues\n\n- Bon niveau anglais écrit\n- Allemand (en apprentissage)\n",
         "Does he know any German?", "Allemand"),
        ("# Ann Lee\n\n## About\n\nI am an Associate member of the Institute of Translation.\n",
         "Does she belong to any professional association?", "Institute of Translation"),
        ("# Ann Lee\n\n## Projects\n\n- Apartment Full Renovation: bathroom remodeling\n",
         "Does he have any hands-on DIY or home-improvement experience?", "Renovation"),
        ("# Ann Lee\n\n## Profile\n\nI speak English, Afrikaans and Sign Language.\n\n"
         "## Experience\n\n- TEFL educator: taught English as a second language\n",
         "Which languages can she communicate in besides English?", "Afrikaans"),
        ("# Ann Lee\n\n## Experience\n\n- Kept systems 21 CFR Part 11 compliant and validated\n",
         "Has she worked in an FDA-regulated validated environment?", "21 CFR Part 11"),
        # Bullets indented two spaces under a margin bullet: a degree under its school.
        ("Ann Lee\n\nEDUCATION\n- Northeastern University — Boston, MA\n"
         "  • PhD Student, Computer Science (2024–Present)\n  • Advisor: Dr. David Bau\n"
         "- Johns Hopkins University\n  • MSE Biomedical Engineering (2020–2022)\n",
         "Where is he doing his PhD?", "Northeastern"),
    ],
)  # fmt: skip
def test_ids_languages_and_regulations_are_found_by_what_they_are(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_a_line_of_languages_comes_before_a_language_named_in_passing() -> None:
    resume = (
        "# Ann Lee\n\n## Experience\n\n- Analysed Danish register data\n\n"
        "## Presentations\n\n- 2024: The Danish Agency for Labour Market\n\n## Awards\n\n"
        "- Zeuthen Prize\n\nLanguages: Danish (native), English (fluent)\n"
    )
    answer = answer_text(resume, "Which languages can he speak?")
    assert answer.startswith("[Awards] Languages: Danish (native)"), answer


def test_a_header_with_no_title_is_quoted_by_its_lines_when_asked_a_name() -> None:
    """A Word PDF's header read untitled: its lines answer "What name does he go by?", not an
    empty quote (with the name known) nor "does not give a name" (without)."""
    from resume_chat.answerer.outline import Entry

    header = Entry("Header", "header", "", ("David “Trent” Salazar", "949-324-6810"))
    job = Entry("Experience › Datalogix", "experience", "Datalogix", ("- Built Norms",))
    for name in ("David “Trent” Salazar", ""):
        reply = answer_quotes(ResumeIndex([header, job], name), "What name does he go by?")
        text = " ".join(line for quote in reply.quotes for line in quote.lines)
        assert "Trent" in text, (name, reply)


def test_languages_asked_as_getting_by_or_communicating_are_spoken_ones() -> None:
    from resume_chat.answerer.intents import classify

    assert classify("Which languages can she communicate in besides English?").name == "spoken"
    assert classify("Can they get by in Flemish?").name == "spoken"


@pytest.mark.parametrize(
    ("resume", "expected"),
    [
        # Prose on a personal page: who they are, from where.
        ("# CV\n\nI am a ux designer and front end developer from Sheffield who loves to "
         "learn.\n\n## Experience\n\n**Designer at Plus.net** 2014 - 2015\n", "Sheffield"),
        # A form set as a table of one row (its delimiter row one cell too long).
        ("## Basic Info:\n\n| Name | City | Email |\n| :--: | :--: | :--: | :--: |\n"
         "|**Eshan Iyer**|**College Park, MD**|**eshan@x.com**|\n\n## Skills\n\n- Python\n",
         "College Park, MD"),
    ],
)  # fmt: skip
def test_where_they_are_from_is_found_in_prose_and_in_a_form_table(
    resume: str, expected: str
) -> None:
    assert_found(resume, "Where is he from?", expected)
    assert_found(resume, "Where is he based?", expected)


@pytest.mark.parametrize(
    ("resume", "question", "expected"),
    [
        # A library asked by its short name, written with "JS" after it.
        ("# Sam\n\n## IT Skills\n\n- Front-end: HTML, CSS, ReactJS and NextJS; back end: "
         "NodeJS\n", "Has he used React?", "ReactJS"),
        ("# Sam\n\n## IT Skills\n\n- Front-end: HTML, CSS, ReactJS and NextJS; back end: "
         "NodeJS\n", "Has he used Node?", "NodeJS"),
        # A model asked by its name, written with its version.
        ("# Sam\n\n## Technical Skills\n\n- OpenCV, YOLOv8, Arduino, Python3\n",
         "Has he used YOLO?", "YOLOv8"),
        # A prize given to a poster, in a publication's line.
        ("# Sam\n\n## Publications\n\n- Heidari, O. Retrieval Augmented Generation for "
         "Egocentric Videos. Best Poster, Mila - Quebec AI Institute\n", "Has he won any awards?",
         "Best Poster"),
        # A scholar of a named foundation holds its scholarship.
        ("# Sam\n\n## Education\n\n### Bachelor of Engineering, Panjab University\n\n"
         "- 2nd Year Student\n- Reliance Foundation Undergraduate Scholar\n",
         "Does he have a scholarship?", "Reliance Foundation"),
        # A heading that is a place, a region between its town and its country.
        ("# Ahmad Zaki Butmah\n\n## Ramallah, West Bank, Palestine\n\nEmail: a@b.edu\n\n"
         "## Skills\n\n- Java\n", "Where does he live?", "Ramallah"),
        # An award a workplace gives, named with no word for award in it.
        ("# Sam\n\n## Experience\n\n### Caller/Manager · 2010 – 2019\n\n- Trained callers\n"
         "- Employee of the Month March 2012\n", "Has he won any awards at work?",
         "Employee of the Month"),
    ],
)  # fmt: skip
def test_a_name_written_longer_or_an_award_named_by_its_kind_is_found(
    resume: str, question: str, expected: str
) -> None:
    assert_found(resume, question, expected)


def test_a_quote_leaving_a_word_asked_unsaid_brings_the_lines_after_it() -> None:
    """ "Has he ever run his own business?" of "Owner, Co-founder & CEO": the business is named
    on the lines after it, which come with it; a line saying every word asked ("Which
    programming languages…" of "Languages: Python, Go") is quoted alone."""
    resume = (
        "# Jan Zem\n\n## Languages\n\n- Polish, English\n- Owner, Co-founder & CEO\n"
        "- Dabrowa Bialostocka, PL\n\nWARZEM Wood & Stone, Solid Wood Carpentry Workshop\n"
    )
    assert_found(resume, "Has he ever run his own business?", "WARZEM")
    languages = "# Ana\n\n## Skills\n\n- **Languages:** Python, Go\n- **Cloud:** AWS\n"
    answer = answer_text(languages, "Which programming languages does she know?", "markdown")
    assert "Python, Go" in answer
    assert "AWS" not in answer


def test_slovak_names_of_languages_answer_before_the_header() -> None:
    """round370's technician: "Anglický jazyk - Stredne pokročilý (B2)" names English the
    Slovak way; the header and his studies were quoted first, and the answer cut before it."""
    from resume_chat.answerer.offline import OfflineAnswerer, format_reply

    resume = parse_resume(
        "# Tomáš Ujhelyi\n\n- D. Jurkoviča 31, Skalica\n- +421907669936\n\n## VZDELANIE\n\n"
        "- 2015 - Slovenská technická univerzita, Bratislava\n\n## ZNALOSTI\n\n"
        "Jazykové znalosti Slovenský jazyk - Expert (C2)\n\n"
        "- Anglický jazyk - Stredne pokročilý (B2) Francúzsky jazyk - Úplný začiatočník (A1)\n"
    )
    reply = OfflineAnswerer(resume).answer("Which foreign languages does Tomáš speak?")
    answer = "\n".join(format_reply(reply))
    assert answer.startswith("[ZNALOSTI]"), answer


def test_a_major_part_played_is_no_major_studied() -> None:
    """round375's developer, whose CV has no studies: "Where did he go to university?" quoted
    "Played major part in redesigning vevo.com." as a witness of studies."""
    from resume_chat.answerer.offline import OfflineAnswerer, format_reply

    resume = (
        "# Ag Ibragimov\n\n## Work history\n\n### Vevo\n\nFrom: 04/2013 – 04/2015\n\n"
        "- Played major part in redesigning vevo.com.\n"
    )
    question = "Where did Ag go to university?"
    answer = "\n".join(format_reply(OfflineAnswerer(parse_resume(resume)).answer(question)))
    assert answer == "The resume does not mention any education.", answer
    studied = resume + "\n## Other\n\n- Major: Computer Science, Georgia Tech\n"
    answer = "\n".join(format_reply(OfflineAnswerer(parse_resume(studied)).answer(question)))
    assert "Georgia Tech" in answer, answer
