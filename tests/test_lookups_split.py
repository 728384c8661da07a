"""Rules learned from the fifty-eighth to sixty-first waves' first runs (round289-304): a job
split across headings, credentials asked by their letters, the headline, the latest job."""

from __future__ import annotations

from tests.test_lookups import answer_text, assert_found


def test_a_job_whose_dates_head_an_entry_of_their_own_keeps_its_employer() -> None:
    """round289's Word PDF: the employer a heading with the title under it, the dates and town
    a heading of their own over the duties. "What is his most recent job?" quoted the duties
    under "Jan 2025 – March 2025 | Durban" and never said where."""
    resume = (
        "# Sibongiseni Xaba\n\n## Experience\n\n### BET Software\n\n"
        "- Junior Software Development Engineer\n\n### Jan 2025 – March 2025 | Durban\n\n"
        "- Develop, deploy and maintain modern web applications in ASP.NET Core\n\n"
        "### Capaciti\n\n- Software Development Trainee\n\n### Jun 2024 – Dec 2024 | Cape Town\n\n"
        "- Built web apps in a team of five\n"
    )
    for expected in ("BET Software", "Junior Software Development Engineer"):
        assert_found(resume, "What is his most recent job?", expected)


def test_a_school_certificate_asked_by_its_letters_is_found() -> None:
    """round290's Bangladeshi CV writes "HIGHER SECONDARY SCHOOL CERTIFICATE" in full; "Where
    did he complete his HSC?" was denied ("The resume does not mention HSC")."""
    resume = (
        "# Md. Anisur Rahaman Shaon\n\n## Educational Qualification\n\n"
        "**HIGHER SECONDARY SCHOOL CERTIFICATE**\n\nInstitute : Kazi Azim Uddin College\n\n"
        "Passing Year 2021\n\n**SECONDARY SCHOOL CERTIFICATE**\n\n"
        "Institute : Bairagirchala High School\n\nPassing Year 2019\n"
    )
    assert_found(resume, "Where did he complete his HSC?", "Kazi Azim Uddin College")
    assert_found(resume, "When did he pass the SSC?", "2019")


def test_the_programme_one_is_enrolled_in_is_a_question_of_studies() -> None:
    """round289: "What program is she enrolled in?" got the skills ("Programming Languages");
    her studies say "Software Development · 2024 - Present" over "Mohawk College"."""
    resume = (
        "# Cynthia Eagen\n\n## Technical Skills\n\nProgramming Languages / Web Languages & "
        "Frameworks\n\n## Education\n\n#### Software Development · 2024 - Present\n\n"
        "- Mohawk College · Hamilton, ON\n- Received Dean's Honours in semesters 1, 2, and 3\n"
    )
    assert_found(resume, "What program is she enrolled in?", "Software Development · 2024")


def test_the_current_job_of_two_written_a_dated_line_each_in_one_entry() -> None:
    """round292's AltaCV: "\\cvevent{Junior Software Developer}{Alstom}{February/2023 --
    Present}" read as a line under "Experience", after an older one; "Where does Bruno work
    now?" quoted the older job (its "April/2019" no date, and the list's first line taken for
    the head of the job asked)."""
    resume = (
        "# Bruno Costa\n\n## Experience\n\nSoftware Developer · FEI Robotics Team (RoboFEI) · "
        "April/2019 – November/2022\n\n- Software for the robot football team.\n"
        "- Skills: C++, Qt, Git.\n\nJunior Software Developer · Alstom · February/2023 – Present"
        "\n\n- Software for the Automatic Train Supervision product.\n- Skills: ATS, OPC.\n"
    )
    answer = answer_text(resume, "Where does Bruno work now?", "markdown")
    assert "Alstom" in answer, answer
    assert "RoboFEI" not in answer, answer


def test_an_employer_named_like_a_section_is_the_employer() -> None:
    """round290: "How long was he at CORE Educations?" quoted his degree: the "Education"
    section's own title was taken for the name asked."""
    resume = (
        "# Retora Black\n\n## Employment\n\n### CORE Educations\n\n"
        "**CORE Educations** (10/2012-12/2012)\n\nContract Unity Developer\n\n"
        "## Education\n\n### Bachelor of Arts in Game Design Class of 2011\n\n"
        "University of Advancing Technology – Tempe, AZ\n"
    )
    assert_found(resume, "How long was he at CORE Educations?", "10/2012-12/2012")


def test_years_claimed_under_a_headline_set_as_a_heading() -> None:
    """round296: "## Senior Software Engineer" under the name holds the summary; "How many
    years of experience does he have?" quoted his jobs' towns, not "18 years of experience"."""
    resume = (
        "# Alan Ciampaglia\n\n## Senior Software Engineer\n\nalanqdev@gmail.com\n\n"
        "Senior Software Engineer with 18 years of experience building high-performance "
        "systems.\n\n## Work Experience\n\n### Senior Engine Programmer — Brink Gaming\n\n"
        "- **Solna, Stockholm County, Sweden**\n- Engine work in C++\n"
    )
    assert_found(resume, "How many years of experience does he have?", "18 years of experience")


def test_where_one_last_worked_is_the_latest_job() -> None:
    """round296: "Where did Miles last work and as what?" was a plain search for "last",
    found in "Last Updated: January 2025"."""
    resume = (
        "# Miles Benson\n\n## Certifications\n\nLast Updated: January 2025\n\n- CompTIA A+\n\n"
        "## Professional Experience\n\n### Repair Technician, Versatile Mobile Systems\n\n"
        "*Woodinville, WA | October 2023 - June 2024*\n\n- Repaired thermal printers\n\n"
        "### Sales Associate, Best Buy\n\n*Bellevue, WA | 2021 - 2023*\n"
    )
    assert_found(resume, "Where did Miles last work and as what?", "Versatile Mobile Systems")


def test_a_professional_title_is_the_headline_under_the_name() -> None:
    """round294: "### Software Developer" under the name, over her summary; "What is her
    professional title?" got her current job's line, which names no title."""
    resume = (
        "# Rose Wanjiku\n\nEmail- rosewanjiru121@gmail.com\n\n### Software Developer\n\n"
        "Rose is a creative junior web developer.\n\n## Work Experience\n\n"
        "### Akirachix | Feb 2019 - Up to date\n\n- Taught web development\n"
    )
    assert_found(resume, "What is her professional title?", "Software Developer")


def test_a_certificate_among_the_degrees_answers_for_certificates() -> None:
    """round294: no section of certifications; "Does he have a GIS certificate?" quoted the
    skills' "GRASS GIS", not "Certificate in Geographic Information Sciences"."""
    resume = (
        "# Sam Rivera\n\n## Education\n\n### Bachelor of Science in Geography 2019\n\n"
        "Minnesota State University, Mankato\n\n### Certificate in Geographic Information "
        "Sciences Spring 2019\n\nMinnesota State University, Mankato\n\n## Skills\n\n"
        "ArcGIS Pro, GRASS GIS, ERDAS Imagine\n"
    )
    assert_found(resume, "Does he have a GIS certificate?", "Certificate in Geographic")


def test_initials_asked_whole_meet_initials_written_with_stops() -> None:
    """round302: "K.C.S.E attained a mean grade B-"; "What mean grade did she get in her
    KCSE?" was denied ("The resume does not mention KCSE"), and so was the KCPE."""
    resume = (
        "# Akoth Sharon\n\n## Education\n\nMoi Girl's High School Vokoli (2012 -2015) – "
        "K.C.S.E attained a mean grade B-.\n\nSt. Joseph's Busia Girls Primary School "
        "(2004- 2011) – K.C.P.E attained a total of 355.\n"
    )
    assert_found(resume, "What mean grade did she get in her KCSE?", "mean grade B-")
    assert_found(resume, "What did she score in the KCPE?", "355")


def test_an_email_address_is_no_place_and_a_labelled_city_is() -> None:
    """round301's Europass: "Email address:" in the header was taken for a place's label, so
    "Which city is she based in?" quoted her phone and email, not "City: Oslo"."""
    resume = (
        "# Syeda Miral Kazmi\n\nPhone number: (+47) 40016415 Email address:miral@example.com\n\n"
        "## Work Experience\n\n### Software developer\n\nNornir AS [ 02/03/2023 – Current ]\n\n"
        "City: Oslo | Country: Norway\n"
    )
    assert_found(resume, "Which city is she based in?", "City: Oslo")


def test_an_age_in_the_resumes_language_set_as_a_heading() -> None:
    """round300: "#### 49 ans" under a French name; "How old is she?" said nothing of it."""
    resume = "# Sandrine Julien\n\n#### 49 ans\n\n#### 31 360 Arnaud-Guilhem\n\n## Formation\n"
    assert_found(resume, "How old is she?", "49 ans")


def test_a_personal_matter_set_as_a_heading_brings_what_it_holds() -> None:
    """round304: "## SECURITY CLEARANCE" over "Active DoD Top Secret"; "Does he have a
    security clearance?" quoted the heading alone."""
    resume = (
        "# Douglas Ratay\n\n## Skills\n\n- Satellite Toolkit, MS Project\n\n"
        "## Security Clearance\n\nActive DoD Top Secret\n\n## Education\n\n### Ph.D. in Astronomy\n"
    )
    assert_found(resume, "Does he have a security clearance?", "Active DoD Top Secret")


def test_a_span_left_recent_is_held_now_with_its_role_above() -> None:
    """round301's Canva PDF: "#### Developer" over "#### PNP Aviation 8 • 2024 – recent";
    "recent" ended no span, and a year after "•" was no date, so the job held now was not
    found, nor the role set above it."""
    resume = (
        "# Siegrid Evardone\n\n## Experience\n\n#### Developer\n\n"
        "#### PNP Aviation 8 • 2024 – recent\n\n- Developed software for the Department.\n\n"
        "#### Cashier\n\n#### Sanford Marketing Corp. • 2021 - 2022\n\n- Handled cash.\n"
    )
    answer = answer_text(resume, "What is Siegrid's current role?", "markdown")
    assert answer.startswith("[Experience › PNP Aviation 8 • 2024 – recent] Developer"), answer
    assert "Sanford" not in answer, answer


def test_the_degree_under_way_brings_the_lines_that_name_it() -> None:
    """round301: "- University of Amsterdam · Sept. 2024 – (expected) Sept. 2028" over "PhD
    in Economics"; "What is Sevim currently studying, and where?" quoted the school alone."""
    resume = (
        "# Sevim Kosem\n\n## Education\n\n- University of Amsterdam · Sept. 2024 – (expected) "
        "Sept. 2028\n\nPhD in Economics\n\nSupervisors: Christian Stoltenberg\n\n"
        "### Tinbergen Institute · August 2024\n\nMPhil in Economics (Cum laude)\n"
    )
    assert_found(resume, "What is Sevim currently studying, and where?", "PhD in Economics")
