"""Which of an entry's lines answer, learned from this stop's real resumes: a sentence begun on
the line above the one found (round344's Vietnamese CV), a bold label over its list (round344's
psychology researcher), the line naming a topic's own word first, three jobs held at once
(round347's Brazilian lawyer), a job among items marked held now (round346's Ukrainian
designer), a year asked as "early 2024" (round346's Turkish developer), an exhibition "called"
something (round347's German painter)."""

# ruff: noqa: RUF001 - resume text in Cyrillic and Vietnamese, as written

from __future__ import annotations

import pytest

from resume_chat.answerer.intents import classify
from tests.test_lookups import answer_text


@pytest.mark.parametrize(
    ("resume", "question", "said"),
    [
        ("# Lê Ngọc\n\n## Kinh nghiệm\n\n**Từ 10/2020:**\n\nTham gia cuộc thi Learn-A-Thon 2020\n\n"
         "do Cisco tổ chức đạt được các chứng chỉ\n\n**Từ 07/2020:**\n\nKhoá học CCNAv7\n",
         "Which Cisco competition did she take part in?", "Learn-A-Thon 2020"),
        ("# Eliany Perez\n\n## Education & Credentials\n\nBachelor of Science (BS) in Psychology, "
         "2017\n\nUniversity of Florida, Gainesville, FL\n\n"
         "**Certifications & Professional Development:**\n\n- Introduction to UI and UX Design\n"
         "- NVIDIA Fundamentals of Deep Learning\n",
         "Which certifications or courses does she list?", "NVIDIA Fundamentals of Deep Learning"),
        ("# Eliany Perez\n\nData analyst with years in higher education and nonprofit research.\n\n"
         "## Professional Experience\n\n### Research Associate\n\n- Mentored junior researchers\n\n"
         "## Additional Experience\n\nCase Management Intern at Child Advocacy Center Inc\n\n"
         "Volunteer at UF Health Shands Hospital, Gainesville, FL\n",
         "Has she done any volunteering?", "Volunteer at UF Health Shands Hospital"),
        ("# Aslı Şahin\n\n## İş Deneyimi\n\n#### Stajyer, Yazılım Geliştirici\n\nKolayCAR\n\n"
         "Haziran 2025 – Temmuz 2025\n\n#### Yarı Zamanlı .NET Geliştirici\n\nKolayCAR\n\n"
         "Ocak 2024 – Mart 2024\n",
         "What was her role at KolayCAR in early 2024?", "Yarı Zamanlı .NET Geliştirici"),
        # round373's cloud architect, a text CV wrapped at its width: the line ending his
        # sentence ("whether it's" over "going for a walk or flying paragliders.").
        ("# Andrea De Tomasi\n\n## About Me\n\nCloud Architect and DevOps Engineer.\n"
         "In my free time, I enjoy practicing sports and spending time in nature, whether it's\n"
         "going for a walk or flying paragliders.\n\n## Experience\n\n### Freelance\n\n2025\n",
         "What does Andrea do in his free time?", "flying paragliders"),
        ("# Jürgen Unseld\n\n## Gruppenausstellungen\n\nGalerie Ars Nova „Sichtweisen“ 2005\n\n"
         "Museum am Burghof „Hülle und Fülle“ 2016\n",
         "What was the 2016 group exhibition at the Museum am Burghof called?", "Hülle und Fülle"),
    ],
)  # fmt: skip
def test_the_lines_that_answer_come_first(resume: str, question: str, said: str) -> None:
    answer = answer_text(resume, question)
    assert said in answer.splitlines()[0], answer


def test_three_jobs_held_at_once_are_all_named() -> None:
    resume = (
        "# Guilherme Netto\n\n## Experiência\n\n"
        "- 2017 – 2022 – Tarraf Consórcios Ltda.\nCargo: Assistente Jurídico\n\n"
        "- 2022 - Atual – Esports Pulze AB.\nCargo: Agente de Suporte\n\n"
        "- 2016 - Atual – Midas Club\nCargo: Advogado Pleno\n\n"
        "- 2022 - Atual – Confederação Brasileira do Desporto Eletrônico\nCargo: Coordenador\n"
    )
    answer = answer_text(resume, "Where does Guilherme work now?")
    for employer in ("Esports Pulze AB", "Midas Club", "Confederação Brasileira"):
        assert employer in answer, answer
    assert "Tarraf" not in answer, answer


def test_of_two_jobs_read_as_items_the_one_held_now_answers() -> None:
    """A PDF's jobs read as items, each over paragraphs of its own, one marked "дотепер"."""
    resume = (
        "# Denys Osadchyi\n\nAI Design Engineer\n\n## Досвід\n\n"
        "- Product Designer + Design Engineer (контракт) · 2026\n\nRecords Marine · B2B\n\n"
        "Контракт на дизайн B2B-маркетплейсу для морської галузі.\n\n"
        "- Засновник і AI Design Engineer · MD Academy · 2026 – дотепер\n\nНезалежний\n"
    )
    answer = answer_text(resume, "What is Denys doing now?")
    assert "MD Academy · 2026 – дотепер" in answer, answer
    assert "Records Marine" not in answer, answer


@pytest.mark.parametrize(
    ("question", "contact"),
    [
        ("How can I reach her?", True),
        ("Can I reach out to him?", True),
        ("What rank did he reach in the Brazilian Army?", False),
    ],
)
def test_a_rank_reached_is_no_way_to_reach_someone(question: str, contact: bool) -> None:
    assert (classify(question).name == "contact") is contact


def test_a_jobs_dates_alone_come_with_the_line_naming_where() -> None:
    """Round334's Portuguese template: each job a line of its dates over "Tradutor • traduzir
    um Site • London English School"; "which company" is answered by the line under them."""
    resume = (
        "# João Silva\n\n## Experiência\n\nTenho experiencia em trabalhos em equipe.\n\n"
        "Junho/2020 – setembro/2020\n\nTradutor • traduzir um Site • London English School\n\n"
        "Novembro/2020 – abril/2022\n\nSocial media • gerar conteúdo • London English School\n"
    )
    answer = answer_text(resume, "Which company has he worked for?")
    assert "London English School" in answer, answer
