"""What round396-399's first runs answered wrong, and the older misses the same rules mend: a
school that is only a workplace, languages listed under a sub-title or with their levels, a
Turkish name for Japanese, letters another language spells its own way, a place's name as a
Spanish word, every way to reach someone asked at once, a community that is no volunteering,
and a Word form's titles (localised heading styles, plain titles over tables)."""

# ruff: noqa: RUF001 - resume text in Turkish, Korean and Portuguese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.closest import NOT_IN_THOSE_WORDS
from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.answerer.topics import STUDIED_NOWHERE
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume


def reply_text(markdown: str, question: str) -> str:
    """The offline answer to a question about a Markdown resume, as `ask` prints it."""
    resume = build_resume(read_markdown(markdown), Path("cv.md"))
    return "\n".join(format_reply(OfflineAnswerer(resume).answer(question)))


_SCHOOL_JOBS = """# Owen Valentine

## Experience

### Cloud Support Engineer — Amazon Web Services
2016 – 2018
- Supported customers running EC2 and RDS.

### System Administrator — Hudson Park Primary School
2012 – 2015
- Ran the school's network and its forty laptops.

## Skills
Linux, AWS, Terraform
"""


def test_a_school_worked_at_is_no_place_of_study() -> None:
    """No studies, and the one school named is a job's: said so, the job quoted after it."""
    answer = reply_text(_SCHOOL_JOBS, "Where did he go to university?")
    assert answer.startswith(STUDIED_NOWHERE), answer
    assert "Hudson Park Primary School" in answer, answer


def test_a_school_asked_of_otherwise_is_the_workplace() -> None:
    """ "Which school is he connected with?" asks no studies: the workplace answers it."""
    answer = reply_text(_SCHOOL_JOBS, "Which school is he connected with?")
    assert not answer.startswith("The resume"), answer
    assert "Hudson Park Primary School" in answer, answer


def test_a_job_held_while_studying_says_the_studies() -> None:
    """A degree in a job's lines is studies said: quoted, never a resume without them."""
    studying = _SCHOOL_JOBS.replace(
        "- Ran the school's network", "- Ran the network while studying for my BSc; ran the"
    )
    answer = reply_text(studying, "Where did he go to university?")
    assert not answer.startswith(STUDIED_NOWHERE), answer
    assert "BSc" in answer, answer


_KENNTNISSE = """# Anna Schulz

## Berufserfahrung

### Sachbearbeiterin — Stadt Leipzig
2015 – heute
- Bearbeitung von Anträgen und Beratung der Bürger im Bürgeramt.

## Kenntnisse

### EDV
- MS Office, SAP

### Fremdsprachen
- Deutsch: Muttersprache
- Englisch: Niveau B2 (zertifiziert)
- Französisch: Niveau B1 (zertifiziert)
"""


def test_languages_under_a_sub_title_deny_one_absent() -> None:
    """ "Kenntnisse › Fremdsprachen" lists her languages: Italian is none of them."""
    assert (
        reply_text(_KENNTNISSE, "Does she speak Italian?") == "The resume does not mention Italian."
    )
    answer = reply_text(_KENNTNISSE, "Does she speak French?")
    assert "Französisch: Niveau B1" in answer, answer


def test_languages_with_their_levels_under_a_misread_title() -> None:
    """ "- Deutsch (Muttersprache)" lines under a heading that names no languages still list
    them (a guard: the reading's own rules found this Markdown's list before)."""
    misread = _KENNTNISSE.replace("### Fremdsprachen\n", "### Professur Arbeitswissenschaft\n")
    misread = misread.replace(": Muttersprache", " (Muttersprache)").replace(
        ": Niveau B2 (zertifiziert)", " (in Wort und Schrift)"
    )
    assert reply_text(misread, "Does she speak Italian?") == "The resume does not mention Italian."


def test_japanese_named_in_turkish_is_not_denied() -> None:
    """ "Japonca: İş seviyesi" names Japanese, in Turkish."""
    resume = (
        "# Arda Kaya\n\n## Profil\n\nDevOps engineer in Tokyo.\n\n### Yabancı diller\n"
        "- Japonca: İş seviyesi\n- Türkçe: Anadil\n- İngilizce: Anadile yakın\n"
    )
    answer = reply_text(resume, "How well does he speak Japanese?")
    assert "Japonca" in answer, answer


_FRENCH = """# Pierre Martin

## Expériences

### Ingénieur de recherche — Centre de calcul ROMEO, Reims
2015 – aujourd'hui
- Portage et optimisation de codes de calcul sur GPU pour les utilisateurs du centre.
- Veille technologique, formations aux utilisateurs et aux étudiants, production de
  communications scientifiques et accompagnement des projets de recherche régionaux.

## Formation

### Doctorat en mathématiques appliquées — Université Grenoble Alpes
2011 – 2014
- Certificat de Compétences en Calcul Intensif (C3I), GENCI.
- Thèse soutenue le 4 décembre 2014 devant le jury de l'université.
"""


def test_letters_a_language_spells_its_own_way_are_not_denied() -> None:
    """ "HPC" is "calcul intensif" in French: the certificate is quoted, not denied."""
    answer = reply_text(_FRENCH, "Does he hold any HPC certificate?")
    assert "Calcul Intensif" in answer, answer
    # A tool's letters are the same in every language: still denied.
    assert reply_text(_FRENCH, "Does he have AWS experience?") == "The resume does not mention AWS."


def test_a_place_named_in_the_resume_s_language_is_not_denied() -> None:
    """ "the Canary Islands" of "Servicio Canario de Salud": its stem, in Spanish."""
    resume = (
        "# Luis Hernández\n\n## Experiencia laboral\n\n"
        "### Enfermero — Servicio Canario de Salud\n14/08/2017 – 31/08/2022\n"
        "- Toma de muestras de sangre y realización de suturas en urgencias del hospital.\n\n"
        "## Educación y formación\n\n### Graduado en Enfermería — Universidad de La Laguna\n2017\n"
    )
    answer = reply_text(resume, "When did he work for the Canary Islands health service?")
    assert "14/08/2017" in answer, answer


def test_every_way_to_reach_someone_asked_at_once() -> None:
    """ "How can I reach him?": the address and the number; "email and website": both."""
    resume = (
        "# Greg Berger\n\n- greg@example.org\n- +49 172/9553671\n- Website: https://greg.example\n\n"
        "## Experience\n\n### Web developer — Rossel\n2015 – now\n- WordPress platform.\n"
    )
    answer = reply_text(resume, "How can I reach him?")
    assert "greg@example.org" in answer, answer
    assert "+49 172/9553671" in answer, answer
    answer = reply_text(resume, "What are his email and website?")
    assert "greg@example.org" in answer, answer
    assert "https://greg.example" in answer, answer


def test_a_community_asked_of_is_a_membership_not_volunteering() -> None:
    """ "Involved in any maker community?" asks no volunteering: the membership answers it;
    volunteering asked outright of a resume with none is still denied."""
    resume = (
        "Gregory Berger\n\nBackend web development (linux, php, mysql).\n"
        "Core member @ RELab (first fablab in Wallonia)\n\n"
        "Competences:\n    Php, javascript, mysql\n"
    )
    answer = reply_text(resume, "Is he involved in any maker community?")
    assert answer.startswith(NOT_IN_THOSE_WORDS), answer
    assert "Core member @ RELab" in answer, answer
    assert reply_text(resume, "Has he done volunteer work?").startswith("The resume does not")


def _docx(tmp_path: Path, build: object) -> str:
    import docx

    from resume_chat.resume.docx.reader import read_docx

    document = docx.Document()
    assert callable(build)
    build(document)
    path = tmp_path / "cv.docx"
    document.save(str(path))
    return read_docx(path.read_bytes(), path).markdown


def test_a_heading_style_named_in_portuguese_is_a_heading(tmp_path: Path) -> None:
    """A template made in Portuguese Word names Heading 1 "título 1": its sections are those,
    and a job's bold lines under them are no headings of their own."""
    from docx.enum.style import WD_STYLE_TYPE

    def build(document: object) -> None:
        add = document.add_paragraph  # type: ignore[attr-defined]
        document.styles.add_style("título 1", WD_STYLE_TYPE.PARAGRAPH)  # type: ignore[attr-defined]
        add("Flávio Mônaco")
        add("Habilidades & Competências", style="título 1")
        add("Profissional com 25 anos de experiência em infra-estrutura.")
        add("Experiência", style="título 1")
        for line in ("Analista de infra-estrutura Sênior", "Acesso Digital"):
            add().add_run(line).bold = True
        add().add_run("Período: abril de 2011 – março de 2020").bold = True
        add("Responsável pelo parque tecnológico em data-centers.")

    markdown = _docx(tmp_path, build)
    lines = markdown.splitlines()
    assert "## Experiência" in lines, markdown
    assert not any(line.startswith("#") and "Acesso Digital" in line for line in lines), markdown


def test_a_form_s_plain_titles_over_tables_are_sections(tmp_path: Path) -> None:
    """A Korean form sets "자격증" (certificates) plainly over the table listing them: a section
    beside the bold "포트폴리오", not one nested under it."""

    def build(document: object) -> None:
        add = document.add_paragraph  # type: ignore[attr-defined]
        add("김종환")
        add().add_run("포트폴리오").bold = True  # a title set in bold: the looks find it
        add("https://example.com/portfolio")
        for title, row in (("수상내용", ("2025.01", "3년 개근상")), ("자격증", ("2022.12", "GTQ"))):
            add(title)
            table = document.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
            for cell, text in zip(table.rows[0].cells, row, strict=True):
                cell.text = text

    markdown = _docx(tmp_path, build)
    lines = markdown.splitlines()
    # At the bold title's level, beside it: no part of the portfolio.
    assert "## 포트폴리오" in lines, markdown
    assert "## 수상내용" in lines, markdown
    assert "## 자격증" in lines, markdown


_TURKISH = """# Fahri Demir

Full Stack Web Geliştirici

Ege Üniversitesi Bilgisayar Programcılığı bölümünden mezunum. Veritabanı olarak SQL ve NoSQL
veritabanlarını kullanıyorum.

## PROJELERIM

### Liasoft Sanayi Otomasyon - Masaüstü

ElectronJS, NodeJS, Bootstrap, MySQL

- Sanayi işletenler için stok ve kasa takip eden bir masaüstü uygulaması

## EĞITIM:

2022 - | Ege Üniversitesi

Bilgisayar Programcılığı

## KULLANDIĞIM TEKNOLOJILER

- Backend: NodeJS, NestJS, ExpressJS
- Database: MySQL, PostgreSQL, MongoDB
"""


def test_a_family_s_own_label_comes_before_its_members_named_elsewhere() -> None:
    """ "Which databases?": "Database: MySQL, PostgreSQL, MongoDB", under Turkish "technologies
    I used", before a summary naming SQL alone."""
    answer = reply_text(_TURKISH, "Which databases has he used?")
    assert answer.startswith("[KULLANDIĞIM TEKNOLOJILER]"), answer
    assert "PostgreSQL, MongoDB" in answer, answer


def test_words_a_resume_writes_its_own_way() -> None:
    """ "Masaüstü" is desktop; "programming studies" are studies, not code."""
    answer = reply_text(_TURKISH, "Has he built a desktop application?")
    assert "Liasoft Sanayi Otomasyon" in answer, answer
    answer = reply_text(_TURKISH, "When did he start his programming studies?")
    assert answer.startswith("[EĞITIM:]"), answer
    assert "2022" in answer, answer


def test_a_film_shoot_and_a_job_held_now_in_spanish() -> None:
    """ "Rodaje de cine" is a film production; "25/05/2023 – ACTUAL" a job held now."""
    resume = (
        "# Luis Hernández\n\n## Experiencia laboral\n\n"
        "### Enfermero en rodaje de cine — Proyectos Empresariales Agora\n"
        "15/03/2023 – 23/05/2023 Tenerife, España\n"
        "- Testeo en set y gestión de casos positivos.\n\n"
        "### Enfermero — Servicio Canario de Salud\n25/05/2023 – ACTUAL La Palma, España\n"
        "- Toma de muestras de sangre y realización de suturas.\n"
    )
    answer = reply_text(resume, "Did he work on a film production?")
    assert "Proyectos Empresariales Agora" in answer, answer
    answer = reply_text(resume, "What is his current job?")
    assert answer.startswith("[Experiencia laboral › Enfermero — Servicio Canario"), answer


def test_years_claimed_in_korean_and_chinese() -> None:
    """ "18년 백엔드 경력" and "工作3年" claim years of experience."""
    korean = (
        "# 지정민\n\n## 소개\n\n대규모 커머스 백엔드 개발자입니다.\n\n## 경력\n\n"
        "### 주식회사 지마켓\n2011.09 – 2024.11\n- 상품 등록 백엔드 개편\n\n"
        "## 사이드 프로젝트\n\n18년 백엔드 경력 + AI 보조 개발\n"
    )
    answer = reply_text(korean, "How many years of backend experience does he have?")
    assert "18년" in answer, answer
    chinese = (
        "# 石燕平\n\n## 经验\n\n- 工作3年\n\n## 工作经历\n\n### 北京酷划在线\n2016.08-目前\n"
        "- 前端开发\n"
    )
    answer = reply_text(chinese, "How many years of experience does he have?")
    assert "工作3年" in answer, answer


def test_every_language_when_the_list_is_asked_with_one_named() -> None:
    """ "What languages does he speak, and how good is his English?": the whole list."""
    resume = (
        "# Jesús Urrutia\n\n## Experiencia\n\n### Desarrollador web — Acme\n2019 – 2021\n"
        "- Desarrollo de aplicaciones web.\n\n## Languages\n\n"
        "- Name: Español; Level: Nativo\n- Name: Ingles; Level: Principiante\n"
    )
    answer = reply_text(resume, "What languages does he speak, and how good is his English?")
    assert "Español" in answer, answer
    assert "Principiante" in answer, answer


def test_an_age_said_at_a_sentence_s_end_and_a_school_leaving_certificate() -> None:
    """ "Шолохова, 20 лет." says her age; "Mittlere Reife" is a school-leaving qualification;
    "Ausbildung zum" an apprenticeship."""
    russian = (
        "Анастасия · Шолохова, 20 лет.\n\n## Информация о себе\n\nИзучение машинного обучения.\n"
    )
    assert "20 лет" in reply_text(russian, "How old is she?")
    german = (
        "# Dominique Nehry\n\n## Berufserfahrung\n\n### Ausbildung zum Fachmann im Gastgewerbe\n"
        "09/2012 - 07/2014 | Maredo Steakhouse Stuttgart\n- Speisen zubereiten\n\n"
        "## Schulbildung\n\nMittlere Reife\n\n09/2011 - 07/2012 | Altenburgrealschule Stuttgart\n"
    )
    answer = reply_text(german, "What school-leaving qualification does he have?")
    assert "Mittlere Reife" in answer, answer
    answer = reply_text(german, "Where did he do his apprenticeship?")
    assert "Maredo" in answer, answer


def test_jobs_between_rules_open_with_their_titles() -> None:
    """A rule drawn between jobs, each a title, an employer and dates: the title after a rule
    opens its job, it does not close the one above."""
    resume = (
        "# David Beadle\n\n## Work History\n\nIT Support Specialist\n\nPrestige Care - Boise\n\n"
        "May 2019 to Current\n\nTroubleshoot problems in proprietary software.\n\n"
        "--------------------\n\nBusiness Development Representative\n\n"
        "Better Business Bureau - Boise, ID\n\nJune 2018 to November 2018\n\n"
        "Sales representative pursuing leads in CRM.\n\n—------------------\n\n"
        "Customer service rep\n\nHPE, Boise\n\nMarch 2016 to May 2018\n\nAnswered calls.\n"
    )
    answer = reply_text(resume, "What did he do at the Better Business Bureau, and when?")
    assert answer.startswith("[Work History › Business Development Representative]"), answer
    assert "June 2018 to November 2018" in answer, answer


def test_a_high_school_asked_and_the_role_sought() -> None:
    """ "Which high school?" of an Italian "I.T.s.T." after a degree; "What role is she
    looking for?" brings the headline under the name too."""
    italian = (
        "# Kjanija Mersimoski\n\n## Istruzione\n\n"
        "### Laurea Magistrale in Data Science — Università di Trieste · 2023 - oggi\n"
        "Trieste, Italia\n\n"
        '### I.T.s.T. "Arturo Malignani" Cervignano · 2016 - 2021\nVoto: 100/100 con lode\n\n'
        "## Progetti\n\n- High Performance Heat Diffusion Solver con OpenMP e MPI\n"
    )
    answer = reply_text(italian, "Which high school did he attend?")
    assert answer.startswith("[Istruzione › I.T.s.T."), answer
    marina = (
        "# Marina Kolosova\n\nJunior Front-end Developer\n\nmarina@example.com\n\n"
        "### SUMMARY\n\nJob search front-end developer, training\n\n"
        "### Education\n\nUkrainian Engineering and Pedagogical Academy, 2014\n"
    )
    answer = reply_text(marina, "What role is Marina Kolosova looking for?")
    assert "Junior Front-end Developer" in answer, answer


def test_mentoring_and_self_employment_in_their_own_words() -> None:
    """ "Наставничество" is mentoring; "個人事業主" is self-employment."""
    russian = (
        "# Дарья Мальцева\n\n## Опыт работы\n\n### Т-Инвестиции, Специалист поддержки\n"
        "Июль 2022 – настоящее время\n- Тинькофф: наставничество (май 2023 – сентябрь 2024)\n"
    )
    assert "наставничество" in reply_text(russian, "Has she mentored anyone?")
    japanese = (
        "# 安部健介\n\n## Experience\n\n### 株式会社GamerCoach 代表取締役\n2018年4月~ 2019年3月\n\n"
        "### 2020年4月~ 2025年3月 個人事業主\nゲームコーチングプラットフォーム運営\n"
    )
    assert "個人事業主" in reply_text(japanese, "How long was he self-employed?")
