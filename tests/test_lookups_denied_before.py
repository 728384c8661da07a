"""Facts the resume states that were denied: the seventeen false denials left in the sets at
hand at the thirty-sixth stop, and the first-run denials of round313-320. Each shape, in a
resume of its own, is answered; the near miss that must stay a denial stays one."""

from __future__ import annotations

from resume_chat.answerer.compounds import written_out
from tests.test_lookups import answer_text, assert_found


def test_a_dotted_gpa_is_a_gpa() -> None:
    """round157: "Overall G.P.A.: 3.96" was "The resume does not mention a GPA"."""
    text = (
        "# Sam Vale\n\n## Education\n\n### University of Virginia\n\n"
        "- B.A. Physics, 2019\n- Overall G.P.A.: 3.96\n"
    )
    assert_found(text, "What was his GPA?", "3.96")
    plain = "# Sam Vale\n\n## Education\n\n### University of Virginia\n\n- B.A. Physics, 2019\n"
    assert answer_text(plain, "What was his GPA?") == "The resume does not mention a GPA."


def test_the_town_a_current_jobs_heading_ends_on_says_where_he_is() -> None:
    """round163: no address anywhere, "### AUG 2018 - PRESENT: Indeed - Tokyo" the job."""
    text = (
        "# Ken Mori\n\nDesign technologist.\n\n## Employment\n\n"
        "### AUG 2018 - PRESENT: Indeed - Tokyo\n\n- Prototypes and A/B tests\n\n"
        "### SEP 2016 - NOV 2017: Fusion Systems - Osaka\n\n- Web apps\n"
    )
    assert_found(text, "Which city is he based in?", "Tokyo")


def test_a_language_asked_by_its_level_is_a_spoken_language() -> None:
    """round59: "What is his level of German?" of "DGERMAN - good (C1)" (a Canva PDF's
    stray glyph run into the word): a question about a language he speaks, and a word one
    stray letter longer than the language's name is that name."""
    text = (
        "# Max Mbah\n\n## Skills\n\n- Python\n\n## Language\n\n"
        "DGERMAN - good (C1)\n\nENGLISH - native language\n"
    )
    assert_found(text, "What is his level of German?", "C1")
    answer = answer_text(text, "Does he speak Italian?")
    assert answer.startswith("The resume does not"), answer


def test_an_address_a_table_broke_at_its_at_sign_is_one_address() -> None:
    """round83: a Word table's cells gave "Johndeere.daniel" and "@gmail.com" as two lines,
    after the references."""
    text = (
        "# Daniel Berg\n\n## Referenser\n\nJag har referenser.\n\nRöde 209\n\n82961 Gnarp\n\n"
        "**076-141 62 81**\n\nJohndeere.daniel\n\n@gmail.com\n"
    )
    assert_found(text, "What is his email address?", "Johndeere.daniel")


def test_a_tool_asked_by_another_name_is_found() -> None:
    """round149 and round159: SVN for "Subversion", code for GPUs in "OpenACC", an LLM by
    its model's name ("Llama 3.2")."""
    text = (
        "# Li Wei\n\n## Skills\n\n- Git and Subversion\n- Parallel Programming: MPI, OpenACC\n\n"
        "## Experience\n\n### Engineer — Netflix\n\n- Integrated Llama 3.2 into the narrative"
        " engine\n"
    )
    assert_found(text, "Has he used SVN?", "Subversion")
    assert_found(text, "Can he write code that runs on GPUs?", "OpenACC")
    assert_found(text, "Which LLM did he integrate into the narrative engine?", "Llama 3.2")


def test_an_abbreviation_written_out_is_stated() -> None:
    """round78: "PCR" asked, "polymerase chain reaction" written."""
    assert written_out("Experience with polymerase chain reaction.", "Has he done PCR?")
    assert written_out("Head of Human Resources", "Has she worked in HR?")
    assert not written_out("Public health work", "Does he know PHP?")
    assert not written_out("Also wrote some tests", "Does he have AWS experience?")
    assert not written_out("Migrated Azure\nWeb\nServers", "Does he have AWS experience?")
    # A certification is named by its letters, not by what its holder is called.
    assert not written_out("A project management professional", "Is she PMP certified?")
    text = (
        "# Ana Ruiz\n\n## Research\n\n### Lab technician, Paratechs\n\n"
        "- Experience with polymerase chain reaction and fungal culturing\n"
    )
    assert_found(text, "Does he have PCR lab experience?", "polymerase chain reaction")


def test_a_degree_earned_is_no_question_of_pay() -> None:
    """round313 and round320's first runs: "What degree did he earn?" was answered "The resume
    does not say anything about salary or pay"."""
    text = (
        "# Eli Park\n\n## Education\n\n### University of Oregon\n\n"
        "- Bachelor of Computer Science, June 2020\n"
    )
    assert_found(text, "What degree did he earn, and when?", "Bachelor of Computer Science")
    pay = answer_text(text, "How much does he earn?")
    assert pay == "The resume does not say anything about salary or pay.", pay


def test_an_address_typed_with_a_space_after_its_dot_is_an_address() -> None:
    """round318: "Email · : hengkydarmawan66@gmail. com" in a Word table of labels."""
    text = (
        "# Hengky Darmawan\n\n## Personal Data\n\n- Name · : Hengky Darmawan\n"
        "- Email · : hengkydarmawan66@gmail. com\n\n## Education\n\n- SMA Negeri 1\n"
    )
    assert_found(text, "What is his email?", "hengkydarmawan66")


def test_a_body_named_in_english_is_not_denied_of_a_resume_in_another_language() -> None:
    """round318 and round313: "the Ministry of Tourism" of a Spanish CV's "Ministerio de
    Turismo", "the Home Guard" of a Norwegian CV's "Heimevernet": a body named in words is
    written in the resume's own language; a brand is spelled alike in any and stays denied."""
    text = (
        "# Juan Pérez\n\n## Experiencia profesional\n\n### 2006–2012 Ministerio de Turismo "
        "Quito\n\n- Coordinador de Desarrollo de Software.\n- Desarrollo de sistemas para la "
        "gestión de los proveedores y de la red de turismo del país.\n\n## Educación\n\n"
        "- Ingeniería de Sistemas, Escuela Politécnica Nacional\n"
    )
    answer = answer_text(text, "What did he do at the Ministry of Tourism?")
    assert not answer.startswith("The resume does not"), answer
    brand = answer_text(text, "Has he worked at Google?")
    assert brand == "The resume does not mention Google.", brand
    product = answer_text(text, "Has he worked with Microsoft Azure?")
    assert product == "The resume does not mention Microsoft Azure.", product


def test_a_city_asked_in_english_is_found_under_its_own_language_s_name() -> None:
    """round338: "Which company in London did she work for?" of a Brazilian CV writing
    "Havn Super app, Londres UK" was "does not mention London"."""
    text = (
        "# Mariane Almeida\n\n## Experiência\n\n### Havn Super app, Londres UK - Designer UI UX\n\n"
        "07/2019 - o momento\n\n### ACCT, Atibaia SP - Analista UI UX\n\n02/2018 - 06/2019\n\n"
        "## Formação\n\n- Design Gráfico, Universidade Anhembi Morumbi\n"
    )
    answer = answer_text(text, "Which company in London did she work for?")
    assert not answer.startswith("The resume does not"), answer
    assert "Havn Super app" in answer, answer
