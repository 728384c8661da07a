"""Words as the offline answerer compares them: tokens, crude stems, words with no topic."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume import scripts

# Keeps technology names whole: "c++", "c#", "node.js", "ci/cd" stay one token.
# "M&E", "R&D", "P&L": letters joined by "&" are one word.
# Letters of every script written with spaces count: "«Экспресс»" asked meets the line that
# names it. Chinese and Japanese, written without spaces, are matched otherwise.
_LETTER = rf"[^\W_{scripts.EAST_ASIAN}]"
_TOKEN = patterns.compile(rf"[a-z](?:&[a-z])+\b|{_LETTER}+(?:[+#./-]+{_LETTER}+)*[+#]*")
_COMPOUND = patterns.compile(r"[/.\-]")
_VERSIONED = patterns.compile(r"[a-z]{3,}\d{1,2}")
# "AI-related coursework", "Python-based tools": the word qualified is the topic.
_QUALIFIED = patterns.compile(
    r"-(related|based|focused|oriented|driven|centric|specific|powered)\b"
)
_MARKUP = patterns.compile(r"[*_`>\[\]()]")

# Spellings that should meet: the question says "led", the resume says "lead".
SYNONYMS: dict[str, str] = {
    "led": "lead",
    "leading": "lead",
    "leadership": "lead",
    "manage": "lead",
    "managed": "lead",
    "managing": "lead",
    "management": "lead",
    "k8s": "kubernetes",
    "postgres": "postgresql",
    "js": "javascript",
    "ts": "typescript",
    "golang": "go",
    "goal": "objective",  # "What is her career goal?" is answered by an Objective
    "goals": "objective",
    "uni": "university",
    # British spelling: a "programme" is a program (of study, of funding), not programming.
    "programme": "program",
    "programmes": "program",
    # Plurals no ending makes: "how children learn" meets "Child Psychology".
    "children": "child",
    "women": "woman",
}

# Question words, pronouns and glue; none of them names something a resume could contain.
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any anything are as at be been before being
    both but by can could did do does doing done during each either else ever for from get got
    had has have having he her here hers herself him himself his how i if in into is it its
    just kind know knows like me might more most much must my near no nor not now of off on
    once one only or other our out over own please same say says she should so some such tell
    than that the their theirs them themselves then there these they this those through to too
    under until up us very was we were what whats when where which while who whom whose why
    will with would you your candidate person resume cv guy lady someone anyone somebody
    mention mentioned list listed give show name describe explain any kinds sort type
    known comfortable really well good great strong solid decent deep ever also still best
    already actually lately recently currently particular particularly specific specifically
    professional official formal relevant take takes took taken taking ok okay cvs resumes
    s d ll re ve t m
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def tokens(text: str) -> list[str]:
    """Lower-case words of a text, Markdown markup removed, technology names kept whole, accents
    folded: "Panama" asked meets "Panamá" written."""
    # "№850" is "No. 850" (folded alone, "№" would be glued to the number: "No850").
    text = text.lower().replace("\u2019", "'").replace("\u2116", " no ")
    cleaned = _MARKUP.sub(" ", _folded(text))
    cleaned = _QUALIFIED.sub("", cleaned)  # "ai-related" is about AI
    cleaned = cleaned.replace("'s ", " ").replace("'", " ")
    found = [token.strip(".-/") for token in _TOKEN.findall(cleaned) if token.strip(".-/")]
    return found if cleaned.isascii() else [_latin_lookalikes(token) for token in found]


# Cyrillic letters that look like Latin ones in small letters: "C#" typed with a Cyrillic C.
_LOOKALIKES = str.maketrans("асеорхуі", "aceopxyi")  # noqa: RUF001


def _latin_lookalikes(token: str) -> str:
    """ "C#", "C++", "Java" typed with a Cyrillic look-alike letter in them: in Latin letters;
    a word all in Cyrillic letters, as it is."""
    if token.isascii():
        return token
    latin = token.translate(_LOOKALIKES)
    named = not latin.isalpha() or any(c.isascii() and c.isalpha() for c in token)
    return latin if latin.isascii() and named else token


def _folded(text: str) -> str:
    if text.isascii():
        return text
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Letters no mark makes: Turkish dotless i ("ASLI" in small letters), Polish "ł", Danish
    # "ø", Vietnamese "đ".
    return bare.translate(_PLAIN_LETTERS)


_PLAIN_LETTERS = str.maketrans("ıłøđ", "ilod")


def stem(word: str) -> str:
    """A crude stem so that "projects", "project" and "projected" meet; names stay as written."""
    word = SYNONYMS.get(word, word)
    if len(word) <= 3 or not word.isalpha():
        return word
    # "studied" meets "study" as "studies" does.
    for suffix, keep in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: len(word) - len(suffix)] + keep
    # "website" meets "websites" (stemmed "websit"), "drone" meets "drones": a final e goes.
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


# Capitals resumes write for what a question spells out ("TA for DS3000" answers "Was he a
# teaching assistant?"), and the other way round. Only unambiguous ones, matched as capitals.
ABBREVIATIONS = {
    "TA": "teaching assistant",
    "GTA": "graduate teaching assistant",
    "RA": "research assistant",
    "GRA": "graduate research assistant",
    "SWE": "software engineer",
    "SDE": "software development engineer",
    "QA": "quality assurance",
    "ML": "machine learning",
    "NLP": "natural language processing",
    "AI": "artificial intelligence",
}
_ABBREVIATION = patterns.compile(r"\b(" + "|".join(ABBREVIATIONS) + r")s?\b")


_CAPITALS_AT_END = patterns.compile(r"(?<=[a-z])([A-Z]{3,})\b")
# "CMSs", "OSs": an acronym's plural is the acronym ("CMS: WordPress, Drupal").
_ACRONYM_PLURAL = patterns.compile(r"\b([A-Z]{2,})s\b")


def stems(text: str, parts: bool = False) -> list[str]:
    """The stems of a text's tokens, in order; with `parts`, "c++/cuda" also as "c++", "cuda".

    Resume lines are indexed with their parts, so a question about CUDA finds "C++/Cuda" and
    one about Node finds "Node.js"; questions keep "ci/cd" whole, so it does not turn into a
    search for "ci".
    """
    text = _ACRONYM_PLURAL.sub(r"\1", text)
    found = [stem(token) for token in tokens(text)]
    if parts:
        found += [stem(part) for token in found for part in compound_parts(token)]
        # "CSS3", "HTML5", "Python3": the name without its version is asked about.
        found += [token.rstrip("0123456789") for token in found if _VERSIONED.fullmatch(token)]
        # "freeRTOS", "MySQL", "WebRTC": the capitals a name ends in are asked about alone.
        found += [short.lower() for short in _CAPITALS_AT_END.findall(text)]
    if _ABBREVIATION.search(text):
        for short in _ABBREVIATION.findall(text):
            found += [stem(token) for token in ABBREVIATIONS[short].split()]
    return found


def compound_parts(token: str) -> list[str]:
    """The words inside "c++/cuda", "node.js", "scikit-learn": each is asked about alone."""
    if not _COMPOUND.search(token):
        return []
    return [part for part in _COMPOUND.split(token) if len(part) >= 2 and part != token]


def content_terms(question: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """The question's words that could name something in the resume, stemmed, without repeats."""
    seen: list[str] = []
    for token in _either(tokens(question)):
        if token in STOPWORDS:
            continue
        term = stem(token)
        # "courses" stems to "cours" where "course" stays: a plural of a topic word is one too.
        plural = token.endswith("s") and token[:-1] in ignore
        if term in ignore or token in ignore or plural or term in seen:
            continue
        seen.append(term)
    return seen


def _either(found: list[str]) -> list[str]:
    """ "internship/graduation project" asks of either word; "ci/cd", "tcp/ip", "ui/ux" are
    one thing each, their parts short."""
    words: list[str] = []
    for token in found:
        parts = token.split("/")
        whole = len(parts) == 1 or any(len(part) < 5 or not part.isalpha() for part in parts)
        words.extend([token] if whole else parts)
    return words
