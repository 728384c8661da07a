"""Countries by name: a resume says where it happened by city ("University of Amsterdam"), so a
country a question names and the resume does not is no proof it never happened there."""

from __future__ import annotations

import re

from resume_chat.answerer.terms import stem

_NAMES = """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile china colombia
    congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt england eritrea
    estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
    grenada guatemala guinea guyana haiti holland honduras hungary iceland india indonesia iran
    iraq ireland israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan
    laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
    malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
    montenegro morocco mozambique myanmar namibia nepal netherlands nicaragua niger nigeria
    norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar
    romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia slovenia
    somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand
    togo tonga tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan vanuatu venezuela
    vietnam wales yemen zambia zimbabwe usa uk uae america britain europe africa asia
    south north east west central latin middle southern northern eastern western southeast
    caribbean pacific atlantic mediterranean scandinavia balkans oceania antarctica
    """.split()  # noqa: SIM905 - a word list reads best as words
COUNTRIES = frozenset(stem(name) for name in _NAMES)  # as the question's terms are stemmed

# Nationalities, said of a thing: "a Brazilian research agency" (FAPESP), "German companies".
_DEMONYMS = frozenset(
    """
    american british canadian mexican brazilian argentinian argentine chilean colombian peruvian
    venezuelan cuban german french spanish italian portuguese dutch belgian swiss austrian swedish
    norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
    turkish russian ukrainian irish scottish welsh english european african asian chinese
    japanese korean indian pakistani bangladeshi vietnamese thai indonesian filipino malaysian
    singaporean australian nigerian kenyan ghanaian ethiopian egyptian moroccan israeli iranian
    saudi emirati latin nordic scandinavian
    """.split()  # noqa: SIM905 - a word list reads best as words
)


def nationalities(question: str) -> frozenset[str]:
    """Stems of the nationalities a question says of a thing ("a Brazilian research agency"):
    like a country, the resume may name only the thing or its city. "Does he speak German?"
    uses the word alone, as a language's name, and is not among them."""
    said = re.findall(r"\b([A-Z][a-z]+)\s+(?=[a-z])", question)
    return frozenset(stem(word.lower()) for word in said if word.lower() in _DEMONYMS)
