# ruff: noqa: RUF001, RUF002 - the resumes and questions are written as in Chinese
"""A resume in Chinese or Spanish, asked in its own language or in English: rules learned from
the fifty-eighth to sixty-first waves' first runs (round295, round296, round303), each on a
resume shaped to need it."""

from __future__ import annotations

import pytest

from resume_chat.answerer.glosses import glossed
from resume_chat.answerer.intents import classify
from tests.test_lookups import answer_text, assert_found

_ADMINISTRATOR = (
    "# 朱晓青\n\n## 出生年月\n\n* 1992/09\n\n## 居住地址\n\n* 湖南省长沙市\n\n## 邮箱地址\n\n"
    "* angeleyer@qq.com\n\n## 教育背景\n\n* 2010/09-2014/07\n\n西南石油大学\n\n石油工程本科\n\n"
    "## 所持证书\n\n* 大学英语六级证书\n* 计算机二级证书\n\n## 工作经验\n\n"
    "### 常州凯恩迪斯汽车零件分选服务有限公司 ——订单管理员\n\n"
    "1. 收集生产部门质量数据形成文档反馈给客户\n"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("她毕业于哪所大学？", "西南石油大学"),  # which university did she graduate from
        ("她学的是什么专业？", "石油工程"),  # what did she study
        ("她住在哪里？", "长沙"),  # where does she live
        ("她的邮箱是什么？", "angeleyer@qq.com"),  # her email
        ("她有哪些证书？", "大学英语六级"),  # her certificates
        ("她在哪家公司工作，担任什么职位？", "订单管理员"),  # where does she work, as what
    ],
    ids=["university", "major", "home", "email", "certificates", "job"],
)
def test_a_question_in_chinese_is_asked_of_its_section(question: str, expected: str) -> None:
    """The intents are English words: a Chinese question was a plain search for words the
    resume does not write apart, and "她住在哪里？" (where does she live) was answered "does
    not say where". Its phrases are glossed in English, and asked of their sections."""
    assert_found(_ADMINISTRATOR, question, expected)


def test_glosses_follow_the_question_and_leave_others_alone() -> None:
    assert glossed("她住在哪里？") == "她住在哪里？ (where does she live)"
    assert glossed("Where does she live?") == "Where does she live?"
    assert classify("她毕业于哪所大学？").name == "education"


_DESIGNER = (
    "倪辰 - UI/UX设计师简历\n\n个人信息\n----\n姓名：倪辰\n出生日期：1988年12月21日\n"
    "电子邮箱：bjnc@foxmail.com\n下载简历：files/倪辰_高级UI_10年经验.pdf\n专业概述\n"
    "产品设计工作10年的经验，拥有全链路设计能力。\n\n工作经历\n----\n"
    "高级UI设计师/设计负责人 | 甲乙丙丁（北京）电子商务股份有限公司 | 2020.08 - 2025.01\n"
)


def test_an_english_question_finds_a_birth_date_and_years_said_in_chinese() -> None:
    """round295: "When was he born?" of "出生日期：1988年12月21日" and "How many years of
    design experience does he have?" of "产品设计工作10年的经验" (ten years' experience in
    product design) were answered with his latest job."""
    born = answer_text(_DESIGNER, "When was he born?", "text")
    assert "1988年12月21日" in born, born
    years = answer_text(_DESIGNER, "How many years of design experience does he have?", "text")
    assert "10年的经验" in years, years
    assert ".pdf" not in years, years


_CHILEAN = (
    "ANDRES MARTINEZ GAJARDO\n\nINFORMACION DE CONTACTO\n\nUbicacion: Santiago, Chile\n"
    "Email: andres.martinez.g@gmail.com\n\nEXPERIENCIA PROFESIONAL\n\nM&L AI SpA.\n"
    "Ingeniero de Software / Jefe de Proyectos AI\nSantiago, Chile | Agosto 2024 - Presente\n"
    "- Lectura de correos y recordatorios con agentes autonomos.\n"
)


def test_a_question_in_spanish_is_asked_of_its_section() -> None:
    """round303: "¿Cuál es su correo electrónico?" (what is his email?) was a search for
    "correo", found in "lectura de correos" (reading emails) among his duties."""
    assert glossed("¿Cuál es su correo electrónico?").endswith("(email)")
    assert glossed("What is his email?") == "What is his email?"
    assert_found(_CHILEAN, "¿Cuál es su correo electrónico?", "andres.martinez.g@gmail.com")
