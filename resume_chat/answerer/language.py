"""Which language a resume is written in, as far as the offline answerer needs to know: a
resume in another language than the question's shares too few words with it to prove a fact
absent."""

from __future__ import annotations

import re

# Small words each language writes everywhere: enough to tell a resume's language apart.
_ENGLISH_GLUE = frozenset("the and of in to for with at on from by as is an".split())  # noqa: SIM905
# Portuguese, Spanish, French, Italian, Romanian, Polish, German, Dutch, Indonesian, Swedish,
# Danish and Norwegian, Turkish ("i", "e", "o" and "a" left out: English writes them too).
_OTHER_WORDS = (
    "de da do das dos em para os uma um na no pela pelo el la los las y en del con por et le "
    "les des du au aux pour avec il di della delle per și în cu pentru din w z na się oraz dla "
    "od und der die das mit für von zu im auf het een van voor met "
    "dan yang untuk dengan dari pada sebagai dalam saya och för att av till är jag inom vid "
    "og til af jeg ve ile için bir olarak"
)
_OTHER_GLUE = frozenset(_OTHER_WORDS.split())
_GLUE_FLOOR = 8  # a few French words in an English resume do not make it French


def other_script(text: str) -> bool:
    """Written mostly in another script than Latin letters (Cyrillic, Greek, Chinese…)."""
    letters = [c for c in text if c.isalpha()]
    latin = sum(1 for c in letters if c < "\u0250")
    return bool(letters) and latin < len(letters) / 2


def foreign(text: str) -> bool:
    """Written mostly in another language than English: another script (Cyrillic, Greek,
    Chinese…), or Latin letters whose small words are not English ("de", "și", "się")."""
    if other_script(text):
        return True
    # Addresses out first: "github.com" is no Portuguese "com".
    words = re.findall(r"[^\W\d_]+", re.sub(r"\S*[.@/]\S*", " ", text.lower()))
    english = sum(1 for word in words if word in _ENGLISH_GLUE)
    other = sum(1 for word in words if word in _OTHER_GLUE)
    return other > _GLUE_FLOOR and other > 2 * english
