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
