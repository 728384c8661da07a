"""A master's denied where the resume holds none: letters that only look like one ("MS Office",
"Boston, MA", "March 2019", "Diploma in …") no longer keep the denial away; round139, round182
and seven more null questions in the older sets had quoted a bachelor's instead."""

from __future__ import annotations

import pytest

from tests.test_lookups import answer_text

_BACHELOR = (
    "# Sai Kumar\n\nBoston, MA · sai@example.com\n\n## Skills\n\n- MS Office, MS-Excel, SQL\n\n"
    "## Education\n\n### Bachelor of Science in Computer Science\n\n"
    "University of California, Santa Cruz · Sept 2014 – March 2018\n\n"
    "### Diploma in Graphic Design\n\nArena Animation, 2013\n"
)


def test_a_master_s_is_denied_where_only_look_alikes_of_one_stand() -> None:
    answer = answer_text(_BACHELOR, "Does he have a master's degree?")
    assert answer.startswith("The resume does not mention a master's degree"), answer


@pytest.mark.parametrize(
    "look_alike",
    [
        "- PSM I (Professional Scrum Master) Certification\n",
        "- Managed devices via MS-Intune and Airwatch.\n",
        "- Leveraged LLM tools to speed up reviews.\n",
        "- Download: https://github.com/sai/resume/raw/master/resume.pdf\n",
    ],
)
def test_a_master_s_is_denied_beside_later_look_alikes(look_alike: str) -> None:
    """round295's Scrum Master, round302's MS-Intune, round328's LLM tools and round316's
    link to a branch named master had each kept a master's from being denied."""
    answer = answer_text(
        _BACHELOR + "\n## Other\n\n" + look_alike, "Does he have a master's degree?"
    )
    assert answer.startswith("The resume does not mention a master's degree"), answer


@pytest.mark.parametrize(
    "held",
    [
        "### B.A., M.A. in English\n\nUniversity of Delhi, 2019\n",
        "### MArch, Architecture\n\nTU Delft, 2020\n",
        "### MS in Data Science\n\nNYU, 2021\n",
        "### Laurea specialistica in Ingegneria\n\nPolitecnico di Milano, 2012\n",
        # A degree after its school's comma; "M." turned into a list's label; M.E., S.M.
        "Georgia State University, MA Political Science, 2021\n",
        "#### A. in Economics, University of British Columbia 2019-2020\n",
        "Tsinghua University 2021 M.E. in Computer Science\n",
        "S.M. in Computer Science, Harvard University, 2019\n",
        "LL.M. in International Law, Leiden University, 2018\n",
        "LLM in Tax Law, Georgetown, 2017\n",
        "Máster en Ingeniería Informática, UPV, 2016\n",
        "MAs in Economics, summa cum laude, University of Salerno 2023\n",
    ],
)
def test_a_master_s_written_in_letters_or_another_language_is_not_denied(held: str) -> None:
    answer = answer_text(_BACHELOR + "\n" + held, "Does he have a master's degree?")
    assert "does not mention" not in answer, answer
