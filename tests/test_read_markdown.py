"""Markdown as people publish it, read into canonical form: one behaviour per test."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume import parse_resume
from resume_chat.resume.markdown.reader import read_markdown


def titles(markdown: str) -> list[str]:
    return [section.title for section in parse_resume(markdown).walk()]


def test_front_matter_names_the_candidate_and_is_not_a_section() -> None:
    """Jekyll front matter: its name is the candidate's; its closing --- is no heading."""
    resume = parse_resume(
        '---\nlayout: cv\nname: "Ana Ruiz"\nemail: ana@x.io\n---\n\n## Skills\n- Go\n'
    )
    assert resume.name == "Ana Ruiz"
    assert titles(resume.markdown) == ["Skills"]
    assert "ana@x.io" in resume.preamble
    assert "front matter read for its name and details" in resume.warnings


def test_pandoc_moderncv_front_matter_names_her_and_gives_her_mobile() -> None:
    """pandoc's moderncv template keeps the name in firstname/lastname, the phone as mobile."""
    resume = parse_resume(
        "---\nfirstname: Nicole\nlastname: Kaczmarek\nemail: nk@gmail.com\n"
        "mobile: '+44 (0) 7925227859'\n---\n\nProfile\n-------\n\nKeen to work in retail.\n"
    )
    assert resume.name == "Nicole Kaczmarek"
    assert "Mobile: +44 (0) 7925227859" in resume.markdown


def test_the_name_found_among_authors_is_the_same_on_every_run() -> None:
    """Two names tied as the most frequent author: each run picks the same one, whatever
    Python's hash seed (a set's order decided it, and the prompt changed between runs)."""
    import os
    import subprocess
    import sys

    page = (
        "Updated 2023\n\n## Publications\n\n- Ana Lima, Rui Costa, 2019. Soils.\n"
        "- Rui Costa, Ana Lima, 2020. Roots.\n"
    )
    code = (
        "import sys\nfrom resume_chat.resume import parse_resume\n"
        "print(parse_resume(sys.argv[1]).name)"
    )
    names = {
        subprocess.run(
            [sys.executable, "-c", code, page], capture_output=True, text=True, check=True,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in (1, 2, 3, 4)
    }  # fmt: skip
    assert len(names) == 1, names


def test_broken_front_matter_is_ignored_with_a_warning() -> None:
    """Front matter YAML cannot parse: the page still reads, and says so."""
    reading = read_markdown("---\nname: [unclosed\n---\n# Bo Li\n## Skills\n- Go\n")
    assert reading.name == "Bo Li"
    assert "front matter could not be read; ignored" in reading.warnings


def test_html_headings_tables_and_details_become_structure() -> None:
    """<h2>, <table> rows and <details>/<summary> are sections and lines, tags gone."""
    text = (
        "# Ana Ruiz\n\n<h2>Experience</h2>\n\n<table><tr><th>Company</th><th>Role</th></tr>"
        "<tr><td><b>Acme</b></td><td>Engineer<br>2019 - 2021</td></tr></table>\n\n"
        "<details>\n<summary>Education</summary>\n\nBSc, Uppsala University\n\n</details>\n"
    )
    resume = parse_resume(text)
    assert titles(resume.markdown) == ["Experience", "Education"]
    assert "- **Acme** · Engineer · 2019 - 2021" in resume.markdown
    assert "<" not in resume.markdown


def test_comments_scripts_and_styles_are_dropped() -> None:
    """Commented-out sections and scripts are not resume text."""
    text = (
        "# Ana Ruiz\n\n<!--\n## Old job\nSecret Corp\n-->\n\n<script>alert(1)</script>\n\n"
        "<style>.x{color:red}</style>\n\n## Skills\n\n- Go\n"
    )
    markdown = parse_resume(text).markdown
    assert "Secret Corp" not in markdown
    assert "alert" not in markdown
    assert "color" not in markdown


def test_a_table_row_left_open_and_rowspans_keep_every_cell() -> None:
    """A row whose </tr> sits in a comment ends at the next <tr>; a rowspan leads the rows below."""
    html = (
        "<table><tr><td>xFarm</td><td>ML Engineer</td><!-- </tr> -->"
        "<tr><td rowspan=2>Spacesense</td><td>Intern</td></tr><tr><td>Freelancer</td></tr></table>"
    )
    markdown = read_markdown(f"# Ana Ruiz\n\n## Experience\n\n{html}\n").markdown
    assert "- xFarm · ML Engineer" in markdown
    assert "- Spacesense · Intern" in markdown
    assert "- Spacesense · Freelancer" in markdown


def test_paragraphs_in_one_cell_keep_their_words_apart() -> None:
    """Word's first name and surname as two paragraphs of one cell: "Alina Shay", not
    "AlinaShay"; a table's first row that is a name names the candidate."""
    html = (
        "<table><tr><td><p>Alina</p><p>Shaykhutdinova</p></td><td><p>+7 901 747 88 17</p>"
        "</td></tr></table>"
    )
    resume = parse_resume(f"{html}\n\n## Experience\n\n- Engineer\n")
    assert "Alina Shaykhutdinova" in resume.markdown
    assert resume.name == "Alina Shaykhutdinova"
    # A first item of places is no name.
    assert parse_resume("- Karlsbad, Deutschland\n\n## Experience\n\n- Engineer\n").name == ""


def test_a_resume_inside_one_code_fence_is_read_as_text() -> None:
    """A profile README that fences its whole CV: headings found as in a text file."""
    text = (
        "```\nANA RUIZ\n\nEXPERIENCE\nAcme, Engineer, 2019-2021\n\nEDUCATION\nBSc, Uppsala\n```\n"
    )
    resume = parse_resume(text)
    assert resume.name == "ANA RUIZ"
    assert titles(resume.markdown) == ["EXPERIENCE", "EDUCATION"]


def test_wrapper_headings_give_way_to_the_sections_they_hold() -> None:
    """ "# Resume" and "## Curriculum vitae" over the real sections are not sections."""
    text = "# Resume\n\n## Curriculum vitae\n\n### Experience\n\nAcme\n\n### Education\n\nBSc\n"
    assert titles(text) == ["Experience", "Education"]


def test_bold_lines_naming_sections_are_headings() -> None:
    """Word exports mark sections with bold paragraphs: "**Education**"."""
    text = "Ana Ruiz\n\n**Summary**\n\nEngineer.\n\n**Education**\n\nBSc, Uppsala\n"
    resume = parse_resume(text)
    assert resume.name == "Ana Ruiz"
    assert titles(resume.markdown) == ["Summary", "Education"]


def test_names_from_greetings_owned_titles_and_headline_headings() -> None:
    """ "Hi, I'm Sajid", "James Thompson's CV", "ANH - DEVELOPER", "George - Alexandru Tanu"
    and Europass's "INFORMAZIONI PERSONALI Vito Buonsanto" all name someone."""
    assert parse_resume("# Hi, I'm Sajid 👋\n\n## Skills\n- Go\n").name == "Sajid"
    assert parse_resume("# James Thompson's CV\n\n## Skills\n- Go\n").name == "James Thompson"
    # "Riccardo MILANI CV", as an Italian LaTeX CV titles its page.
    assert parse_resume("# Riccardo MILANI CV\n\n## Lingue\n- Inglese\n").name == "Riccardo MILANI"
    resume = parse_resume("# LE ANH - SENIOR DEVELOPER\n\n## Skills\n- Go\n")
    assert resume.name == "LE ANH"
    assert "SENIOR DEVELOPER" in resume.preamble
    # A double first name written with a spaced hyphen is one name, not a name and a headline.
    resume = parse_resume("## George - Alexandru Tanu\n\n### Utbildning\n- Medieinstitutet\n")
    assert resume.name == "George - Alexandru Tanu"
    # Europass sets the name beside its label for the block.
    resume = parse_resume("## INFORMAZIONI PERSONALI Vito Buonsanto\n\n- Via Mirizzi 34, Bari\n")
    assert resume.name == "Vito Buonsanto"
    # A Chinese name is two or three characters; a section title in Chinese four.
    resume = parse_resume("## 黄霞琳\n\n### 教育背景\n\n- 宁波大学\n")
    assert resume.name == "黄霞琳"
    assert parse_resume("## 教育背景\n\n- 宁波大学\n\n## 专业技能\n\n- SQL\n").name == ""


def test_names_beside_contacts_fields_and_in_bold_among_authors() -> None:
    """A first line that runs on into an e-mail, a letterhead split by "ǁ", a field with
    moderncv's "·", and the author a CV sets in bold in its own publications name the person;
    a page's title in German does not."""
    resume = parse_resume("Aaron Lorenzo Woods alwoods@utexas.edu | aaronwoods.info\n\n## Skills\n")
    assert resume.name == "Aaron Lorenzo Woods"
    resume = parse_resume("## Anna Martens-Artemov ǁ Diplom-Pädagogin ǁ Bornheim\n\n## Skills\n")
    assert resume.name == "Anna Martens-Artemov"
    assert "Diplom-Pädagogin" in resume.preamble
    resume = parse_resume("#### Name · Bodey Royce Baker\n\n- Citizenship · Australian\n")
    assert resume.name == "Bodey Royce Baker"
    assert parse_resume("# Daten und Lebenslauf\n\n## Adresse\n\nMainz\n").name == ""
    assert parse_resume("# Curriculum vitae Alexis SARROUY\n\n## Skills\n").name == "Alexis SARROUY"
    assert parse_resume("# Resumé of Peter Hironaka\n\n## Skills\n").name == "Peter Hironaka"
    # Letters after the name are not part of it; a section of personal details is no name.
    resume = parse_resume("- Matthias Struck, Dipl. Ing. (FH)\n\n## Skills\n\n- C++\n")
    assert resume.name == "Matthias Struck"
    assert parse_resume("# NOAH MYERS, PHD, CPA\n\n## Skills\n").name == "NOAH MYERS"
    assert parse_resume("# Persönliche Daten\n\n- Geburtsort · Berlin\n").name == ""
    # The first line of the personal details opening the page is whose they are (round286's
    # Dutch Word CV, "no name found" before); a label and its value there is not.
    personalia = "## Personalia\n\nMike Vlegels\n\nGillis Damaesstraat 70\n\n## Opleidingen\n"
    assert parse_resume(personalia).name == "Mike Vlegels"
    assert parse_resume("## Personal details\n\nBorn: 1989\n\n## Skills\n").name == ""
    # A form's two fields (round287's South African text CV: "Surname:\t\t\t\tFortuin").
    form = "Curriculum Vitae\n\nSurname:\t\t\tFortuin\n\nFirst Name:\t\tJody\n\nGender: Male\n"
    assert parse_resume(form).name == "Jody Fortuin"
    # A line of prose is no name; a middle name in lower case still is.
    assert parse_resume("# I think with the customer’s mind.\n\n## Skills\n").name == ""
    assert parse_resume("# Link to PDF\n\n## Skills\n").name == ""
    assert parse_resume("# Amy nicole Pate\n\n## Skills\n").name == "Amy nicole Pate"
    assert parse_resume("# Photo of Jane Roe\n\n## Skills\n").name == "Jane Roe"
    assert parse_resume("# קורות חיים\n\n## Skills\n").name == ""  # Hebrew: "curriculum vitae"
    papers = (
        "## Publications\n\n"
        "* **Won-Dong Jang**, Tae-Young Chung and Chang-Su Kim, “FDQM,” TCSVT, 2015.\n"
        "* Jin-Hwan Kim, **Won-Dong Jang** and Chang-Su Kim, “Dehazing,” JVCI, 2013.\n"
        "* Se-Ho Lee, Chang-Su Kim and **Won-Dong Jang**, “Superpixels,” ICCV, 2017.\n"
    )
    assert parse_resume(papers).name == "Won-Dong Jang"


def test_a_badge_with_no_alt_text_reads_as_its_label() -> None:
    """Profile READMEs list their skills as shields.io badges, often with no alt text: the
    badge's label is the skill, in HTML and in Markdown; another picture stays out."""
    badge = "https://img.shields.io/badge/Tailwind_CSS-38B2AC?style=for-the-badge&logo=tailwindcss"
    text = (
        "# Ahmed Magdy\n\n## Tech Stack\n\n"
        f'<p><img src="{badge}" /> <img src="https://example.com/me.png" /></p>\n\n'
        "## Tools\n\n![](https://img.shields.io/badge/Node.js--v18-green)\n"
    )
    markdown = parse_resume(text).markdown
    assert "Tailwind CSS" in markdown
    assert "Node.js" in markdown
    assert "me.png" not in markdown


def test_headings_used_for_contact_or_dates_are_text() -> None:
    """A phone number in a heading, or a job's dates as ####, are not sections."""
    text = (
        "# Ana Ruiz\n\n## +46 70 123 45 67 | Stockholm\n\n## Experience\n\n"
        "### Engineer - Acme\n\n#### March 2020 - May 2022\n\n- Built things\n"
    )
    resume = parse_resume(text)
    assert titles(resume.markdown) == ["Experience", "Engineer - Acme"]
    assert "Stockholm" in resume.preamble
    # Dates and the town and state where the job was: a dates line too.
    text = text.replace("May 2022", "May 2022, Hillsboro, OR")
    assert titles(parse_resume(text).markdown) == ["Experience", "Engineer - Acme"]


def test_hugo_shortcodes_keep_their_words() -> None:
    """{{< timelineItem header="CEA" badge="2023" >}} says where and when."""
    text = '# Ana Ruiz\n\n## Experience\n\n{{< item icon="x.png" header="CEA" badge="2023" >}}\n'
    assert "CEA · 2023" in parse_resume(text).markdown


def test_links_keep_their_address_unless_the_text_shows_it() -> None:
    """ "[her site](https://ana.dev)" keeps the address; a bare address is not doubled."""
    markdown = parse_resume("# Ana Ruiz\n\n[her site](https://ana.dev) · <https://x.io>\n").markdown
    assert "her site (https://ana.dev)" in markdown
    assert markdown.count("x.io") == 1


def test_rendering_is_byte_identical_across_reads() -> None:
    """The prompt quotes it: the same file renders the same bytes every time."""
    text = "---\nname: Ana Ruiz\n---\n<h2>Skills</h2>\n\n| a | b |\n|---|---|\n| Go | Rust |\n"
    assert read_markdown(text).markdown == read_markdown(text).markdown


def test_a_resume_kept_as_front_matter_data_becomes_sections() -> None:
    """A Hugo resume theme keeps the whole resume in YAML: its records become entries."""
    text = (
        "---\ntitle: Resume\nprofile:\n  enable: true\n  name: Aaryn Smith\n"
        "experience:\n  enable: true\n  list:\n    - title: Web Developer\n"
        "      company: Creare\n      dates: 2023-Present\n      items:\n"
        "        - details: Built sites with SvelteKit\n"
        "languages:\n  enable: false\n  list:\n    - Klingon\n---\n"
    )
    resume = parse_resume(text)
    assert resume.name == "Aaryn Smith"
    assert "### Web Developer — Creare" in resume.markdown
    assert "Built sites with SvelteKit" in resume.markdown
    assert "2023-Present" in resume.markdown
    assert "Klingon" not in resume.markdown  # a section the page hides is not stated


def test_a_data_section_keeps_its_own_fields_beside_its_list() -> None:
    """`contact: {location: DFW, Texas, list: [...]}`: the location is stated, labelled."""
    text = (
        "---\nprofile:\n  name: Aaryn Smith\ncontact:\n  enable: true\n  location: DFW, Texas\n"
        "  list:\n    - {icon: fa fa-phone, text: (682) 503-9982}\n---\n"
    )
    markdown = parse_resume(text).markdown
    assert "Location: DFW, Texas" in markdown
    assert "(682) 503-9982" in markdown


def test_escaped_angle_brackets_beside_html_stay_text() -> None:
    """ "Ana &lt;[ana@x.io](mailto:ana@x.io)&gt;<br>" keeps the address, not a tag of it."""
    markdown = parse_resume(
        "# Ana Ruiz\n\nAna Ruiz &lt;[ana@x.io](mailto:ana@x.io)&gt;<br>\n"
    ).markdown
    assert "ana@x.io" in markdown


def test_a_small_heading_above_the_sections_is_a_header_line() -> None:
    """ "#### Lake Worth, FL" between the name and "### Education" nests under nothing."""
    resume = parse_resume("# Mark Todd\n\n#### Lake Worth, FL 33460\n\n### Education\n\nBSc\n")
    assert titles(resume.markdown) == ["Education"]
    assert "Lake Worth, FL 33460" in resume.preamble


def test_a_page_opening_with_a_liquid_tag_is_markdown_not_broken_json(tmp_path: Path) -> None:
    """ "{% include nav.html %}" first in a Jekyll .md page: read as Markdown, tag dropped."""
    from resume_chat.resume import load_resume

    path = tmp_path / "cv.md"
    path.write_text("{% include nav.html %}\n\n# Ana Ruiz\n\n## Skills\n\n- Go\n")
    resume = load_resume(path)
    assert resume.name == "Ana Ruiz"
    assert "include" not in resume.markdown


def test_many_line_breaks_keep_breaking_lines() -> None:
    """A <br> never closes; hundreds of them must not read as deep nesting and lose structure."""
    from resume_chat.resume.html.reader import html_lines

    assert len(html_lines("<p>" + "fact<br>" * 250 + "last fact</p>")) == 251


def test_a_bold_label_under_a_job_heading_is_that_jobs_part() -> None:
    """ "**Key Projects**:" under "#### Consultant" nests there; "### Education" stays apart."""
    resume = parse_resume(
        "# Ann Lee\n\n### Experience\n\n#### Consultant @ Acme | 2015 - 2019\n\n- Led.\n\n"
        "**Key Projects**:\n\n- Banking\n\n#### Developer @ Bolt | 2012 - 2014\n\n- Built.\n\n"
        "### Education\n\nBSc, Pune University\n"
    )
    assert [s.title for s in resume.sections] == ["Experience", "Education"]
    jobs = resume.sections[0].children
    assert [job.title for job in jobs] == [
        "Consultant @ Acme | 2015 - 2019",
        "Developer @ Bolt | 2012 - 2014",
    ]
    assert [child.title for child in jobs[0].children] == ["Key Projects"]


def test_a_label_with_a_colon_over_a_list_is_a_section() -> None:
    """ "Companies I worked for:" then a list, on a page without headings: a section."""
    resume = parse_resume(
        "Companies I worked for:\n\n* PayPal (2017-2018)\n* Tidal (2013-2014)\n\n"
        "Education:\n\n* BCIT (2018)\n"
    )
    assert titles(resume.markdown) == ["Companies I worked for", "Education"]


def test_liquid_includes_keep_their_words_and_drop_their_files() -> None:
    """`{% include cert.html name="Scrum Master" img="x.png" %}`: the name stays."""
    resume = parse_resume(
        '# Ann Lee\n\n## Certifications\n\n{% include cert.html name="SAFe Scrum Master" '
        'img="/a/b.png" url="/c.pdf" %}\n{% for x in site.posts %}{% endfor %}\n'
    )
    assert "SAFe Scrum Master" in resume.markdown
    assert "b.png" not in resume.markdown
    assert "site.posts" not in resume.markdown


def test_an_at_sign_in_a_job_heading_keeps_it_a_heading() -> None:
    """ "#### Engineer @ Acme" is a job, not an e-mail address set in big type."""
    resume = parse_resume("# Ann Lee\n\n## Experience\n\n### Engineer @ Acme | 2019 - 2021\n")
    assert titles(resume.markdown) == ["Experience", "Engineer @ Acme | 2019 - 2021"]


def test_html_headings_in_a_block_under_an_empty_heading_nest_under_it() -> None:
    """ "## Personal Project" over `<div><h1>Trade Audit</h1>…</div>`: a project under it."""
    resume = parse_resume(
        "# Ann Lee\n\n## Personal Project\n\n<div>\n  <h1>Trade Audit</h1>\n  <p>An app.</p>\n"
        "</div>\n\n## Skills\n\n- Go\n"
    )
    assert [s.title for s in resume.sections] == ["Personal Project", "Skills"]
    assert [c.title for c in resume.sections[0].children] == ["Trade Audit"]


def test_a_top_headline_over_the_sections_is_the_header() -> None:
    """ "# Principal Software Engineer" above "## Work Summary": a headline, not a section."""
    resume = parse_resume(
        "# Principal Software Engineer\n\nToronto, Canada\n\n## Work Summary\n\n8 years.\n\n"
        "## Skills\n\n- Go\n"
    )
    assert "Principal Software Engineer" in resume.preamble
    assert [s.title for s in resume.sections] == ["Work Summary", "Skills"]


def test_a_bold_section_name_ending_a_list_is_a_heading() -> None:
    """ "- **EDUCATION**" closing the skills list (a Word table's column): a section."""
    resume = parse_resume(
        "# Amber Taylor\n\n## Skills\n\n- Java\n- Logistics\n- **EDUCATION**\n\n"
        "### SUNY Polytechnic — B.S Computer Science\n\nAugust 2020 - May 2022\n"
    )
    assert [s.title for s in resume.sections] == ["Skills", "EDUCATION"]


def test_a_form_of_labelled_fields_reads_as_a_form() -> None:
    """ "Name: Colin Middleton" names him; "Degree: Master of Science" is a value, not a
    heading; "RELATED COURSEWORK" is education, not work."""
    from resume_chat.resume.text import read_text

    reading = read_text(
        "---\nPERSONAL INFORMATION\n---\nName: Colin Middleton\nEmail: c@example.com\n\n"
        "---\nEDUCATION\n---\nDegree: Master of Science\nSchool: Eastern Washington University\n"
        "G.P.A.: 4.0\n\n---\nRELATED COURSEWORK\n---\nRelational Database Systems\n"
        "Floor plans, roof plans and roof plans again\n"
    )
    assert reading.name == "Colin Middleton"
    assert "## Degree" not in reading.markdown
    assert "## G.P.A." not in reading.markdown


def test_coursework_is_education_and_a_network_is_no_job() -> None:
    from resume_chat.resume.kinds.classifier import section_kind

    assert section_kind("Related Coursework") == "education"
    assert section_kind("Network Administration") == "other"
    assert section_kind("Biology Research") != "summary"
    assert section_kind("Berufserfahrung") == "experience"


def test_icon_tokens_are_pictures_not_words() -> None:
    """`**carbon:location-heart-filled** Lille`: the token names an icon, not the place."""
    resume = parse_resume(
        "# Ann Lee\n\n## **carbon:identification** Coordonnées\n\n"
        "**carbon:location-heart-filled** Lille, France\n"
    )
    assert "carbon:" not in resume.markdown
    assert [s.title for s in resume.sections] == ["Coordonnées"]


def test_sections_set_smaller_than_their_entries_hold_them() -> None:
    """ "#### Work Experience" over "### Freelance Writer" jobs (a Jekyll page): the jobs are
    the section's, and "##### August–November 2017" under one is its dates line."""
    resume = parse_resume(
        "#### Work Experience\n\n### Freelance Writer, Publications\n\n##### 2002–present\n\n"
        "- Writing.\n\n### Harvest Crew Member, Alexana Winery\n\n##### August–November 2017\n\n"
        "- Cellar duties.\n\n#### Education\n\n### BA, Asian Studies, Oberlin College\n"
    )
    assert [s.title for s in resume.sections] == ["Work Experience", "Education"]
    assert [c.title for c in resume.sections[0].children] == [
        "Freelance Writer, Publications",
        "Harvest Crew Member, Alexana Winery",
    ]


def test_a_linked_heading_stays_a_heading() -> None:
    """ "<h3><a href=…>Kalamazoo College</a></h3>": a school, its address kept beside it."""
    resume = parse_resume(
        "# Ann Lee\n\n<h2>Education</h2>\n\n"
        '<h3><a href="http://www.kzoo.edu" target="_blank"> Kalamazoo College</a></h3>\n'
        "<p><strong>English</strong> <small>2003 - 2008</small></p>\n"
    )
    assert [c.title for c in resume.sections[0].children] == [
        "Kalamazoo College (http://www.kzoo.edu)"
    ]


def test_a_bold_line_ending_in_a_kinds_word_is_a_section() -> None:
    """ "**<span class="smallcaps">Digital Projects</span>**" between blank lines: a section;
    a bold name ("**Alicia M. Lienhart**") is none."""
    resume = parse_resume(
        '**<span class="smallcaps">Alicia M. Lienhart</span>**\n\n'
        '**<span class="smallcaps">Professional Teaching & Writing Experience</span>**\n\n'
        "- Adjunct Instructor, South College\n\n"
        '**<span class="smallcaps">Digital Projects</span>**\n\n- Personal academic website\n'
    )
    assert [s.title for s in resume.sections] == [
        "Professional Teaching & Writing Experience",
        "Digital Projects",
    ]


def test_ligatures_lost_as_control_characters_read_as_fi() -> None:
    """Text pasted from a PDF can keep "fi" as the control character its font drew it with."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = b"# Ann Lee\n\n## Internships\n\n- 3D models, \x1feld veri\x1fcation\n\n\x0creferences\n"
    markdown = read_resume_bytes(raw, Path("cv.md")).markdown
    assert "field verification" in markdown
    assert "fireferences" not in markdown  # a form feed starting a page stays a page break


def test_pandoc_plain_text_entries_indented_under_sections() -> None:
    """Sections at the margin, each entry's title in capitals indented under them: entries."""
    from resume_chat.resume.text import read_text

    text = (
        "Iván Hernández\n\nEducación\n\n2013-2017\n\n    GRADO EN HISTORIA\n\n"
        "    Universidad de Las Palmas\n\nExperiencia\n\ndic 2018\n"
        "    GARGOLA. GESTIÓN CULTURAL\n    Auxiliar de archivo\n"
    )
    markdown = read_text(text).markdown
    assert "## Educación" in markdown
    assert "### GRADO EN HISTORIA" in markdown
    assert "### GARGOLA. GESTIÓN CULTURAL" in markdown


def test_a_name_in_brackets_names_the_candidate() -> None:
    from resume_chat.resume.text import read_text

    reading = read_text("{ Sam Galison }\n\n[ samface@gmail.com ]\n\nSKILLS:\n\n Welding\n")
    assert reading.name == "Sam Galison"


def test_a_tab_after_a_bold_label_keeps_the_words_apart() -> None:
    from resume_chat.resume.html.reader import html_lines

    lines = html_lines("<p><strong>PhD\t</strong>University of Central Florida</p>")
    assert lines == ["**PhD** University of Central Florida"]
    assert html_lines("<p><b>Rust </b>, Go</p>") == ["**Rust**, Go"]


def test_a_front_matter_title_naming_sections_is_no_name() -> None:
    reading = read_markdown("---\ntitle: Education and Experience\n---\n\n## Experience\n\n- R\n")
    assert reading.name == ""


def test_a_researcher_is_a_job_and_volunteer_experience_volunteering() -> None:
    from resume_chat.resume.kinds.classifier import names_kind, section_kind

    assert not names_kind("Researcher")
    assert names_kind("Research")
    assert section_kind("Volunteer Experience") == "volunteering"


def test_a_headline_over_every_section_is_a_header_line() -> None:
    """A PDF's one big heading under the name ("Post-Doctoral research fellow") holding all the
    sections is the person's headline, not a section that swallows them."""
    reading = read_markdown(
        "# Ada Lacroix\n\n## Post-Doctoral research fellow\n\n- Toronto, Canada\n\n"
        "### Experience\n\n- Researcher | CAMH\n\n### Education\n\n- PhD, Grenoble\n"
    )
    assert titles(reading.markdown) == ["Experience", "Education"]
    assert "Post-Doctoral research fellow" in reading.markdown


def test_front_matter_sections_listed_with_titles_become_sections() -> None:
    """`sections: [{title: Experience, items: [{role, date: {start, end}}]}]`: the whole
    resume kept in YAML; a page's menu of section links is not."""
    reading = read_markdown(
        "---\ntitle: Resume\nsections:\n  - title: About\n    content: |\n"
        "      Operations professional with a strong foundation in client onboarding.\n"
        "  - title: Experience\n    items:\n      - role: Manager at Tre Trattoria\n"
        "        date:\n          start: 2022-01-01\n          end: null\n"
        "        details:\n          - Manage inventory and supply orders.\n"
        "menu:\n  - title: Education\n    link: '#education'\n  - title: Skills\n"
        "    link: '#skills'\n---\n"
    )
    assert "## Experience" in reading.markdown
    assert "### Manager at Tre Trattoria" in reading.markdown
    assert "2022-01-01 – Present" in reading.markdown
    assert "## Education" not in reading.markdown


def test_a_web_page_saved_as_text_or_markdown_is_read_as_html() -> None:
    from resume_chat.resume.formats import read_resume_bytes

    page = (
        "!DOCTYPE html>\n<html>\n<head>\n    <style>\n        h1 { margin: 0; }\n    </style>\n"
        "</head>\n<body>\n<h1>Noah Kailiponi</h1>\n<h2>Work History</h2>\n"
        "<p>Lifeguard — Aquatica</p>\n<p>June – August 2024</p>\n</body>\n</html>\n"
    ).encode()
    for name in ("resume.txt", "README.md"):
        reading = read_resume_bytes(page, Path(name))
        assert reading.name == "Noah Kailiponi", name
        assert "## Work History" in reading.markdown
        assert "margin" not in reading.markdown


def test_jobs_in_bold_with_dates_under_the_header_are_experience() -> None:
    reading = read_markdown(
        "![Resume Header](header.png)\n\n**CVS Pharmacy** - Pharmacy Technician\n"
        "*January 2024 - Present*\n\nDispense medications.\n\n---\n\n"
        "**AMC Theatres** - Crew Member\n*February 2022 - October 2022*\n\nUpselling, "
        "Time Management, Team Spirit, Customer Loyalty\n\n## Education\n\n- Pasadena College\n"
    )
    assert titles(reading.markdown)[0] == "Experience"
    assert reading.name == ""  # neither the picture's alt text nor a list of skills


def test_a_page_title_heading_over_the_name_heading() -> None:
    reading = read_markdown(
        "# Indeed Resume\n\n# Dustin Smith\n\nHomer, MI 49245\n\n## Work\n\n- Welder\n"
    )
    assert reading.name == "Dustin Smith"
    assert "Homer, MI 49245" in reading.markdown.split("## Work")[0]


def test_work_and_volunteering_together_are_jobs() -> None:
    from resume_chat.resume.kinds.classifier import section_kind

    assert section_kind("Work History & Volunteer Experience") == "experience"
    assert section_kind("Volunteer Work") == "volunteering"


def test_a_bold_label_over_its_text_in_one_paragraph_is_a_section() -> None:
    """ "**Interests**  " then its prose on the next line, one paragraph: a section."""
    reading = read_markdown(
        "**Project Manager**\n\nI led initiatives.\n\n**Certifications & Education**  \n"
        "I hold a Lean Six Sigma Black Belt.\n\n**Interests**  \nAutomotive mechanics.\n"
    )
    assert titles(reading.markdown) == ["Certifications & Education", "Interests"]


def test_front_matter_text_holding_markdown_is_read_as_markdown() -> None:
    reading = read_markdown(
        '---\ntitle: Resume\nbody: "I build UIs.\\n\\n**Email:** hello@example.com"\n'
        'sections:\n- column: left\n  text: "## Skills\\n\\n- HTML\\n- Vue"\n---\n'
    )
    assert "## Skills" in reading.markdown
    assert "- Vue" in reading.markdown
    assert "hello@example.com" in reading.markdown


def test_html_indented_inside_its_wrapper_after_a_blank_line_is_html() -> None:
    """CommonMark reads HTML indented four spaces after a blank line as code: in a Jekyll page's
    `<div>` it is the page's own HTML, and its headings and lists are kept."""
    resume = parse_resume(
        '# Kaye S\n\n<section>\n  <div class="resume">\n    <h3>Education</h3>\n    <ul>\n'
        "      <li><strong>BSc</strong> — (NU)</li>\n    </ul>\n\n"
        "    <h3>Professional Experience</h3>\n    <ul>\n"
        "      <li><strong>Educator</strong> — (1999–2012)</li>\n    </ul>\n  </div>\n</section>\n"
    )
    assert [s.title for s in resume.sections] == ["Education", "Professional Experience"]
    assert "<li>" not in resume.markdown


def test_a_page_of_indented_html_cards_is_read_as_html_not_one_code_block() -> None:
    """A Jekyll page of `<section>` cards indented in their wrapper, with no Markdown heading:
    its indented HTML is no code block holding the resume, and a contact block's indented
    text lines are HTML's text, not code."""
    page = (
        '<div class="cv-wrap">\n\n  <section class="cv-card">\n    <div class="cv-contact">\n'
        '        Syracuse, NY 13210, USA<br>\n        Email: <a href="mailto:n@syr.edu">n@syr.edu'
        "</a>\n    </div>\n\n"
        '    <section class="cv-section">\n      <h2>Education</h2>\n\n      <div class="e">\n'
        "        <div>Ph.D., Electrical Engineering</div>\n      </div>\n    </section>\n\n"
        '    <section class="cv-section">\n      <h2>Work Experience</h2>\n\n      <div>\n'
        "        <div>Hitachi Energy, Chennai, India</div>\n      </div>\n    </section>\n"
        "  </section>\n</div>\n"
    )
    resume = parse_resume(page)
    assert [s.title for s in resume.sections] == ["Education", "Work Experience"]
    assert "Email: n@syr.edu" in resume.markdown, resume.markdown
    assert "<br>" not in resume.markdown
    assert "<div" not in resume.markdown


def test_section_titles_styled_by_hand_are_sections_where_none_is_a_heading() -> None:
    """A Word file whose titles are only coloured paragraphs: "Work experience" and "Education"
    alone on their lines are its sections; a lone title-like line among headings is not."""
    flat = parse_resume(
        "Jo Park\n\nIoannina, Greece\n\nWork experience\n\nIT Engineer, PINDOS, 2014 - now\n\n"
        "Education\n\nBachelor's Degree, University of Ioannina\n"
    )
    assert [s.title for s in flat.sections] == ["Work experience", "Education"]
    headed = parse_resume("# Jo Park\n\n## Experience\n\nIT Engineer\n\nEducation\n\nA degree\n")
    assert [s.title for s in headed.sections] == ["Experience"]
    # In HTML: "<p><strong>Education</strong></p>" straight over its first entry.
    bold = parse_resume(
        "<p><strong><u>Education</u></strong></p>\n<p><b>Columbia University</b>, 2023<br>\n"
        "Ph.D. in Geophysics</p>\n\n<p><strong><u>Research Experience</u></strong></p>\n"
        "<p><strong>Graduate Research</strong> (2023 - )</p>\n"
    )
    assert [s.title for s in bold.sections] == ["Education", "Research Experience"]


def test_a_photos_alt_text_is_no_content_and_the_bold_name_under_it_names_her() -> None:
    """ "Profile Image" (an <img>'s alt) over "**Mingyeom Song**": the name, not the caption;
    an image's alt that says something ("Figma logo") is kept."""
    resume = parse_resume(
        '<div>\n  <img src="me.jpg" alt="Profile Image">\n</div>\n\n**Mingyeom Song**  \n'
        "Technical Designer\n\n![Figma logo](f.png) Figma\n\n## Summary\n\nBuilds specs.\n"
    )
    assert resume.name == "Mingyeom Song"
    assert "Profile Image" not in resume.markdown
    assert "Figma logo" in resume.markdown


def test_a_section_title_in_a_styled_block_is_a_heading() -> None:
    """ "Work Experience" between two rules in `<div class="custom-title">`: a section; a job's
    title in `<div class="job-title">` is no section's name and stays text."""
    resume = parse_resume(
        '# Ann Lee\n\n<div class="entry custom-title">\n    <hr>\n    <span>Work Experience'
        '</span>\n    <hr>\n</div>\n<div class="job-title">Research Assistant</div>\n'
        '<div class="entry">University of Ottawa, 2017</div>\n'
    )
    assert [s.title for s in resume.sections] == ["Work Experience"]
    assert "Research Assistant" in resume.markdown


def test_an_address_in_the_front_matters_title_is_a_contact() -> None:
    """ "title: CV | Charles Jekel | cj@jekel.me": the address joins the header's lines."""
    resume = parse_resume(
        "---\ntitle: CV | Charles Jekel | cj@jekel.me\n---\n\n## Skills\n\n- Go\n"
    )
    assert "cj@jekel.me" in resume.markdown.split("## Skills")[0]


def test_titles_under_an_empty_section_set_alike_are_its_entries() -> None:
    """ "Formación académica:" with nothing under it, then "Secundario" and "Terciario" set at
    its level (a Word file's bold lines): its entries, up to "Experiencia laboral:"; a short
    "Recent Speaking Engagements" ends such a run too."""
    resume = parse_resume(
        "# Ana Ruiz\n\n## Formación académica:\n\n## Secundario (Completo)\n\nEscuela N°4\n\n"
        "## Terciario (En curso)\n\nUniversidad Provincial de Ezeiza\n\n"
        "## Experiencia laboral:\n\nMercado Libre (2019)\n"
    )
    assert [s.title for s in resume.sections] == ["Formación académica:", "Experiencia laboral:"]
    assert titles(resume.markdown) == [
        "Formación académica:",
        "Secundario (Completo)",
        "Terciario (En curso)",
        "Experiencia laboral:",
    ]
    talks = parse_resume(
        "## Volunteer Activities\n\n## Organizer, Linux Plumbers Conf 2008\n\nRan the site.\n\n"
        "## Recent Speaking Engagements\n\nOpen Source Bridge 2012\n"
    )
    assert [s.title for s in talks.sections] == [
        "Volunteer Activities",
        "Recent Speaking Engagements",
    ]
    # A title of the empty section's own kind is one of its entries, not a new section.
    held = parse_resume(
        "## Certifications\n\n## Certificate in Child Psychology\n\n"
        "## Certificate in Educational Psychology\n\n## Skills\n\nArduino\n"
    )
    assert [s.title for s in held.sections] == ["Certifications", "Skills"]


def test_a_resume_kept_whole_in_a_comment_under_an_embedded_pdf_is_read_from_it() -> None:
    """An academicpages CV page showing only an <iframe> of the PDF, its Markdown commented
    out below (CRLF line endings and setext headings as published): the comment is the resume."""
    page = (
        "---\r\nlayout: archive\r\ntitle: ''\r\n---\r\n\r\n<iframe src='/files/cv.pdf'>\r\n"
        "</iframe>\r\n\r\n<p>If the PDF does not load, download it.</p>\r\n\r\n<!--\r\n"
        "Education\r\n======\r\n\r\n**PhD in Political Science, Yale University | Exp. 2026**"
        "\r\n\r\nSkills\r\n======\r\n\r\n* Python (Intermediate), R, Stata, survey design\r\n"
        "* Fieldwork in Lagos, Nigeria (2023)\r\n-->\r\n"
    )
    resume = parse_resume(page)
    assert [s.title for s in resume.sections] == ["Education", "Skills"]
    assert "the resume is inside an HTML comment; read it from there" in resume.warnings
    # A page with headings of its own keeps its comments out.
    shown = parse_resume("## Skills\n\n- Go\n\n<!--\n## Old\n\n## Older\n-->\n")
    assert [s.title for s in shown.sections] == ["Skills"]


def test_hugo_experience_records_titled_by_role_are_entries_of_experience() -> None:
    """A Hugo widget's `[[experience]]` jobs in TOML front matter: entries of Experience, not
    sections named "Research Coordinator" (a "research" word) or "Teaching Assistant"."""
    page = (
        '+++\nwidget = "experience"\ntitle = "Experience"\n\n[[experience]]\n'
        '  title = "Research Coordinator"\n  company = "The Ohio State University"\n'
        '  date_start = "2018-06-01"\n  date_end = ""\n\n[[experience]]\n'
        '  title = "Chemistry Teaching Assistant"\n  company = "Vanderbilt University"\n'
        '  date_start = "2012-08-01"\n+++\n'
    )
    resume = parse_resume(page)
    assert [s.title for s in resume.sections] == ["Experience"]
    assert [s.title for s in resume.sections[0].children] == [
        "Research Coordinator — The Ohio State University",
        "Chemistry Teaching Assistant — Vanderbilt University",
    ]


def test_titles_alone_on_their_lines_may_end_in_a_full_stop() -> None:
    """A Word file's titles styled by hand, each a sentence: "Skills summary." over its list."""
    resume = parse_resume(
        "Edel Kiprop\n\nSkills summary.\n\n- Time management.\n\nAcademics.\n\n"
        "Bachelors of Science (Computer Science), 2019-2023\n"
    )
    assert [s.title for s in resume.sections] == ["Skills summary", "Academics"]


def test_html_rows_indented_by_a_tab_after_a_blank_line_stay_html() -> None:
    """A tab is four columns to CommonMark: "\\t<tr>" after a blank line inside a table would
    be an indented code block, and the whole page one block of code, read as text."""
    row = "\t<tr>\n\t\t<td><b>{}</b><br/>{}</td>\n\t</tr>\n"
    text = (
        "## Education\n\n<table>\n"
        + row.format("MIT", "Postdoctoral Research Associate [2019]")
        + "\t\n"
        + row.format("UIUC", "Ph.D. in Computer Science [2014 - 2018]")
        + "</table>\n"
    )
    reading = read_markdown(text)
    assert not any("code block" in warning for warning in reading.warnings), reading.warnings
    assert "```" not in reading.markdown
    assert "<td>" not in reading.markdown, reading.markdown
    assert "Ph.D. in Computer Science" in reading.markdown


def test_capitals_alone_on_a_line_after_a_section_heading_start_the_next_section() -> None:
    """pandoc from Word: "TeCHNICAL SKILLS:" became a heading, "EDUCATION:" and "PROFESSIONAL
    EXPERIENCE:" stayed paragraphs in capitals; each is a section beside the first, not a
    paragraph of it, and a job under the last is a job ("Experience & Key Accomplishments"
    names jobs too)."""
    resume = parse_resume(
        "# KAMLESH VERMA\n\nTeCHNICAL SKILLS:\n-----------------\n\n-   Scripting: Python\n\n"
        "EDUCATION:\n\nBE, Computer Science, Rgpv University (2005-09)\n\n"
        "PROFESSIONAL EXPERIENCE:\n\nSystem Operation Engineer II September-2015 to Present\n\n"
        "Akamai Technologies, Bangalore\n\n**Experience & KEY ACCOMPLISHMENTS**\n\n- Led ops\n"
    )
    from resume_chat.resume.kinds.classifier import section_kind

    paths = {section.title: section.path for section in resume.walk()}
    assert paths.get("EDUCATION") == ("EDUCATION",), paths
    assert paths.get("PROFESSIONAL EXPERIENCE") == ("PROFESSIONAL EXPERIENCE",), paths
    assert section_kind("Experience & KEY ACCOMPLISHMENTS") == "experience"
    assert any(title.startswith("Experience & KEY") for title in paths), paths


def test_job_titles_for_a_specialist_are_entries_not_sections() -> None:
    """ "Data Specialist" and "Repair Systems Engineer" set at the level of the empty
    "Professional Experience" above them: its jobs ("Specialist" names who does a job, as
    "Researcher" does, not a section of specialities)."""
    resume = parse_resume(
        "# Owen\n\n## Professional Experience\n\n## Data Specialist\n\n"
        "Ampersand E-Mobility [January 2024 – Present]\n\n## Repair Systems Engineer\n\n"
        "BBOXX [September 2022 – December 2023]\n\n## Education\n\nCarnegie Mellon University\n"
    )
    assert [s.title for s in resume.sections] == ["Professional Experience", "Education"]


def test_a_table_with_a_delimiter_row_too_long_is_still_a_table() -> None:
    """ "| Name | City | Email |" over "| :--: | :--: | :--: | :--: |": GFM reads no table when
    the two rows differ; the delimiter row is mended, and a table of one row under labels
    reads as a form, one "Label: value" a line, the name among them."""
    resume = parse_resume(
        "## Basic Info:\n\n| Name | City | Email |\n| :--: | :--: | :--: | :--: |\n"
        "|**Eshan Iyer**|**College Park, MD**|**eshan@x.com**|\n\n"
        "## Skills\n\n| Language | Level |\n|---|---|\n| Python | good |\n| Java | fair |\n"
    )
    assert "City: **College Park, MD**" in resume.markdown, resume.markdown
    assert resume.name == "Eshan Iyer"
    assert "- Python · good" in resume.markdown  # two rows: a table still


def test_a_markdown_file_of_labelled_lines_with_no_heading_is_read_as_text() -> None:
    """An RS School CV typed as "Skills:" and "Work experience:" alone on lines of one
    paragraph, no heading anywhere: read as a text resume, its titles found as sections."""
    resume = parse_resume(
        "Name:Maryna Subach\nContact me: ms@gmail.com\nSkills:\nDatabases: MySQL, PostgreSQL\n"
        "Work experience: \n09/2018-01/2021 iTechArt, Software Developer, Minsk\n"
        "Education and courses:\nSoftware developer, Baranovichi State University\n"
        "Languages:\nEnglish - B1\n"
    )
    assert [s.title for s in resume.sections][:3] == [
        "Skills", "Work experience", "Education and courses",
    ], resume.markdown  # fmt: skip
    assert resume.name == "Maryna Subach"


def test_zero_width_spaces_inside_words_are_dropped() -> None:
    """A browser's or Word's zero-width spaces inside words ("E\u200bXPERIENCE",
    "M\u200barcus") would split them for every search: they go."""
    resume = parse_resume("# M\u200barcus Carlsson\n\n## E\u200bXPERIENCE\n\n- Waiter\n")
    assert resume.name == "Marcus Carlsson"
    assert [s.title for s in resume.sections] == ["EXPERIENCE"]


def test_a_soft_hyphen_inside_a_word_is_no_letter() -> None:
    """Word's soft hyphen ("WSe\u00ad2") marks where a word may break: the word reads whole,
    and a question naming it finds it."""
    resume = parse_resume("# Haining Pan\n\n## Publications\n\n- Twisted bilayer WSe\u00ad2\n")
    assert "bilayer WSe2" in resume.markdown


def test_a_separator_before_a_headings_first_word_is_dropped() -> None:
    """ "## · Ahmad Zaki Butmah": a tab or a break a Word file set before the name leaves
    a separator; the name is read without it."""
    resume = parse_resume("## · Ahmad Zaki Butmah\n\n## Education\n\n- Birzeit University\n")
    assert resume.name == "Ahmad Zaki Butmah", resume.markdown


def test_a_pandoc_definition_list_keeps_each_year_with_its_entry() -> None:
    """ "2012" over ":   **Ph.D.**, Tohoku University": CommonMark knows no definition lists
    and read the year into the line before; each definition is now an item led by its term,
    an empty ": []()" none, and a term's colon dropped."""
    markdown = read_markdown(
        "# Masatoshi Katabuchi\n\n## Education\n\n2012\n:   **Ph.D. (Life Sciences)**, Tohoku "
        "University\n\n2009\n:   **M.S.**, Tohoku University\n\n## Positions\n\nJune 2019-\n"
        ": []()\n: **Associate Professor**, XTBG\n\n## Grants\n\n2021:\n: NSFC grant\n"
    ).markdown
    assert "- 2012 · **Ph.D. (Life Sciences)**, Tohoku University" in markdown, markdown
    assert "- 2009 · **M.S.**, Tohoku University" in markdown
    assert "- June 2019- · **Associate Professor**, XTBG" in markdown
    assert "- 2021 · NSFC grant" in markdown
    assert "[]()" not in markdown


def test_a_line_opening_with_a_colon_after_a_list_is_no_definition() -> None:
    text = "# Ann Lee\n\n## Skills\n\n- Go\n: a colon after an item\n"
    assert ": a colon after an item" in read_markdown(text).markdown


def test_a_name_linked_to_its_page_is_the_name() -> None:
    """ "# KATERIN TELLO URA (https://…)": the name, its page a link (no name was found)."""
    reading = read_markdown(
        "# KATERIN TELLO URA (https://tellourakaterin.netlify.app/)\n\nTAS 7304 • +61 434 769 "
        "707\n\n## Work Experience\n\n- Web Developer, Saga Falabella, Lima 2022-2024\n"
    )
    assert reading.name == "KATERIN TELLO URA", reading.markdown


def test_a_colon_line_in_a_code_fence_is_no_definition() -> None:
    """Code is kept as written: ":   x" after a short line inside a fence is no definition."""
    text = "# Ann Lee\n\n## Projects\n\n```yaml\nservice\n:   port 80\n```\n\n- Go\n"
    markdown = read_markdown(text).markdown
    assert "- service · port 80" not in markdown, markdown
    assert ":   port 80" in markdown


def test_headings_with_no_space_after_their_marks() -> None:
    """ "#Matthieu Maury" / "##Skills" / "##Work", every heading so: headings, as the owner
    meant; "\\textsc{Place of birth:} Paris" keeps its words."""
    text = (
        "#Matthieu Maury\n\n\\textsc{Place of birth:} Paris, France | 1986\\\\\n"
        "\\textsc{e-mail:} \\url{m@6x9.fr}\\\\\n\n##Skills\n\n*   **Database:** MySQL, Redis\n\n"
        "##Work\n\n*   2013, **Freelance developer**\n"
    )
    reading = read_markdown(text)
    assert reading.name == "Matthieu Maury"
    assert "\n## Skills\n" in reading.markdown
    assert "\n## Work\n" in reading.markdown
    assert "Place of birth: Paris, France" in reading.markdown, reading.markdown
    assert "m@6x9.fr" in reading.markdown
    # One heading written right: the page's other "#1" lines are its words.
    kept = read_markdown("# Ann Lee\n\n## Awards\n\n#1 in sales, 2019\n\n#2 in 2020\n")
    assert "#1 in sales" in kept.markdown, kept.markdown


def test_a_tooltips_hidden_text_stands_apart_from_its_word() -> None:
    """ "Korean<span class="tooltiptext">TOPIK 5급</span>": "Korean · TOPIK 5급", not
    "KoreanTOPIK"."""
    text = (
        "# Daniil M\n\n## Languages\n\n"
        '<span class="tooltip">Korean<span class="tooltiptext">TOPIK 5급</span></span>, '
        '<span class="tooltip">English<span class="tooltiptext">TOEFL 110</span></span>\n'
    )
    markdown = read_markdown(text).markdown
    assert "Korean · TOPIK 5급" in markdown, markdown
