"""What round396's first run read wrong: a Jekyll page (kramdown) whose every job is a heading
element wrapped in bold, `<b><h1>IT Manager</h1></b>`, each under its dates line. CommonMark
reads such a line as a paragraph, so the jobs were text ("\\# IT Manager"), the page had no
section, and "where did he work as ICT System Administrator?" found no employer."""

from __future__ import annotations

from pathlib import Path

from resume_chat.resume.markdown.reader import read_markdown
from resume_chat.resume.model import build_resume
from tests.test_lookups import answer_text

_PAGE = """---
layout: page
title: Curriculum Vitae
---
&#128197; 07/2023 – Oggi

<b><h1>IT Manager</h1></b>
{: style="font-size: 1.6rem; text-align: left;"}

*<b><a href="http://www.alfavarese.it/">ALFA S.r.l.</a></b> - Società pubblica.*

* <b>Virtualizzazione:</b> Sviluppato e gestito ambienti virtualizzati.

___

&#128197; 05/2015 – 07/2023

<b><h1>Responsabile IT</h1></b>
{: style="font-size: 1.6rem; text-align: left;"}

*<b><a href="http://www.siitgroup.com/">S.I.I.T. S.r.l.</a></b> - Confezionamento di farmaci.*

* Gestione di tutto l'apparato ICT

___

&#128197; 01/2007 – 05/2015

<b><h1>ICT System Administrator</h1></b>
{: style="font-size: 1.6rem; text-align: left;"}

*<b>Edisport Editoriale S.p.A.</b> - Casa editrice.*

* Docente di corsi Lotus Domino Administrator.
"""


def test_a_heading_wrapped_in_bold_is_a_heading() -> None:
    """Each `<b><h1>…</h1></b>` is a job's heading, its dates line under it, not above the
    next job's; three top headings are jobs, not a page title over a name."""
    resume = build_resume(read_markdown(_PAGE), Path("cv.md"))
    titles = [section.title for section in resume.walk()]
    assert titles == ["IT Manager", "Responsabile IT", "ICT System Administrator"], titles
    assert "07/2023" in resume.sections[0].body, resume.sections[0].body
    assert "05/2015 – 07/2023" in resume.sections[1].body, resume.sections[1].body
    assert "\\#" not in resume.markdown, resume.markdown


def test_a_job_asked_by_its_title_brings_employer_and_dates() -> None:
    answer = answer_text(_PAGE, "Where did he work as ICT System Administrator?")
    assert "Edisport Editoriale S.p.A." in answer, answer
    assert "01/2007 – 05/2015" in answer, answer
