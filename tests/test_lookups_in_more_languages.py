"""Questions in English about resumes in other languages: learned from round344 (Word),
round346 (PDF) and round347 (Markdown, text), each case from a real resume's line. Unread,
each question was answered with the wrong section's lines."""

# ruff: noqa: RUF001 - resume text in Cyrillic, Vietnamese and Chinese, as written

from __future__ import annotations

import pytest

from resume_chat.answerer.terms import tokens
from tests.test_lookups import answer_text

# A first section about something else, so a right answer has to be found, not fallen on.
_OPENING = "# Ana Lima\n\n## Summary\n\nReliable, calm under pressure, quick to learn.\n\n"


@pytest.mark.parametrize(
    ("section", "question", "said"),
    [
        # A company named in Cyrillic: its words are words too.
        ("## Опыт работы\n\n### Журналист\n\nЗАО «Экспресс», Екатеринбург\n\n2000 - 2007\n",
         "When did she work at ЗАО «Экспресс»?", "2000 - 2007"),
        # A trade's words in the resume's language.
        ("## Educación\n\nTaller de Reanimación Cardio Pulmonar (2016)\n\nTécnica en Enfermería\n",
         "Has she had CPR training?", "Reanimación Cardio Pulmonar"),
        ("## Opleidingen\n\n- 2+3/05/2007 : Plus Consult : Business Process Management\n"
         "- 22/03/2004 tot 19/05/2004 : stage te kliniek Sint Blasius\n"
         "- 02/10/2003 tot 19/03/2004 : Open Learning : java, jdbc, jsp\n"
         "- 07/08/1995 tot 22/09/1995 : Open Learning : MSdos 6.2, netwerken\n\n"
         "## Hoger onderwijs\n\n- 1990-1993 : BME Gent : Toegepaste Informatica\n",
         "What higher education did he complete?", "BME Gent"),
        ("## Lebenslauf\n\n**Seit 1980** in Lörrach\nAtelier SCHEUNE im Zwetschgenweg 5\n",
         "Where is her studio?", "Atelier SCHEUNE"),
        ("## Histórico\n\nContador Público (CRC RS-076595/O-3), Prefeitura de Independência\n",
         "What is her professional accounting registration?", "CRC RS-076595/O-3"),
        ("## Formação\n\nBacharelado, Contabilidade (2002 - 2005)\n\n"
         "Especialização Lato Sensu, Contabilidade e Finanças (2006 - 2008)\n",
         "Does she have any postgraduate specialization?", "Especialização Lato Sensu"),
        ("## Educación\n\nCocina para Comedor Escolar (2014)\n\nCurso de 150 horas\n\n"
         "Operador de PC (2011). Informática: paquete Office (Word, Excel)\n",
         "What computer training has she done?", "Operador de PC"),
        ("## Histórico Profissional\n\n### Prefeitura de Independência – desde 2009\n\nContador\n\n"
         "### Exército Brasileiro / Hospital de Guarnição – 2000 a 2007\n\n"
         "Recruta / Soldado / Cabo\n",
         "What rank did she reach in the Brazilian Army?", "Cabo"),
        ("## Stages\n\n2007\n\nStage de 6 mois au Laboratoire de Chimie (Paris)\n\n"
         "## Cursus\n\n### Doctorat\n\nUniversité Paris Descartes\n\n### Post-doctorat\n\n"
         "Post-doctorat à l'Institut Pasteur de Paris, équipe de bio-informatique\n",
         "Where did she do her postdoc?", "Institut Pasteur"),
        ("## Expérience\n\n### Assistante RH\n\nGestion administrative du personnel\n\n"
         "## Informatique\n\nMicrosoft Office (Word, Excel)\n\nLogiciel de paie : PC Paie\n",
         "Which payroll software does she know?", "PC Paie"),
        # Round340's last false denial: "X-ray" of "diffraction des rayons X".
        ("## Expériences\n\n### Recherche fondamentale\n\nPolissage métallographique\n\n"
         "Caractérisation des matériaux: spectrométrie SIMS, diffraction des rayons X (DRX)\n",
         "Has she used X-ray diffraction?", "diffraction des rayons X"),
        ("## Utbildning\n\n- 2002–2003 Musiklinjen, Folkuniversitetet, Umeå\n"
         "- 1988–1991 Naturvetenskaplig linje, Katedralskolan, Skara\n"
         "- 1992 Kurs i Unix-system, Umeå\n- 2009 · Psykologexamen, Umeå universitet\n",
         "When did she get her psychologist degree?", "Psykologexamen"),
        ("## Dự án\n\n### Hệ tư vấn\n\n- Học phần: Hệ tư vấn thông tin\n- Vai trò: Thành viên\n\n"
         "### Website bán hàng\n\n- Học phần: Thương mại điện tử\n- Vai trò: Team leader\n",
         "What was her role in the e-commerce project?", "Thương mại điện tử"),
        # A family of tools by what they do.
        ("## Compétences\n\nLangages: Java, Kotlin\n\nFrameworks: Spring Boot, Quarkus\n\n"
         "Cloud: AWS, Docker\n\nDonnées & messagerie: Kafka, RabbitMQ, PostgreSQL\n",
         "Which messaging systems has she worked with?", "RabbitMQ"),
        ("## Опыт работы\n\n### Редактор\n\n- Подготовка номера газеты\n- Написание статей\n\n"
         "## Профессиональные навыки\n\n- Верстка сайта на HTML и CSS\n"
         "- Также умею работать в Photoshop и Indesign\n",
         "Which design software can she use?", "Photoshop"),
        # Pastimes, languages, citizenship and scholarships labelled in the resume's words.
        ("## Thông tin\n\n0396697703\n\nSở thích: Đọc tin tức về công nghệ, máy tính\n",
         "What are her hobbies?", "Sở thích"),
        # A Ukrainian designer's sidebar, its titles set small under the skills.
        ("## КОНТАКТИ\n\n- Україна · Remote\n\n## НАВИЧКИ\n\nDesign: Figma (advanced)\n\n"
         "##### ОСВІТА ТА МОВИ\n\n##### Бакалавр, оптотехніка та лазерна інженерія\n\n"
         "Вінницький університет (2003–2008) Мови: Англійська (C1) · Українська (рідна)\n",
         "Which languages does she speak?", "Англійська"),
        ("## Experiență\n\nDesigner grafică – Fabrik Home – 2024 – În curs\n\n## Altele\n\n"
         "Permis de conducere: B\n\nNumăr de telefon: (+373) 079171627\n\n"
         "Cetățenie: moldoveană\n",
         "What is her citizenship?", "moldoveană"),
        ("## Học vấn\n\n### Công nghệ phần mềm\n\n- Trường Đại học Công nghệ (2020 - 2024)\n"
         "- CGPA: 3.21 / 4.0\n- Nổi bật:\n- HK1 (2022 - 2023): 3.50 / 4.0\n"
         "- HK2 (2022 - 2023): 3.71 / 4.0 (Đạt Học bổng khuyến khích học tập)\n",
         "Has she received any scholarship?", "Học bổng"),
        # round346's Russian CV: a school's number written "№850", an award and a degree in
        # its "additional information".
        ("## Трудовая деятельность\n\n- 01.09.2007 – 31.08.2008 · ГОУ СОШ №850 г. Москвы · "
         "учитель математики\n- 01.09.2008 – 01.09.2010 · ГОУ ВПО г. Москвы · лаборант\n",
         "When did she teach at school No. 850?", "01.09.2007 – 31.08.2008"),
        ("## Образование\n\n- 2003/2008 · Московский городской педагогический университет\n\n"
         "## Дополнительная информация\n\nОтветственная, коммуникабельная.\n\n"
         "В 2020 году награждена грамотой Департамента образования города Москвы.\n",
         "Has she received any awards?", "награждена грамотой"),
    ],
)  # fmt: skip
def test_a_question_in_english_meets_the_resumes_words(
    section: str, question: str, said: str
) -> None:
    answer = answer_text(_OPENING + section, question)
    assert said in answer.splitlines()[0], answer  # first, not among a section's lines


def test_chinese_is_no_one_long_word() -> None:
    """Written without spaces, a sentence of Chinese is not one word to match whole."""
    assert tokens("他现在在哪家公司工作？ ЗАО «Экспресс»") == ["зао", "экспресс"]


@pytest.mark.parametrize(
    ("header", "said", "not_said"),
    [
        ("Vertriebsprofi\n\ngeb.: am 13.05.1966, Dresden\n\nVerheiratet, 2 Kinder\n\n"
         "Mobil: 0178-5486856\n\nWillstätterstraße 5\n\n44369 Dortmund\n\n"
         "E-Mail: jahn.carsten@t-online.de", "Willstätterstraße 5 | 44369 Dortmund", "Dresden"),
        ("AI Design Engineer · Design Systems · Founder @ MD Academy\n\n## Контакти\n\n"
         "- Україна · Remote\n- theslowcolours@gmail.com\n", "Україна", "MD Academy"),
    ],
)  # fmt: skip
def test_a_town_as_europe_writes_it_answers_where(header: str, said: str, not_said: str) -> None:
    """A postcode before its town, a street over it; a country in its own language. Not the
    birthplace, nor the headline."""
    resume = f"# Carsten Jahn\n\n{header}\n\n## Skills\n\n- Sales\n"
    answer = answer_text(resume, "Where is he based?")
    assert said in answer.splitlines()[0], answer
    assert not_said not in answer, answer


@pytest.mark.parametrize(
    ("resume", "question", "said"),
    [
        # Turkish writes "ASLI" in capitals and with a dotless i in small letters: one name.
        ("# ASLI AYŞE ŞAHİN\n\n## Yetenekler\n\n- React, Flutter\n\n## Diller\n\n"
         "İngilizce: İleri Seviye\n\nTürkçe: Anadil\n",
         "Which languages does Aslı speak?", "İngilizce"),
        # An address spelled with her name, read under the last referee of a two-column page.
        ("# Carli Johansen\n\n## Experience\n\n- Substitute Teacher\n\n## References\n\n"
         "### Brenda Aagard — Secretary\n\n(435)-262-7042\n\n"
         "(435) 469-1870 carlijjohansen@gmail.com\n",
         "How can I contact Carli by email?", "carlijjohansen@gmail.com"),
        # Studies said in German inside a painter's life story, no section for them.
        ("# Jürgen Unseld\n\n## Lebenslauf\n\n**1946** in Offenbach geboren\n\n"
         "**1966 – 1973** Studium in Freiburg/Br.\n\n**1976 – 2010** Lehrer am Gymnasium\n",
         "What did Jürgen study, and where?", "Studium in Freiburg"),
    ],
)  # fmt: skip
def test_a_fact_stated_in_another_language_is_never_denied(
    resume: str, question: str, said: str
) -> None:
    answer = answer_text(resume, question)
    assert said in answer, answer


def test_a_resume_with_no_way_to_reach_someone_says_so() -> None:
    """Round347's Brazilian lawyer: his plain-text CV gives no address, number or link (read
    whole: its header's "Brasileiro, Casado, 35 anos" was quoted instead)."""
    from pathlib import Path

    from resume_chat.answerer.offline import OfflineAnswerer
    from resume_chat.resume import load_resume

    path = (
        Path(__file__).parent
        / "round347/resumes/text-plain-portuguese-lawyer-esports-coordinator.txt"
    )
    answerer = OfflineAnswerer(load_resume(path))
    reply = answerer.answer("How can I contact Guilherme?")
    assert reply.absent == "The resume does not give contact details.", reply
