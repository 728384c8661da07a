"""A name written as one word or as two: "PySpark" holding "spark", "huggingface.co" holding
"Hugging Face", "Code Chef" for "codechef"."""

from __future__ import annotations

import re

from resume_chat import patterns
from resume_chat.answerer.terms import stems


def glued_in_text(text: str, question: str, name_words: frozenset[str] = frozenset()) -> bool:
    """A run of the question's capitalised words written as one inside a longer word of the
    resume, as an address writes a name ("huggingface.co"); or one name as an address's host.
    Not the candidate's own name ("Enrico Lattuada" of "enricolattuada@…"): who is asked of."""
    question = re.sub(
        r"\b[A-Z][a-z]+\b",
        lambda word: "·" if set(stems(word[0])) <= name_words else word[0],
        question,
    )
    runs = patterns.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+", question)
    if any(re.search(rf"(?i){re.escape(run.replace(' ', ''))}", text) for run in runs):
        return True
    # One name as a site's address: "Twitter" of "twitter.com/Brook_Luiz_182".
    names = patterns.findall(r"\b[A-Z][a-z]{3,}\b", question)
    return any(re.search(rf"(?i)\b{name}\.(?:com|org|net|io|me|co)\b", text) for name in names)


def written_apart(text: str, term: str) -> bool:
    """The term's letters, from a word's start, with a space or a sign somewhere between
    them: "codechef" in "3 Star@Code Chef". Not "java" in "JavaScript": nothing between."""
    if len(term) < 6 or not term.isalpha():
        return False
    spaced = r"[\W_]{0,2}".join(re.escape(letter) for letter in term)
    return any(patterns.search(r"\W", found) for found in re.findall(rf"(?i)\b{spaced}", text))


def glued_words(text: str, terms: list[str]) -> list[str]:
    """The resume's words holding a term as a capitalised part ("PySpark" for "spark") or with
    a number on its end ("AGU100" for "agu"), or two capitals ending it ("CircleCI" for "ci"),
    lowered: a word of the resume says it. Not "Java" in "JavaScript": there the term opens the
    word and another name follows."""
    found: list[str] = []
    for term in terms:
        if len(term) <= 2 and term.isalpha():
            # "R" in "R-Studio": a name of a letter or two opening a hyphened one.
            found += re.findall(rf"(?<![\w-]){term.upper()}-[A-Za-z]\w*", text)
            # "R" in "RStudio", "RMarkdown": the tools named for the language they write.
            found += re.findall(rf"\b{term.upper()}(?:Studio|Markdown)\b", text)
        if len(term) == 2 and term.isalpha():  # "CI" in "CircleCI": capitals ending a name
            found += re.findall(rf"\b\w*[a-z]{term.upper()}\b", text)
        elif len(term) >= 3 and term.isalpha():
            camel = rf"\b\w*[a-z]{term[0].upper()}(?i:{re.escape(term[1:])})\w*"
            found += re.findall(camel, text) + re.findall(rf"(?i)\b{re.escape(term)}\d\w*", text)
    return list(dict.fromkeys(word.lower() for word in found))


def written_out(text: str, question: str) -> bool:
    """An abbreviation the question writes in capitals, its words written out on one line of
    the resume, all capitalised or all not: "PCR" of "polymerase chain reaction", "HR" of
    "Human Resources" (not "Also wrote some" for "AWS"). A certification is named by its
    letters: "a project management professional" holds no PMP. (Capitalised names are also
    known by their initials to `Spellings`, `spellings.spelled_out`; this sees small words too,
    and is asked only before a denial.)"""
    if patterns.search(r"(?i)certif|credential|licen[cs]|qualifi", question):
        return False
    for letters in patterns.findall(r"\b[A-Z]{2,5}(?=s?\b)", question):
        glue = r"[ \t]+(?:(?:of|and|for|&)[ \t]+)?"
        # "AGH" of "Akademia Górniczo-Hutnicza": a name's words in any letters, or joined by
        # a hyphen.
        upper = rf"(?:-|{glue})".join(rf"{letter}[^\W\d_]+" for letter in letters)
        # Written small, words of four letters or more: not "and well-structured" for AWS.
        lower = glue.join(rf"(?<!-){letter.lower()}[a-z]{{3,}}(?!-)" for letter in letters)
        if re.search(rf"\b(?:{upper}|{lower})\b", text):
            return True
    return False
