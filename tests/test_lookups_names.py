"""A thing the resume calls by another name than the question: a language by its name at
home, a vendor's certification by its letters, a nationality said as "Japanese National".
Rules learned from the forty-eighth and forty-ninth waves of held-out resumes (round249-256),
each on a resume shaped to need it."""

from __future__ import annotations

from tests.test_lookups import answer_text, assert_found


def test_a_language_by_its_name_at_home() -> None:
    """ "Kiswahili – Fluent" answers Swahili; "Bangla" Bengali; never "does not mention"."""
    text = (
        "# Anne Macharia\n\n## Languages\n\n- English – Fluent\n- Kiswahili – Fluent\n"
        "- Bangla – Basic\n\n## Skills\n\n- Python\n"
    )
    assert_found(text, "Does she speak Swahili?", "Kiswahili")
    assert_found(text, "Does she know Bengali?", "Bangla")


def test_a_vendors_certification_by_its_letters() -> None:
    """ "MCSE" is a Microsoft certification, "CCNA" a Cisco one, "AWS Certified" Amazon's; no
    certifications section, and the vendor's name nowhere."""
    text = (
        "# Aaron Cuddeback\n\n## Education\n\n### Union Institute and University\n\n"
        "- B.S. Computer Science\n\n### MCSE\n\nOct 2011\n\n### CCNA\n\nJuly 2018\n"
    )
    assert_found(text, "Does he hold any Microsoft certification?", "MCSE")
    assert_found(text, "Does he have a Cisco certificate?", "CCNA")
    cloud = "# Sam Roy\n\n## Skills\n\n- Python, SQL\n- AWS Certified Cloud Practitioner (2023)\n"
    assert_found(cloud, "Does he hold any certificate from Amazon?", "AWS")
    # A vendor worked for is another question: "AWS" is no job at Amazon.
    assert answer_text(cloud, "Has he worked at Amazon?").startswith("The resume does not")


def test_a_nationality_said_as_a_national() -> None:
    """ "Japanese National" under the contacts: the nationality asked."""
    text = (
        "Kenichi Shibata\nSaitama Prefecture Kuki City\nkenichi@example.com\n"
        "Japanese National\n\nSummary\n\nWeb developer.\n"
    )
    assert_found(text, "What is his nationality?", "Japanese National")


def test_a_language_by_its_test() -> None:
    """ "Korean · TOPIK 5급": Korean, by the test of it; never "does not mention Korean"."""
    text = "# Daniil M\n\n## Languages\n\n- Russian (native)\n- TOPIK Level 5 (2021)\n"
    assert_found(text, "How good is his Korean?", "TOPIK")


def test_a_letter_alone_is_no_name_to_deny() -> None:
    """ "his O levels" of "G.C.E London Ordinary Level": the letter names a level."""
    text = (
        "# Vishnu A\n\n## Education\n\n### Belvoir College, Sri Lanka\n\n2013\n\n"
        "- G.C.E London Ordinary Level\n\n## Skills\n\n- SEO\n"
    )
    assert not answer_text(text, "In what year did he complete his O levels?").startswith(
        "The resume does not"
    )
    # A language of one letter is still a name: "Has he used C?" of a resume without it.
    assert answer_text(text, "Has he programmed in C?").startswith("The resume does not")


def test_a_hashicorp_certification_by_its_product() -> None:
    """A Terraform certification is HashiCorp's: no "does not mention HashiCorp"."""
    text = (
        "# Megan Talley\n\n## Certifications\n\n- Terraform Associate (2021)\n"
        "- Certified Kubernetes Administrator\n"
    )
    assert_found(text, "Does she hold any HashiCorp certification?", "Terraform")


def test_an_aerospace_firm_named_only_in_a_heading() -> None:
    """ "Technical Analyst, The Boeing Company" as an entry's heading, no jobs section: the
    aerospace industry, beside a NASA workshop named in a line."""
    text = (
        "# Daniel Giles\n\n## Technical Analyst, The Boeing Company\n\n"
        "Group: Product Integrity and Safety\n\n## Invited Talks and Roles\n\n"
        "### Workshop\n\n**NASA Technosignatures Workshop, Participant**\n"
    )
    assert_found(text, "Has he worked in the aerospace industry?", "Boeing")


def test_the_thing_named_before_other_examples_of_its_kind() -> None:
    """ "A CSS naming methodology such as BEM?": the line naming BEM, not only the lines naming
    other examples of CSS (SASS, Bootstrap)."""
    text = (
        "# Vlada Podzirei\n\n## Skills\n\n- HTML · CSS · JavaScript\n- React · Git · SASS\n"
        "- BEM · Responsive design\n\n### Bootstrap\n\nBootstrap\n\n## Projects\n\n"
        "### Weather Project\n\nBuilt with HTML, CSS, JavaScript\n"
    )
    assert_found(text, "Does she know a CSS naming methodology such as BEM?", "BEM")


def test_a_name_the_resume_writes_as_two_words_side_by_side() -> None:
    """ "MongoDB" asked, "Mongo DB" written (a part of two letters): found, not denied; the
    same two words apart in different lines say nothing."""
    text = "# Alejandro Cadena\n\n## Programming Skillset\n\n- Mongo DB\n- MSSQL\n- Python\n"
    assert_found(text, "Has he used MongoDB?", "Mongo DB")
    apart = "# Alejandro Cadena\n\n## Skills\n\n- Mongo the game\n- DB design\n"
    assert answer_text(apart, "Has he used MongoDB?").startswith("The resume does not")


def test_an_object_relational_mapper_by_its_name() -> None:
    """ "Which ORM has he used?" of "Entity Framework" in a skills list: the mapper by name."""
    text = (
        "# Andrew Ashland\n\n## Technical Skills\n\n- C#\n- Entity Framework\n"
        "- Code-First Migrations\n- SQL Server\n"
    )
    assert_found(text, "Which ORM has he used?", "Entity Framework")


def test_a_car_maker_by_its_name_and_cars_as_automotive() -> None:
    """ "Has she worked for a car maker?" of a job at Renault; "Are they into cars?" of
    "Automotive Enthusiast" among the hobbies: the family of cars, by its members' names."""
    text = (
        "# Anitha Venkatesan\n\n## Summary\n\n- 4 years of experience in all stages of the "
        "project life cycle.\n- Single Page Applications in ReactJS.\n- User interfaces in HTML "
        "and CSS.\n- REST end points with AXIOS.\n\n## Experience\n\n### Infosys, Chennai\n\n"
        "- Front-end developer, 2012 to 2016\n\n### Cognizant, Pune\n\n- Developer, 2011 to "
        "2012\n\n## Education\n\n### Anna University\n\n- B.E. Computer Science\n\n"
        "### Experience & Projects\n\n#### RLTA (Renault Logistics Transport Application)\n\n"
        "- Company: Renault Nissan Technology Centre, 2010 to 2011\n"
        "- Internal web application to manage inbound logistics\n"
    )
    assert_found(text, "Has she worked for a car maker?", "Renault")
    hobbies = (
        "# Gabi Guillermo\n\n## Skills\n\n- ServiceNow, Windows\n\n## Hobbies\n\n"
        "- Networking, Automotive Enthusiast\n- Photography\n"
    )
    assert_found(hobbies, "Are they into cars?", "Automotive Enthusiast")
    # "Care" stems as "car" does: a home-care job is no question about cars.
    care = (
        "# Jan Nowak\n\n## Experience\n\n### Pflegedienst Alexander GmbH, Bochum\n\n"
        "- Ambulanter Pflegeassistent\n\n### BMW Group, Munich\n\n- Forklift driver\n"
    )
    answer = answer_text(care, "What role did he hold at the home-care service?")
    assert "Pflegeassistent" in answer, answer
    assert "BMW" not in answer, answer


def test_a_vendors_training_by_its_certifications_letters() -> None:
    """ "Cisco networking training" of "Computer Certified Network Associate (CCNA 2)": the
    course a Cisco certification is, not a vendor the resume does not name."""
    text = (
        "# Ian Otieno\n\n## Education Background\n\n### 2014 Jan – April\n\n"
        "Computer Certified Network Associate (CCNA 2), Maseno University\n"
    )
    assert_found(text, "Does he have any Cisco networking training?", "CCNA")


def test_a_candidacy_and_a_dissertation_are_a_doctorate_under_way() -> None:
    """ "Advanced to Candidacy" and "Dissertation: …" in an economist's CV: a PhD under way,
    never one the resume "does not mention"."""
    text = (
        "# Amanda Faig\n\n## Education\n\n### Advanced to Candidacy\n\n"
        "University of California, Davis\n"
        "Department of Agricultural and Resource Economics\n"
        "Dissertation: Economic Implications of Fisheries Induced Evolution\n\n"
        "### Bachelor of Science\n\nUniversity of Toronto, Economics Major\n"
    )
    assert_found(text, "Which department is she a PhD candidate in?", "Agricultural and Resource")


def test_a_degree_is_denied_only_where_no_word_of_studies_stands() -> None:
    """ "Does he have a degree in graphic design?" of a designer's page naming jobs and tools
    only: no degree. A single "BA" or "courses" anywhere keeps the answer from denying."""
    text = (
        "# Tom Hale\n\n## Experience\n\n### Senior Designer, Blue Fox Studio (2019 - present)\n\n"
        "- Brand identities and UI kits\n\n## Skills\n\n- Figma, Illustrator, Photoshop\n"
    )
    assert answer_text(text, "Does he have a degree in graphic design?").startswith(
        "The resume does not mention a degree"
    )
    held = text.replace("- Figma,", "- BA Graphic Design, Falmouth\n- Figma,")
    assert not answer_text(held, "Does he have a degree in graphic design?").startswith("The")
