"""JSON Resume files: checked against the official schema, rendered as canonical Markdown."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from resume_chat.errors import ResumeError
from resume_chat.resume import MAX_RESUME_BYTES, Resume, load_resume, parse_resume
from resume_chat.resume.jsonresume.reader import read_json_resume
from resume_chat.resume.model import build_resume

PATH = Path("resume.json")
SEE = "see jsonresume.org/schema"


def full_resume() -> dict[str, Any]:
    """A realistic resume.json with every section of the schema and two keys of its own."""
    return {
        "$schema": "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json",
        "basics": {
            "name": "  Amara Nwosu ",
            "label": "Staff Backend Engineer",
            "image": "https://example.com/amara.jpg",
            "email": "amara@example.com",
            "phone": "+44 20 7946 0958",
            "url": "https://amara.example.com",
            "summary": "Backend engineer who likes boring, reliable systems.\n# not a heading\n"
            "```\nTen years of Python and Go.",
            "location": {
                "address": "12 Canal Street\nFlat 3",
                "postalCode": "M1 3HE",
                "city": "Manchester",
                "region": "Greater Manchester",
                "countryCode": "GB",
            },
            "profiles": [
                {"network": "GitHub", "username": "amaran", "url": "https://github.com/amaran"},
                {"network": "Mastodon", "username": "@amara@hachyderm.io"},
            ],
        },
        "work": [
            {
                "name": "Ledgerly",
                "position": "Staff Engineer",
                "location": "Manchester, UK",
                "url": "https://ledgerly.example.com",
                "startDate": "2021-03",
                "summary": "Lead the payments platform team of six.",
                "highlights": [
                    "Cut settlement latency from 40 minutes to 90 seconds",
                    "Migrated 2 billion ledger rows to PostgreSQL 15 with no downtime",
                ],
                "teamSize": 6,
            },
            {
                "name": "Shopwise",
                "position": "Senior Software Engineer",
                "startDate": "2017-06-01",
                "endDate": "2021-02-28",
                "highlights": ["Built the order pipeline in Go, handling 3,000 orders a second"],
            },
        ],
        "volunteer": [
            {
                "organization": "Code Club",
                "position": "Mentor",
                "startDate": "2018",
                "summary": "Teach Scratch and Python to children aged 9 to 13.",
            }
        ],
        "education": [
            {
                "institution": "University of Leeds",
                "area": "Computer Science",
                "studyType": "BSc",
                "startDate": "2010-09",
                "endDate": "2013-07",
                "score": "First-class honours",
                "courses": ["Distributed Systems", "Compilers"],
            },
            {"institution": "Open University", "area": "Mathematics"},
        ],
        "awards": [
            {
                "title": "Engineer of the Year",
                "date": "2022-12",
                "awarder": "Ledgerly",
                "summary": "For the settlement rewrite.",
            }
        ],
        "certificates": [
            {
                "name": "Certified Kubernetes Administrator",
                "date": "2020-05",
                "issuer": "CNCF",
                "url": "https://cncf.example.com/cka/123",
            }
        ],
        "publications": [
            {
                "name": "Idempotent payments at scale",
                "publisher": "ACM Queue",
                "releaseDate": "2023-04-01",
                "url": "https://queue.example.com/idempotent",
                "summary": "How to retry a payment without charging twice.",
            }
        ],
        "skills": [
            {"name": "Backend", "level": "Expert", "keywords": ["Python", "Go", "PostgreSQL"]},
            {"name": "Infrastructure", "keywords": ["Kubernetes", "Terraform"]},
        ],
        "languages": [
            {"language": "English", "fluency": "Native speaker"},
            {"language": "Igbo", "fluency": "Conversational"},
        ],
        "interests": [{"name": "Climbing", "keywords": ["bouldering", "Peak District"]}],
        "references": [{"name": "Dana Reyes, CTO at Ledgerly", "reference": "Amara is superb."}],
        "projects": [
            {
                "name": "pg-ledger",
                "description": "An open-source double-entry ledger for PostgreSQL.",
                "highlights": ["400 stars on GitHub"],
                "keywords": ["PostgreSQL", "PL/pgSQL"],
                "startDate": "2019-01",
                "endDate": "2020-06",
                "url": "https://github.com/amaran/pg-ledger",
                "roles": ["Author", "Maintainer"],
                "entity": "Personal",
                "type": "application",
            }
        ],
        "meta": {"version": "v1.0.0", "theme": "elegant"},
        "talks": [{"title": "Boring payments", "event": "PyCon UK", "year": 2022}],
        "driving_licence": "Full UK licence",
    }


def test_full_resume_renders_every_section_and_fact() -> None:
    """Name first, every section in order, jobs, dates with "Present", degrees and extras."""
    reading = read_json_resume(full_resume(), PATH)
    markdown = reading.markdown
    assert markdown.startswith("# Amara Nwosu\n\nStaff Backend Engineer\n\n")
    assert reading.format == "json-resume"
    assert reading.name == "Amara Nwosu"
    assert reading.warnings == []
    for line in (
        "Email: amara@example.com",
        "Phone: +44 20 7946 0958",
        "Website: https://amara.example.com",
        "Location: Manchester, Greater Manchester, GB",
        "Address: 12 Canal Street, Flat 3, M1 3HE",
        "GitHub: amaran — https://github.com/amaran",
        "Mastodon: @amara@hachyderm.io",
        "Photo: https://example.com/amara.jpg",
        "### Staff Engineer — Ledgerly",
        "2021-03 \u2013 Present",
        "Manchester, UK",
        "- Cut settlement latency from 40 minutes to 90 seconds",
        "Team size: 6",
        "### Senior Software Engineer — Shopwise",
        "2017-06-01 \u2013 2021-02-28",
        "### Mentor — Code Club",
        "2018 \u2013 Present",
        "### BSc in Computer Science — University of Leeds",
        "2010-09 \u2013 2013-07",
        "GPA/score: First-class honours",
        "- Distributed Systems",
        "### Mathematics — Open University",
        "### Engineer of the Year — Ledgerly",
        "### Certified Kubernetes Administrator — CNCF",
        "https://cncf.example.com/cka/123",
        "### Idempotent payments at scale — ACM Queue",
        "- Backend (Expert): Python, Go, PostgreSQL",
        "- Infrastructure: Kubernetes, Terraform",
        "- English: Native speaker",
        "- Igbo: Conversational",
        "- Climbing: bouldering, Peak District",
        "### pg-ledger",
        "2019-01 \u2013 2020-06",
        "Roles: Author, Maintainer",
        "Keywords: PostgreSQL, PL/pgSQL",
        "- Dana Reyes, CTO at Ledgerly: Amara is superb.",
        "### Boring payments",
        "Event: PyCon UK",
        "Year: 2022",
        "Full UK licence",
    ):
        assert f"\n{line}\n" in markdown, line
    headings = [line for line in markdown.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Summary",
        "## Experience",
        "## Volunteering",
        "## Education",
        "## Awards",
        "## Certifications",
        "## Publications",
        "## Skills",
        "## Languages",
        "## Interests",
        "## Projects",
        "## References",
        "## Talks",
        "## Driving licence",
    ]
    assert "elegant" not in markdown
    assert "resume-schema" not in markdown


def test_fields_named_in_the_owners_words_title_their_entries() -> None:
    """A resume.json of its owner's keys ("school", "org", "role", the name in "summary"):
    each entry is titled by its school or organisation, not "Study 1", and the name is read."""
    data = {
        "summary": {"name": "Amy Churchwell", "title": "Front End Software Engineer"},
        "education": [{"school": "Epicodus", "startDate": "2017"},
                      {"school": "University of West Florida", "degree": "BA"}],
        "volunteer": [{"org": "Women Who Code", "role": "Front End Web Developer"}],
    }  # fmt: skip
    reading = read_json_resume(data, PATH)
    assert reading.name == "Amy Churchwell"
    assert "### Epicodus" in reading.markdown
    assert "### BA — University of West Florida" in reading.markdown
    assert "### Front End Web Developer — Women Who Code" in reading.markdown


def test_same_json_gives_the_same_bytes() -> None:
    """Two reads, of the same data and of a copy made through JSON text, are byte-identical."""
    first = read_json_resume(full_resume(), PATH).markdown
    again = read_json_resume(json.loads(json.dumps(full_resume())), PATH).markdown
    assert first.encode() == again.encode()
    assert read_json_resume(copy.deepcopy(full_resume()), PATH).markdown == first


def _built(data: object) -> Resume:
    """The resume as the loader builds it from the reading."""
    return build_resume(read_json_resume(data, PATH), PATH)


def _reparsed(data: object) -> Resume:
    """The resume from the rendered Markdown read back as a Markdown file."""
    return parse_resume(read_json_resume(data, PATH).markdown, PATH)


@pytest.mark.parametrize("build", [_built, _reparsed])
def test_markdown_parses_into_the_expected_tree(build: Callable[[object], Resume]) -> None:
    """The canonical Markdown splits into the name, a contact preamble and one section each."""
    resume = build(full_resume())
    assert resume.name == "Amara Nwosu"
    assert "Email: amara@example.com" in resume.preamble
    titles = [section.title for section in resume.sections]
    assert titles == [
        "Summary",
        "Experience",
        "Volunteering",
        "Education",
        "Awards",
        "Certifications",
        "Publications",
        "Skills",
        "Languages",
        "Interests",
        "Projects",
        "References",
        "Talks",
        "Driving licence",
    ]
    experience = resume.sections[1]
    assert [job.title for job in experience.children] == [
        "Staff Engineer — Ledgerly",
        "Senior Software Engineer — Shopwise",
    ]
    assert experience.children[0].body.startswith("2021-03 \u2013 Present")
    assert [s.title for s in resume.sections[3].children] == [
        "BSc in Computer Science — University of Leeds",
        "Mathematics — Open University",
    ]


@pytest.mark.parametrize("build", [_built, _reparsed])
def test_markdown_in_the_persons_text_stays_text(build: Callable[[object], Resume]) -> None:
    """A summary line opening with "#" or a code fence neither makes a heading nor hides one."""
    markdown = read_json_resume(full_resume(), PATH).markdown
    assert "\n\\# not a heading\n\\```\nTen years of Python and Go.\n" in markdown
    resume = build(full_resume())
    assert all(section.title != "not a heading" for section in resume.walk())
    assert "Ten years of Python and Go." in resume.sections[0].body


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ([{"basics": {"name": "A"}}], "an array, not an object with basics, work or education"),
        ("resume", "a string, not an object with basics, work or education"),
        ({"name": "my-package", "version": "1.0.0"}, "no basics, work or education"),
        ({"meta": {"version": "v1.0.0"}}, "no basics, work or education"),
    ],
)
def test_json_that_is_not_a_resume_is_refused(data: object, kind: str) -> None:
    """A list, a string or a package.json is JSON, but not a JSON Resume."""
    with pytest.raises(ResumeError) as caught:
        read_json_resume(data, PATH)
    expected = f"Resume resume.json is JSON but not a JSON Resume ({kind}); {SEE}"
    assert caught.value.message == expected


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"work": "lots"}, "work: 'lots' is not of type 'array'"),
        (
            {"basics": {"name": "A"}, "work": [{}, {}, {"highlights": [1, 2]}]},
            "work[2].highlights[0]: 1 is not of type 'string' (and 1 more)",
        ),
        (
            {"skills": [{"name": "Go", "keywords": {"level": "expert", "years": "ten or more"}}]},
            'skills[0].keywords: {"level": "expert", "years": "ten or mo… is not of type \'array\'',
        ),
    ],
)
def test_schema_violation_is_refused_in_one_line(data: object, problem: str) -> None:
    """A wrong type refuses the file, naming the first error's JSON path and a short message."""
    with pytest.raises(ResumeError) as caught:
        read_json_resume(data, PATH)
    message = caught.value.message
    assert message == f"Resume resume.json is not a valid JSON Resume: {problem}; {SEE}"
    assert "\n" not in message


def test_dates_outside_the_schema_pattern_warn_and_read() -> None:
    """Dates like "Present" or "2019-ish" break the pattern but read as written, with a warning."""
    data = {
        "basics": {"name": "Ben"},
        "work": [
            {"name": "Acme", "position": "Engineer", "startDate": "2019-ish", "endDate": "Present"},
            {"name": "Initech", "position": "Intern", "startDate": 2016},
        ],
    }
    reading = read_json_resume(data, PATH)
    assert "### Engineer — Acme\n\n2019-ish \u2013 Present\n" in reading.markdown
    assert "### Intern — Initech\n\n2016 \u2013 Present\n" in reading.markdown
    assert reading.warnings == [
        "Resume resume.json: 3 dates are not YYYY-MM-DD, YYYY-MM or YYYY, read as written: "
        "work[0].startDate '2019-ish', work[0].endDate 'Present', work[1].startDate 2016"
    ]


def test_malformed_email_and_url_warn_and_read() -> None:
    """The schema's email and uri formats only warn; an empty string is no value, not a bad one."""
    data: dict[str, Any] = {
        "basics": {"name": "Cy", "email": "cy at example.com", "url": "cy.example.com"},
        "work": [{"name": "Acme", "url": ""}],
    }
    reading = read_json_resume(data, PATH)
    assert "Email: cy at example.com\nWebsite: cy.example.com" in reading.markdown
    assert reading.warnings == [
        "Resume resume.json: 2 emails or URLs look malformed, read as written: "
        "basics.email 'cy at example.com', basics.url 'cy.example.com'"
    ]


def test_null_is_read_as_absent() -> None:
    """`"endDate": null` is an open end, not a wrong type; null fields are skipped silently."""
    data = {
        "basics": {"name": "Di", "label": None},
        "work": [{"name": "Acme", "startDate": "2020", "endDate": None}],
    }
    reading = read_json_resume(data, PATH)
    assert reading.markdown == "# Di\n\n## Experience\n\n### Acme\n\n2020 \u2013 Present\n"
    assert reading.warnings == []


def test_entries_without_titles_and_empty_sections() -> None:
    """An entry with no title gets a numbered one; empty entries and sections are left out."""
    data = {"basics": {"name": "Ed"}, "work": [{}, {"highlights": ["Shipped v2"]}], "awards": []}
    markdown = read_json_resume(data, PATH).markdown
    assert markdown == "# Ed\n\n## Experience\n\n### Job 2\n\n- Shipped v2\n"


def test_titles_ending_in_a_hash_keep_it() -> None:
    """A title ending in "C#" keeps its "#": it is text, not a closing sequence."""
    data = {"work": [{"position": "Lead C#", "name": "F#"}], "talks": ["Why C#"]}
    resume = _built(data)
    assert [section.title for section in resume.walk()] == ["Experience", "Lead C# — F#", "Talks"]


def test_bullets_typed_into_list_text_are_not_doubled() -> None:
    """A highlight pasted as "• Led ..." becomes one `- ` item, not "- • Led ..."."""
    data = {"work": [{"name": "Acme", "highlights": ["\u2022 Led the team", "- Shipped v2", "-"]}]}
    markdown = read_json_resume(data, PATH).markdown
    assert markdown.endswith("\n\n- Led the team\n- Shipped v2\n- \\-\n")


def test_resume_with_nothing_in_it_is_refused() -> None:
    """Sections that are all empty render no Markdown, which is no resume to chat about."""
    with pytest.raises(ResumeError, match=r"^Resume resume.json is a JSON Resume with nothing"):
        read_json_resume({"basics": {"name": "  "}, "work": []}, PATH)


def test_rendering_past_the_size_limit_is_cut_with_a_warning() -> None:
    """Markdown over MAX_RESUME_BYTES is cut at a line break, and the cut is reported."""
    lines = [f"Achievement number {n} in a very long list." for n in range(6000)]
    reading = read_json_resume({"basics": {"name": "Flo"}, "work": [{"highlights": lines}]}, PATH)
    assert len(reading.markdown.encode()) <= MAX_RESUME_BYTES
    assert reading.markdown.endswith(".\n")
    assert reading.warnings == [
        f"Resume resume.json renders to over {MAX_RESUME_BYTES:,} bytes of text; the end was cut."
    ]


def test_shipped_schema_is_the_official_one() -> None:
    """The package carries the JSON Resume schema, draft-07, with its lenient date pattern."""
    schema_file = resources.files("resume_chat").joinpath(
        "resume/jsonresume/schema/jsonresume.schema.json"
    )
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert schema["title"] == "Resume Schema"
    assert list(schema["properties"])[:3] == ["$schema", "basics", "work"]


def test_importing_the_reader_does_not_import_jsonschema() -> None:
    """jsonschema is imported when a JSON resume is read, not when the module is imported."""
    code = (
        "import sys, resume_chat.resume.jsonresume.reader; "
        "print('jsonschema' in sys.modules, 'referencing' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["False", "False"]


def test_text_written_as_a_list_of_strings_reads_as_paragraphs() -> None:
    """ "summary": ["…", "…"] is read, one paragraph each, with a warning, not refused."""
    data = full_resume()
    data["work"][0]["summary"] = ["Onboarded apps to Splunk.", "Wrote SPL queries for alerts."]
    reading = read_json_resume(data, PATH)
    assert "Onboarded apps to Splunk.\n\nWrote SPL queries for alerts." in reading.markdown
    assert any("list" in warning and "work[0].summary" in warning for warning in reading.warnings)


def test_a_resume_in_a_json_schema_of_its_own_is_read_as_an_outline(tmp_path: Path) -> None:
    """`profile` and `employment` instead of `basics` and `work`: read, named, with its
    sections; JSON that holds no resume (a package.json) is still refused."""
    own = tmp_path / "cv.json"
    own.write_text(
        json.dumps(
            {
                "profile": {"firstName": "Ana", "lastName": "Lima", "city": "Porto"},
                "employment": [{"company": "Acme", "position": "Data Engineer", "years": "2021-"}],
                "education": [{"school": "U. Porto", "degree": "BSc Physics"}],
                "skills": ["Kafka", "Python"],
            }
        )
    )
    resume = load_resume(own)
    assert resume.format == "json"
    assert resume.name == "Ana Lima"
    assert "### Data Engineer — Acme" in resume.markdown
    assert "- Kafka" in resume.markdown
    package = tmp_path / "package.json"
    package.write_text(json.dumps({"name": "x", "version": "1.0.0", "dependencies": {"a": "1"}}))
    with pytest.raises(ResumeError, match="not a JSON Resume"):
        load_resume(package)


def test_a_language_given_as_its_code_is_named() -> None:
    """ "language": "fr" is French: "Is he a native French speaker?" must find it."""
    from pathlib import Path

    from resume_chat.resume.jsonresume.reader import read_json_resume

    data = {
        "basics": {"name": "Abdel Mounhim"},
        "languages": [{"language": "fr", "fluency": "Native Speaker"}],
    }
    reading = read_json_resume(data, Path("resume.json"))
    assert "French (fr): Native Speaker" in reading.markdown


def test_plain_strings_in_a_sections_list_are_read_as_names() -> None:
    """ "interests": ["sztuczna inteligencja"] breaks the schema (it wants objects) but says
    plainly what it means: read as names, with a warning, still a JSON Resume."""
    from pathlib import Path

    from resume_chat.resume.jsonresume.reader import read_json_resume

    data = {
        "basics": {"name": "Jacek Zadrożny"},
        "interests": ["sztuczna inteligencja", "polski hiphop"],
        "work": [{"name": "Fundacja", "position": "Ekspert"}],
    }
    reading = read_json_resume(data, Path("resume.json"))
    assert reading.format == "json-resume"
    assert "polski hiphop" in reading.markdown
    assert any("plain text, not objects, read as names" in warning for warning in reading.warnings)


def test_a_trailing_comma_is_forgiven_with_a_warning() -> None:
    """The commonest slip in a hand-kept resume.json; a comma inside a string stays."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = b'{"basics": {"name": "Qing Liu", "label": "a, ]",}, "work": [{"name": "Eli Lilly",},],}'
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.format == "json-resume"
    assert reading.name == "Qing Liu"
    assert "Eli Lilly" in reading.markdown
    assert "a, ]" in reading.markdown
    assert any("trailing commas" in warning for warning in reading.warnings)


def test_a_missing_comma_at_a_lines_end_is_forgiven_with_a_warning() -> None:
    """A hand-typed JSON CV that left out a comma between two list items reads, with the
    names it gives as firstName and lastName; a bracket inside a string stays as written."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = (
        b'{\n "firstName": "Maria",\n "lastName": "Valatkevich",\n "note": "a ] {",\n'
        b' "workExperience": [\n  {"company": "Lerna", "duties": [\n   "contracts"\n'
        b'   "financial management"\n  ]}\n ],\n "education": "BNTU (economist)",\n'
        b' "certificates": "Software testing"\n}'
    )
    reading = read_resume_bytes(raw, Path("cv.txt"))
    assert reading.format == "json"  # its own keys, not JSON Resume's
    assert reading.name == "Maria Valatkevich"
    assert "financial management" in reading.markdown
    assert "a ] {" in reading.markdown
    assert any("missing commas" in warning for warning in reading.warnings)


def test_the_early_drafts_bio_is_read_as_basics() -> None:
    """JSON Resume's first draft: "bio" with firstName and lastName, an e-mail and a phone per
    place, profiles as a map. The person, contacts and summary are all kept."""
    data = {
        "bio": {
            "firstName": "Sebastian",
            "lastName": "Blei",
            "email": {"work": "", "personal": "s@blei.in"},
            "phone": {"work": "", "personal": "015222513780"},
            "summary": "Frontend developer at plazz AG.",
            "location": {"city": "Nordhausen", "countryCode": "DE"},
            "profiles": {"github": "iamsebastian"},
        },
        "work": [{"company": "plazz AG", "position": "Frontend Developer"}],
    }
    reading = read_json_resume(data, Path("resume.json"))
    assert reading.format == "json-resume"
    assert reading.name == "Sebastian Blei"
    for fact in ("s@blei.in", "015222513780", "plazz AG", "Nordhausen", "iamsebastian"):
        assert fact in reading.markdown, fact


def test_a_javascript_object_holding_the_resume_as_html_reads_as_that_page() -> None:
    """'{ title: "Resume", content: "<h2>…' is no JSON (unquoted keys, a string over many
    lines), but the page in it is the resume: read as HTML, with a warning."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = (
        b'{ title: "Resume", content: "\n<div><h2>Philip Hagelberg</h2></div>\n'
        b"<h3>Work Experience</h3><p><b>Web Developer</b> Evri, Seattle, WA</p>\n"
        b'<p>[August 2007 - present]</p>" }\n'
    )
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.name == "Philip Hagelberg"
    assert "## Work Experience" in reading.markdown
    assert "Evri, Seattle" in reading.markdown
    assert any("not valid JSON" in warning for warning in reading.warnings)
    # Past a text resume's limit such a page is refused, not read for seconds.
    big = b'{ t: "' + b"<p>x</p>" * 30_000 + b'" }'
    with pytest.raises(ResumeError, match="not valid JSON"):
        read_resume_bytes(big, Path("resume.json"))
    # A Markdown page opening with a link, HTML further down, stays Markdown.
    page = b"[Chinese](./README.md)\n\n## Experience\n\n<p>ZTT</p>\n\n### Skills\n\n- Django\n"
    reading = read_resume_bytes(page, Path("README_eng.md"))
    assert reading.format == "markdown"
    assert "### Skills" in reading.markdown or "## Skills" in reading.markdown


def test_flat_fields_with_sections_as_strings_read_as_an_outline() -> None:
    """Every value a string: "experience" and "education" hold their lines joined by
    newlines, a photo is a data URI. The sections are read, the picture is not."""
    from resume_chat.resume.formats import read_resume_bytes

    data = {
        "fullName": "MYKOLA VUTOV",
        "address": "Am Unterhorstweg 1B, 39122 Magdeburg, Germany",
        "experience": "Accountant | ZSU, Ukraine\nApril 2022 - October 2024",
        "education": "Diploma Engineer\nNational Technical University, Poltava",
        "languages": "Ukrainian - Native\nGerman - B1 Level",
        "photo": "data:image/svg+xml;base64," + "A" * 5000,
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.format == "json"
    assert reading.name == "MYKOLA VUTOV"
    assert "## Experience" in reading.markdown
    assert "- April 2022 - October 2024" in reading.markdown
    assert "## Education" in reading.markdown
    assert "base64" not in reading.markdown


def test_a_json_resume_past_the_text_limit_reads_with_its_rendering_cut() -> None:
    """A JSON file may carry a log of its edits or a photo as base64: up to 2 MB reads, the
    person found under "identity", the rendering cut at the text limit; past 2 MB, refused."""
    from resume_chat.resume.formats import read_resume_bytes

    data = {
        "identity": {"name": "Chris J Shanku", "location": "Atlanta, GA"},
        "education": [{"institution": "University of Georgia", "studyType": "BS"}],
        "ship_log": {"entries": [f"commit {n}: {'x' * 200}" for n in range(1500)]},
    }
    raw = json.dumps(data).encode()
    assert MAX_RESUME_BYTES < len(raw) < 2_000_000
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.name == "Chris J Shanku"
    assert "University of Georgia" in reading.markdown
    assert len(reading.markdown.encode()) <= MAX_RESUME_BYTES
    assert any("the end was cut" in warning for warning in reading.warnings)
    with pytest.raises(ResumeError, match="over 2,000,000 bytes"):
        read_resume_bytes(b'{"a": "' + b"x" * 2_000_000 + b'"}', Path("resume.json"))


def test_a_line_break_typed_into_a_string_and_sections_by_header_are_read() -> None:
    """A raw line break inside a string is forgiven with a warning; sections kept as
    `{"header": "experience", "items": [...]}` under "sections", the person under "basic"."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = (
        b'{"basic": {"name": "Di Wu", "email": "dev@wudi.me"},\n "sections": [\n'
        b'  {"header": "summary", "items": [{"content": "Senior engineer,\n ten years"}]},\n'
        b'  {"header": "experience", "items": [{"title": ["Amazon", "Vancouver"]}]},\n'
        b'  {"header": "education", "items": [{"title": ["Tsinghua University"]}]}]}'
    )
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.name == "Di Wu"
    assert "## Experience" in reading.markdown
    assert "Amazon" in reading.markdown
    assert "Tsinghua University" in reading.markdown
    assert any("line breaks inside strings" in warning for warning in reading.warnings)


def test_a_commented_out_line_is_forgiven_with_a_warning() -> None:
    """JSON with comments, as editors allow: a "//" line or a "/* */" block is dropped, and
    the comma it leaves before a closing brace too; "//" inside a string (a URL) stays."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = (
        b'{\n "basics": {\n  "name": "Lu Chen",\n  "url": "https://lu.example",\n'
        b'  // "phone": "555",\n  /* "email": "x@y" */\n },\n'
        b' "work": [{"name": "Genius Star"}]\n}'
    )
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.format == "json-resume"
    assert reading.name == "Lu Chen"
    assert "https://lu.example" in reading.markdown
    assert "555" not in reading.markdown
    assert "x@y" not in reading.markdown
    assert "Genius Star" in reading.markdown
    assert any("comments and trailing commas" in warning for warning in reading.warnings)


def test_a_location_written_as_one_string_is_read_as_the_place() -> None:
    """ "location": "Washington, D.C" where the schema wants an object: still a JSON Resume,
    the place kept, with a warning."""
    from resume_chat.resume.jsonresume.reader import read_json_resume

    data = {"basics": {"name": "Emma Ray", "location": "Washington, D.C"}, "work": []}
    reading = read_json_resume(data, Path("resume.json"))
    assert reading.format == "json-resume"
    assert "Washington, D.C" in reading.markdown
    assert any("1 value is plain text" in warning for warning in reading.warnings)


def test_stray_text_after_the_closing_brace_is_ignored_with_a_warning() -> None:
    """ "- [ ]" left after the object (a to-do line pasted by mistake): the resume is read;
    a second object after the first, or a long tail, is still not JSON."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = b'{"basics": {"name": "Ann Lee"}, "work": [{"name": "NOAA"}]}\n- [ ]\n'
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.name == "Ann Lee"
    assert "NOAA" in reading.markdown
    assert any("after the JSON's closing brace" in warning for warning in reading.warnings)
    with pytest.raises(ResumeError, match="not valid JSON"):
        read_resume_bytes(b"[1]\n- [ ]\n", Path("resume.json"))
    with pytest.raises(ResumeError, match="not valid JSON"):
        read_resume_bytes(b'{"basics": {}}\n' + b"x" * 2_000, Path("resume.json"))


def test_a_schema_of_its_own_with_sections_one_level_down_is_read() -> None:
    """{"info": {...}, "resume": {"experience": [...], "education": [...]}}: the sections under
    "resume"; an all-capitals key ("GPA") keeps its letters."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = json.dumps(
        {
            "info": {"firstName": "Pierrick", "lastName": "Rauby"},
            "resume": {
                "experience": [{"title": "Senior Application Engineer", "company": "MathWorks"}],
                "education": [{"title": "M.S. Computer Science", "GPA": "3.78"}],
            },
        }
    ).encode()
    reading = read_resume_bytes(raw, Path("resume.json"))
    assert reading.name == "Pierrick Rauby"
    assert "## Experience" in reading.markdown
    assert "## Education" in reading.markdown
    assert "GPA: 3.78" in reading.markdown


def test_a_terminal_resumes_colour_codes_are_dropped() -> None:
    """A resume written for `cat` in a terminal: "\\x1b[32mEXPERIENCE\\x1b[0m" reads as text."""
    from resume_chat.resume.formats import read_resume_bytes

    raw = b"\x1b[32mBEN ADAMS\x1b[0m\n\n\x1b[32mEXPERIENCE\x1b[0m\n\n\x1b[1mATPCO\x1b[0m, intern\n"
    reading = read_resume_bytes(raw, Path("resume.txt"))
    assert "\x1b" not in reading.markdown
    assert "[32m" not in reading.markdown
    assert "ATPCO, intern" in reading.markdown


def test_a_d3_tree_of_qualifications_is_read_branch_by_branch() -> None:
    """{"name": "quals", "children": [{"name": "education", "children": [...]}]}: each branch a
    section, each twig one line with what hangs below it."""
    from resume_chat.resume.formats import read_resume_bytes

    tree = {
        "name": "quals",
        "children": [
            {
                "name": "education",
                "children": [{"name": "Ph.D", "children": [{"name": "cardiac"}]}],
            },
            {"name": "experience", "children": [{"name": "Civis Analytics"}]},
        ],
    }
    reading = read_resume_bytes(json.dumps(tree).encode(), Path("quals.json"))
    assert "## education" in reading.markdown
    assert "- Ph.D: cardiac" in reading.markdown
    assert "- Civis Analytics" in reading.markdown


def test_a_list_of_titled_sections_under_a_key_of_its_own_is_read() -> None:
    """{"name": ..., "sections": [{"title": "Education", "kind": "entries", "entries": [...]}]}:
    each titled object a section, its entries headed by their "heading"; a list of a section's
    own ("projects": [{"title": ...}]) stays that section's entries."""
    from resume_chat.resume.formats import read_resume_bytes

    entry = {"heading": "University of California, Irvine", "when": "Expected Jun. 2030"}
    skill = {"term": "Software", "detail": "Fusion 360"}
    project = {"title": "Coil Gun", "description": "Built a two-stage coil gun."}
    data = {
        "name": "Calvin Yang",
        "contact": [{"label": "calviny7@uci.edu", "href": "mailto:calviny7@uci.edu"}],
        "sections": [
            {"title": "Education", "kind": "entries", "entries": [{**entry, "bullets": []}]},
            {"title": "Skills", "kind": "list", "entries": [skill]},
            {"title": "Projects", "kind": "entries", "entries": [project]},
        ],
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.name == "Calvin Yang"
    assert "## Education\n\n### University of California, Irvine" in reading.markdown
    assert "Bullets" not in reading.markdown
    assert "## Projects\n\n### Coil Gun" in reading.markdown
    mine = {"fullName": "Ana", "sideProjects": [project], "employment": [{"role": "Engineer"}]}
    reading = read_resume_bytes(json.dumps(mine).encode(), Path("resume.json"))
    assert "## Side projects\n\n### Coil Gun" in reading.markdown


def test_a_profile_key_in_camel_case_names_and_roles_sit_under_their_employer() -> None:
    """{"aboutMe": {"name": ...}, "experience": [{"company", "roles": [{"role", "details"}]}]}:
    the name from "aboutMe"; each role an entry under its company, its details its lines."""
    from resume_chat.resume.formats import read_resume_bytes

    role = {"role": "Senior Software Engineer", "details": ["Angular, .NET"], "date": "2024 -"}
    data = {
        "aboutMe": {"name": "Harris Arvanitis", "tagline": "Software Engineer"},
        "education": [{"name": "MSc Informatics", "university": "University of Piraeus"}],
        "experience": [{"company": "Qualco SA", "roles": [role]}],
        "skills": ["C#", "T-SQL"],
    }
    reading = read_resume_bytes(json.dumps(data).encode(), Path("resume.json"))
    assert reading.name == "Harris Arvanitis"
    assert "### Qualco SA\n\n#### Senior Software Engineer\n\n- Angular, .NET" in reading.markdown
    assert "Roles" not in reading.markdown
    assert "Details" not in reading.markdown


def test_an_untitled_record_in_a_schema_of_its_own_continues_the_entry_before_it() -> None:
    """`{"company": "", "jobTitle": "", "descriptions": [...]}`: no blank `###` entry; its
    lines stand under the job before it, and `jobTitle` titles a job like `title` does."""
    from resume_chat.resume.formats import read_resume_bytes

    work = [
        {"company": "Northwind Labs", "jobTitle": "Medical Technologist", "descriptions": []},
        {"company": "", "jobTitle": "", "descriptions": ["Cross-trained in four lab sections."]},
    ]
    raw = json.dumps(
        {
            "profile": {"name": "Dana Reyes"},
            "workExperiences": work,
            "educations": [{"school": "Quinnipiac University", "degree": "BS"}],
        }
    )
    markdown = read_resume_bytes(raw.encode(), Path("resume.json")).markdown
    assert "### Medical Technologist — Northwind Labs" in markdown
    assert "\n### \n" not in markdown
    assert "\n### Entry" not in markdown
    job = markdown.split("### Medical Technologist — Northwind Labs", 1)[1]
    assert "Cross-trained" in job.split("##", 1)[0]


def test_sections_inside_the_persons_own_object_are_sections() -> None:
    """{"personal": {"name", "contact", "experiencia_profesional", "educacion"}}: one key
    holding the person and the resume; a Spanish key without its accent names its kind."""
    from resume_chat.resume.formats import read_resume_bytes

    job = {"position": "Técnico", "company": "Junta de Andalucía"}
    school = {"degree": "Desarrollo de Aplicaciones", "school": "MEDAC"}
    data = {"personal": {"name": "Ana Pastor", "contact": {"phone": "+34 640 30 51 70"},
            "experiencia_profesional": [job], "educacion": [school]}}  # fmt: skip
    reading = read_resume_bytes(json.dumps(data).encode(), Path("cv.json"))
    assert reading.name == "Ana Pastor"
    assert "## Experiencia profesional\n\n### Técnico — Junta de Andalucía" in reading.markdown
    assert "## Educacion\n\n### Desarrollo de Aplicaciones — MEDAC" in reading.markdown
    assert "+34 640 30 51 70" in reading.markdown


def test_a_named_persons_roles_are_a_resume_and_record_ids_are_not_text() -> None:
    """{"header": {"name"}, "roles": [...]}: a site's data with one kind of section, jobs, is
    still a resume; the records' "id" slugs are the site's, not the person's."""
    from resume_chat.resume.formats import read_resume_bytes

    data = {"header": {"name": "Dan Ulrich", "location": "Salt Lake City, UT"},
            "roles": [{"id": "msft-2011", "employer": "Microsoft", "title": "Program Manager",
                       "dates": "May 2011-Jun 2015"}]}  # fmt: skip
    reading = read_resume_bytes(json.dumps(data).encode(), Path("site.json"))
    assert reading.name == "Dan Ulrich"
    assert "### Program Manager — Microsoft" in reading.markdown
    assert "msft-2011" not in reading.markdown
    with pytest.raises(ResumeError):  # no person named: settings, not a resume
        read_resume_bytes(json.dumps({"roles": data["roles"]}).encode(), Path("site.json"))


def test_dates_kept_as_unix_timestamps_read_as_months_and_ongoing_as_present() -> None:
    """`"start_date": 1451653200` is January 2016; `"is_ongoing": true` is a job held now; a
    name kept as its parts is the name."""
    from resume_chat.resume.formats import read_resume_bytes

    data = {"details": {"name": ["Konrad", "Iturbe"], "location": "Madrid, Spain"},
            "studies": [{"school": "IES Madrid", "degree": "Bachillerato"}],
            "work_experience": [
                {"company": "Robonautica", "start_date": 1451653200, "end_date": 1483275600},
                {"company": "Cross River Bank", "start_date": 1714521600000, "is_ongoing": True},
            ]}  # fmt: skip
    markdown = read_resume_bytes(json.dumps(data).encode(), Path("cv.json")).markdown
    assert markdown.startswith("# Konrad Iturbe\n"), markdown
    assert "Start date: Jan 2016" in markdown
    assert "End date: Jan 2017" in markdown
    bank = markdown.split("### Cross River Bank", 1)[1]
    assert "Start date: May 2024" in bank
    assert "Present" in bank
    assert "1451653200" not in markdown


def test_a_top_level_array_of_typed_items_is_read_by_type(tmp_path: Path) -> None:
    """[{"type": "job", …}, {"type": "education", …}] with HTML in its values: the items
    grouped into sections by their type, the tags dropped, not "not a JSON Resume"."""
    path = tmp_path / "resume.json"
    items = [
        {"type": "job", "company": '<a href="https://ct.com/">Connected Travel, LLC</a>',
         "role": "Program Manager", "startDate": "01/18", "endDate": "Present"},
        {"type": "job", "company": "Shop.Co", "role": "Support Manager", "startDate": "06/17"},
        {"type": "education", "school": "University of Washington", "major": "Economics"},
        {"type": "skills", "programs": ["JIRA", "Salesforce"]},
    ]  # fmt: skip
    path.write_text(json.dumps(items), encoding="utf-8")
    resume = load_resume(path)
    assert "Connected Travel, LLC" in resume.markdown
    assert "<a" not in resume.markdown
    assert {section.title for section in resume.sections} >= {"Jobs", "Educations"}


def test_what_a_person_keeps_in_meta_besides_the_files_own_facts_is_read() -> None:
    """ "meta": {"extra": {"transport": "Movilidad propia"}}: the person's, read as a section;
    the schema's own "canonical", "version" and "lastModified" stay out."""
    data = full_resume()
    data["meta"] = {
        "canonical": "https://example.com/resume.json",
        "version": "v1.0.0",
        "lastModified": "2026-08-11",
        "extra": {"transport": "Movilidad propia · licencia vigente"},
    }
    markdown = read_json_resume(data, PATH).markdown
    assert "Transport: Movilidad propia" in markdown, markdown
    assert "2026-08-11" not in markdown, markdown
    assert "v1.0.0" not in markdown, markdown


def test_a_section_given_as_zero_is_no_section() -> None:
    """round363's Korean JSON Resume: "references": 0 (none) made the whole file fail the schema
    and read as JSON of its owner's own."""
    data = {
        "basics": {"name": "박경욱"},
        "work": [{"company": "Kakao", "position": "Software Engineer", "startDate": "2019-01"}],
        "references": 0,
    }
    reading = read_json_resume(data, Path("resume.json"))
    assert reading.format == "json-resume", reading.markdown
    assert "Kakao" in reading.markdown, reading.markdown


def test_html_left_in_a_jobs_summary_is_read_as_its_lines() -> None:
    """round369's French engineer: a theme's editor left "<p>…</p><ul><li>…</li></ul>" in
    his summary, read as one escaped line of tags."""
    data = {
        "basics": {"name": "Jacques Rimbault"},
        "work": [
            {
                "name": "ProvenRun",
                "position": "Ingénieur R&D",
                "startDate": "2024-03-18",
                "summary": "<p>Pilote l'intégration continue.</p><ul><li>Construit des labos "
                "(Rust, Yocto/Buildroot).</li><li>Rédige les politiques &amp; standards.</li></ul>",
            }
        ],
    }
    markdown = read_json_resume(data, PATH).markdown
    assert "Pilote l'intégration continue.\n" in markdown, markdown
    assert "- Construit des labos (Rust, Yocto/Buildroot).\n" in markdown, markdown
    assert "- Rédige les politiques & standards." in markdown, markdown
    assert "<li>" not in markdown, markdown
