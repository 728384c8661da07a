"""What round444-449's first runs answered wrong: a grade on a ten-point scale denied as no
"CGPA", a Japanese car licence denied, a birth year labelled and glued to its label ("NACIMIENTO
1992") denied, a profession asked of a page whose headline says it, "Name some startups…" read
as asking the name, and an RTOS asked of a resume naming freeRTOS."""

# ruff: noqa: RUF001 - resume text in Japanese, Persian and Hebrew, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.kinds.classifier import section_kind
from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume
from tests.test_answer_round396 import reply_text as _answer


def test_a_grade_on_a_ten_point_scale_is_her_cgpa() -> None:
    markdown = (
        "# Navya Sri\n\n## EDUCATION\n\n### BITS Pilani, Hyderabad Campus\n\n"
        "B.E (Hons) Electrical and Electronics Engineering - 8.63/10\n\n## SKILLS\n\n- SAP\n"
    )
    answer = _answer(markdown, "What was her CGPA?")
    assert "8.63/10" in answer, answer
    assert "does not mention" not in answer


def test_a_japanese_car_licence_is_a_driving_licence() -> None:
    markdown = (
        "# 服部　宗之\n\n## 職務経歴\n\n- 2018年4月～2025年1月 Deluxe Games\n\n## 資格\n\n"
        "・普通自動車免許\n\n・マレーシア自動車免許\n"
    )
    answer = _answer(markdown, "What driving licences does he have?")
    assert "普通自動車免許" in answer, answer


def test_a_birth_year_under_its_label_is_stated() -> None:
    markdown = (
        "# Antonio Oyuela\n\n## EXPERIENCIA\n\n- Técnico 2018\n\n## INTERESES\n\n"
        "#### NACIMIENTO 1992\n"
    )
    answer = _answer(markdown, "In which year was Antonio born?")
    assert "1992" in answer, answer


def test_a_profession_asked_is_the_headline_under_the_name() -> None:
    markdown = (
        "# Frédéric Vanney\n\nFrédéric Vanney\n\nDéveloppeur Drupal\n\n## À propos\n\n"
        "Bonjour à tous, je travaille sur des projets ambitieux.\n\n## Contact\n\n"
        "Saint Maur, France\n"
    )
    answer = _answer(markdown, "What is Frédéric Vanney's profession?")
    assert "Développeur Drupal" in answer, answer


def test_name_some_asks_for_a_list_not_the_name() -> None:
    markdown = (
        "# Quentin B.\n\n## EXPÉRIENCE\n\n### Développeur front-end - Muxu (2018 - 2019)\n\n"
        "- Sites marketing de startups (Aircall, Payfit, Spendesk) sur une stack Nuxt.js.\n"
    )
    answer = _answer(markdown, "Name some startups whose marketing sites he built.")
    assert "Aircall" in answer, answer
    assert "Quentin" in _answer(markdown, "What is his name?")


def test_capitals_a_name_ends_in_are_asked_alone() -> None:
    markdown = (
        "# Saeid H.\n\n## Skills\n\n- Embedded C on STM32 and ESP32\n"
        "- Real-time work on freeRTOS and Bare-Metal ARM\n"
    )
    answer = _answer(markdown, "Has he used an RTOS?")
    assert "freeRTOS" in answer, answer


def test_arabic_persian_and_hebrew_headings_name_their_kinds() -> None:
    kinds = {
        "تحصیلات": "education",
        "سوابق کاری": "experience",
        "مهارت ها و توانایی ها": "skills",
        "الخبرات العملية": "experience",
        "التعليم": "education",
        "المهارات": "skills",
        "השכלה": "education",
        "ניסיון תעסוקתי": "experience",
        "שפות": "languages",
    }
    assert {title: section_kind(title) for title in kinds} == kinds


def test_a_personal_details_label_before_the_name_is_not_the_name() -> None:
    markdown = (
        "# مشخصات فردی سعید حقیقی پور\n\nایران – تهران\n\n## تحصیلات\n\n"
        "- کارشناسی ارشد مهندسی برق دانشگاه صنعتی شریف (1399 - 1402)\n"
    )
    resume = build_resume(read_markdown(markdown), Path("cv.md"))
    assert resume.name == "سعید حقیقی پور"
    hebrew = "# קורות חיים\n\n## פרטים אישיים:\n\n### שם: אחלאם חסן\n\nטלפון נייד: 0522402114\n"
    assert build_resume(read_markdown(hebrew), Path("cv.md")).name == "אחלאם חסן"
    answer = _answer(markdown, "Where did he study?")
    assert "دانشگاه صنعتی شریف" in answer, answer


def test_a_licence_of_a_vehicles_class_is_a_driving_licence() -> None:
    markdown = (
        "# Daniela Patiño\n\n## CONTACTO\n\n- Quito, Ecuador\n\n#### Licencia tipo A Moto\n\n"
        "## HABILIDADES\n\n- Canva\n"
    )
    answer = _answer(markdown, "Does Daniela have a driving licence?")
    assert "Licencia tipo A Moto" in answer, answer
    listed = "# Nathalia P.\n\n## IDIOMAS\n\n- Español: Nativo\n- Licencia: Tipo B Automóvil\n"
    assert "Tipo B" in _answer(listed, "Does she have a driving licence?")


def test_a_nested_item_comes_with_the_item_it_describes() -> None:
    markdown = (
        "# 鶴田 洸\n\n## スキル\n\n### Machine Learning / Deep Learning\n\n"
        "業務で約4年、顧客データを用いた PoC やシステム開発を実施。\n\n"
        "- Python / Flask\n  - 機械学習のモデル開発に利用\n"
        "- Keras / TensorFlow / PyTorch / BVLC Caffe\n  - Deep Learning 向けフレームワーク\n"
        "- scikit-learn / Pandas\n  - 機械学習/データ分析フレームワーク\n"
    )
    answer = _answer(markdown, "Which deep-learning frameworks does he know?")
    assert "PyTorch" in answer, answer


def test_the_personal_details_first_line_opens_on_the_name_in_bold() -> None:
    markdown = (
        "## 个人信息\n* **林星辰** / 男 / 1994\n* **15101669791** / a@example.com\n\n"
        "## 工作经历\n#### 商家方向（2024年至今）\n\n- 主导综合运用大模型\n"
    )
    resume = build_resume(read_markdown(markdown), Path("cv.md"))
    assert resume.name == "林星辰"
    assert "1994" in resume.markdown


def test_a_heading_of_languages_of_code_lists_skills() -> None:
    assert section_kind("PROGRAMMIER-SPRACHEN") == "skills"
    assert section_kind("Lenguajes de programación") == "skills"
    assert section_kind("Sprachen") == "languages"
    markdown = (
        "# Jan M.\n\n## SPRACHEN\n\nDeutsch: Muttersprache\n\nEnglisch: C1\n\n"
        "## PROGRAMMIER-SPRACHEN\n\nR Sehr gute Kenntnisse\n\nBash Fortgeschrittene Kenntnisse\n\n"
        "CWL Fortgeschrittene Kenntnisse\n\nPython Grundkenntnisse\n"
    )
    answer = _answer(markdown, "Which programming languages does he know?")
    assert "Bash" in answer, answer


def test_a_degree_quoted_down_to_the_next_school_comes_with_its_own() -> None:
    markdown = (
        "# Kristan Dela Cruz (he/him)\n\n- Seattle, WA | kristan4@uw.edu\n\n## Education\n\n"
        "- University of Washington, College of Engineering, Seattle, WA · (2022-2025)\n\n"
        "Bachelor of Science in ‘Chemical Engineering’\n\n"
        "Concentration in ‘Nanoscience and Molecular Engineering’\n\n"
        "- Skagit Valley College, Mt. Vernon, WA · (2020-2022)\n\n"
        "Associate of Science\n\n## Skills\n\n- Python\n"
    )
    answer = _answer(markdown, "Where is Kristan studying for his bachelor's degree?")
    assert "University of Washington" in answer, answer
    resume = build_resume(read_markdown(markdown), Path("cv.md"))
    assert resume.name == "Kristan Dela Cruz"
    assert "(he/him)" in resume.markdown


def test_a_hackathon_in_the_resumes_language() -> None:
    markdown = (
        "# Сергей Гавриленко\n\n## Достижения\n\n"
        '- Хакатоны · На данный момент только один: "Уралсиб: искусственный интеллект"\n'
        "- Научная деятельность · Во время учебы в университете\n\n## Проекты\n\n"
        "- LearnCard · Мобильное приложение (MAUI, C#)\n"
    )
    answer = _answer(markdown, "Which hackathon has he taken part in?")
    assert "Уралсиб" in answer, answer


def test_jobs_titled_role_hyphen_employer_like_the_first() -> None:
    markdown = (
        "# Benedict P.\n\n## EXPERIENCE\n\n"
        "### Senior Software Engineer - Ordermentum (contract)\n\n"
        "Sep 2022 - Feb 2023\n\n- Designed a restaurant ordering system.\n\n"
        "Senior Software Engineer II - HCL Technologies (New York, USA / Remote)\n\n"
        "Feb 2020 - Mar 2022\n\n- Shipped product features at scale.\n\n"
        "### Software Developer - Zencomputes (Singapore)\n\n2018 - 2019\n\n- Built apps.\n"
    )
    answer = _answer(markdown, "When did he work at HCL Technologies?")
    assert "Feb 2020 - Mar 2022" in answer, answer


def test_chess_in_the_resumes_language() -> None:
    markdown = (
        "# Ben Meyer\n\n## Berufserfahrung\n\n- 2019–2024 · Praktikant · DEVK · Köln\n\n"
        "## Hobbies\n\n- Schach · Schachverein Springer 70 Hitdorf\n- Rudern · RTHC Bayer\n"
    )
    answer = _answer(markdown, "Which chess club is he a member of?")
    assert "Schachverein Springer 70 Hitdorf" in answer, answer


def test_the_pin_marks_where_one_lives() -> None:
    markdown = (
        "# 서준호\n\nAI Engineer\n\n### Contact\n\n📧 anc5557@naver.com 📱 010-5819-8832\n\n"
        "💻 github.com/anc5557 📍 경기도 부천시\n\n### 경력 상세\n\n"
        "#### Crinity · 2024.05 – 2026.01\n\n- Stack: Airflow, Python\n"
    )
    answer = _answer(markdown, "Which city does he live in?")
    assert "부천시" in answer, answer


def test_a_han_label_for_where_one_lives_written_on_from_the_cell_before() -> None:
    markdown = (
        "# 廖海沙\n\n网页美工设计师 2年\n\n## 基本信息：\n\n姓　名：　**廖海沙** 性　别：　女\n\n"
        "年龄： 25岁现居地： 北京-海淀\n\n## 工作经历\n\n- 2016/07 -- 至今 歌华有线\n"
    )
    answer = _answer(markdown, "Where does 廖海沙 live?")
    assert "北京-海淀" in answer, answer


def test_a_goals_label_alone_over_the_post_it_names() -> None:
    markdown = (
        "# Макшеев Илья\n\nМужчина, 24 года\n\nЖелаемая должность и зарплата\n\n"
        "## Python разработчик\n\nИнформационные технологии, интернет, телеком\n\n"
        "## Опыт работы\n\n- Август 2021 — Октябрь 2021 · Системные технологии\n"
    )
    answer = _answer(markdown, "What position is Ilya Maksheev looking for?")
    assert "Python разработчик" in answer, answer


def test_a_dated_title_quoted_alone_comes_with_what_was_done() -> None:
    markdown = (
        "# Kevin T.\n\n## Berufliche Laufbahn\n\n"
        "- März 2022 - Aug. 2022 · Projekt Knack! (Software Testing)\n"
        "- Mechatronik, Hochschule Bochum\n- Anwendung von Java, JUnit\n"
        "- März 2022 - Sept. 2022 · Entwicklungsprojekt\n- Mechatronik, Hochschule Bochum\n"
        "- Entwickeln einer Scheiben Heizung für das Elektroauto Cargo-Pedelec\n"
        "- Okt. 2021 - Feb. 2022 · Projekt\n- Mechatronik, Hochschule Bochum\n"
        "- Bau eines autonomen Roboters\n"
    )
    answer = _answer(
        markdown, "What development project did he work on from March to September 2022?"
    )
    assert "Cargo-Pedelec" in answer, answer


def test_a_degree_named_in_english_of_a_spanish_resume_is_not_denied() -> None:
    markdown = (
        "# Jeison Castillo\n\nIngeniero de Sistemas\n\n## EDUCACIÓN\n\n"
        "### Ingeniero de Sistemas · Fundación Universitaria de San Gil - Unisangil"
        " | 2016 – 2021\n\n"
        "## EDUCACIÓN SUPERIOR\n\n- Universidad Pontificia Bolivariana\n"
        "- Ingeniería de sistemas e informática\n- Enero del 2017 – Diciembre del 2021\n"
    )
    answer = _answer(markdown, "Where did Jeison study Systems Engineering?")
    assert "Unisangil" in answer, answer
    answer = _answer(markdown, "When did he study Systems and Informatics Engineering?")
    assert "does not mention" not in answer, answer
