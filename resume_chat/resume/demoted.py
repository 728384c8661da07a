"""Headings that are no titles: a phone number, an address, a paragraph or a labelled field
set in a heading's big type, read as the text they are."""

from __future__ import annotations

import re

from resume_chat.resume.dates_line import only_dates
from resume_chat.resume.names import heading_level

# An address, not the "@" of "Engineer @ Acme" or "@Acme".
_CONTACT = re.compile(r"\S@\S|https?://|www\.")
# A phone number: nine digits or more among spaces, dots, dashes, brackets ("+46 70 123 45 67");
# a span of years ("2019 - 2021") has eight.
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,}\d")
# A postal address or a birth date: "Stilwell, KS 66085", "16775 Mission Rd", "BS13 7BP",
# "D.O.B – 03/07/1989".
_ADDRESS = re.compile(
    r"\b[A-Z][a-z]+,? [A-Z]{2} \d{5}(-\d{4})?$|^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"
    r"|^\d{1,6}[A-Za-z]? ([A-Z][a-z]+ ){1,3}(Rd|Road|St|Street|Ave|Avenue|Blvd|Lane|Ln|Dr|Drive"
    r"|Way|Ct|Court|Pl|Place|Hwy|Highway)\b\.?|(?i:^(d\.?o\.?b\b|date of birth))"
)


def demoted(line: str) -> str:
    """A heading used for its big type (a phone number, an address, a paragraph) is text."""
    level = heading_level(line)
    if not level:
        return line
    title = line.split(" ", 1)[1]
    phone = any(sum(c.isdigit() for c in found) >= 9 for found in _PHONE.findall(title))
    # "### Kalamazoo College (http://www.kzoo.edu)": a linked name, its address kept after it.
    shown = re.sub(r"\s*\((?:https?://|www\.)[^()\s]*\)", "", title)
    address = _ADDRESS.search(title.replace("**", "").strip())
    if _CONTACT.search(shown) or phone or address or len(title) > 160 or only_dates(title):
        return title
    if _FIELD.match(title.replace("**", "")):
        return title.replace("**", "")  # "### Função: Administrador de Redes": a job's field
    return line


# A field of an entry labelled, set large in a Word file: the role, the tasks.
_FIELD = re.compile(
    r"(?i)^\s*(fun[çc][ãa]o|cargo|puesto|fonction|poste|position|role|rol|funktion|ruolo"
    r"|mansione|atividades|actividades|activit[ée]s|attivit[àa]|t[äa]tigkeiten|aufgaben|tasks"
    r"|duties|responsibilities|responsabilidades|responsabilit[ée]s|missions?)\s*:\s*\w"
)
