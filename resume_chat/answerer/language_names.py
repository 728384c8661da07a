"""A language's name as a resume in another language writes it ("Französisch" for French),
and the tests that name a language ("DELF B2", "TOPIK 5급")."""

from __future__ import annotations

from functools import cache

# A language's name as resumes in German, French, Spanish, Italian, Portuguese, Dutch, the
# Scandinavian languages, Polish, Czech, Slovak, Russian, Ukrainian, Turkish and Hungarian
# write it: "What level is her French?" is answered by "Französisch: C1"; the commonest also
# as Chinese, Japanese and Korean write them ("日本語 · Básico - N5" of a Spanish resume).
LANGUAGE_NAMES = {
    "english": r"englisch|anglais|ingl[eéê]s|inglese|engels|engelska|engelsk|angielski|toefl|ielts"
    r"|toeic|angli[cč]\w*|английск\w*|англійськ\w*|[iİ]ngilizce|angol|englez[aă]|engleski|inggris"
    r"|englanti"
    r"|английски|англиски|енглески|英语|英語|英文|영어|tiếng anh",
    "french": r"franz[oö]sisch|fran[cç]ais|franc[eéê]s|francese|frans|franska|fransk|francuski|delf"
    r"|dalf|franc[oú]zsk\w*|francouz\w*|французск\w*|французьк\w*|frans\u0131zca|francia|francez[aă]"
    r"|perancis|ranska|френски|француски|法语|法語|フランス語|프랑스어|tiếng pháp",
    "german": r"deutsch|allemand|alem[aá]n|alem[aã]o|tedesco|duits|tyska|tysk|niemiecki"
    r"|n[eě]me[cč]\w*|немецк\w*|німецьк\w*|almanca|német|german[aă]|njema[cč]k\w*|jerman|saksa"
    r"|немски|немачки|германски|德语|德語|ドイツ語|독일어|tiếng đức",
    "spanish": r"spanisch|espagnol|espa[nñ]ol|spagnolo|espanhol|spaans|spanska|spansk|[iİ]spanyolca"
    r"|hiszpa[nń]ski|espanja|испански|шпански|испанск\w*|西班牙语|西班牙語|スペイン語|스페인어"
    r"|tiếng tây ban nha",
    "italian": r"italienisch|italien|italiano|italiaans|italienska|italiensk|w[lł]oski"
    r"|taliansk\w*|talian[cč]ina|italsk\w*|итальянск\w*|italyanca|olasz|talijansk\w*"
    r"|意大利语|イタリア語|이탈리아어",
    "portugues": r"portugiesisch|portugais|portugu[eéê]s|portoghese|portugees|portugalsk\w*"
    r"|portekizce|葡萄牙语|ポルトガル語|포르투갈어",
    "hungarian": r"ungarisch|hongrois|h[uú]ngaro|ungherese|hongaars|w[eę]gierski|ma[dď]arsk\w*"
    r"|ma[dď]ar[cč]ina|ma[dď]ar[sš]tina|венгерск\w*|macarca|magyar",
    "russian": r"russisch|russe|ruso|russo|ryska|russisk|rosyjski|rusk[ýyi]\w*|ru[sš][cč]ina"
    r"|ru[sš]tina|русск\w*|російськ\w*|rusça|orosz|ruski|ven[äa]j[äa]"
    r"|руски|俄语|俄語|ロシア語|러시아어|tiếng nga",
    "chines": r"chinesisch|chinois|chino|cinese|chin[eê]s|hsk|[cç]ince|китайск\w*|中文|汉语|漢語"
    r"|普通话|普通話|国语|國語|华语|華語|中国語|중국어|tiếng trung|tiếng hoa",
    "arabic": r"arabisch|arabe|[aá]rabe|arabo|arap[cç]a|арабск\w*|العربية|阿拉伯语|アラビア語",
    "japanes": r"japanisch|japonais|japon[eéê]s|giapponese|jlpt|japonca|japani|японск\w*"
    r"|日本語|日语|日語|일본어|tiếng nhật",
    "dutch": r"niederl[aä]ndisch|holl[aä]ndisch|n[eé]erlandais|neerland[eé]s|olandese|nederlands"
    r"|flemish|vlaams|hollandaca|felemenk[cç]e",
    "persian": r"farsi|dari|tajik|persisch|persan|persa|persiano",
    "farsi": r"persian|persisch|persan|persa|persiano",
    "flemish": r"dutch|nederlands|vlaams|niederl[aä]ndisch|n[eé]erlandais",  # Belgium's Dutch
    "polish": r"polnisch|polonais|polaco|polacco|pools|leh[cç]e",
    "turkish": r"t[uü]rkisch|turc|turco|turks|t[uü]rk[cç]e",
    "kurdish": r"kurdisch|kurde|kurdo",
    "galician": r"gallego|galego|galicien|galizisch",
    "catalan": r"catal[aà]n?|katalanisch",
    "latin": r"latein\w*|latim|łacin\w*|латин\w*|латын\w*",
    "basqu": r"euskera|euskara|vasco|basque|baskisch",
    "greek": r"griechisch|grec|griego|greco|grego|yunanca|grieks|grekiska|gresk|græsk|grecki"
    r"|греческ\w*|řečtin\w*",
    "swedish": r"schwedisch|su[eé]dois|sueco|svedese|svenska|svensk|zweeds|szwedzki|ruotsi",
    "norwegian": r"norwegisch|norv[eé]gien|noruego|norvegese|norska|norsk|noors",
    "danish": r"d[aä]nisch|danois|dan[eé]s|danese|danska|dansk|deens",
    "finnish": r"finnisch|finnois|finland[eé]s|finlandese|finska|finsk|suomi",
    # A language's own tests say it too: "TOPIK 5급", "JLPT N2", "HSK 4", "DELF B2".
    "korean": r"koreanisch|cor[eé]en|coreano|topik|korece|корейск\w*|한국어|韩语|韓語|韓国語"
    r"|韓國語",
    "romanian": r"rum[aä]nisch|roumain|rumano|rumeno|romeno|rom[aâ]n[aă]",
    "ukrainian": r"ukrainisch|ukrainien|ucraniano|ucraino|oekra[iï]ens|ukrajinsk\w*|украинск\w*"
    r"|українськ\w*|ukraynaca|ukrán",
    # Names a language has at home: "Kiswahili", "Bangla", Tagalog as the Philippines' Filipino.
    "swahili": r"kiswahili",
    "bengali": r"bangla",
    "bangla": r"bengali",
    "filipino": r"tagalog|pilipino",
    "tagalog": r"filipino|pilipino",
}


@cache
def language_names() -> str:
    """Every language's name as an alternation, in English and the spellings we have of it:
    built on first use."""
    return "|".join(f"{name}|{forms}" for name, forms in LANGUAGE_NAMES.items())
