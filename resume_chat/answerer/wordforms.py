"""How two words are one: a derived form ("debating", "debater"), a letter apart ("Keycloack"),
punctuation ("Three.js", "ThreeJS"), a Latin noun's ending in another language ("validation",
"Validierung")."""

from __future__ import annotations

from resume_chat import patterns

_VERSION = r"[0-9][0-9.]*[a-z]?"
# The shortest shared beginning that makes two words one: "react" and "reactive" yes, "java"
# and "javascript" no.
PREFIX = 5


# Endings that derive one word from another without changing what it names (plurals are the
# stemmer's): "japan" and
# "japanese" stay apart, "international" and "internationally" meet.
_SUFFIXES = ("ly", "ally", "ing", "ed", "er", "ers", "or", "ors", "al", "ment", "ation")


def one_letter_apart(one: str, other: str) -> bool:
    """Whether two words differ by one letter added, dropped, changed or two swapped, not by
    a letter more at the end."""
    if abs(len(one) - len(other)) > 1 or one == other:
        return False
    start = next((i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b), None)
    if start is None:
        # A letter more at its end makes another word ("Punjab", "Punjabi"), unless it doubles
        # the last one ("volleybal", "volleyball").
        longer = max(one, other, key=len)
        return longer[-1] == longer[-2]
    a, b = one[start:], other[start:]
    return a[1:] == b[1:] or a[1:] == b or a == b[1:] or (a[:2] == b[1::-1] and a[2:] == b[2:])


def squash(word: str) -> str:
    """Letters and digits only, a final s dropped: "three.js" and "threej" meet."""
    return patterns.sub(r"[^a-z0-9+#]", "", word.lower()).removesuffix("s")


# An English noun's "-ation" as German, Spanish, Portuguese, Italian, Polish and French write
# it (accents folded, as the resume's words are): "Validierung", "validación", "validação".
# A German verb's past participle and infinitive too: "DMS … migriert", "E-Rechnung implementiert".
_ABROAD = ("ierung", "acion", "acao", "azione", "acja")
_ATION = (*_ABROAD, "ation", "iert", "ieren")


def cognates(term: str) -> list[str]:
    """The noun's forms abroad; of a verb in "-ise" or "-ize" (stemmed "organis"), its noun's:
    "organise" asked, "organização" written."""
    root = term.removesuffix("ation")
    if len(root) >= 4 and root != term:
        return [root + ending for ending in _ATION]
    if len(term) >= 6 and term.endswith(("is", "iz")):
        # Not English's own "organization": a word asked of English resumes meets its
        # derived forms as it did before.
        return [term[:-2] + z + ending for z in ("is", "iz") for ending in _ABROAD]
    # "repository" asked, "Repositorios Públicos" written; "biology", "Biologie", "biología";
    # "history", "historia"; "photography", "fotografia" (Italian, Spanish, Portuguese "f").
    if len(term) >= 7 and term.endswith(("ory", "ogy", "omy", "phy")):
        forms = [term[:-1] + ending for ending in ("io", "ia", "ía", "ie", "ium")]
        forms += [term[:-3] + "ório"] if term.endswith("ory") else []
        return forms + [form.replace("ph", "f") for form in forms if "ph" in form]
    return []


def derived(one: str, other: str) -> bool:
    """One word is the other plus a known ending, or plus a version ("rhino" → "rhino3d")."""
    short, long = sorted((one, other), key=len)
    ending = long[len(short) :]
    return long.startswith(short) and (
        ending in _SUFFIXES or bool(patterns.fullmatch(_VERSION, ending))
    )


def roots_of(vocabulary: set[str]) -> dict[str, str]:
    """Words of the resume derived from another word of it: "debater" → "debat" ("debating")."""
    roots = {}
    for word in vocabulary:
        if not word.endswith(_SUFFIXES):
            continue
        for suffix in _SUFFIXES:
            root = word[: -len(suffix)] if word.endswith(suffix) else ""
            if len(root) >= PREFIX and root in vocabulary:
                roots[word] = root
                break
    return roots


def rooted(words: set[str], roots: dict[str, str]) -> set[str]:
    return {roots[word] for word in words if word in roots}


# Cyrillic in Latin letters, as names are spelled abroad: "Магнетрон" is "magnetron". The
# hard and soft signs, ъ and ь, are spelled by no letter ("-", dropped).
_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"
_ROMAN = dict(zip(_CYRILLIC, _LATIN.split(), strict=True))


def romanised(word: str) -> str:
    """A Cyrillic word in Latin letters ("магнетрон" → "magnetron"); "" for any other."""
    if not word or not all(letter in _ROMAN for letter in word):
        return ""
    return "".join(_ROMAN[letter] for letter in word).replace("-", "")
