"""What round412-415's first runs answered wrong: qualifications asked of a form's licences,
where one trained, a programme completed, what one is studying by the profile's words, a job
named with its employer's university, two jobs with one title each with its own dates, four
languages each set as a heading, and a resume's own words for sales, forecasts, architects and
graduate schools."""

from __future__ import annotations

from resume_chat.answerer.intents import classify
from tests.test_answer_round396 import reply_text as _answer

_JOBS = """# Gladys Cortes

## Education

### Development Academy of the Philippines

Data Analyst Pathway
2022 - 2023

### Hokkaido University

Master of Life Science
2019 - 2021

## Experience

### Teaching Assistant

Hokkaido Sapporo Keisei High School
Mar 2021

### Research Assistant

Hokkaido University
Oct 2019 - Jul 2020

## Languages

### Français | Niveau : C2

### Anglais | Niveau : C1

### Espagnol | Niveau : B2

### Chinois | Niveau : A1
"""


def test_the_job_at_a_university_before_the_degree_there() -> None:
    """ "work as a research assistant" asks of a job, not of studies; the job whose title and
    employer hold more of the question's words comes before the degree named by the school."""
    assert classify("When did she work as a research assistant at Hokkaido University?").name != (
        "education"
    )
    answer = _answer(_JOBS, "When did she work as a research assistant at Hokkaido University?")
    assert answer.startswith("[Experience › Research Assistant]"), answer
    assert "Oct 2019 - Jul 2020" in answer, answer


def test_a_programme_completed_is_studies() -> None:
    answer = _answer(_JOBS, "What data analytics programme did she most recently complete?")
    assert "Data Analyst Pathway" in answer, answer


def test_entries_that_are_only_a_title_cost_a_line_not_a_quote() -> None:
    answer = _answer(_JOBS, "Which languages does she speak?")
    for language in ("Français", "Anglais", "Espagnol", "Chinois"):
        assert language in answer, answer


def test_where_one_trained_is_a_school() -> None:
    assert classify("Where did he train as a programmer?").name == "education"
    assert classify("Where does she train?").name == "education"
    assert classify("Has he trained junior developers?").name != "education"


def test_qualifications_are_licences_and_certificates_too() -> None:
    markdown = (
        "# Eiichi Sato\n\n## 学歴\n\n- 平成6 · 3 · 三島情報ビジネス専門学校 卒業\n\n"
        "## 免許・資格\n\n- 平成5 · 12 · 通産省 第二種情報処理技術者試験 合格\n"
    )
    answer = _answer(markdown, "What qualifications does he hold?")
    assert "第二種情報処理技術者試験" in answer, answer
    # One qualification asked by name is a certificate; any one of a trade's, as before.
    assert classify("When did he obtain the Network Specialist qualification?").name == (
        "qualifications"
    )
    assert classify("What is her highest qualification?").name == "education"


def test_two_jobs_with_one_title_each_keep_their_dates() -> None:
    markdown = (
        "# Cayo Slowik\n\n## Experiência profissional\n\n### Cientista de Dados\n\n04/2023\n\n"
        "Overthinkers\n\n- Detecção de doenças\n\n### Cientista de Dados\n\n09/2022 - 09/2023\n\n"
        "Comunidade DS\n\n- Previsão de volumes de vendas na rede de farmácias Rossmann\n"
    )
    answer = _answer(markdown, "When did he start at Overthinkers?")
    assert "04/2023" in answer, answer
    assert "09/2022" not in answer, answer
    answer = _answer(markdown, "Which retail sales forecasting project has he worked on?")
    assert "Rossmann" in answer, answer


def test_what_one_studies_by_the_profiles_words() -> None:
    markdown = (
        "# Jamyang Delkar\n\n## Education\n\n### Lhuentse Higher Secondary School\n\n"
        "## Profile\n\nBusiness administration student.\n\nI consider myself responsible.\n"
    )
    answer = _answer(markdown, "What is Jamyang Delkar studying?")
    assert "Business administration student" in answer, answer


def test_a_japanese_resumes_words_for_graduate_school_and_architect() -> None:
    markdown = (
        "# 平沼 柊哉\n\n## 学歴\n\n- 2008 · 4 · 大阪市立 新巽中学校 入学\n"
        "- 2011 · 3 · 大阪市立 新巽中学校 卒業\n- 2011 · 4 · 大阪府立 布施高等学校 入学\n"
        "- 2014 · 3 · 大阪府立 布施高等学校 卒業\n- 2014 · 4 · 近畿大学 建築学部建築学科 入学\n"
        "- 2018 · 3 · 近畿大学 建築学部建築学科 卒業\n"
        "- 2018 · 4 · 近畿大学大学院 総合理工学研究科 環境工学専攻 入学\n"
        "- 2020 · 3 · 近畿大学大学院 総合理工学研究科 環境工学専攻 修了\n\n"
        "## 資格\n\n- 2014 · 2 · 準中型自動車第一種免許 取得\n"
        "- 2019 · 10 · 三級知的財産管理技能士\n"
        "- 2021 · 5 · 基本情報技術者試験\n- 2022 · 5 · 応用情報技術者試験\n"
        "- 2022 · 7 · 日本ディープラーニング協会 G検定\n- 2022 · 8 · 普通自動二輪免許 取得\n"
        "- 2022 · 9 · 宅地建物取引士\n- 2022 · 10 · 第二種電気工事士\n"
        "- 2022 · 7 · 二級ファイナンシャル・プランニング技能士\n- 2022 · 12 · 二級建築士免許 取得\n"
    )
    answer = _answer(markdown, "What did he study in graduate school?")
    assert "総合理工学研究科" in answer, answer
    answer = _answer(markdown, "Does he hold an architect's licence?")
    assert "二級建築士" in answer, answer


def test_a_job_begun_before_a_year() -> None:
    """ "before 2011" is a year, not a job to count back from; the jobs a text CV lists after a
    stray title are found by their lines."""
    markdown = (
        "# Marc Rakoto\n\n## Detailed career path\n\n"
        "- Information Technology Architect at Intelios from August 2020 to now\n"
        "- Senior DevOps engineer at Netapsys from January 2014 to November 2016\n\n"
        "## Recruitment\n\n"
        "- Manager at Blueline Business Service from November 2010 to August 2011\n"
        "- IT Architect at Gulfsat Madagascar from June 2009 to November 2010\n"
    )
    answer = _answer(markdown, "Where did he work as an IT architect before 2011, and from when?")
    assert "Gulfsat Madagascar" in answer, answer
    assert "Intelios" not in answer, answer


def test_a_common_word_of_an_employers_name_names_no_job() -> None:
    """ "an international competition" is not "Mahavir Shree International Pvt. Ltd."."""
    markdown = (
        "# Sujan Shrestha\n\n## Experience\n\n### Associate Engineer · Apr 2024 – Aug 2024\n\n"
        "Mahavir Shree International Pvt. Ltd., Kathmandu, Nepal\n\n"
        "- Installed baggage handling systems at Tribhuvan International Airport.\n\n"
        "## Leadership\n\n- Aug 2021 – Oct 2022 · Team Leader, Shell Eco-Marathon (Team Junkiri)\n"
        "- Led team in vehicle chassis; coordinated international competition logistics.\n"
    )
    answer = _answer(markdown, "Has he led a student team in an international competition?")
    assert "Shell Eco-Marathon" in answer, answer


def test_a_language_test_no_line_names_is_denied_in_any_language() -> None:
    """TOEIC, TOEFL, IELTS, CET, JLPT are written in Latin letters whatever the resume's
    language (or by their Korean, Japanese, Chinese names): none named is none held."""
    korean = "# 이재상\n\n## 경력\n\n### 에임트 2019.7 ~ 2022.6\n\n품질관리 / 사원\n"
    assert "does not mention a TOEIC score" in _answer(korean, "Does he have a TOEIC score?")
    scored = korean + "\n## 어학\n\n- 토익 850 (2021.05)\n"
    assert "토익 850" in _answer(scored, "Does he have a TOEIC score?")
    chinese = "# 王伟\n\n## 证书\n\n- 英语六级 (2019)\n"
    assert "英语六级" in _answer(chinese, "Does he have an English certificate such as CET-6?")
