"""What round460-477's first runs answered wrong: "Does he speak Spanish?" of a Portuguese
resume naming no language left unanswered, a move to Switzerland not found in "déménagé en
Suisse", a "Gymnasium" denied of a "Realgymnasium", a Portuguese "Doutoramento" denied as no
PhD, a Finnish "Ruotsi" (Swedish) and a French "Permis voiture" not found, a job styled as a
heading under an empty "Professional Experience" read as papers."""

# ruff: noqa: RUF001 - resume text in Hebrew and Japanese, as written

from __future__ import annotations

import pytest

from resume_chat.answerer.own_tongue import own_languages
from tests.test_answer_round396 import reply_text as _answer

_PORTUGUESE = (
    "# Ícaro Bastos\n\nProfissional administrativo com sólida vivência em rotinas de departamento"
    " pessoal, fiscal e financeiro, com atuação no lançamento de títulos e na conciliação"
    " bancária. Em transição para a área de dados, com Python e SQL, e também com automação de"
    " processos pelo Power Automate ao longo de uma jornada de estudos até a conclusão.\n\n"
    "## Experiência\n\n### Assistente administrativo — Contabilidade Ilhéus\n\n2021 – 2024\n\n"
    "- Gestão de contratos e obrigações fiscais em sistemas como Protheus, com uma equipe de"
    " cinco pessoas, em parceria com o escritório e pelo atendimento aos clientes.\n"
)


def test_a_language_is_denied_of_a_resume_plainly_in_another_that_names_none() -> None:
    assert "does not mention Spanish" in _answer(_PORTUGUESE, "Does Ícaro speak Spanish?")
    assert "does not mention Japanese" in _answer(_PORTUGUESE, "Does he speak Japanese?")


def test_the_language_a_resume_is_written_in_is_never_denied() -> None:
    answer = _answer(_PORTUGUESE, "Does he speak Portuguese?")
    assert "does not mention" not in answer, answer
    spanish = (
        "# Ana Ruiz\n\nDesarrolladora con experiencia en los sistemas de pagos y en las"
        " plataformas de datos, desde el diseño hasta la operación y el soporte, con sus equipos"
        " y también con los clientes y las áreas de negocio y de producto.\n\n## Experiencia\n\n"
        "### Ingeniera — Banco Andino\n\n2019 – 2024\n"
    )
    assert "does not mention" not in _answer(spanish, "Does Ana speak Spanish?")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PORTUGUESE, {"portugues", "galician"}),
        ("Разработчик на Python с опытом работы в банке и в стартапе", {"russian", "ukrainian"}),
        ("本科 软件工程 熟悉 Java 和 Spring 框架 负责 后端 开发 与 数据库 设计", {"chines"}),
        ("バックエンドの開発を担当しました。チームの進め方を改善しました。", {"japanes"}),
        ("Python, SQL, Docker", None),  # too few small words to tell
    ],
)
def test_the_languages_a_resume_is_written_in(text: str, expected: set[str] | None) -> None:
    found = own_languages(text)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert expected <= found, found


def test_a_country_asked_in_english_is_found_as_the_resume_names_it() -> None:
    markdown = (
        "# Rebecca Meier\n\n## parcours\n\nNée à Malaga, Espagne, j'ai vécu durant 11 ans en"
        " Andalousie, puis, en 1996, j'ai déménagé en Suisse.\n\n## formation\n\n"
        "- 2007 – 2010 : Ecole Supérieure des Arts de Saint-Luc, Liège\n"
    )
    answer = _answer(markdown, "In which year did she move to Switzerland?")
    assert "déménagé en Suisse" in answer, answer


def test_a_school_kind_is_not_denied_of_a_compound_built_on_it() -> None:
    markdown = (
        "# Jonas Bandi\n\n## Berufserfahrung\n\n- 2014 – heute · Senior Developer, IvoryCode\n\n"
        "## Schulbildung\n\n1992-1997\n\nRealgymnasium Bern-Kirchenfeld\n\nMatura Typus C\n"
    )
    answer = _answer(markdown, "When did he attend the Gymnasium?")
    assert "does not mention" not in answer, answer


def test_a_portuguese_doutoramento_is_a_phd() -> None:
    markdown = (
        "# Flávio Cruz\n\n## EDUCAÇÃO\n\nDoutoramento em Ciência de Computadores no programa"
        " MAP-i das Universidades do Minho, Aveiro e Porto\n\nActualmente no 1º ano (2010-...)\n"
    )
    answer = _answer(markdown, "Which PhD programme is he in?")
    assert "MAP-i" in answer, answer


@pytest.mark.parametrize(
    ("markdown", "question", "said"),
    [
        (
            "# Mikko Asp\n\n## Työkokemus\n\n- Tuotantotyöntekijä 2019\n\n## Kielitaito\n\n"
            "Ruotsi Tyydyttävä\n\nSaksa Alkeet\n",
            "How good is his Swedish?",
            "Ruotsi Tyydyttävä",
        ),
        (
            "# Boris Sabatier\n\nboris-cv@sabatier.io\n\nPermis voiture depuis 2006\n\n"
            "## Expériences\n\n- Depuis 2016 · Ingénieur DevOps · Stormshield\n",
            "Does Boris have a driving licence?",
            "Permis voiture depuis 2006",
        ),
        (
            "# צליל כהן\n\n**שם:** צליל כהן\n\n**ניידות:** בעלת רכב\n\n## ניסיון\n\n"
            "- 2020-2022 מדריכת עזרה ראשונה\n",
            "Does she have a car?",
            "בעלת רכב",
        ),
        (
            "# Frederik Thanisch\n\n## Persönliche Daten\n\n#### Geburtsdaten:\n\n"
            "20.08.1993 in Kleve\n\n## Werdegang\n\n- 08/2013 bis 08/2015 Produktionsmechaniker\n",
            "When and where was he born?",
            "20.08.1993 in Kleve",
        ),
        (
            "# Alessandra Gomes\n\n## Escolaridade\n\n- Análise e Desenvolvimento de Sistemas.\n"
            "- Ensino Superior Completo (08/2023) – Universidade Anhanguera Educacional.\n",
            "Where did she study Systems Analysis and Development?",
            "Análise e Desenvolvimento de Sistemas",
        ),
    ],
    ids=["finnish-swedish", "permis-voiture", "hebrew-car", "geburtsdaten", "analise"],
)
def test_a_fact_in_the_resumes_language_is_found(markdown: str, question: str, said: str) -> None:
    answer = _answer(markdown, question)
    assert said in answer, answer
    assert "does not" not in answer


def test_a_job_styled_as_a_heading_under_an_empty_experience_section_is_a_job() -> None:
    markdown = (
        "# Amy E. Kendig\n\n## Education\n\n**PhD in Ecology** 2011–2017\n\n"
        "University of Minnesota\n\n## Professional Experience\n\n"
        "## Postdoctoral Research Associate\n\n"
        "Agronomy Department, University of Florida, Gainesville, FL 2018–present\n\n"
        "## Teaching and Mentoring\n\nInstructor, Data Carpentry, The Carpentries 2020–present\n"
    )
    answer = _answer(markdown, "What is Amy Kendig's current position?")
    assert "Postdoctoral Research Associate" in answer, answer
    assert "University of Florida" in answer
