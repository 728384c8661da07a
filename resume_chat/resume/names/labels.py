"""The words around a name: the labels a form names the candidate with ("Nama / Name:"), the
titles a page gives itself ("Curriculum vitae", "Daftar Riwayat Hidup"), and what follows a
name on its line (letters after it, contact details, "'s CV")."""

from __future__ import annotations

from resume_chat import patterns
from resume_chat.resume import scripts

# "Nguyễn Hữu Lộc Fresher Backend Developer": a job title run on after the name, no mark
# between them; it opens on a word of rank or field and ends on the trade.
TITLE_AFTER = patterns.compile(
    r"\s(?=(?:Fresher|Junior|Senior|Lead|Principal|Staff|Chief|Head|Backend|Back-end|Frontend"
    r"|Front-end|Full[- ]?[Ss]tack|Software|Data|Web|Mobile|DevOps|Cloud|Machine|AI|ML|QA|UX"
    r"|UI|Product|Project|Graphic|Civil|Mechanical|Electrical)\b[\w /&+-]{0,40}"
    r"\b(?:[Dd]eveloper|[Ee]ngineer|[Dd]esigner|[Mm]anager|[Aa]nalyst|[Ss]cientist"
    r"|[Aa]rchitect|[Ii]ntern|[Tt]ester)s?$)"
)

# "Hi, I'm Sajid 👋": profile READMEs introduce the person instead of naming a page.
# "Меня зовут Игорь Гофман", "Me llamo Ana Ruiz", "Meu nome é João Silva": the same, abroad.
GREETING = patterns.compile(
    r"(?i)\b(?:i'?m|i am|my name is|this is|меня зовут|me llamo|mi nombre es|meu nome é"
    r"|me chamo|je m'appelle|mein name ist|ich heiße)\s+"
    r"((?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'-]+)(?: (?-i:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'-]+)){0,3})"
)

# "Name: Colin Middleton", "Name · Bodey Royce Baker" (moderncv's label and value).
NAME_FIELD = patterns.compile(
    r"(?i)^\s*(?:[-*] |#{1,6} )?(?:(?:(?:full )?name|nama(?: lengkap)?"
    r"|nombres?(?: completos?| y apellidos)?|nom(?: et pr[ée]nom| complet)?"
    r"|nome(?: completo| e cognome)?|cognome e nome"
    r"|apellidos y nombres|imi[ęe] i nazwisko|фио|ф\.и\.о\."  # noqa: RUF001
    r"|ad[ıi]? soyad[ıi]?|jm[ée]no|naam|vor- und nachname|(?:nach)?name,? vorname"  # noqa: RUF001
    # Russian and Ukrainian forms: "Фамилия Имя Отчество", "Прізвище, ім'я, по батькові".
    r"|фамилия,? имя(?:,? отчество)?|прізвище,? ім['’]я(?:,? по батькові)?"
    # "Имя: Бунаков Егор Вадимович": the whole name under "name" (a given name alone is  # noqa: RUF003
    # a form's first field, joined to its surname's in forms.py).
    r"|имя(?=\s*[:·|]\s*\S+\s+\S)"
    # Japanese, Chinese, Korean, spaced a character a cell too ("성 명", "氏　名").
    r"|氏[ \u3000]?名|姓[ \u3000]?名|名前|성[ \u3000]?명|이[ \u3000]?름"
    # Persian "نام و نام خانوادگی" (name and family name), Arabic "الاسم", Hebrew "שם".
    r"|نام(?: و نام خانوادگی)?|(?:ال)?[اإ]سم(?: الكامل)?|שם(?: מלא)?)"
    # "Nama / Name: Setiawan"; "姓名" and a full-width colon, "宋源栋".
    # "Name: · Kevin Belortaja": a table's label cell, its colon, then the value's cell.
    r"(?:\s*/\s*(?:full )?name)?\s*[:·|–\uff1a](?:\s*[·|](?=\s))?"
    # "氏名 阿部 大和 · 男": a form's Han or Hangul label, a space, then the name in its cell.
    r"|(?:氏名|姓名|名前|성명|이름)[ \u3000]+)\s*(.+?)\s*$"
)
# "氏名 · 髙橋孝幸 (たかはし たかゆき)": a Han or Hangul name a form's field gives, its reading in
# brackets after it.
_HAN = f"[{scripts.HAN}{scripts.HANGUL}]{{1,3}}"
LABELLED_HAN = patterns.compile(rf"^({_HAN}[ \u3000]?{_HAN})\s*(?:[(\uff08][^)\uff09]*[)\uff09])?$")
# "James Thompson's CV", "Riccardo MILANI CV", "Jana Garo – Resume".
OWNED = patterns.compile(
    r"(?i)(?:('s|’s)\s+|\s+[-–—|:]?\s*)(cv|resume|résumé|curriculum vitae|portfolio)\s*$"
)
PARTS = patterns.compile(r"\s+[-|–—·•]\s+|\s*[|·•ǁ‖■▪◆♦●]\s*")
# "Aaron Lorenzo Woods alwoods@utexas.edu | aaronwoods.info": contact details after the name;
# "Toshihiro Yamaguchi 1987/06/10": a birth date.
CONTACT_TAIL = patterns.compile(
    # "Richard Castaneda Website: richdatalab.com": a contact's label may come first.
    r"\s+(?:(?i:web ?site|web|e-?mail|phone|tel|mobile|linkedin|github|portfolio)\s*:\s*)?"
    r"(?:\S+@\S+|https?://|www\.|\+?\(?\d[\d ().-]{6,}\d"
    r"|[\w-]+\.(?:com|info|io|dev|me|net|org)\b"
    r"|(?:19|20)\d\d[/.-]\d\d?[/.-]\d\d?\b|\d\d?[/.-]\d\d?[/.-](?:19|20)\d\d\b)"
)
# Europass's label for the block the name heads, in the languages it is issued in.
PERSONAL_LABEL = patterns.compile(
    r"(?i)(?:personal information|informaci[óo]n personal|informazioni personali"
    r"|informa[çc][ãa]o pessoal|informations personnelles|angaben zur person"
    r"|persoonlijke informatie|dane osobowe|osobn[íi] [úu]daje|personuppgifter"
    # Persian, Arabic, Hebrew: "personal details".
    r"|مشخصات فردی|اطلاعات شخصی|المعلومات الشخصية|البيانات الشخصية|פרטים אישיים)\s+(.+)"
)
# "Matthias Struck, Dipl. Ing. (FH)", "Zhian N. Kamvar, PhD": letters after the name.
LETTERS_AFTER = patterns.compile(
    r"(?i)(?:,\s*(?:ph\.? ?d|dipl|dr|m\.? ?sc|b\.? ?sc|m\.? ?a|b\.? ?a|mba|md|rn|cpa|pmp"
    r"|p\.? ?eng|msw|lcsw|esq|cfa|acca)\b[^,]*)+$"
)
# "Curriculum vitae Alexis SARROUY"; a photo's alt text, "Foto de Zenon Paredes".
PAGE = (
    # "Vita": an academic's page of it, titled so alone.
    r"curr[ií]culum[ _-]vit(?:ae?|æ)|vita|lebenslauf|r[eé]sum[eé]|cv"
    r"|curr[ií]cul(?:o|um)(?: vit(?:ae|æ))?"
    r"|hoja de vida|(?:daftar )?riwayat hidup|[žz]ivotopis|[żz]yciorys|резюме|[öo]zge[çc]mi[şs]"
    # Finnish, Swedish, Hungarian, Greek: "Ansioluettelo", "Meritförteckning", "Önéletrajz".
    r"|ansioluettelo|meritf[öo]rteckning|[öo]n[ée]letrajz|βιογραφικό"
    # Korean, Japanese, Chinese: "이력서", "履歴書", "职务经历书", "个人简历".
    r"|이력서|경력\s?기술서|履\s?歴\s?書|職務経歴書|(?:个人)?简\s*历|履历"
    r"|رزومه|السيرة الذاتية|קורות חיים"  # Persian, Arabic, Hebrew
    # "Meu currículo", "Mi currículum", "Mon CV": the page's title said as one's own.
    r"|(?:meu|mi|mon|mein|my) (?:curr[ií]cul(?:o|um)(?: vitae)?|cv|lebenslauf|r[eé]sum[eé])"
)
PAGE_TITLE = patterns.compile(
    rf"(?i)^(?:{PAGE}|(?:photo|foto|picture|portrait|bild)"
    r"(?= \w+ ))\s*(?:of|von|de|di|du|[:–—-])?\s+(.+)$"
)
PAGE_WORD = patterns.compile(rf"(?i)\W*({PAGE})\W*")


# "Naam      Cirilo Wortel": a form's label before the name, the spaces between them gone.
LABEL_FIRST = patterns.compile(r"(?i)^(?:name|naam|nombre|navn|namn|nimi)\s+(\S.*\s\S.*)$")
# The next field of a form's row after the name's value: "李堯 (Li Yao) Gender 男".
NEXT_FIELD = patterns.compile(r"(?i)\s(?:gender|sex|age|born|nationality|性别|性別|年龄|年齢)\b.*$")


def han_named(value: str) -> str:
    """The Han or Hangul name a form's field gives ("髙橋孝幸 (たかはし たかゆき)"), with its
    Latin spelling where the brackets give one ("李堯 (リ・ヤオ, Li Yao)": "李堯 (Li Yao)",
    as the page's readers ask for him); else ""."""
    han = LABELLED_HAN.match(value)
    if han is None:
        return ""
    latin = patterns.search(r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})[)\uff09]$", value)
    return f"{han.group(1)} ({latin.group(1)})" if latin else han.group(1)


def han_field(lines: list[str], near: list[int]) -> str:
    """The Han or Hangul name a form's name field among the `near` lines gives ("氏名 ·
    髙橋孝幸"), or ""."""
    for i in near:
        field = NAME_FIELD.match(lines[i].replace("**", ""))
        han = LABELLED_HAN.match(PARTS.split(field.group(1).strip())[0]) if field else None
        if han:
            return han.group(1)
    return ""


# A name written in katakana, its parts set apart by a dot: "ティラポーン・ティーゴエン" (a
# foreigner's name in a Japanese form's name field).
KATAKANA_NAME = patterns.compile(
    r"[\u30a1-\u30fa\u30fc]{2,15}(?:[\u30fb\uff65 ][\u30a1-\u30fa\u30fc]{2,15}){0,3}"
)
# An age after a name: "34 года", "(29 years old)", ", 41 ans", "27 Jahre".
AGE_AFTER = patterns.compile(
    r"(?i)[\s,(]+\d{2}\s*(?:года?|лет|years?(?: old)?|y\.?o\.?|ans|anos|años|jahre|lat|let"
    r"|yaş|岁|歳)\)?$"
)
