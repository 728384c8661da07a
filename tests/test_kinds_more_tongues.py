"""Section headings in the languages held-out resumes come in, each named the kind it is:
round326's "ESTUDIOS" was no section of studies, and a survey of the usual headings in
Spanish, Portuguese, Italian, Dutch, Indonesian, Swedish, Polish and Turkish found forty more."""

from __future__ import annotations

import pytest

from resume_chat.resume.kinds.classifier import names_kind, section_kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("ESTUDIOS", "education"), ("Études", "education"), ("Riwayat Pendidikan", "education"),
        ("Pengalaman Kerja", "experience"), ("Trayectoria profesional", "experience"),
        ("Historial laboral", "experience"), ("Keahlian", "skills"), ("Kompetenser", "skills"),
        ("Conocimientos informáticos", "skills"), ("Línguas", "languages"),
        ("Bahasa", "languages"), ("Certificações", "certifications"),
        ("Certificazioni", "certifications"), ("Sertifikat", "certifications"),
        ("Progetti", "projects"), ("Distinciones", "awards"), ("Penghargaan", "awards"),
        ("Ödüller", "awards"), ("Vrijwilligerswerk", "volunteering"),
        ("Kegiatan Sukarela", "volunteering"), ("Interessi", "interests"), ("Hobi", "interests"),
        ("Publicações", "publications"), ("Publikacje", "publications"),
        ("BILDUNG", "education"), ("技术能力", "skills"), ("COMPUTER PROFICIENCY", "skills"),
        ("Навчання", "education"), ("Кар’єра", "experience"),  # noqa: RUF001
        ("Referencias", "references"), ("Références", "references"), ("Referenzen", "references"),
        ("Sobre mí", "summary"), ("Über mich", "summary"), ("Ringkasan", "summary"),
        # round325's timeline of jobs, "Berufsweg und Lebensereignisse".
        ("BERUFSWEG und LEBENSEREIGNISSE", "experience"), ("Beschäftigung", "experience"),
        # round370's Slovak technician (an HTML page printed by mPDF): small capitals.
        ("PRIEBEH ZAMESTNANÍ", "experience"), ("KURZY A ŠKOLENIA", "education"),
    ],
)  # fmt: skip
def test_a_heading_in_another_language_names_its_kind(heading: str, kind: str) -> None:
    assert section_kind(heading) == kind


@pytest.mark.parametrize("heading", ["PRIEBEH ZAMESTNANÍ", "KURZY A ŠKOLENIA"])
def test_a_slovak_title_set_small_names_a_section_not_an_entry(heading: str) -> None:
    """Set smaller than the jobs under them, they are lifted above those only if named."""
    assert names_kind(heading), heading


@pytest.mark.parametrize(
    "heading", ["Premier League Analytics", "Republican Party", "Talent Acquisition", "Publicity"]
)
def test_english_words_holding_those_letters_name_no_kind(heading: str) -> None:
    assert section_kind(heading) == "other"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Higher Education", "education"), ("Educational Background", "education"),
        ("Soft Skills", "skills"), ("IT Skills", "skills"), ("Teaching Experience", "experience"),
        ("Extracurricular Activities", "volunteering"),
        ("Conference Presentations", "publications"),
        ("Past Positions", "experience"), ("Select Publications", "publications"),
    ],
)  # fmt: skip
def test_a_word_saying_which_of_a_kind_keeps_the_heading_that_kind(heading: str, kind: str) -> None:
    """round317: "Higher Education", alone on its line in a PDF set all in one size, named no
    kind, so it headed nothing and "Which university did he attend?" found no school."""
    assert names_kind(heading)
    assert section_kind(heading) == kind


@pytest.mark.parametrize("heading", ["Teaching Assistant", "IT Manager", "Computer Science"])
def test_those_words_beside_a_job_or_a_subject_name_no_kind(heading: str) -> None:
    assert not names_kind(heading)
