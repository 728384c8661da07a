"""What round484-489's first runs answered wrong: a LaTeX template's own entry macro named
for a section ("\\MySectionNoPic{2019}{…}{…}{Tradeware Tech}{…}") read as a section titled by
its year, the contacts a TikZ matrix draws dropped with the picture, a Taiwanese motorcycle
licence ("普通重型機車") denied, and "based near Barcelona" not where he is based."""

from __future__ import annotations

from pathlib import Path

from resume_chat.answerer.offline import OfflineAnswerer, format_reply
from resume_chat.resume import load_resume
from tests.test_answer_round396 import reply_text as _answer

_LATEX = r"""\documentclass{article}
\begin{document}
\begin{tikzpicture}
\matrix (contact) {
\node{\faEnvelope}; & \node{\href{mailto:mehmet@mehmetfd.dev}{mehmet@mehmetfd.dev}}; \\
\node{\faPhone}; & \node{+49 178 391 63 27}; \\
};
\end{tikzpicture}
\section{İş Deneyimi}
\MySectionNoPic{2019}{İş Analisti}{İstanbul, Türkiye}{Tradeware Tech}{
\begin{itemize}
\item Çeşitli raporlama kütüphaneleri geliştirme
\end{itemize}
}
\end{document}
"""


def _asked(tmp_path: Path, question: str) -> str:
    path = tmp_path / "cv.tex"
    path.write_text(_LATEX, encoding="utf-8")
    answerer = OfflineAnswerer(load_resume(path))
    return "\n".join(format_reply(answerer.answer(question)))


def test_an_entry_macro_named_for_a_section_keeps_its_fields(tmp_path: Path) -> None:
    answer = _asked(tmp_path, "What was his job at Tradeware Tech?")
    assert "İş Analisti" in answer, answer
    assert "does not mention" not in answer


def test_the_contacts_a_tikz_matrix_draws_are_read(tmp_path: Path) -> None:
    answer = _asked(tmp_path, "What is his e-mail address?")
    assert "mehmet@mehmetfd.dev" in answer, answer


def test_a_taiwanese_motorcycle_licence_is_a_driving_licence() -> None:
    markdown = (
        "# 林志明\n\n## 學歷\n\n- 國立臺灣大學 資訊工程學系\n\n## 證照\n\n"
        "- 普通重型機車駕照\n- TOEIC 850\n"
    )
    answer = _answer(markdown, "What driving licence does he have?")
    assert "普通重型機車" in answer, answer


def test_based_near_a_town_is_where_he_is_based() -> None:
    markdown = (
        "# Sébastien Soilen\n\n## Web\n\n**NAME** Sébastien Soilen - Python/Django developer\n\n"
        "**DESCRIPTION** Sebastien is a polyvalent programer based near Barcelona (Spain).\n\n"
        "**CHANGELOG** v3.0 Django Developer/Sysadmin - Since nov. 2012 Comunitats.org\n"
    )
    answer = _answer(markdown, "Where is he based?")
    assert "based near Barcelona" in answer, answer


def test_phone_brands_asked_are_no_phone_number() -> None:
    """ "Which phone brands does he specialise in repairing?" asks of phones as devices: never
    "The resume does not give a phone number." of a page that gives none."""
    markdown = (
        "# Mohammad Kamel\n\n## Skills\n\n- Software - Hardware (Samsung - Huawei) 50%\n\n"
        "## About\n\nI repair recent Samsung and Huawei devices.\n"
    )
    answer = _answer(markdown, "Which phone brands does he specialise in repairing?")
    assert "phone number" not in answer, answer
    assert "Samsung" in answer


def test_a_json_of_translations_is_read_in_its_fullest_language(tmp_path: Path) -> None:
    """{"contacts": […], "localization": [{"locale": "ru", "content": {…}}, …]}: refused as no
    resume on its set's first run; the Russian version, the fuller, is the resume."""
    import json

    russian = {
        "name": "Чиликин Илья Игоревич",
        "location": "Москва",
        "experience": [
            {"company": "Газпромнефть", "position": "Java-разработчик", "period": "2018"}
        ],
        "education": [{"school": "МГТУ им. Баумана", "degree": "Инженер", "period": "2010"}],
    }
    data = {
        "contacts": [{"type": "Email", "text": "ilya@example.org"}],
        "localization": [
            {"locale": "ru", "content": russian},
            {"locale": "en", "content": {"skills": ["Java"]}},
        ],
    }
    path = tmp_path / "cv.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    resume = load_resume(path)
    assert resume.name == "Чиликин Илья Игоревич", resume.markdown
    assert "Газпромнефть" in resume.markdown
    assert "ilya@example.org" in resume.markdown
