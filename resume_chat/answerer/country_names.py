"""Countries as resumes in other languages name them: "Did she move to Switzerland?" is
answered by "j'ai déménagé en Suisse", and never denied for want of the English name."""

from __future__ import annotations

# Keyed by the English name, one word; the names in German, French, Spanish, Italian,
# Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Turkish and Russian.
COUNTRY_NAMES = {
    "germany": r"deutschland|allemagne|alemania|germania|alemanha|duitsland|tyskland|niemcy"
    r"|německo|almanya|германи\w*|німеччин\w*",
    "switzerland": r"schweiz|suisse|suiza|svizzera|su[íi][çc]a|zwitserland|sveits"
    r"|szwajcari\w*|švýcarsk\w*|isvi[çc]re|швейцари\w*",
    "austria": r"[öo]sterreich|autriche|oostenrijk|[öo]sterrike|rakousk\w*|avusturya|австри\w*",
    "france": r"frankreich|francia|fran[çc]a|frankrijk|frankrike|frankrig|francj\w*|francie"
    r"|fransa|франци\w*",
    "spain": r"spanien|espagne|espa[ñn]a|spagna|espanha|spanje|hiszpani\w*|špan[ěe]lsk\w*"
    r"|ispanya|испани\w*",
    "italy": r"itali[ae]n?|it[áa]lia|itali[ëe]|włoch\w*|itálie|italya|итали\w*",
    "netherlands": r"niederlande|pays-bas|pa[íi]ses bajos|paesi bassi|pa[íi]ses baixos|holanda"
    r"|nederland|holandi\w*|nizozemsk\w*|hollanda|нидерланд\w*",
    "holland": r"holland|holanda|nederland",
    "belgium": r"belgien|belgique|b[ée]lgica|belgio|belgi[ëe]|belgi[aiu]|bel[çc]ika|бельги\w*",
    "poland": r"polen|pologne|polonia|pol[ôo]nia|polska|polsce|polsko|polonya|польш\w*",
    "sweden": r"schweden|su[èe]de|suecia|svezia|su[ée]cia|zweden|sverige|szwecj\w*"
    r"|isve[çc]|швеци\w*",
    "norway": r"norwegen|norv[èe]ge|noruega|norvegia|noorwegen|norge|norwegi\w*|норвеги\w*",
    "denmark": r"d[äa]nemark|dinamarca|danimarca|denemarken|danmark|dani[ai]|дани[ия]",
    "finland": r"finnland|finlande|finlandia|finl[âa]ndia|suomi|finsko|финлянди\w*",
    "ireland": r"irland|irlande|irlanda|ierland|irlandi\w*|ирланди\w*",
    "greece": r"griechenland|gr[èe]ce|grecia|gr[ée]cia|griekenland|grekland|grecj\w*|yunanistan"
    r"|ελλάδα|греци\w*",
    "turkey": r"t[üu]rkei|turquie|turqu[íi]a|turchia|turquia|turkije|turkiet|turcj\w*|t[üu]rkiye"
    r"|турци\w*",
    "russia": r"russland|russie|rusia|r[úu]ssia|rusland|ryssland|rosj\w*|rusko|rusya|росси\w*",
    "ukraine": r"ukraine|ucrania|ucr[âa]nia|oekra[ïi]ne|ukrain\w*|ukrajin\w*|ukrayna|украин\w*"
    r"|україн\w*",
    "england": r"angleterre|inglaterra|inghilterra|engeland|angli[ai]|англи[ия]",
    "scotland": r"schottland|[ée]cosse|escocia|esc[óo]cia|scozia|schotland|skottland|szkocj\w*",
    "mexico": r"m[ée]xico|mexique|mexiko|messico|meksyk|meksika|мексик\w*",
    "brazil": r"brasil|br[ée]sil|brasilien|brasile|brazili[ëe]|brazyli\w*|brezilya|бразили\w*",
    "morocco": r"marokko|maroc|marruecos|marocco|marrocos|maroko|марокко|المغرب",
    "algeria": r"algerien|alg[ée]rie|argelia|algeria|arg[ée]lia|algerije|cezayir|الجزائر",
    "tunisia": r"tunesien|tunisie|t[úu]nez|tunisia|tun[íi]sia|tunesi[ëe]|tunus|تونس",
    "egypt": r"[äa]gypten|[ée]gypte|egipto|egitto|egito|egypte|egipt|m[\u0131i]s[\u0131i]r"
    r"|египет|مصر",
    "china": r"chine|cina|chiny|китай|中国|中國",
    "japan": r"japon|jap[ãa]o|giappone|japonia|japonya|япони\w*|日本",
    "korea": r"kor[ée]e|corea|coreia|korea|kore|коре\w*|韩国|韓国|한국",
    "hungary": r"ungarn|hongrie|hungr[íi]a|ungheria|hongarije|węgr\w*|maďarsk\w*|macaristan"
    r"|magyarorsz[áa]g|венгри\w*",
    "romania": r"rum[äa]nien|roumanie|ruman[íi]a|romania|rom[êe]nia|roemeni[ëe]|rumuni\w*"
    r"|romanya|румыни\w*",
    "czechia": r"tschechien|tch[ée]quie|chequia|cechia|tch[ée]quia|tsjechi[ëe]|czech\w*|česko"
    r"|[çc]ekya|чехи\w*",
    "luxembourg": r"luxemburg|luxemburgo|lussemburgo|luksemburg",
    "canada": r"kanada|canad[áa]|канад\w*",
}
