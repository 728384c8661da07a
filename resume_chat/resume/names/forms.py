"""A name a form gives in fields of its own ("Prénom: Christophe" over "NOM: FELIX"), the first
line of a block of personal details, and a name before a comma and the post after it."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume.names.candidate import NAME_WITHIN, heading_level, name_in
from resume_chat.resume.names.shape import looks_like_name

# "Prénom: Christophe" over "NOM: FELIX"; "Vorname", "Nombre", "Nome" and their surnames.
_GIVEN = patterns.compile(
    r"(?i)^\W*(?:first names?|given names?|forenames?|pr[ée]noms?|vorname|nombres?|nome|имя)"
    r"\s*[:·|]\s*(.+?)\s*$"
)
_FAMILY = patterns.compile(
    r"(?i)^\W*(?:surname|last name|family name|nom|nachname|familienname|apellidos?"
    r"|sobrenome|cognome|фамилия)\s*[:·|]\s*(.+?)\s*$"
)
# Russian forms' "Отчество Владимирович" (the patronymic) between the two, its colon optional.
_PATRONYMIC = patterns.compile(r"(?i)^\W*отчество\s*[:·|]?\s*([^\W\d_]+)\s*$")


def before_comma(text: str) -> tuple[str, str]:
    """ "Карпухин Никита, Unity разработчик": the name before a comma and the post after it
    (two words at least each: "New York, NY" names a place)."""
    head, _, tail = text.partition(",")
    head, tail = head.strip(), tail.strip()
    # "San Diego, CA 92093 408-464-5567": a town, then its state and numbers, no post.
    placed = patterns.match(r"[A-Z]{2}\b|.*\d{4}", tail)
    if len(head.split()) >= 2 and len(tail.split()) >= 2 and not placed and looks_like_name(head):
        return head, tail
    return "", ""


def form_name(lines: list[str], content: list[int]) -> tuple[list[str], str] | None:
    """A form's "Surname: Fortuin" and "First Name: Jody": the name in two fields."""
    near = [lines[i].replace("**", "") for i in content[: NAME_WITHIN * 2]]
    given = next((found.group(1) for line in near if (found := _GIVEN.match(line))), "")
    family = next((found.group(1) for line in near if (found := _FAMILY.match(line))), "")
    middle = next((found.group(1) for line in near if (found := _PATRONYMIC.match(line))), "")
    name = " ".join(part for part in (given, middle, family) if part)
    return (lines, name) if given and family and looks_like_name(name) else None


# The title of a block of personal details, in the languages resumes are written in.
_PERSONAL_TITLE = patterns.compile(
    r"(?i)^#+\s*(?:personal (?:details|data|information|info)|personalia|persoonsgegevens"
    r"|persönliche (?:daten|angaben)|pers[oö]nliches|donn[ée]es personnelles|datos personales"
    r"|dados pessoais|dati personali|dane osobowe|date personale|osobn[ée] [úu]daje|data pribadi"
    r"|informa[çc][õo]es pessoais|informaci[óo]n personal|informazioni personali"
    r"|kişisel bilgiler|személyes adatok|osobni podaci|личные данные|особисті дані"
    # Chinese, Japanese, Korean; Persian, Arabic, Hebrew.
    r"|个人信息|个人资料|基本信息|基本情報|個人情報|인적사항|기본정보|개인정보"
    r"|مشخصات فردی|اطلاعات شخصی|المعلومات الشخصية|البيانات الشخصية|פרטים אישיים)\W*$"
)
# "- **林星辰** / 男 / 1994": the details' first line opens on the name in bold, then the rest.
_BOLD_FIRST = patterns.compile(r"^(?:[-*+] )?\*\*([^*]+)\*\*")


def first_of_personal(
    lines: list[str], heads: list[int], content: list[int]
) -> tuple[list[str], str] | None:
    """ "## Personalia" over "Mike Vlegels", the page's first title: the first line of the
    personal details is whose they are."""
    if not heads or heads[0] != content[0] or not _PERSONAL_TITLE.match(lines[heads[0]]):
        return None
    after = next((i for i in content if i > heads[0]), None)
    if after is None or heading_level(lines[after]):
        return None
    named, rest = name_in(lines[after].replace("**", "").strip())
    if named and not rest:
        return [*lines[:after], *lines[after + 1 :]], named
    bold = _BOLD_FIRST.match(lines[after].strip())
    return (lines, bold.group(1).strip()) if bold and looks_like_name(bold.group(1)) else None
