"""What the first runs of round388-391 read or answered wrong: a Chinese section joining jobs and
studies, a master's asked of a Chinese resume, German and Russian section titles, a job's dates
or title set in the entry above it, a candidate's e-mail read as a word of the question, words
a German or Chinese resume writes its own way, and a Chinese plain-text page's titles."""

# ruff: noqa: RUF001, RUF002 - Chinese colons, commas and rules, Turkish letters, as CVs write them

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.kinds.classifier import names_kind, section_kind
from resume_chat.resume.levels import lift_main_sections
from resume_chat.resume.model import build_resume
from resume_chat.resume.text import read_text
from tests.test_lookups import answer_text

_HUAWEI = """# 张恩博

## 个人信息

- 专业：软件工程 · 岗位：研发工程师

## 工作及教育经历

- 华为技术有限公司 2021.5~至今 CBG- 消费者云服务大数据服务部
- 华为技术有限公司 2018.7~2020.4 网络产品线 - 数据通讯系统架构部
- 东北大学 2014.6~2018.6 软件工程专业 -本科

## 获奖经历

- 2017 年国家奖学金、 2018 年华为明日之星

## 项目经历

1. 实习 /毕设 - AutoParams - 整个系统的开发 - 201710 - 201806

- 具体功能：帮助用户自动调节各种机器学习算法的超参数
"""


def test_a_chinese_section_of_jobs_and_studies_tells_them_apart() -> None:
    """ "工作及教育经历" (work and education): Huawei is a job, 东北大学 the studies."""
    studied = answer_text(_HUAWEI, "Where did he study and what did he major in?")
    assert studied.startswith("[工作及教育经历 › 东北大学"), studied
    worked = answer_text(_HUAWEI, "When did he work in Huawei's network product line?")
    assert "网络产品线" in worked, worked
    assert "东北大学" not in worked, worked


def test_a_master_s_asked_of_a_chinese_resume_holding_a_bachelor_s_is_denied() -> None:
    answer = answer_text(_HUAWEI, "Does he have a master's degree?")
    assert answer == "The resume does not mention a master's degree.", answer


def test_a_korean_bachelor_s_is_a_degree() -> None:
    resume = "# 이희연\n\n## INFO\n\n- Java & Spring 기반 Backend 개발자\n- 소프트웨어 공학 학사\n"
    answer = answer_text(resume, "What degree does 희연 hold?")
    assert "학사" in answer, answer


def test_a_post_in_a_form_s_field_and_a_graduation_project() -> None:
    post = answer_text(_HUAWEI, "What position is he applying for / what is his job title?")
    assert "研发工程师" in post, post
    project = answer_text(_HUAWEI, "What was his internship/graduation project?")
    assert project.startswith("[项目经历"), project
    assert "AutoParams" in project, project


def test_a_scholarship_is_found_in_chinese_words() -> None:
    """ "国家奖学金" holds "奖学金" (scholarship): Chinese writes no spaces between words."""
    answer = answer_text(_HUAWEI.replace("## 获奖经历", "## 其他"), "Which scholarship did he win?")
    assert "国家奖学金" in answer, answer


_SIDEBAR = """# Anass El Mokaouil

## BILDUNGSABSCHLÜSSE

#### Master Systems-Engineering

Hochschule Albstadt-Sigmaringen

#### ARBEITSERFAHRUNG

#### 01/10/2021 bis 31/03/2022 Masterarbeit

Pro-micron GMBH
"""


def test_a_jobs_title_set_smaller_than_the_studies_is_lifted_to_their_level() -> None:
    lines = lift_main_sections(_SIDEBAR.splitlines())
    assert "## ARBEITSERFAHRUNG" in lines, lines
    assert names_kind("ARBEITSERFAHRUNG")
    assert section_kind("ARBEITSERFAHRUNG") == "experience"


_DATES_ABOVE = """# Anass El Mokaouil

anass.elmokaouil@hotmail.com

## Arbeitserfahrung

### Bachelorarbeit im Bereich Daten Analytics

Swoboda Technologie GmbH

- Anwendung Software Tools: KNIME
- Angewendete Verfahren: Isolation-Forest

05/2018 – 03/2019

### Werkstudent im Bereich Validierung

Swoboda Technologie KG Wiggensbach

- Anwendung der Software LabVIEW

## Ehrenamtliche Tätigkeiten

### ab 01/2017

Ehrenamtlicher Nachhilfelehrer bei Integration und Interkulturelle Bildung e. V.

- Fächer: Mathe und Physik
"""


def test_a_job_s_dates_last_in_the_job_above_are_its_own() -> None:
    """A PDF's dates column set each date a line above its job: "Validierung" (asked as
    "validation") is the job of "05/2018 – 03/2019"."""
    answer = answer_text(_DATES_ABOVE, "When did he work as a working student in validation?")
    assert answer.startswith("[Arbeitserfahrung › Werkstudent"), answer
    assert "05/2018 – 03/2019" in answer, answer


_FOOTED = """# Anass El Mokaouil

## Arbeitserfahrung

### Masterarbeit · 10/2021 – 03/2022

Pro-micron GMBH

### Werkstudent · 05/2018 – 03/2019

Swoboda Technologie KG Wiggensbach

- Anass El Mokaouil | Lotterbergstraße 22 | anass.elmokaouil@hotmail.com
"""


def test_the_candidate_s_e_mail_is_no_word_of_a_question_naming_him() -> None:
    """ "Anass El Mokaouil's" asked: "anass.elmokaouil" of his address, in a page's footer
    among the last job's lines, is no search word."""
    answer = answer_text(_FOOTED, "What was Anass El Mokaouil's most recent position?")
    assert answer.startswith("[Arbeitserfahrung › Masterarbeit"), answer


def test_ehrenamtliche_taetigkeiten_are_volunteering_quoted_whole() -> None:
    assert section_kind("EHRENAMTLICHER TÄTIGKEITEN") == "volunteering"
    answer = answer_text(_DATES_ABOVE, "Has he done any volunteer work?")
    assert "Mathe und Physik" in answer, answer


_STARS = """# Hassan OULCAID

## Expériences

Consultant Informatique - OULCAID CLOUD SOLUTIONS (Indépendant)

### 01/2025–Actuellement | Paris, FRANCE

Prestations proposées dans le cadre de missions en freelance

- ⋆⋆

Ingénieur DevOps - EFFICITY (Apprentissage)

### 11/2021–10/2023 (2ans) | Paris, FRANCE

Participation au déploiement d'infrastructures cloud
"""


def test_a_job_s_title_over_its_dated_heading_after_a_rule_of_stars() -> None:
    answer = answer_text(_STARS, "When did he work at EFFICITY and in what role?")
    assert answer.startswith("[Expériences › 11/2021–10/2023"), answer
    assert "Ingénieur DevOps" in answer, answer


def test_certificates_or_courses_asked_are_the_certificates() -> None:
    resume = (
        "# Hatice Şen\n\n## Eğitim\n\nİzmir Ekonomi Üniversitesi | Ekim 2024 - Haziran 2026\n\n"
        "## Sertifikalar & Kurslar\n\nDesigner 1 Sertifikası - Kuika Academy | Ocak 2026\n"
    )
    answer = answer_text(resume, "Which certificates or courses has she completed?")
    assert answer.startswith("[Sertifikalar & Kurslar]"), answer


def test_a_migration_asked_of_a_german_migriert() -> None:
    resume = (
        "# Dennis Uden\n\n## Anstellung\n\nHorst Schwartinsky e. K.\n\n## Meilensteine\n\n"
        "Mail-Server nach Google umgezogen.\n\nDMS von DocuWare zu GoogleVault migriert.\n"
    )
    answer = answer_text(resume, "Which document management migration did he carry out?")
    assert "DocuWare" in answer, answer
    assert section_kind("Anstellung") == "experience"


def test_a_goal_under_its_own_heading() -> None:
    resume = (
        "# Gisele Gomes Ferreira\n\nContato: (31)99680-8034\n\n## Objetivo:\n\n"
        "- Crescer no cargo de Vendedora.\n\n## Formação:\n\nEnsino médio completo\n"
    )
    answer = answer_text(resume, "Which position is she applying for?")
    assert "Vendedora" in answer, answer


_CHINESE_TEXT = (
    "简历标题：android技术开发\n"
    "－－－－－－－－－－－－－－\n"
    "姓名：宋源栋\n\n"
    "联系方式\n"
    "手机：\n"
    "Email：sydnever@163.com\n\n"
    "专业技能\n"
    "语言：Java，C, C++, Python, html　\n"
    "编码：代码风格优美严谨，注释详尽简练\n\n"
    "外语\n"
    "CET-4，无障碍使用各种软件开发工具（英文版）。\n"
)


def test_a_chinese_text_page_s_titles_and_name() -> None:
    """Two letters ("外语") title a section; a sentence with a colon or "CET-4" in it does
    not, nor an empty field ("手机："); "姓名：" and a full-width colon names him."""
    reading = read_text(_CHINESE_TEXT)
    titles = [line for line in reading.markdown.splitlines() if line.startswith("#")]
    assert titles == ["# 宋源栋", "## 联系方式", "## 专业技能", "## 外语"], titles
    assert "－－－" not in reading.markdown
    assert build_resume(reading, Path("c.txt")).name == "宋源栋"
    answer = answer_text(_CHINESE_TEXT, "What is his English level?", reader="text")
    assert answer.startswith("[外语] CET-4"), answer


def test_english_asked_of_a_russian_list_of_languages_without_it_is_denied() -> None:
    """ "Знание языков: Кыргызский, русский, турецкий": English is not among them; Kyrgyz,
    whose Russian name is not known here, is never denied."""
    resume = (
        "# Айгуль Осмонова\n\n## Опыт работы\n\n- 2016 - 2017: Делопроизводитель, Бишкек\n\n"
        "## Профессиональные навыки\n\n- СЭД Infodocs\n- Знание языков: Кыргызский, русский, "
        "турецкий\n"
    )
    assert answer_text(resume, "Does she speak English?") == "The resume does not mention English."
    assert "Кыргызский" in answer_text(resume, "Does she speak Kyrgyz?")
    assert "Infodocs" in answer_text(resume, "Which document management system does she know?")


def test_each_record_s_dated_title_stands_over_its_bold_school() -> None:
    """ "Titel dates" over "**School**" for every record, a lone date among them ("12.2020"):
    each line goes with the school under it."""
    resume = (
        "# Jan V.\n\n## Aus-, Fort- und Weiterbildung\n\n"
        'Weiterbildung "Systemische Onlineberatung" 05.2021 - 07.2021\n'
        "**Praxisinstitut für systemische Beratung Süd**\n\n"
        "Zertifizierung als Medienreferent 12.2020\n**Landesmedienzentrum Baden-Württemberg**\n\n"
        'Weiterbildung "Systemische Supervision" 07.2018 - 03.2020\n'
        "**Systemisches Institut Tübingen**\n\n"
        "Studiengang Soziale Arbeit 10.1999 - 02.2004\n"
        "**Evangelische Fachhochschule Reutlingen-Ludwigsburg**\nAbschluss: Diplom\n"
    )
    answer = answer_text(resume, "Where did they study social work?")
    assert answer.startswith("[Aus-, Fort- und Weiterbildung › Evangelische"), answer


def test_a_volunteer_s_role_alone_comes_with_what_was_done() -> None:
    resume = (
        "# Daphnée Valente\n\n## Experiences\n\n### NOVOTEL METZ\n\nPosition: Réceptionniste\n"
        "Start date: 2024-06-01\n\n### Association caritative\n\nPosition: Benevole\n"
        "Start date: 2021-01-01\nHighlights: Accueil des bénéficiaires et distributions "
        "alimentaires\n"
    )
    answer = answer_text(resume, "Does she do any volunteer work?")
    assert "distributions alimentaires" in answer, answer


def test_a_verb_in_ise_meets_its_noun_abroad_and_a_crawler_its_chinese_name() -> None:
    resume = (
        "# Ana Lima\n\n## Outros\n\n- Idiomas: Inglês fluente\n- Eventos: participação na "
        "organização do V Encontro de Astrobiologia (2019).\n"
    )
    answer = answer_text(resume, "Has she helped organise any event?")
    assert answer.startswith("[Outros] - Eventos"), answer  # the line, not the list's first
    chinese = (
        "# 孙晓萌\n\n## 自我评价\n\n熟悉爬虫架构，使用Go开发（53个网站爬虫项目）。\n\n"
        "## 技能\n\n- Go、PHP\n"
    )
    answer = answer_text(chinese, "How many website crawlers have they built?")
    assert "53个" in answer, answer
    assert "[技能]" not in answer, answer  # the lines naming crawlers, not the section after


def test_deutsche_before_a_name_is_no_language() -> None:
    resume = (
        "# Jan V.\n\n## Berufserfahrung\n\nLehrkraft 10.2011 - 07.2012\n**Schule, Heilbronn**\n\n"
        "## Mitgliedschaften\n\n- Deutsche Gesellschaft für Soziale Arbeit e.V.\n"
    )
    answer = answer_text(resume, "Which foreign languages does this person speak?")
    assert answer == "The resume does not mention which languages the person speaks.", answer


def test_a_place_a_name_begins_with_is_not_denied_but_java_still_is() -> None:
    """ "the Lot" asked of a page naming "Lotocar": a place qualifying what is asked, not
    denied; "in Java" of a resume naming JavaScript only still is."""
    resume = (
        "# Ann Lee\n\n## Skills\n\n- JavaScript, TypeScript\n\n## Experience\n\n"
        "### Lotocar · 2019 - 2021\n\n- Car-sharing app\n"
    )
    answer = answer_text(resume, "Which car-sharing service in the Lot did she work on?")
    assert answer.startswith("[Experience › Lotocar"), answer
    java = answer_text(resume, "Has she written code in Java?")
    assert java.startswith("The resume does not mention"), java
