"""The months' names in the languages resumes come in, for dates written in words.

"Juni 2017 – März 2019", "févr. 2019 – août 2020", "styczeń 2020 – październik 2021": a
resume's dates are in its own language. English is matched by stem elsewhere ("Sept.",
"Janvier" and "Juni" start as English months do); these are the names that do not, each
month's full name, its other grammatical case where a language writes one after a day or in
a span ("września", "января"), and the abbreviations printed on resumes that are no word of
their own ("févr.", "Okt.", "Dez.", Spanish "Ene.", "Abr.", "Dic."; not Portuguese "set." or
"out.", which are English words).
"""

from __future__ import annotations

import re

_NAMES = (
    # German, Dutch, Scandinavian, Indonesian
    "januar jänner januari janvier enero ene janeiro gennaio styczeń stycznia leden ledna ocak"
    " январь января янв tammikuu",
    "februar februari février fevrier févr fevr fev febrero fevereiro febbraio luty lutego únor"
    " února şubat subat февраль февраля фев helmikuu",
    "märz maerz maart mrt mars marzo março marco marzec marca březen března mart март марта"
    " maaliskuu maret",
    "avril avr abril abr aprile kwiecień kwietnia duben dubna nisan апрель апреля апр huhtikuu",
    "mai mei maj mayo maio maggio mag květen května may\u0131s mayis май мая toukokuu",
    "juni juin junio junho giugno czerwiec czerwca červen června haziran июнь июня июн kesäkuu",
    "juli juillet juil julio julho luglio lug lipiec lipca červenec července temmuz июль июля июл"
    " heinäkuu",
    "august augustus augusti août aout agosto ago sierpień sierpnia srpen srpna ağustos agustus"
    " август августа авг elokuu",
    "septembre setembro settembre sett setiembre septiembre wrzesień września září eylül eylul"
    " сентябрь сентября сен syyskuu",
    "oktober okt octobre octubre outubro ottobre ott październik października říjen října ekim"
    " октябрь октября окт lokakuu",
    "novembre noviembre novembro listopad listopada kas\u0131m kasim ноябрь ноября ноя marraskuu",
    "dezember dez décembre decembre déc diciembre dic dezembro dicembre desember grudzień grudnia"
    " prosinec prosince aral\u0131k aralik декабрь декабря дек joulukuu",
)

# Every name above, lowercase, → its month's number.
MONTH_NUMBERS = {
    name: number for number, names in enumerate(_NAMES, start=1) for name in names.split()
}

# One month named in words, in any language above or English ("Sept.", "März", "janv.").
MONTH_NAME = (
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"|(?:"
    + "|".join(sorted(map(re.escape, MONTH_NUMBERS), key=len, reverse=True))
    + r")(?![^\W\d_]))\.?"
)
