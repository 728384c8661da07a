"""Families of pastimes, languages and personal matters a category word stands for: "a
martial art" is judo, "a Slavic language" Polish, "a driving licence" a Führerschein."""

from __future__ import annotations

# A driving licence as resumes state it, in English and in the languages resumes are written
# in: what "Does she have a driving licence?" is answered by, and denied without.
DRIVING = (
    r"(?i)\b(d(ri|ir)v(er|ing)\S{0,2}\s*(licen[cs]e|permit|record)|licen[cs]e[ds]? to drive"
    r"|(vehicle|car) driving"
    r"|licensed driver|(full|clean|full clean) (uk |eu )?(driving )?licen[cs]e"
    r"|(class|category|cat\.?) [a-e]\d? (driving )?licen[cs]e|[a-e]\d?[- ]licen[cs]e|cdl|hgv|lgv"
    r"|access to (a )?vehicle|(own|reliable) (car|vehicle|transport\w*)|able to drive|gdl"
    r"|f(ü|ue)hrerschein|fahrerlaubnis|fahrausweis|klasse b\b"
    # "Permi de conduite", "Permis · Voiture, Moto et Bateau" (a moderncv line's two cells).
    r"|permis?( de condu\w*| [a-e]\b|\W{1,3}(voiture|auto(mobile)?|moto|vl|bateau)\b)"
    # "PERMIS" alone over "B - Véhicule léger": a French CV's heading for its licences.
    r"|^\W*permis\W*$|v[ée]hicule l[ée]ger"
    r"|permiso de conduc\w*|carn[ée]t? de conduc\w*|licencia de conduc\w*|movilidad propia"
    # "Licencia tipo A Moto", "Licencia: Tipo B Automóvil", "License type B": a licence of a
    # vehicle's class.
    r"|licencia\W{0,3}(tipo|clase|categor[íi]a)\W{0,3}[a-e]\d?\b"
    # "Carnet:   Permiso B", "Permiso: B", "Carnet B": a Spanish licence by its class.
    r"|permiso\W{0,3}(tipo\W{0,3})?[a-e]\d?\b|carn[ée]t\W{0,3}(tipo\W{0,3})?[a-e]\d?\b"
    r"|licen[cs]e\W{0,3}(type|class)\W{0,3}[a-e]\d?\b"
    r"|veh[íi]culo propio|categor[íi]a:? [a-e]\b|carta de condu\w*|carteira de motorista|cnh"
    # "Carnet de coche", "carnet B1": a Spanish licence named by its vehicle or its class.
    r"|carn[eé]t? de (coche|conducir|manejo)|carnet [a-e]1?\b"
    r"|habilita[çc][ãa]o|patente (di guida|[a-e]\b)|rijbewijs|k(ö|o)rkort|k(ø|o)rekort"
    r"|f(ø|o)rerkort|ajokortti|prawo jazdy|[řr]idi[čc]sk\w* pr[ůu]kaz|vodi[čc]sk\w* preukaz"
    r"|jogos[íi]tv[áa]ny|ehliyet|s[üu]r[üu]c[üu] belgesi|sim [a-c]\b|juhiluba|vad[īi]t[āa]ja"
    r" apliec[īi]ba|vairuotojo pa[žz]ym[ėe]jimas|voza[čc]k\w* dozvol\w*|vozni[šs]ko dovoljenje"
    r"|vozni[šs]ki izpit"
    # "Category B" alone among a header's contacts: a licence by its class, no word for one.
    r"|^\W*(categor(y|ie|ia|ija)|kategori(e|a|ja)?)\W{0,3}[a-e]\d?\W*$"
    r"|^\W*[a-e]\d? kategorij\w*\W*$"
    r"|patent[ëe]|[öo]kusk[íi]rteini|b[ằa]ng l[áa]i|lesen memandu|шофьорска книжка"
    r"|водительск\w* (удостоверение|права)|права категории|посвідчення водія"
    r"|δίπλωμα οδήγησης|رخصة (قيادة|سياقة)|רישיון נהיגה|گواهینامه"
    r"|בעלת? רכב|רכב פרטי)"
    # Chinese, Japanese and Korean run their words together: no word boundary to find.
    # "普通自動車免許" (an ordinary car's licence), "自動車運転免許".
    r"|驾照|驾驶证|驾驶执照|駕照|駕駛執照|重型機車|運転免許|自動車\S{0,4}免許|운전면허|ใบขับขี่"
    r"|ड्राइविंग लाइसेंस"
)

# "Хакатоны", "hackatón", "ハッカソン": the same contest in the resume's language.
HACKATHON_ABROAD = r"hackat[oó]n|хакатон|ハッカソン|해커톤|黑客马拉松|黑客松"

LIFE: dict[str, str] = {
    "martial": r"(?i)\b(aikido|karate|judo|ju-?jitsu|jiu-?jitsu|taekwondo|kung fu|muay thai"
    r"|kickboxing|boxing|krav maga|capoeira|kendo|wushu|hapkido|fencing)\b",
    # "HackMIT", "HackGT", "HackNY": a hackathon named by its host's letters.
    "hackathon": r"(?i)\b(hack(athon|fest|s|day)\w*|(?-i:Hack[A-Z]{2,}\w*)|game jams?|datathons?"
    rf"|ideathons?|codefest)\b|{HACKATHON_ABROAD}",
    # "Can he drive?", "a driving permit": the licence a resume names its holder by.
    "driv": DRIVING,
    "instrument": r"(?i)\b(cell(o|ist)|violin\w*|viola|piano|pianist|guitar\w*|drums?|drummer"
    r"|flute|saxophone|trumpet|clarinet|oboe|bassoon|harp|trombone|ukulele|percussion"
    r"|double bass|organist|accordion"
    # In the resume's own language: "11 ans de clarinette", "Gitarre", "violão", "Klavier".
    r"|clarinet\w*|klarinet\w*|violon\w*|viol[ií]n|viol[ãa]o|geige|klavier|chitarra|gitar\w*"
    r"|fl[ûö]te|flauta|flauto|saxo\w*|trompet\w*|tromba|violoncel\w*|arpa|harpe|schlagzeug"
    r"|bater[ií]a|acorde[oó]n|accord[ée]on|akkordeon|fortepian\w*|skrzyp\w*)\b",
    "english": r"(?i)\b(english|ielts|toefl|toeic|cambridge (english|certificate)|cae|cpe)\b",
    "sport": r"(?i)\b(sports?|rugby|football|soccer|basketball|tennis|running|marathons?|cycling"
    r"|swimming|climbing|hiking|volleyball|hockey|cricket|baseball|golf|yoga|martial arts|judo"
    r"|karate|boxing|rowing|skiing|surfing|triathlon|athletics|badminton|squash|fencing"
    r"|lacrosse|handball|softball|crossfit|fifa|uefa|world cup|olympic\w*|paralympic\w*"
    r"|super bowl|commonwealth games|netball|ultimate frisbee|frisbee|water polo|wrestling"
    r"|gymnastics|archery|table tennis|ping pong|sailing|kayaking|canoeing|snowboarding"
    r"|skateboarding|cross country|track and field|field hockey|ice hockey|powerlifting"
    r"|weightlifting|bouldering|equestrian|horse riding|polo|bowling|darts|taekwondo)\b",
    # "Does he sing?": the groups and forms singing takes.
    "sing": r"(?i)\b(sing(s|ing|er|ers)?|sang|choir\w*|chorale|chorus|a cappella|vocal\w*"
    r"|glee club|barbershop|opera|cantor)\b",
    # "A student club": a society, a chapter, an association of students.
    "club": r"(?i)\b(clubs?|societ(y|ies)|chapters?|associations?|guilds?|circles?|fraternit\w*"
    r"|sororit\w*|student union|student council)\b",
    "children": r"(?i)\b(child\w*|kids?|minors?|youth|juveniles?|pupils?|infants?|toddlers?"
    r"|adolescents?|teen\w*|young people|schoolchildren)\b",
    "music": r"(?i)\b(music\w*|hip ?hop|jazz|rock|metal|punk|classical|techno|opera|guitar"
    r"|piano|drums|violin|singing|choir|band|concerts?|vinyl|muzyk\w*|musique|música)\b",
    "tv": r"(?i)\b(tv|television|series|shows?|netflix|bbc|hbo|sitcoms?|broadcast\w*)\b",
    "diy": r"(?i)\b(renovat\w*|remodel\w*|carpent\w*|woodwork\w*|plumbing|diy|home improvement"
    r"|furniture|handyman)\b",
    "emotion": r"(?i)\b(emotions?|emotional|sentiment|affective|feelings?|mood)\b",
    # Families of languages, by their members' names in English and in their own words.
    "romance": r"(?i)\b(spanish|espa[ñn]ol|french|fran[çc]ais|italian\w*|portugu\w*|romanian"
    r"|catalan|galician|occitan|spanisch|franz[öo]sisch|castellano)\b",
    "semitic": r"(?i)\b(arabic|arab\w*|hebrew|amharic|maltese|aramaic|tigrinya)\b",
    "slavic": r"(?i)\b(russian|polish|czech|slovak|ukrainian|belarusian|bulgarian|serbian|croatian"
    r"|bosnian|sloven\w*|macedonian|russisch|polnisch|ukrainisch)\b",
    "germanic": r"(?i)\b(german|deutsch|english|dutch|swedish|danish|norwegian|icelandic|afrikaans"
    r"|yiddish|flemish|frisian|luxembourgish)\b",
    "asian": r"(?i)\b(japan\w*|chinese|chinesisch|mandarin|cantonese|korean?\w*|hindi|bengali"
    r"|bangla|urdu|vietnam\w*|thai|indonesian|malay|tagalog|filipino|tamil|telugu|marathi"
    r"|gujarati|punjabi|nepali|khmer|burmese|mongolian|sinhala|kannada|malayalam)\b",
    "african": r"(?i)\b(swahili|amharic|yoruba|igbo|hausa|zulu|xhosa|afrikaans|somali|wolof"
    r"|tigrinya|shona|berber|tamazight|kinyarwanda|lingala|twi|akan|sesotho|setswana)\b",
    "scandinavian": r"(?i)\b(swedish|svenska|danish|dansk|norwegian|norsk|icelandic|finnish"
    r"|faroese)\b",
    "celtic": r"(?i)\b(irish|welsh|gaelic|breton|cornish|manx)\b",
    "turkic": r"(?i)\b(turkish|azerbaijani|azeri|kazakh|uzbek|kyrgyz|turkmen|tatar|uyghur)\b",
    "game": r"(?i)\b(gam(e|es|ing|er)|esports?|valorant|league of legends|counter-strike|cs:?go"
    r"|dota|overwatch|fortnite|minecraft|rocket league|chess|unity|unreal|godot|gamemaker"
    r"|cryengine)\b",
    # A fraternity or sorority goes by two or three Greek letters.
    "fraternity": r"(?i)\b(fraternit\w*|sororit\w*|greek life|(alpha|beta|gamma|delta|epsilon"
    r"|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi"
    r"|omega) (alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi"
    r"|omicron|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega))\b",
    "dog": r"(?i)\b(dogs?|k-?9|canines?)\b",
    # "Has he won any medals?" of "competed at Collegiate Nationals … winning bronze".
    "medal": r"(?i)\b(medals?|medallist|gold|silver|bronze"
    r"|(1st|2nd|3rd|first|second|third)[- ]place)\b",
    "wellbeing": r"(?i)\b(well-?being|wellness|mental health|mindfulness|meditation)\b",
    "gym": r"(?i)\b(gym\w*|fitness (cent(er|re)|club|instructor|trainer)|wellness cent(er|re)"
    r"|personal trainer|health club|recreation cent(er|re))\b",
    # "Competitive programming": the contests and judges it is done on.
    # "What does she like to drink?" of "Coffee ☕" under Interests.
    "drink": r"(?i)\b(coffee|tea|espresso|latte|wine|beer|whisk(e)?y|sake|cocktails?|mixology"
    r"|brew(ing|er)?|barista|sommelier|kombucha|matcha)\b",
    # "Involved in drama or stage productions?" of "Performer Arts Guild, Theater, Scriptwriter".
    "theatre": r"(?i)\b(theat(re|er|rical)\w*|drama\w*|acting|actor|actress|stage|musicals?"
    r"|improv\w*|playwright\w*|scriptwrit\w*|screenwrit\w*|performing arts|performer\w*"
    r"|rehears\w*)\b",
    # "Any work related to the Moon?" of "optimise lunar orbits": the word's adjective.
    "moon": r"(?i)\b(moon|lunar|apollo|artemis|selen\w*)\b",
    "competitive": r"(?i)\b(icpc|acm[- ]icpc|ioi|codeforces|topcoder|atcoder|codechef|leetcode"
    r"|hackerrank|google code ?jam|kick ?start|hash ?code|olympiads? in informatics)\b",
}
