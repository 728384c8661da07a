"""What round484-489's first runs answered wrong: a LaTeX template's own entry macro named
for a section ("\\MySectionNoPic{2019}{…}{…}{Tradeware Tech}{…}") read as a section titled by
its year, the contacts a TikZ matrix draws dropped with the picture, a Taiwanese motorcycle
licence ("普通重型機車") denied, and "based near Barcelona" not where he is based."""

# ruff: noqa: RUF001 - resume text in Chinese, as written

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
