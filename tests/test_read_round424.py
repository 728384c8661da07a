"""What round424-427's first runs read wrong: a Ukrainian form's bold labels for interests and
languages, a Russian form's plain labels ending in a colon, a personal field a text box set in a
heading's style, and Chinese saved in GBK read as Windows-1252."""

# ruff: noqa: RUF001 - resume text in Russian, Ukrainian and Chinese, as written

from __future__ import annotations

from pathlib import Path

from resume_chat.resume import load_resume
from resume_chat.resume.markdown.reader import read_markdown


def test_ukrainian_labels_for_interests_and_languages_are_sections() -> None:
    markdown = (
        "# Михайло Завалковський\n\n**Вік:** 17 років\n\n**Інтереси:**\n\nРок музика\n\n"
        "Кемпінг\n\n**Знання мов:**\n\nАнглійська — В2\n\nУкраїнська — С1\n"
    )
    read = read_markdown(markdown).markdown
    assert "## Інтереси" in read, read
    assert "## Знання мов" in read, read


def test_a_plain_label_ending_in_a_colon_titles_its_lines() -> None:
    text = (
        "Имя: Сергей\nФамилия: Пономарев\nОбразование: Высшее\nУчебные заведения:\n"
        "Пермское военное авиационно-техническое училище\nУниверситет Зерокодер.\n"
        "Мои работы:\nДиплом ГСМ_Учет.docx\n"
    )
    read = read_markdown(text).markdown
    assert "## Учебные заведения" in read, read
    assert "## Мои работы" in read, read


def test_a_birthplace_set_as_a_heading_is_a_field() -> None:
    markdown = (
        "# Николай Ефремов\n\n## Личные данные\n\n### Дата рождения: 4 февраля 1999\n\n"
        "### Место рождения: г. Москва\n\nТелефон: 89031487570\n"
    )
    read = read_markdown(markdown).markdown
    assert "### Место рождения" not in read, read
    assert "Место рождения: г. Москва" in read, read


def test_chinese_saved_in_gbk_beside_english_reads_as_chinese(tmp_path: Path) -> None:
    text = (
        "Jingdong Wang is a Chief Scientist for computer vision.\n\n"
        "王井东是计算机视觉首席科学家，研究方向为视觉表征学习和目标检测，发表论文一百余篇。\n"
    )
    path = tmp_path / "bio.txt"
    path.write_bytes(text.encode("gbk"))
    assert "计算机视觉首席科学家" in load_resume(path).markdown
    french = tmp_path / "cv.txt"
    french.write_bytes("# Éloïse Côté\n\nDéveloppeuse à Montréal, diplômée.\n".encode("cp1252"))
    assert "Développeuse à Montréal" in load_resume(french).markdown


def test_a_chinese_parts_numeral_before_its_title(tmp_path: Path) -> None:
    text = (
        "简历\n◆基本信息\n母健，男；手机-13581614489\n\n◆工作经历：\n◇-2022/11~今\n"
        "普策信用评价有限公司 | 市场部总监\n\n1、甘肃省物流业发展规划 主笔 2005.7\n"
        "二、公开发表论文\n1、我国低消费率与阶段性家庭支出 《兰州学刊》2010.3\n"
    )
    path = tmp_path / "cv.txt"
    path.write_text(text, encoding="utf-8")
    assert "## 二、公开发表论文" in load_resume(path).markdown


def test_a_rirekishos_field_for_the_post_wanted_is_a_section() -> None:
    markdown = (
        "# 阿部 大和\n\n## 学歴\n\n- 令和３ · 4 · 東北電子専門学校 入学\n\n"
        "志望職種\n\n- プランナー\n\n"
        "## 志望動機\n\n私は資料を作成することを心掛けております。\n"
    )
    read = read_markdown(markdown).markdown
    assert "## 志望職種\n\n- プランナー" in read, read
