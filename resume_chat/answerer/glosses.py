"""A question asked in Chinese or Spanish, glossed in the English words the intents know.

The intents are patterns of English words. A visitor to a Chinese resume asks in Chinese
("她毕业于哪所大学", which university did she graduate from), one to a Spanish resume in
Spanish ("¿Cuál es su correo electrónico?"): the question keeps its own words, and gains the
English words its phrases stand for ("graduated university", "email"), so it is asked of the
right section; the section's own lines answer it.
"""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.resume import scripts

# Longest phrases first: "住在哪里" (where does she live) before "哪里" (where).
_GLOSSES: tuple[tuple[str, str], ...] = (
    ("住在哪里", "where does she live"),
    ("居住", "where does she live"),
    ("哪家公司", "which company"),
    ("什么时候", "when"),
    ("多少年", "how many years"),
    ("几年", "how many years"),
    ("电子邮件", "email"),
    ("邮箱", "email"),
    ("电话", "phone"),
    ("手机", "phone"),
    ("毕业", "graduated"),
    ("大学", "university"),
    ("学校", "school"),
    ("专业", "major"),
    ("学位", "degree"),
    ("硕士", "master's"),
    ("博士", "PhD"),
    ("本科", "bachelor's"),
    ("学士", "bachelor's"),
    ("证书", "certificates"),
    ("技能", "skills"),
    ("项目", "projects"),
    ("获奖", "awards"),
    ("奖项", "awards"),
    ("经验", "experience"),
    ("职位", "position"),
    ("担任", "position"),
    ("公司", "company"),
    ("工作", "work"),
    ("现在", "now"),
    ("目前", "now"),
    ("出生", "born"),
    ("年龄", "age"),
    ("会说", "speak"),
    ("语言", "languages"),
    ("日语", "Japanese"),
    ("英语", "English"),
    ("法语", "French"),
    ("德语", "German"),
    ("韩语", "Korean"),
    ("西班牙语", "Spanish"),
    ("俄语", "Russian"),
    ("哪里", "where"),
)
_HAN = patterns.compile(f"[{scripts.HAN}]")
# Spanish words, whole, as a question writes them ("¿Dónde trabaja actualmente?").
_SPANISH: tuple[tuple[str, str], ...] = (
    ("correo electrónico", "email"),
    ("correo", "email"),
    ("teléfono", "phone"),
    ("dónde vive", "where does she live"),
    ("cuántos años", "how many years"),
    ("estudia", "study"),
    ("estudió", "studied"),
    ("estudios", "studies"),
    ("universidad", "university"),
    ("título", "degree"),
    ("magíster", "master's"),
    ("maestría", "master's"),
    ("máster", "master's"),
    ("doctorado", "PhD"),
    ("trabaja", "work"),
    ("trabajó", "worked"),
    ("empresa", "company"),
    ("idiomas", "languages"),
    ("habla", "speak"),
    ("habilidades", "skills"),
    ("certificaciones", "certifications"),
    ("certificados", "certificates"),
    ("proyectos", "projects"),
    ("premios", "awards"),
)
_SPANISH_CUE = patterns.compile(r"[¿¡ñ]|\b(qué|cuál|dónde|cuántos|tiene|su|sus)\b", re.IGNORECASE)


def glossed(question: str) -> str:
    """The question, and after it the English words of its Chinese or Spanish phrases."""
    words: list[str] = []
    if _HAN.search(question):
        rest = question
        for phrase, gloss in _GLOSSES:
            if phrase in rest:
                rest = rest.replace(phrase, " ")
                words += [word for word in gloss.split() if word not in words]
    elif _SPANISH_CUE.search(question):
        rest = question.lower()
        for phrase, gloss in _SPANISH:
            rest, said = re.subn(rf"\b{phrase}\b", " ", rest)
            words += [word for word in gloss.split() if said and word not in words]
    return f"{question} ({' '.join(words)})" if words else question
