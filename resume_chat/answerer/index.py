"""The entries of one resume with their words counted, and the quotes picked from them."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from typing import NamedTuple

from resume_chat import patterns
from resume_chat.answerer.chronology import finished, latest, started
from resume_chat.answerer.compounds import glued_words
from resume_chat.answerer.counting import Counted, counted
from resume_chat.answerer.cutting import nested_under
from resume_chat.answerer.language import east_asian, foreign, other_script
from resume_chat.answerer.outline import Entry
from resume_chat.answerer.spellings import Spellings
from resume_chat.answerer.terms import stems

# A handful of lines: enough to answer, short enough to read at a glance.
MAX_QUOTES = 3
MAX_LINES = 8


class Quote(NamedTuple):
    """Lines quoted verbatim from one entry, with the entry's citation."""

    citation: str
    lines: tuple[str, ...]


class Reply(NamedTuple):
    """The quotes answering a question, best first, or the sentence saying the resume is silent."""

    quotes: tuple[Quote, ...]
    absent: str = ""
    lead: str = ""  # a sentence before the quotes: why these lines


def _short_list(lines: tuple[str, ...]) -> bool:
    """A list of a few short items, a tool or a skill each ("- PyTorch", "- MATLAB")."""
    return 2 <= len(lines) <= _LISTED and all(
        line.startswith(("- ", "* ")) and len(line) <= _ITEM for line in lines
    )


_LISTED = 8  # items a list its heading names is quoted whole with, at most
_ITEM = 40  # characters of an item that names one thing


class ResumeIndex:
    """The entries of one resume with their words counted, built once per answerer."""

    def __init__(self, entries: list[Entry], name: str = "", words: Counted | None = None) -> None:
        """`name`: the candidate's, whose words in a question say who, not what; `words`: the
        entries' words counted before (`answerer/kept.py`), else counted here."""
        self.entries = entries
        self.name = name
        self.words = words = counted(entries, name) if words is None else words
        self.titles, self.lines, self.name_words = words.titles, words.lines, words.name_words
        self.idf, self.rare_idf = words.idf, words.rare_idf
        # How the resume writes a word the question writes another way.
        lines_of = (line for entry in entries for line in (entry.citation, *entry.lines))
        self.spellings = Spellings(self.idf, list(lines_of))

    @cached_property
    def text(self) -> str:
        """Every heading path and line of the resume, one a line: for whole-resume patterns."""
        return "\n".join("\n".join((entry.citation, *entry.lines)) for entry in self.entries)

    @cached_property
    def other_script(self) -> bool:
        """A third or more of its letters in another script (see `language.other_script`):
        asked of every answer, so worked out once."""
        return other_script(self.text)

    @cached_property
    def east_asian(self) -> bool:
        """A quarter or more of its writing in Chinese, Japanese or Korean (see
        `language.east_asian`): asked of every answer, so worked out once."""
        return east_asian(self.text)

    @cached_property
    def foreign(self) -> bool:
        """Written mostly in another language than English (see `language.foreign`)."""
        return foreign(" ".join(" ".join(entry.lines) for entry in self.entries))

    def of_kinds(self, kinds: tuple[str, ...]) -> list[int]:
        """Entry numbers of the given kinds, in document order."""
        return [i for i, entry in enumerate(self.entries) if entry.kind in kinds]

    def kinds_first(self, kinds: tuple[str, ...]) -> list[int]:
        """Every entry number: those of the given kinds first, in the kinds' order."""
        preferred = [i for kind in kinds for i in self.of_kinds((kind,))]
        chosen = set(preferred)
        return preferred + [i for i in range(len(self.entries)) if i not in chosen]

    def known(self, term: str) -> bool:
        return term in self.idf

    def rare(self, term: str) -> bool:
        """In a few lines at most: a name, not a word every job uses."""
        return len(term) > 2 and self.idf.get(term, 0.0) >= self.rare_idf

    def expand(self, terms: list[str]) -> list[str]:
        """The terms, plus the resume's other spellings of those it lacks (`Spellings.expand`)
        and its words holding one glued to another name or a number ("PySpark", "AGU100")."""
        found = self.spellings.expand(terms)
        return found + [word for word in glued_words(self.text, found) if word not in found]

    def run_together(self, question: str) -> list[str]:
        # "Anass El Mokaouil's" asked: his e-mail's "anass.elmokaouil" is no word of the question.
        return self.spellings.run_together(self._unnamed(question))

    def acronyms(self, question: str) -> list[str]:
        # "Where is Ana Paula based?": her name's initials spell no "API" of the resume's.
        return self.spellings.acronyms(self._unnamed(question))

    def _unnamed(self, question: str) -> str:
        """The question with the candidate's name's words blanked out; they are kept as stems
        ("shan" of "Shane")."""
        return patterns.sub(
            r"\b\w+\b",
            lambda m: (
                "_"
                if m[0].lower() in self.name_words or set(stems(m[0])) & self.name_words
                else m[0]
            ),
            question,
        )

    def search(self, terms: list[str], kinds: tuple[str, ...] = ()) -> list[Quote]:
        """Entries sharing the most telling words with the question, the preferred kinds first."""
        weights = {kind: 3.0 - position for position, kind in enumerate(kinds[:2])}
        scored: list[tuple[float, int, tuple[str, ...]]] = []
        for i, entry in enumerate(self.entries):
            title = sum(self.idf.get(term, 0.0) for term in terms if term in self.titles[i])
            found = [
                (sum(self.idf.get(term, 0.0) for term in terms if term in words), n)
                for n, words in enumerate(self.lines[i])
            ]
            # The three lines sharing most with the question, in the entry's order.
            best_three = sorted(found, key=lambda hit: -hit[0])[:3]
            kept = sorted(n for score, n in best_three if score > 0)
            # "**English level**" over "Intermediate 1": a label alone brings its value.
            kept = sorted({*kept, *(n + 1 for n in kept if _label(entry.lines, n))})
            hits = [entry.lines[n] for n in kept]
            best = max((score for score, _ in found), default=0.0)
            if not hits and title > 0:
                hits = list(entry.lines[:2])
            elif title > 0 and _short_list(entry.lines):
                # "Which programming tools does she list?" of "Programming & Software
                # Development" over five tools: the list its heading names, whole.
                hits = list(entry.lines)
            if hits:
                weight = weights.get(entry.kind, 1.0)
                scored.append(((best + title) * weight, i, tuple(hits)))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [Quote(self.entries[i].citation, lines) for _, i, lines in scored]

    def summary(self, numbers: list[int], lines_each: int = 2) -> list[Quote]:
        """The opening lines of entries; a lone entry (a list of skills, say) shows six or more."""
        each = max(6, lines_each) if len(numbers) == 1 else lines_each
        return [Quote(self.entries[i].citation, self.entries[i].lines[:each]) for i in numbers]

    def lines_where(self, numbers: list[int], keep: str | re.Pattern[str]) -> list[Quote]:
        """From the given entries, only the lines the pattern finds something in. A string is
        one of the package's own patterns, compiled once and kept between runs (`patterns`);
        one made of a question's or a resume's words is passed compiled by `re`, so that no
        such words are kept on disk."""
        found = patterns.compiled(keep)
        quotes = []
        for i in numbers:
            lines = tuple(line for line in self.entries[i].lines if found.search(line))
            if lines:
                quotes.append(Quote(self.entries[i].citation, lines))
        return quotes

    def title_where(self, keep: Callable[[str], object]) -> list[Quote]:
        """The first entry whose heading `keep` accepts, quoted by its heading alone (a fact a
        Word file or a design tool set as a heading: "D. O. B: 10TH/OCTOBER/1996")."""
        return [Quote(e.citation, (e.title,)) for e in self.entries if keep(e.title)][:1]

    def lines_around(
        self, numbers: list[int], keep: str | re.Pattern[str], after: int = 2
    ) -> list[Quote]:
        """Each line the pattern finds, with the lines after it in its entry (its details) and,
        for a nested item, the items it is nested under (a degree under its school)."""
        pattern = patterns.compiled(keep)  # as for lines_where
        quotes = []
        for i in numbers:
            lines = self.entries[i].lines
            found = [start for start, line in enumerate(lines) if pattern.search(line)]
            picked = [
                lines[j]
                for start in found
                for j in [*nested_under(lines, start), *range(start, start + 1 + after)]
                if j < len(lines)
            ]
            if picked:
                quotes.append(Quote(self.entries[i].citation, tuple(dict.fromkeys(picked))))
        return quotes

    def cited(self, citation: str) -> Reply | None:
        """The entry with this citation, quoted from its first lines, if the resume has it."""
        for entry in self.entries:
            if entry.citation == citation and entry.lines:
                return Reply(trim([Quote(entry.citation, entry.lines)]))
        return None

    @cached_property
    def _forms(self) -> dict[str, tuple[str, ...]]:
        """The fields of each entry that is a form's, by citation."""
        return {entry.citation: entry.form_fields for entry in self.entries if entry.form_fields}

    def forms_whole(self, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
        """Each quote from a form's entry ("Tahun: 2019", "Instansi: …", "Posisi: …") with
        all its fields: one field alone says a year or an employer, not the job. The fields
        found come first ("Degree major: Software Engineering" asked of a major)."""
        whole = []
        for quote in quotes:
            form = self._forms.get(quote.citation, ())
            if form and set(quote.lines) & set(form):
                quote = Quote(
                    quote.citation, (*quote.lines, *(x for x in form if x not in quote.lines))
                )
            whole.append(quote)
        return tuple(whole)

    def current(self, numbers: list[int]) -> int | None:
        """The entry marked present or current, else the one that ended last (a tutor's
        "Ene. 2016 – Abr. 2020" after a lab's "Mayo 2017 – Dic. 2017"), else the one begun
        last, else the first."""
        marked = [i for i in numbers if self.entries[i].is_current]
        if marked:
            return marked[0]
        # Only where every dated entry has an end: one left open ("сентябрь 2024 – текущий
        # момент", a "now" not read as one) is held now, whatever the others' ends.
        dated = [i for i in numbers if started(self.entries[i]) is not None]
        ends = {i: end for i in dated if (end := finished(self.entries[i])) is not None}
        if not dated or len(ends) < len(dated):
            return latest(self.entries, numbers)
        return max(dated, key=lambda i: (ends[i], started(self.entries[i]) or (0, 0), -i))


def _label(lines: tuple[str, ...], n: int) -> bool:
    """A line that is a bold label alone ("**English level**"), its value on the next line
    (not a list's lead-in, "Subjects:", whose items the quote's own choice already weighs)."""
    line = lines[n].strip()
    bold = line.startswith("**") and line.endswith("**") and line.count("**") == 2
    return n + 1 < len(lines) and bold and not line.endswith(":**") and len(line) <= 40


def trim(quotes: list[Quote]) -> tuple[Quote, ...]:
    """At most MAX_QUOTES quotes and MAX_LINES lines, each citation once, order kept.

    Quotes citing the same place (two certificates both under "FreeCodeCamp") are merged,
    not dropped.
    """
    kept: list[Quote] = []
    budget = MAX_LINES
    for quote in quotes:
        if budget <= 0:
            break
        same = next((n for n, other in enumerate(kept) if other.citation == quote.citation), None)
        if same is not None:
            extra = tuple(line for line in quote.lines if line not in kept[same].lines)[:budget]
            kept[same] = Quote(quote.citation, kept[same].lines + extra)
            budget -= len(extra)
            continue
        # Entries that are only their title ("Langues › Chinois | Niveau : A1") cost a line
        # each, not a quote: a list of four languages, each set as a heading, is not cut at three.
        if sum(not _bare(other) for other in kept) >= MAX_QUOTES and not _bare(quote):
            continue
        if len(kept) >= 2 * MAX_QUOTES:
            continue
        kept.append(Quote(quote.citation, quote.lines[:budget]))
        budget -= len(kept[-1].lines)
    return tuple(kept)


def _bare(quote: Quote) -> bool:
    """An entry quoted as its title alone."""
    title = quote.citation.rpartition(" › ")[2]
    return len(quote.lines) == 1 and quote.lines[0].lstrip("-*• ") == title
