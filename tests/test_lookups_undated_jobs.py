"""Jobs listed with no dates, newest first (round327's policy analyst): "What is his current
role?" had quoted the second job, dated by the year a bullet's sentence names ("calculated
back to 1970"), and then a logo's file name ("icp_logo") above the first job."""

from __future__ import annotations

from resume_chat.resume import parse_resume
from tests.test_lookups import answer_text

_UNDATED = (
    "# Weseem Ahmed\n\n## Experience\n\n"
    '<p align="left">\n  <img alt="icp_logo"\n  src="/img/icap-logo.png"/>\n</p>\n\n'
    "<h4> Policy Analyst and Clusters Specialist </h4>\n<ul>\n"
    "  <li> Analyze data for economic updates and strategies for the province.</li>\n</ul>\n\n"
    '<p align="left">\n  <img alt="uwo_logo" src="/img/uwo.png"/>\n</p>\n\n'
    "<h4> Economic Research Assistant </h4>\n<ul>\n"
    "  <li> Researched the relationship between Canada's financial markets and the energy "
    "sector, allowing counterfactuals to be calculated back to 1970 and culminating in a "
    "working paper.</li>\n</ul>\n"
)


def test_the_first_of_undated_jobs_is_the_current_one() -> None:
    answer = answer_text(_UNDATED, "What is his current role?")
    assert answer.startswith("[Experience › Policy Analyst and Clusters Specialist]"), answer


def test_a_logo_named_like_its_file_is_no_content_and_a_logo_that_says_something_is() -> None:
    markdown = parse_resume(_UNDATED + "\n![Figma logo](f.png) Figma\n").markdown
    assert "icp_logo" not in markdown, markdown
    assert "uwo_logo" not in markdown, markdown
    assert "Figma logo" in markdown, markdown
