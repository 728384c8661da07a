"""What round571-574's first runs denied: a university named only under a LinkedIn paste's
headline ("Universidad Politécnica de Madrid"), pastimes under "Other activities", and a
Spanish licence by its class ("Carnet: Permiso B")."""

from __future__ import annotations

from tests.answering import answer_text


def test_a_university_named_outside_any_studies_is_never_no_education() -> None:
    resume = (
        "Fabian Villalobos\n\nSoftware Engineer @ Factorial\n\nBarcelona, Cataluña, España\n\n"
        "·\n\nFactorial\n\nUniversidad Politécnica de Madrid\n\nExperiencia\n"
        "Logotipo de Factorial\n\nAI Software Engineer\n\nFactorial · Jornada completa\n\n"
        "abr. 2025 - actualidad · 1 año 2 meses\n\nBarcelona, Spain · Híbrido\n\n"
        "Hybrid role with a mix of backend, applied AI, and MLOps.\n"
    )
    answer = answer_text(resume, "Which university is on his profile?", "cv.txt")
    assert "does not mention" not in answer, answer
    assert "Universidad Politécnica de Madrid" in answer, answer


def test_pastimes_under_other_activities_are_hobbies() -> None:
    resume = (
        "# Oleksa Sarnatskyi\n\n## Professional skills\n\n- PHP, Laravel\n- Windows, Linux.\n\n"
        "Other activities\tCoffee, travelling, reading poetry.\n"
    )
    answer = answer_text(resume, "What are his hobbies?")
    assert "Coffee, travelling, reading poetry" in answer, answer


def test_a_spanish_licence_by_its_class_is_a_driving_licence() -> None:
    resume = (
        "# YERAY GARRIDO PARRA\n\n## [ CONTACTO ]\n\nTeléfono: +34 622 945 185\n"
        "Lugar:    Bilbao, Bizkaia, Spain\nCarnet:   Permiso B\n\n## [ PERFIL PROFESIONAL ]\n\n"
        "Ingeniero de software especializado en Backend.\n"
    )
    answer = answer_text(resume, "Does he have a driving licence?")
    assert "Permiso B" in answer, answer
