"""How to reach the candidate: the contact line a question asks for (an email address, a
phone number, a profile on a site), wherever the resume set it."""

from __future__ import annotations

from collections.abc import Iterable

from resume_chat import patterns
from resume_chat.answerer.index import Quote, ResumeIndex
from resume_chat.answerer.reaching import NOT_A_DEVICE, RESEARCHER_ID, SOCIAL_SITES
from resume_chat.resume.demoted import LOCAL_NUMBER

# An address, also written out against harvesters: "ReubenDemi at gmail dot com", or spaced
# ("kirix . isakov @ gmail . com"); a space typed after its dot ("@gmail. com"); masked by
# a job site's print ("oeu******@naver.com").
EMAIL = (
    r"(?<![\w.+-])(?!git@)[\w.+-][\w.+*-]* ?@[\w-]+\.(?: (?=[a-z]{2,4}\b))?[\w.]+"
    r"|(?i:\b[\w.+-]+\s*(?:\[at\]|\(at\)|\bat\b)\s*[\w-]+\s*"
    r"(?:\[dot\]|\(dot\)|\[\.\]|\(\.\)|\bdot\b)\s*\w+)"
    # "ikuwow(at)gmail.com", "ivafanas (at) gmail.com": the at hidden, the dot not.
    r"|(?i:\b[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\uff20)\s*[\w-]+\.[a-z]{2,6}\b)"
    r"|(?<![\w.+-])[\w+-]+(?: ?\. ?[\w+-]+)* @ [\w-]+(?: ?\. ?[a-zA-Z]{2,6})+\b"
)
# Nine to fifteen digits (the most a number has), among spaces, dots, dashes, brackets:
# "2019 - 2021" (eight) is no phone. Not digits inside a word or an identifier: an ORCID
# ("0000-0003-2603-1051"), a DOI ("10.1007/978-3-319-16999-6", "s41467-025-58745"), an arXiv or
# ISBN number, an identifier labelled so, an article's number ("20563051211042397"), a link's
# ("view.php?ud=2015020900").
_PHONE_NUMBER = (
    # After a label's colon, unspaced ("Телефон:0987796042"), but not an arXiv number's.
    r"(?:(?<![\w/.:=&#-])|(?<=[^\W\d_]:)(?<![Aa][Rr][Xx][Ii][Vv]:)"
    r"|(?<=[\u3040-\u30ff\u4e00-\u9fff]))"  # after a Japanese or Chinese label: "電話080-…"
    r"(?!\d{4}-\d{4}-\d{4}-\d{3}[\dXx])(?!10\.\d{4,9}/)(?<!orcid: )(?<!isbn: )"
    r"(?<![Ii][Dd]: )(?<![Ii][Dd]:)"  # an identifier's: "Scopus Author ID: 25652213800"
    r"(?!(?:19|20)\d\d[.,] )"  # a citation's year and pages: "Springer, 2022. 171-190"
    r"(?!\d\d?[./](?:19|20)\d\d\s*[-\u2013\u2014])"  # a span of months: "06/2010 - 11/2013"
    # A span of dates year first, or day first: "2025.12 - 2026.02", "30.11.2023 – 02.12.2023".
    r"(?!\(?(?:19|20)\d\d[./]\d\d?(?:[./]\d\d?)?\s*[-\u2013\u2014~]\s*(?:19|20)\d\d)"
    r"(?!\(?\d\d?[./]\d\d?[./](?:19|20)\d\d\s*[-\u2013\u2014~])"
    r"(?!(?:19|20)\d\d\s*[-\u2013\u2014~]\s*(?:19|20)\d\d)"  # years: "2017 - 2019/20"
    r"(?!(?<=\b[A-Z]{2} )\d{5}-\d{4}\b)"  # a ZIP+4 after its state: "Fort Collins, CO 80523-1877"
    r"(?!\d{1,4}[.:]\d{1,5},? \((?:19|20)\d\d\))"  # a volume and its page: "15.188 (2023)"
    # Full-width brackets and dashes too, as Japanese forms write them: "080（ 3894） 3297".  # noqa: RUF003
    r"\+?\(?\d(?:[ ()./\uff08\uff09\uff0d-]{0,3}\d){8,14}(?![\d/])"
    r"|\b\d{3} ?\u2013 ?\d{3} ?\u2013 ?\d{4}\b"  # "703 – 473 – 8224", not "2018-09-01 – 2022-07-06"
    r"|(?<![\w/.:-])\+?\d{9,15}(?=/\+?\d{9,15}\b)"  # two numbers: "08995861929/085641342353"
    # A number masked in the middle, as published: "175xxxx5980", "138****1234".
    r"|(?<![\w/.:-])\+?\d{3,4}[-\s]?(?:[xX]{3,5}|\*{3,5})[-\s]?\d{3,4}(?![\w/])"
)
# A line citing a DOI or an ISBN holds no phone, however its numbers wrap ("978-3- 032-12408-1").
# Eight digits alone on their line ("7967-2910", "9123 4567"): a local number in El Salvador,
# Singapore, Hong Kong, Denmark; not two years ("2019-2021").
# Or after a phone's label: "Phone: 6335-7173" (Costa Rica).
_LOCAL_NUMBER = (
    r"^\W{0,6}(?i:(?:phone|tel|telephone|mobile|cell|celular|tel[ée]fono|telefone|móvil)\.?\s*:?"
    rf"\s*)?{LOCAL_NUMBER}\W{{0,2}}$"
)
PHONE = rf"^(?!.*(?i:\bdoi\b|isbn)).*?(?:{_PHONE_NUMBER})|{_LOCAL_NUMBER}"
# A domain is written in small letters: "ASP.NET" and "VB.NET" are no web address.
# An address's domain ("dunahee10@gmail.com") is no site; a subdomain is ("ann.github.io").
_TLD = r"(com|io|dev|org|net|me|app|ai|co|xyz|site|tech|info|page|design|blog|online|art|eu)\b"
_URL = rf"(?i:https?://|www\.)|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.{_TLD}"
# "His personal website?": a page of his own before the profiles every resume links.
_OWN_SITE = (
    r"(?i:https?://|www\.)(?!(?:www\.)?(?:linkedin|github|twitter|x|facebook)\.com\b)"
    r"|(?<![@\w.-])(?!(?:www\.)?(?:linkedin|github|twitter|x|facebook)\.com\b)[\w-]+"
    rf"(?:\.[\w-]+)*\.{_TLD}"
)
# "WEBSITE: thatcoul.netlify.app", "Portfolio:": a site labelled as one.
_SITE_LABEL = r"(?i)\b(website|web ?site|homepage|portfolio|site web|sitio web|webseite)\s*:"
# A profile named, its link hidden behind the word (a PDF's "LinkedIn | GitHub"): contact in
# the header, a tool elsewhere ("using GitHub for version control").
_PROFILE = r"(?i)\b(linkedin|github)\b"


def _asked(question: str) -> tuple[bool, bool]:
    """Whether the question names an email address, a phone number (either, both or none)."""
    mail = patterns.search(r"(?i)\be-?mail|\bmail\b", question) is not None
    return mail, patterns.search(rf"(?i)\bphone{NOT_A_DEVICE}", question) is not None


def asked_address(question: str) -> str:
    """ "What is her email?", "Her phone number?": an address, written alike in any language,
    whose absence from every line is a plain answer; "" for other questions."""
    mail, phone = _asked(question)
    if mail and phone:
        return "an email address or a phone number"
    if mail or phone:
        return "an email address" if mail else "a phone number"
    # "What is his LinkedIn profile?": linkedin.com is spelled alike in every language too.
    # Not "How many followers does he have on LinkedIn?", "the GitHub API?": no address asked.
    if patterns.search(_NOT_THE_PROFILE, question):
        return ""
    profiles = [site for site in ("LinkedIn", "GitHub") if site.lower() in question.lower()]
    return f"a {' or '.join(profiles)} profile" if profiles else ""


_NOT_THE_PROFILE = (
    r"(?i)\b(how (many|much|active|often)|follow\w*|connections?|stars?|repo\w*|api|contribut\w*"
    r"|posts?|activity|actions|copilot|pages|projects?|integrat\w*)\b"
)


def contact_lines(index: ResumeIndex, question: str, numbers: list[int]) -> list[Quote] | None:
    """The lines carrying the asked-for detail: email, phone, profile links, or the first of
    them the resume has."""
    asked = question.lower()
    mail, phone = _asked(question)
    # "Can I call her?", "Her number?" ask for a phone too, though too loosely to deny one.
    phone = phone or patterns.search(r"\b(call|number)\b", asked) is not None
    wanted = [EMAIL] * mail + [PHONE] * phone  # "Her email or phone?": whichever it has
    researcher = patterns.search(rf"{RESEARCHER_ID}\b", asked)
    if researcher and not wanted:
        # "A researcher ID I can look up?": ORCID, ResearcherID, Scopus, by name or by form.
        wanted = [r"(?i)orcid|researcherid|scopus|\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b"]
    site = patterns.search(rf"\b{SOCIAL_SITES}\b", asked)
    general = not wanted and not patterns.search(
        r"online|social|linkedin|github|site|homepage", asked
    )
    general = general and not site
    if general:
        # "How can I contact them?": an address first, then a phone, then a profile link
        # (in the header: a link in a job's text is a product's).
        wanted = [EMAIL, PHONE]
    elif not wanted and patterns.search(r"online|social", asked):
        wanted = [_URL]  # "Where can I find him online?": his profiles and pages, not his phone
    elif not wanted and site:
        # "twitter.com/Brook_Luiz_182", or X's own address for Twitter.
        wanted = [
            rf"(?i)\b{site.group(1)}\b" + (r"|\bx\.com/" if site.group(1) == "twitter" else "")
        ]
    else:
        words = [w for w in ("linkedin", "github", "site", "homepage") if w in asked]
        # "in/olivier-deleye": LinkedIn's address, its domain left off.
        sites = {"linkedin": r"(?i)linkedin|(?<![\w/])in/[\w-]{3,}", "github": r"(?i)github"}
        # "His email and website?": the address, then the site.
        sites |= {"site": _OWN_SITE, "homepage": _OWN_SITE}
        wanted += [sites[word] for word in words[:2]]
    # A referee's phone is not the candidate's.
    own = [i for i in range(len(index.entries)) if index.entries[i].kind != "references"]
    everywhere = numbers + [i for i in own if i not in numbers]
    # "Her email or phone?", "How can I contact him?": each one it has (the first line of
    # each), not the first alone.
    both = len(wanted) > 1
    kept: list[Quote] = []
    for keep in wanted:
        found = index.lines_where(everywhere, keep)  # the package's own
        if found and not both:
            return found[:1]
        kept += [quote for quote in found[:1] if quote not in kept]
    if kept:
        return kept
    if mail:
        # Wherever it fell: a table's cells read after the section before them; or among the
        # referees, an address spelled with the candidate's name ("carlijjohansen@gmail.com"
        # read under the last referee of a two-column page).
        return (
            _split_address(index, range(len(index.entries)))
            or _own_address(index, [i for i in range(len(index.entries)) if i not in own])
            or None
        )
    if _URL in wanted or _OWN_SITE in wanted or general:
        # A link in the header or the contacts (one in a job's text is a product's).
        found = index.lines_where(numbers, _URL) or index.lines_where(numbers, _PROFILE)
        if not found and _OWN_SITE in wanted:
            # "Does he have a personal website?": a site labelled anywhere ("WEBSITE:
            # thatcoul.netlify.app"), else the e-mail it gives, not "no contact details".
            found = index.lines_where(own, _SITE_LABEL) or index.lines_where(own, EMAIL)
        return found[:1] or None
    return None


def unreachable(index: ResumeIndex) -> bool:
    """No line anywhere holds an address, a number, a link or a postal address's label."""
    everywhere = list(range(len(index.entries)))
    ways = (EMAIL, PHONE, _URL, _PROFILE, _POSTAL)
    return not any(index.lines_where(everywhere, way) for way in ways)


# A postal address's label in the languages the sets hold.
_POSTAL = (
    r"(?i)\b(address|adresse|adres|adresa|endere[çc]o|direcci[óo]n|anschrift|indirizzo|адрес"
    r"|domicilio|morada|wohnort)\b"
)


def _own_address(index: ResumeIndex, numbers: list[int]) -> list[Quote]:
    """A line among `numbers` holding an address whose name part spells the candidate's."""
    names = [word for word in index.name_words if len(word) >= 3]
    return [
        quote
        for quote in index.lines_where(numbers, EMAIL)
        if any(
            name in address.split("@")[0].lower()
            for line in quote.lines
            for address in patterns.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", line)
            for name in names
        )
    ][:1]


def _split_address(index: ResumeIndex, numbers: Iterable[int]) -> list[Quote]:
    """An address a table cell broke at its "@": "Johndeere.daniel" over "@gmail.com"."""
    for i in numbers:
        lines = index.entries[i].lines
        for j in range(1, len(lines)):
            if patterns.fullmatch(r"\W*@[\w-]+\.[\w.]+\W*", lines[j]) and patterns.search(
                r"[\w.+-]\W*$", lines[j - 1]
            ):
                return [Quote(index.entries[i].citation, lines[j - 1 : j + 1])]
    return []
