"""Owners' JSON from round551-554 that was refused or read badly: a .NET export of a "Candidate"
and typed "Sections" ("$type": "ExperienceSection"), a profile under "information" beside a
site's "ba_id", and a timeline whose entries say their type in German ("typ": "Bildung")."""

from __future__ import annotations

import json
from pathlib import Path

from resume_chat.resume.formats import read_resume_bytes


def _markdown(data: object) -> str:
    reading = read_resume_bytes(json.dumps(data).encode(), Path("cv.json"))
    assert reading.format == "json", reading.warnings
    return reading.markdown


_LOGO = "data:image/jpeg;base64," + "A" * 5000


def test_a_dotnet_export_of_typed_sections_is_read() -> None:
    job = {
        "Title": "Technical Lead",
        "StartDate": "12/09/2020",
        "EndDate": "31/03/2022",
        "Missions": ["Mise en place de Sonar"],
        "$type": "Cv.Models.ExperienceSection, Cv",
        "Company": {"Name": "Up", "Logo": _LOGO, "Site": "https://up.coop"},
        "$id": "0",
    }
    older = job | {"Title": "Team Leader", "Company": {"Name": "BGI", "Logo": "bgi.png"}}
    data = {
        "$type": "CvRoot",
        "Title": "Architecte/Developer MS technologies",
        "Candidate": {"FirstName": "Heni", "LastName": "FAZZANI", "Tel": "0667426421"},
        "Sections": [job, older],
    }
    markdown = _markdown(data)
    assert markdown.startswith("# Heni FAZZANI\n"), markdown
    assert "## Experience" in markdown, markdown
    assert "### Technical Lead — Up" in markdown, markdown
    assert "### Team Leader — BGI" in markdown, markdown
    assert "base64" not in markdown, markdown
    assert "bgi.png" not in markdown, markdown


def test_a_profile_under_information_names_the_person() -> None:
    data = {
        "languages": "zh-CN",  # the site's locale: no JSON Resume (its languages are a list)
        "ba_id": "3da6a058b90a794d9abcb126661965af",
        "information": {"name": "杜鹏川", "position": "软件开发工程师", "phone": "13070159371"},
        "education": [
            {"name": "北京邮电大学", "major": "计算机技术", "start": "2014", "end": "2017"}
        ],
        "experience": [{"name": "智能家电安全分析平台", "description": ["后台使用Netty"]}],
    }
    markdown = _markdown(data)
    assert markdown.startswith("# 杜鹏川\n"), markdown
    assert "软件开发工程师" in markdown.split("##")[0], markdown
    assert "3da6a058" not in markdown, markdown


def test_a_timeline_typed_in_german_keeps_schools_as_studies() -> None:
    data = [
        {"titel": "Praktikum bei die antwort ag", "typ": "Beruf", "datum": "2023 bis 2024"},
        {"titel": "Content Creator", "typ": "Beruf", "datum": "2022 bis heute"},
        {"titel": "Hochschule Offenburg", "typ": "Bildung", "datum": "2023-03 bis heute"},
        {"titel": "Collège Les Récollets", "typ": "Bildung", "datum": "2009-2015"},
    ]
    markdown = _markdown(data)
    studies = markdown.split("## Education", 1)[1]
    assert "Hochschule Offenburg" in studies, markdown
    assert "Collège Les Récollets" in studies, markdown
    assert "Content Creator" not in studies, markdown
