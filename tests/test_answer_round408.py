"""What round408-411's first runs answered wrong (two false denials among them): records ruled
off from each other in a text file, dates over titles, a form's label over its value in a
list, a Japanese form's table, a site theme's columns, a profile's JSON, a doctorate by its
professional letters, places under their labels in other languages, and questions asking two
things at once."""

# ruff: noqa: RUF001, RUF002 - resume text in Japanese, Chinese, Russian and Portuguese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume.jsonresume.freeform import read_outline
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume
from resume_chat.resume.reading import Reading
from resume_chat.resume.text import read_text
from tests.test_answer_round396 import reply_text as _reply


def _answer(reading: Reading, question: str) -> str:
    resume = build_resume(reading, Path("cv.txt"))
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


_RULE = "-" * 60
_RULED = f"""{_RULE}
Software Project Leader & Manager
LG Electronics

March, 2004 — November, 2017 (13 years 8 months)
Developing eMMC kernel device drivers for Android phones.

{_RULE}
Embedded Software Engineer
Motorola Korea

June, 2002 — December, 2003 (1 year 6 months)
Wrote device drivers for LCD and NOR flash memory.

{_RULE}
Embedded Software Engineer
Samsung Electronics

February, 1990 — March, 2000 (10 years 1 month)
Wrote the video BIOS for PCI graphic accelerators.
"""


def test_records_ruled_off_from_each_other_are_jobs() -> None:
    """Each block between rules, its title over its employer over its dates, is one job; left
    so, each title fell to the job before, under the next one's dates."""
    reading = read_text(_RULED)
    assert "## Experience" in reading.markdown, reading.markdown
    answer = _answer(reading, "What was this candidate's most recent position and employer?")
    assert "Software Project Leader & Manager" in answer, answer
    assert "LG Electronics" in answer, answer
    answer = _answer(reading, "Did he work at Motorola, and when?")
    assert "June, 2002" in answer, answer


def test_a_rule_under_a_title_is_no_edge_of_a_record() -> None:
    """ "Work Experience" over "-----": the rule underlines it; the jobs under it stay as
    they were written, the first not made a title of its own."""
    text = (
        "Hasan Alizada\n\n\nWork Experience\n------------------------\nEnterprise Architect\n"
        "Azerbaijan Railways CJSC\n09/2023 - Present\n\nChapter Lead\nKapital Bank OJSC\n"
        "04/2022 - 09/2023\n\n\nEducation\n------------------------\nMaster of Science\n"
        "Baku State University\n2010 - 2012\n"
    )
    markdown = read_text(text).markdown
    assert "**Enterprise Architect**" not in markdown, markdown
    assert "**Master of Science**" not in markdown, markdown


def test_dates_over_titles_in_paragraphs_are_jobs() -> None:
    """ "Octobre 2012 à Février 2015" over an indented title over the employer, before any
    section title: each a job; the indented lines past the first are the record's, not
    section titles ("Autoformation PHP MySQL" holds the word for education)."""
    text = (
        "Février 2015 à janvier 2017\n\tAutoformation Langage C++\n\tAutoformation HTML5 et CSS3\n"
        "\tAutoformation PHP MySQL\n\nOctobre 2012 à Février 2015\n"
        "\tProgrammeur développeur et dessinateur projeteur\n\t(société MEISON INNOVATIONS)\n\n"
        "1992 – 2003\n\tResponsable informatique et dessinateur projeteur\n"
        "\t(société SEURAT Ingénierie à PARIS)\n\nFORMATION\n\n\tCAP d’électronique\n"
    )
    markdown = read_text(text).markdown
    assert "## Autoformation PHP MySQL" not in markdown, markdown
    assert "### Programmeur développeur et dessinateur projeteur" in markdown, markdown
    answer = _answer(read_text(text), "What was his earliest position listed, and at which firm?")
    assert "SEURAT Ingénierie" in answer, answer


def test_a_label_over_its_one_value_in_a_list_is_a_field() -> None:
    resume = (
        "# 職務経歴書\n\n## 基本情報\n\n- 氏名\n    - 水上　皓登\n"
        "- 生年月日\n    - 1992 年 2 月 4 日\n\n"
        "## 職務経歴概要\n\n#### 株式会社ISTソフトウェア\n- 期間\n    - 2014/04～2019/01\n\n"
        "2 次受け SIer。\n"
    )
    assert "1992 年 2 月 4 日" in _reply(resume, "What is his date of birth?")
    # A name over its job is no field: "Inter-American Development Bank" stays a title.
    banks = (
        "# Leonardo Lucchetti\n\n## Work Experience:\n\n- Inter-American Development Bank\n"
        "  - Consultant at the Labor Markets Division, Mar 2016-Aug 2016\n"
    )
    markdown = read_markdown(banks).markdown
    assert "Inter-American Development Bank: Consultant" not in markdown, markdown


def test_the_japanese_form_s_rows_name_their_sections() -> None:
    """The 履歴書's one table: a row holding "学歴" alone heads the schools, "職歴" the jobs;
    not a certificate's row of seven letters ("计算机二级证书")."""
    resume = (
        "# 佐藤 英一\n\n- 年 · 月 · 学歴・職歴\n- 学歴\n- 平成4 · 3 · 私立 三島高等学校 卒業\n"
        "- 職歴\n- 平成 6 · 8 · 株式会社クボテック 入社\n"
    )
    markdown = read_markdown(resume).markdown
    assert "## 学歴" in markdown, markdown
    assert "## 職歴" in markdown, markdown
    certificates = "# 王芳\n\n## 所持证书\n\n- 大学英语六级证书\n- 计算机二级证书\n"
    assert "## 计算机二级证书" not in read_markdown(certificates).markdown


def test_a_site_theme_s_columns_keep_each_job_whole() -> None:
    """Hugo Book's `{{< columns size=small >}}`, dates, "<--->", the bold title: no "small"
    and no "<--->" read, and each bold title a job's heading with its dates."""
    job = (
        "{{{{< columns size=small >}}}}\n\n{dates}\n\n<--->\n\n**{title}** | {where}\n\n"
        "{text}\n\n{{{{< /columns >}}}}\n\n"
    )
    resume = "## Professional Experience\n\n" + "".join(
        job.format(dates=dates, title=title, where=where, text=text)
        for dates, title, where, text in (
            ("2024 - on", "Senior Technical Developer", "JLR, Gaydon, UK", "Plugins for DCCs."),
            ("2020 - 2022", "Pipeline Developer", "Cloth Cat Animation", "Animation tools."),
        )
    )
    resume += "## Education\n\n2015 - 2020\n\n**EngD in Digital Media** | Bournemouth University\n"
    markdown = read_markdown(resume).markdown
    assert "small" not in markdown, markdown
    assert "<--->" not in markdown, markdown
    assert "### Pipeline Developer | Cloth Cat Animation" in markdown, markdown
    answer = _reply(resume, "When did he work at Cloth Cat Animation?")
    assert "2020 - 2022" in answer, answer
    # An engineering doctorate is a doctorate: never "does not mention a PhD".
    answer = _reply(resume, "What doctorate does he hold and from which university?")
    assert "Bournemouth University" in answer, answer


def test_a_profile_s_json_reads_its_dates_places_and_years() -> None:
    data = {
        "profile": {"name": "丁垚垚", "workExpYear": "7个月", "workPlace": "甘肃兰州"},
        "educationList": [{"edu_time": ["2019.09", "2023.06"], "school": "兰州理工大学"}],
        "awardList": [{"award_info": "蓝桥杯 国家级 二等奖", "award_time": "2021"}],
        "workExpList": [
            {
                "work_time": ["2023.06", "2024.01"],
                "company_name": "华为技术有限公司",
                "work_desc": "职位：现场支撑工程师（FAE）",
            },
            {"work_time": ["2021.11", None], "company_name": "兰州理工大学", "work_desc": "社长"},
        ],
    }
    outline = read_outline(data)
    assert outline is not None
    markdown, name = outline
    assert "### 华为技术有限公司\n\n2023.06 – 2024.01" in markdown, markdown
    assert "2021.11 – Present" not in markdown, markdown  # an end left out is unknown
    reading = Reading(markdown, "json", [], name)
    assert "华为技术有限公司" in _answer(reading, "When did he work at Huawei?")
    assert "甘肃兰州" in _answer(reading, "Where is he based?")
    assert "7个月" in _answer(reading, "How much work experience does he have?")
    assert "蓝桥杯" in _answer(reading, "Has he won any programming competitions?")


def test_a_place_under_its_label_in_other_languages() -> None:
    for label, place, question in (
        ("CIDADE", "Bertioga", "Which city does he live in?"),
        ("Bairro", "Mavalane A", "What neighbourhood does he live in?"),
        ("Place of residence", "Poland, Warsaw", "Where does he live?"),
    ):
        resume = (
            "# denis cristiano\n\nDESENVOLVEDOR DE SOFTWARE\n\n### Perfil\n\n"
            "formado em Análise e desenvolvimento de sistema.\n\n### DADOS PESSOAIS\n\n"
            f"ESTADO: SP\n\n{label}: {place}\n\n### Contato\n\nTELEFONE:\n\n(13)997424238\n"
        )
        assert place in _reply(resume, question), (label, _reply(resume, question))


def test_two_things_asked_at_once_are_both_answered() -> None:
    resume = (
        "# Flavio Oliveira Dias\n\nArquiteto de Transformacao Digital\n\n"
        "Balsas, Maranhao, Brasil\nE-mail: matflavio.fd@outlook.com\n"
        "Telefone: +55 (62) 99953-5958\n\n## Experiencia profissional\n\n"
        "### Servitec Foraco Sondagem S.A\n\nAnalista de Sistemas / Analista Protheus\n"
        "01/2011 a 09/2020\nCrixas, Goias, Brasil\n\n- Administracao de bancos de dados.\n\n"
        "### Colegio Assuncao\n\nProfessor\n01/2009 a 12/2010\n\n"
        "## Certificacoes e formacoes complementares\n\n- Business Agility.\n- COBIT 5.\n"
    )
    answer = _reply(resume, "Where is he located and what is his phone number?")
    assert "Balsas, Maranhao, Brasil" in answer, answer
    assert "99953-5958" in answer, answer
    answer = _reply(resume, "How long did he work at Servitec Foraco Sondagem, and as what?")
    assert "Analista de Sistemas" in answer, answer
    assert "01/2011 a 09/2020" in answer, answer
    answer = _reply(resume, "Which certifications or complementary courses does he list?")
    assert "COBIT 5" in answer, answer
    answer = _reply(resume, "What was his first employer and how long was he there?")
    assert "Colegio Assuncao" in answer, answer


def test_words_a_resume_writes_its_own_way() -> None:
    """Russian "\u0441 2013" (since), an issue tracker by its name, a state standard, a medal, a
    military service, a specialisation as "spécialité", a language's certificate."""
    russian = (
        "# Anna Leonova\n\n## Опыт работы\n\n"
        "- с 2013 · Технический писатель · документация (ГОСТ 19/34/7.32) · ООО ИНФОРИОН\n"
        "- с 2007 по 2012 · Системный администратор · ООО Альфмед\n\n"
        "## Hard skills\n\nWord, Markdown, Redmine, Jira, YouTrack\n\n"
        "## Образование\n\n- 2012 Окончила школу с 2 золотыми медалями\n"
    )
    assert "ИНФОРИОН" in _reply(russian, "What is Anna's current job and at which company?")
    assert "YouTrack" in _reply(russian, "Which issue trackers does she know?")
    assert "ГОСТ" in _reply(russian, "Which documentation standards has she written to?")
    assert "медалями" in _reply(russian, "Has she received any awards or medals?")
    korean = "# 고명진\n\n## 기타\n\n- 군복무 대한민국 해병대 · 병장 만기전역 (2014.02 – 2015)\n"
    assert "해병대" in _reply(korean, "Did he do military service?")
    french = (
        "# Kennan IMAZATENE\n\n## Formation\n\n### ENSEEIHT – Toulouse (2025-2028)\n\n"
        "Cycle ingénieur, 1re année, spécialité 3EA (Électronique, Automatique)\n"
    )
    assert "3EA" in _reply(french, "What is his engineering specialisation?")
    bilingual = (
        "# Nguyen Thanh Luan\n\n## 資格Certifications\n\n- 日本語能力試験JLPT n1 (2018)\n"
        "- IELTS 7.5/9.0 (2014)\n\n## 言語 Languages\n\n日本語・会話レベル\n\n"
        "Japanese – conversational level\n"
    )
    answer = _reply(bilingual, "What Japanese proficiency certificate does he have?")
    assert "JLPT n1" in answer, answer


def test_jobs_read_into_a_sidebar_s_section_are_jobs() -> None:
    """A two-column page read sidebar first: the jobs of the main column under "Contacto",
    whose street ("C/Cuba 36 … Valencia") says where she lives."""
    resume = (
        "# Anna Vidal Tur\n\n## Idiomas\n\n- Español nativo\n\n## Contacto\n\n"
        "- C/Cuba 36, pta. 6 Valencia 628 55 44 77 annavidaltur@gmail.com\n\n"
        "### Desarrolladora backend\n\n- SEAPort Solutions · 04/2022 - actualidad\n"
        "- Desarrollo de un sistema PortCDM\n\n### Desarrolladora web\n\n"
        "- Becaria en Stadler Rail · 12/2017 - 07/2018\n- Corrección de errores\n\n"
        "## Formación\n\n### Máster en Gestión de la Información\n\n- UPV · 2018 - 2020\n"
    )
    assert "## Experience\n\n### Desarrolladora backend" in read_markdown(resume).markdown
    answer = _reply(resume, "What is Anna Vidal Tur's current job?")
    assert "SEAPort Solutions" in answer, answer
    assert "Valencia" in _reply(resume, "Which city does she live in?")


def test_a_japanese_page_s_prize_blog_and_years_of_a_skill() -> None:
    resume = (
        "# 水上 皓登\n\n## 職務経歴詳細\n\n### ソフトバンク株式会社\n\n#### 画面の改善\n\n"
        "- 技術スタック: Java, SpringBoot\n- 期間: 2023/06～2023/10\n- 役割: リーダー\n\n"
        "#### バーチャルフィッティングの開発\n\n- 技術スタック: Java, React, Unity\n"
        "- 期間: 2022/09～2023/05\n- 役割: リーダー\n\n## 保有スキル\n\n### 言語\n\n"
        "| 言語 | 経験年数 |\n|---|---|\n| Java | 7.5 年 |\n| Kotlin | 1 年 |\n\n"
        "## 自己PR\n\n課題解決のスピードの早さが長所です。チームで課題を任されています。\n\n"
        "## 発表\n\n- 第14回フォーラム（DEIM2022）発表・学生プレゼンテーション賞受賞 2022年\n"
        "- 勉強会での登壇 2023年\n\n## その他\n\n"
        "| 技術ブログ | https://nainaistar.hatenablog.com/ |\n|---|---|\n| GitHub | x |\n"
    )
    assert "7.5 年" in _reply(resume, "How many years of Java experience does he have?")
    assert "学生プレゼンテーション賞" in _reply(resume, "Has he received any award?")
    assert "hatenablog" in _reply(resume, "Where can I read his technical blog?")


def test_europass_s_dated_headings_are_entries_of_the_title_above() -> None:
    """Printed Europass: the section's label and each entry's dates and title set at one
    level; the entries belong to the label above, and "Laurea magistrale" is a master's."""
    resume = (
        "# Steccanella Luca\n\n#### ISTRUZIONE E FORMAZIONE\n\n"
        "- 17/09/2008–04/07/2013 Diploma Liceo Scientifico PNI\n\n"
        "#### 15/10/2013–28/07/2017 Laurea triennale in informatica (L-31)\n\n"
        "- Università degli Studi di Catania\n\n"
        "#### 10/10/2017– 09/2020 Laurea magistrale in informatica (LM-18)\n\n"
        "- Università degli Studi di Catania\n- Specializzazione in reti e sicurezza\n\n"
        "#### COMPETENZE PERSONALI\n\n- Italiano, inglese\n"
    )
    markdown = read_markdown(resume).markdown
    assert "### Laurea" not in markdown, markdown
    answer = _reply(resume, "Which master's degree did Luca Steccanella study for?")
    assert answer.startswith("[ISTRUZIONE E FORMAZIONE › 10/10/2017"), answer


def test_roles_set_bold_over_their_employer_s_heading() -> None:
    resume = (
        "# Filipe Janguez\n\n## EXPERIÊNCIA PROFISSIONAL\n\n"
        "- **Desenvolvedor de Aplicações Júnior**\n\n#### IBM (Remoto)\n\n"
        "Desenvolvimento de software em Java.\n\nNov/2022 – Atualmente\n\n"
        "- **Estagiário de Desenvolvimento**\n\n#### IBM (Remoto)\n\n"
        "Automação com Python.\n\nJun/2022 – Nov/2022\n\n"
        "- **Assistente de TI**\n\n#### Colégio Rio Branco Campinas (Presencial)\n\n"
        "Suporte técnico.\n\nJan/2021 – Jun/2022\n\n## PASSATEMPOS\n\nLeitura\n\nXadrez\n\n"
        "Futebol\n"
    )
    markdown = read_markdown(resume).markdown
    assert "#### Estagiário de Desenvolvimento · IBM (Remoto)" in markdown, markdown
    answer = _reply(resume, "What was his internship?")
    assert "Estagiário de Desenvolvimento" in answer, answer
    assert "Futebol" in _reply(resume, "What are his hobbies?")


def test_a_living_is_a_job_and_a_catechist_teaches_religion() -> None:
    resume = (
        "# Oldair Popazoglo\n\nProfessor de Biologia\n\n## DADOS PESSOAIS\n\n"
        "Residência: Rua Lilia Elisa Eberli Lupo, 841 - Araraquara – SP\n\n"
        "## EXPERIÊNCIA PROFISSIONAL\n\n### Governo do Estado de São Paulo\n\n"
        "Professor de Biologia no Ensino Médio – 25 anos (trabalhando atualmente)\n\n"
        "### Paróquia São Bento\n\n09.2007 - 08.2009\n\nStanowisko: Katecheta\n"
    )
    assert "Professor de Biologia" in _reply(resume, "What does Oldair do for a living?")
    assert "Katecheta" in _reply(resume, "Did he ever work in religious education?")


def test_a_record_titled_like_the_first_one_of_its_section() -> None:
    """The first project's title set large, the next one's plain, each over "项目描述：": both
    are projects; "Which projects…?" names both."""
    resume = (
        "# 邵明娟\n\n## 项目经验\n\n### 诺亚传说微信签到活动\n\n"
        "项目描述：微信绑定尚游账号签到领积分。\n\n"
        "职责描述：负责系统架构。\n\n尚游客服中心（ http://kefu.syyx.com ）\n\n"
        "项目描述：为玩家提供在线提问、被盗找回等服务\n\n职责描述：负责客服中心系统的架构。\n\n"
        "## 自我评价\n\n认真负责。\n"
    )
    assert "### 尚游客服中心" in read_markdown(resume).markdown
    answer = _reply(resume, "Which projects has she worked on?")
    assert "诺亚传说微信签到活动" in answer, answer
    assert "尚游客服中心" in answer, answer


def test_a_heading_naming_the_kind_asked_answers_inside_another_section() -> None:
    resume = (
        "# Nguyen Thanh Luan\n\n## Skill Highlights\n\n- ReactJS, Redux\n\n"
        "## Experience\n\n### My major projects\n\n- Facebook clone · Todolist app\n\n"
        "All of my projects are hosted on Github.\n\n## Education\n\n"
        "### Ritsumeikan Asia Pacific University\n\nBusiness Administration\n"
    )
    answer = _reply(resume, "Which projects does he highlight?")
    assert "Facebook clone" in answer, answer
