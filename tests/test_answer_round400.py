"""What round400-403's first runs answered wrong (four false denials among them): an e-mail
whose "@" is written "(at)", a phone number published masked, a candidate named by given name
and surname that the page never spells, the headline one presents oneself by, one's own
business, and words a resume writes its own way (a faculty, bookkeeping)."""

# ruff: noqa: RUF001 - resume text in Russian, Chinese and Japanese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from tests.test_answer_round396 import reply_text as _reply


def test_an_email_with_its_at_written_out_is_an_email() -> None:
    """ "ikuwow(at)gmail.com", "ivafanas (at) gmail.com": never "does not give an email"."""
    for written in ("ikuwow(at)gmail.com", "ivafanas (at) gmail.com"):
        resume = f"# Ikuo Degawa\n\n- Email {written}\n\n## 職務経歴\n\n### 株式会社ZOZO\n2021年\n"
        answer = _reply(resume, "What is his email address?")
        assert written in answer, answer


def test_a_phone_number_published_masked_is_a_phone_number() -> None:
    resume = "# 万圆\n\n手机：175xxxx5980\n\n## 教育背景\n\n苏州信息职业技术学院 动漫设计\n"
    answer = _reply(resume, "What is 万圆's phone number?")
    assert "175xxxx5980" in answer, answer


def test_a_candidate_named_by_a_name_the_page_never_spells_is_not_denied() -> None:
    """A Jekyll page whose name is a placeholder: "Alexandre Moret" asked is who, not what."""
    resume = (
        "# {{ site.author }}\n\n## Formation\n\n"
        "- **Master de Lettres**, parcours ÉdNITL - Université de Lille (2023 - 2025)\n"
        "- **Licence de Lettres modernes** - Université de Lille (2020 - 2023)\n"
    )
    question = "What degree is Alexandre Moret currently studying for, and at which university?"
    answer = _reply(resume, question)
    assert "Master de Lettres" in answer, answer
    assert not answer.startswith("The resume does not"), answer


def test_the_headline_one_presents_oneself_by_and_one_s_own_business() -> None:
    resume = (
        "# Karen Li\n\nBackend Developer Intern\n\nkaren@example.com\n\n"
        "## Owner 2020-present\n\n## Self-Employed\n\n- Made over $7000 profit reselling\n\n"
        "## Projects\n\n### Small Business Bookkeeper 2021\n- An Excel application for sales.\n"
    )
    answer = _reply(resume, "What role is she presenting herself for?")
    assert "Backend Developer Intern" in answer, answer
    answer = _reply(resume, "Does she run her own business?")
    assert answer.startswith("[Owner 2020-present]"), answer


def test_a_faculty_and_bookkeeping_in_the_resume_s_words() -> None:
    russian = (
        "# Бунаев Виктор\n\n## Образование:\n\n"
        "Учебное заведение: Московский физико-технический институт\n\n"
        "Факультет: Физтех-школа радиотехники и компьютерных технологий\n\n"
        "## Опыт работы:\n\nНет опыта\n"
    )
    answer = _reply(russian, "Which faculty is he in?")
    assert "Физтех-школа" in answer, answer
    japanese = "# 出川 幾夫\n\n## 資格\n\n- 日商簿記 2級 2016年\n\n## 学歴\n\n- 2012年 東京大学\n"
    answer = _reply(japanese, "Does he have any bookkeeping qualification?")
    assert "日商簿記" in answer, answer


def test_a_role_and_dates_set_larger_than_their_employer_are_its_line(tmp_path: Path) -> None:
    """A Word template sets the employer in Heading 3 and "role | dates" in Heading 2 under
    it: the line is the job's, and the job is held by the employer; the studies likewise;
    "6 meses de experiencia" is a claim of experience."""
    import docx

    from resume_chat.resume import load_resume

    document = docx.Document()
    document.add_paragraph("Juan Esteban Guzmán Marín", style="Title")
    document.add_paragraph("Perfil Profesional", style="Heading 1")
    document.add_paragraph("Tengo 6 meses de experiencia como practicante en ONE SYSTEM S.A.S.")
    document.add_paragraph("Experiencia", style="Heading 1")
    document.add_paragraph("ONE SYSTEM S.A.S", style="Heading 3")
    document.add_paragraph("Programador Front End | agosto 2022 – marzo 2023", style="Heading 2")
    document.add_paragraph("Desarrollo de actividades con HTML, CSS y JavaScript (Angular).")
    document.add_paragraph("Educación", style="Heading 1")
    document.add_paragraph("SENA", style="Heading 3")
    document.add_paragraph(
        "Medellín, Colombia | Tecnología en Análisis y desarrollo de sistemas (ADSI)",
        style="Heading 2",
    )
    path = tmp_path / "cv.docx"
    document.save(str(path))
    answerer = OfflineAnswerer(load_resume(path))

    def reply(question: str) -> str:
        return "\n".join(format_reply(answerer.answer(question)))

    answer = reply("What was his most recent job title and employer?")
    assert answer.startswith("[Experiencia › ONE SYSTEM S.A.S]"), answer
    assert "Programador Front End" in answer, answer
    answer = reply("Where did he study?")
    assert answer.startswith("[Educación › SENA]"), answer
    assert "6 meses de experiencia" in reply("How much work experience does he state?")


def test_a_master_s_project_said_outside_the_studies_still_comes_first() -> None:
    """ "Which high school?" keeps the studies first; "What was her master's project about?"
    does not: "Master Project: Real-time gesture recognition" stands elsewhere."""
    resume = (
        "# Ama Owusu\n\n## Industrial Experience\n\n- Bachelor Project: Home Scope\n"
        "- Master Project: Real-time gesture recognition using MS Kinect\n\n"
        "## Academic Qualification\n\n### 2018 – 2020: Master of Science in High Integrity "
        "Systems\nFrankfurt University of Applied Sciences\n"
    )
    answer = _reply(resume, "What was her master's project about?")
    assert "gesture recognition" in answer, answer


def test_a_candidate_asked_by_full_name_is_who_not_what() -> None:
    """ "Where did Jhoan Carlos do his internship?" of a page whose name stands alone in a
    title: the name is no word to search; "Olmi Communication", a company its lines name, is."""
    resume = (
        "## Perfil\n\nEstudiante de ingeniería de sistemas.\n\n## Condor CallUpe Jhoan Carlos\n\n"
        "## Experiencia laboral\n\n### Practicante\n\nCOMSITEC S.A.C., Huancayo, Perú\n\n"
        "Set 2023 – Dic 2023\n\n- Soporte técnico como practicante de ingeniería de sistemas\n"
    )
    answer = _reply(resume, "Where did Jhoan Carlos do his internship?")
    assert "COMSITEC" in answer, answer
