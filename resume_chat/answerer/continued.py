"""A quote's lines that go on from the line before or after it: a sentence a text CV wrapped
at its width, an item's own text set on under it."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.items import entry_holding
from resume_chat.resume.date_spans import DATE_SPAN

_ITEM = ("- ", "* ")  # a Markdown item's opening
_ENDS = (".", ":", ";", "!", "?")  # a sentence's end


def with_its_start(index: ResumeIndex, quote: Quote) -> Quote:
    """A quote opening on a sentence's second half ("do Cisco tổ chức…" under "Tham gia cuộc
    thi Learn-A-Thon 2020", a paragraph a line) comes with the line that begins it; one
    opening on an item's own text set on under it, indented ("  A finite element simulator …"
    under "- HiQLab --"), with its item."""
    first = quote.lines[0] if quote.lines else ""
    indented = first[:1] == " " and bool(first.strip()) and first.lstrip()[:2] not in _ITEM
    if not (first[:1].islower() or indented):
        return quote
    number = entry_holding(index, quote.citation, quote.lines[:1])
    lines = index.entries[number].lines if number is not None else ()
    at = lines.index(first) if first in lines else 0
    before = lines[at - 1] if at else ""
    if indented:
        begins = before[:2] in _ITEM
    else:
        said = before.rstrip()
        begins = bool(said) and not said.endswith(_ENDS) and said.lstrip()[:2] not in _ITEM
    return Quote(quote.citation, (before, *quote.lines)) if begins else quote


def with_its_end(index: ResumeIndex, quote: Quote) -> Quote:
    """A quote closing on a sentence's first half ("…spending time in nature, whether it's"
    over "going for a walk or flying paragliders.", a text CV wrapped at its width) comes with
    the line that ends it."""
    last = quote.lines[-1].rstrip() if quote.lines else ""
    number = entry_holding(index, quote.citation, quote.lines[-1:]) if last else None
    if number is None:
        return quote
    lines = index.entries[number].lines
    at = lines.index(quote.lines[-1])
    after = lines[at + 1] if at + 1 < len(lines) else ""
    # An item's own text set on under it, indented ("- 2017-2018 · Professeur …" over
    # "  au Collège Saint-Victor"), whatever the item ends on; a dated item quoted alone is
    # given the lines under it by its entry (`context._with_its_body`).
    alone = len(quote.lines) == 1 and bool(patterns.search(DATE_SPAN, last))
    item = not alone and last.lstrip()[:2] in _ITEM and after[:1] == " "
    item = item and after.lstrip()[:2] not in _ITEM
    ended = last.endswith(_ENDS) or not after.lstrip()[:1].islower()
    # "Ethereum" over "An Introduction to Tools, Solidity & Smart Contracts … delivered at the
    # Galway Blockchain Meetup": a talk's title alone says nothing of it; its text does.
    titled = _label(last) and len(after.split()) >= 6 and after[:2] not in _ITEM
    if (ended and not item and not titled) or after in quote.lines:
        return quote
    return Quote(quote.citation, (*quote.lines, after))


def _label(line: str) -> bool:
    """A title of three words or fewer on a line of its own: no item, no sentence."""
    return len(line.split()) <= 3 and bool(patterns.fullmatch(r"[^\W\d_][\w .&/+#-]*", line))
