"""The person in an owner's JSON: the key that holds them ("profile", "basics", "Candidate"),
their name however the fields split it, and the keys that are a site's own, not theirs."""

from __future__ import annotations

from typing import Any

from resume_chat.resume.jsonresume.text import humanise, one_line

_PROFILE: tuple[str, ...] = ("profile", "info", "basics", "personal", "contact", "about")
_PROFILE += ("header", "me", "details", "identity", "bio", "basic", "persona", "pessoa")
_PROFILE += ("user", "owner")  # a site's data file: "user": {"name": …, "email": …}
# Keys that hold the person only alone: "Candidate", "information" ("applicantBio" is a section).
_PROFILE_ALONE = frozenset(
    """candidate candidat candidato information informacion información informacao informação
    informations""".split()  # noqa: SIM905
)
# "nome", "nombre": a name field in Portuguese, Spanish, Italian; "navn", "namn", "naam",
# "nimi" in the Nordic languages, Dutch, Finnish.
NAME: tuple[str, ...] = ("name", "fullName", "full_name", "nome", "nombre", "nome_completo")
NAME += ("nombre_completo", "navn", "namn", "naam", "nimi", "fulde_navn", "fullt_navn", "nom")
_NAME_PARTS = ("firstname", "givenname", "middlename", "lastname", "surname", "secondsurname")
# A family name kept beside a "name" that holds the given names.
# Manfred's MAC: "name": "Gonzalo", "surnames": "Fernández de Aguirre".
_SURNAME: tuple[str, ...] = ("apellido", "apellidos", "sobrenome", "cognome", "nachname")
_SURNAME += ("surname", "surnames", "lastName")
# A name kept in its spellings: the one written in its own script first.
_SPELLED = ("kanji", "full", "native", "display")
_PLUMBING = frozenset({"id", "_id", "uuid", "slug", "key", "href_target"})  # a site's, not hers


def plumbing(key: str) -> bool:
    """A site's own key ("slug", "ba_id", "userId"): nothing about the person."""
    return key.lower() in _PLUMBING or humanise(key).lower().split()[-1:] == ["id"]


def profile_key(key: str) -> bool:
    """A key holding the person: "profile", "basics", "aboutMe", "personal_info"."""
    words = humanise(key).lower().split()
    return bool(words) and (
        words[0] in _PROFILE or (len(words) == 1 and words[0] in _PROFILE_ALONE)
    )


def person(profile: dict[str, Any]) -> str:
    for key in NAME:
        if isinstance(profile.get(key), str):
            # {"nombre": "Ricardo Emmanuel", "apellido": "Sánchez Martínez"}: both names.
            surname = next((profile[k] for k in _SURNAME if isinstance(profile.get(k), str)), "")
            given = str(profile[key])
            return one_line(given if surname.strip() in given else f"{given} {surname}")
        parts = profile.get(key)  # "name": ["Konrad", "Iturbe"]
        if isinstance(parts, list) and parts and all(isinstance(p, str) for p in parts):
            return one_line(" ".join(parts))
        if isinstance(parts, dict) and parts is not profile:  # {"firstName": …, "lastName": …}
            # {"kanji": "久保田翔太", "furigana": "くぼたしょうた"}: the name as written.
            written = next((parts[k] for k in _SPELLED if isinstance(parts.get(k), str)), "")
            return one_line(written) or person(parts)
    # {"firstname": "Diego", "lastname": "Arce", "secondSurname": "Espinoza"}, in any case.
    folded = {k.lower().replace("_", ""): v for k, v in profile.items() if isinstance(v, str)}
    named = one_line(" ".join(folded.get(part, "") for part in _NAME_PARTS))
    # {"aboutMe": {"profile": {"name": …}, "relevantLinks": […]}}: the person one level down.
    inner = (v for k, v in profile.items() if profile_key(k) and isinstance(v, dict))
    return named or next((found for value in inner if (found := person(value))), "")
