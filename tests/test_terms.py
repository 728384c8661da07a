"""Tokens, stems and content terms as the offline answerer compares them."""

from __future__ import annotations

from resume_chat.answerer.terms import content_terms, stem, stems, tokens


def test_tokens_keep_technology_names_whole() -> None:
    """C++, C#, Node.js and CI/CD survive as single tokens; markup and trailing dots go."""
    assert tokens("**Languages:** C++, C#, Node.js and CI/CD.") == [
        "languages",
        "c++",
        "c#",
        "node.js",
        "and",
        "ci/cd",
    ]


def test_stem_meets_plural_and_past_forms() -> None:
    """ "projects" and "project" meet; short words and names with digits stay as written."""
    assert stem("projects") == stem("project") == "project"
    assert stem("studies") == "study"
    assert stem("go") == "go"
    assert stem("k8s") == stem("kubernetes")


def test_a_four_letter_word_ending_in_e_meets_its_ing_form() -> None:
    """ "scuba diving" meets "the best dive site", "coding" meets "code"; "take" in "did he
    take a career break" is the question's frame, no topic."""
    assert stem("diving") == stem("dive")
    assert stem("coding") == stem("code")
    assert stem("nodes") == stem("node")
    assert content_terms("Did he take a career break?") == [stem("career"), stem("break")]


def test_a_qualified_word_is_the_topic() -> None:
    """ "AI-related coursework" asks about AI, not about "relat"."""
    terms = content_terms("Any AI-related coursework?")
    assert "ai" in terms
    assert not any(term.startswith("relat") for term in terms), terms


def test_a_versioned_name_is_indexed_without_its_version() -> None:
    """ "HTML5/CSS3" in a resume meets a question about CSS or HTML."""
    found = stems("React, HTML5/CSS3 and Python3", parts=True)
    assert {"css", "html", "python"} <= set(found), found


def test_leading_and_managing_meet() -> None:
    """A question about management finds a resume line that says "led" or "lead"."""
    assert stem("management") == stem("led") == stem("leadership") == "lead"


def test_content_terms_drop_question_words() -> None:
    """Pronouns and question words are no topic; the technology named is."""
    assert content_terms("Does she know Kubernetes?") == [stem("kubernetes")]
    assert content_terms("What's her salary?", frozenset({"salary"})) == []


def test_resume_lines_are_indexed_with_the_parts_of_slashed_names() -> None:
    """ "C++/Cuda" in a resume meets a question about CUDA; a question's "ci/cd" stays whole."""
    from resume_chat.answerer.terms import stems

    assert "cuda" in stems("C++/Cuda: Keops", parts=True)
    assert stems("Do you know CI/CD?") == ["do", "you", "know", "ci/cd"]


def test_a_plural_of_a_topic_word_is_no_content_term() -> None:
    """ "courses" stems to "cours": still the topic's own word, not something asked about."""
    assert content_terms("Which courses did he teach?", frozenset({"course"})) == ["teach"]
