"""What round595-606's first runs missed in the answerer: "studied" for "study", a thing's
name taken for the person's, a nationality labelled in Japanese, law studied in German, what
a Portuguese CV is "Cursando" (studying now); and round611's "UFRJ" of "Universidade Federal
do Rio de Janeiro" (its linking words Portuguese)."""

from __future__ import annotations

from resume_chat.answerer.terms import stem
from tests.answering import answer_text


def test_studied_meets_study() -> None:
    # "What did she study?" of "Studied applied mathematics": "studied" meets "study" as
    # "studies" does.
    assert stem("studied") == stem("study") == stem("studies")
    assert stem("applied") == stem("apply")


def test_a_nationality_labelled_in_japanese() -> None:
    resume = (
        "# ジョン キョンウン (Jeong Kyungwoon)\n\nB2B アカウントマネージャー\n\n"
        "国籍: 韓国 │ 日本就労可能 │ 経験年数: 4年11ヶ月\n\n## 職務経歴\n\n"
        "### サムラブ株式会社 · 2025.06 – 在職中\n\n- 加盟店向けオンラインチャットサポート\n"
    )
    answer = answer_text(resume, "What nationality is the candidate?")
    assert "韓国" in answer, answer


def test_law_studied_in_german() -> None:
    resume = (
        "# Matthias Bruckbeck\n\n## Ausbildung\n\n05/2019-08/2019 Mit „Summa cum laude“ "
        "abgeschlossener Full Stack Web Developer Kurs an der Code Factory Wien. Der "
        "viermonatige Kurs umfasste folgende Themen.\n\n- Git/Github\n- HTML5\n\n"
        "10/2018 –04/2019 Bachelorstudium „Angewandte Informatik“ and der Alpe Adria "
        "Universität Klagenfurt\n\n11/2016 BÖV-Zertifikat, BÖV geprüfter Versicherungsfachmann"
        "\n\n10/2015 – 06/2016 Bachelorstudium „Rechtswissenschaften“ an der Universität Wien"
        "\n\n09/2013 Führerschein Klasse B\n\n## Schule\n\n09/2009 - 06/2014 Konrad Lorenz "
        "Gymnasium, Gänserndorf\n"
    )
    answer = answer_text(resume, "Did he ever study law? Where?")
    assert "Rechtswissenschaften" in answer.split("\n\n")[0], answer  # quoted first


def test_what_a_portuguese_cv_is_cursando_is_studied_now() -> None:
    resume = (
        "# Hiury Carvalho de Sá\n\n## Histórico Profissional:\n\n"
        "Auxiliar de Vendas – RP Plass Comercial Eireli\n\n## Formação Acadêmica:\n\n"
        "Ensino médio - Dezembro de 2020\n\n## Cursando:\n\n"
        "Etec: Desenvolvimento de Sistemas 3/3 (semanal - noturno)\n\n## Cursos:\n\n"
        "**Comunicação Escrita** – Fundação Bradesco.\n"
    )
    answer = answer_text(resume, "What is he currently studying?")
    assert "Desenvolvimento de Sistemas" in answer, answer


def test_the_name_of_a_thing_is_not_the_persons_name() -> None:
    resume = (
        "# Jack Kenney\n\n## EXPERIENCE\n\n### MathWorks, Natick, MA — Engineer\n\n"
        "- Built test tooling\n\n## PROJECTS\n\n"
        "### GPSLC.jl, a Julia Causal Inference Package — Julia github.com/KDL-UMass/GPSLC.jl\n\n"
        "Designed and implemented a Julia software package for causal treatment effects.\n"
    )
    answer = answer_text(resume, "What is the name of the Julia package he built?")
    assert "GPSLC.jl" in answer, answer
    assert "Jack Kenney" in answer_text(resume, "What is the name of the candidate?")


def test_an_acronym_of_a_name_linked_by_portuguese_words() -> None:
    resume = (
        "# João Vitor de O. Silva\n\n## EXPERIÊNCIA PROFISSIONAL\n\n"
        "### Universidade Federal do Rio de Janeiro · Rio de Janeiro, RJ, Brasil\n\n"
        "- PROFESSOR SUBSTITUTO · 03/2020 - 03/2022\n- Responsável pelos cursos de graduação.\n\n"
        "### Pontifícia Universidade Católica · Rio de Janeiro\n\n"
        "- PROGRAMADOR CIENTÍFICO · 09/2022 - Atualmente\n"
    )
    answer = answer_text(resume, "When was he a substitute professor at UFRJ?")
    assert "does not mention" not in answer, answer
    assert "03/2020" in answer, answer
