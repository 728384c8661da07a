"""A city's name as it is written at home, for a question that names it in English."""

from __future__ import annotations

# A city's name as it is written at home: "Which company did he work for in The Hague?" is
# answered by "· DEN HAAG".
CITY_NAMES = {
    "hague": r"den haag|'s-gravenhage",
    "munich": r"m[uü]nchen",
    "nuremberg": r"n[uü]rnberg",
    "hanover": r"hannover",
    "brunswick": r"braunschweig",
    "vienna": r"wien",
    "zurich": r"z[uü]rich",
    "geneva": r"gen[eè]ve|genf",
    "brussels": r"bruxelles|brussel",
    "antwerp": r"antwerpen|anvers",
    "ghent": r"gent|gand",
    "prague": r"praha|prag",
    "warsaw": r"warszaw\w*|warschau|varsovie|varsovia",
    # Polish declines a town's name: "w Krakowie", "z Warszawy".
    "cracow": r"krak[oó]w\w*|krakau|cracovie|cracovia",
    "krakow": r"krak[oó]w\w*|krakau|cracovie|cracovia",
    "copenhagen": r"k[oø]benhavn",
    "gothenburg": r"g[oö]teborg",
    "lisbon": r"lisboa",
    "seville": r"sevilla",
    "rome": r"roma",
    "milan": r"milano",
    "turin": r"torino",
    "florence": r"firenze",
    "naples": r"napoli",
    "venice": r"venezia",
    "athens": r"ath[ií]na|αθήνα",
    "moscow": r"moskva|москв\w*|mosca|moscou|moskau|mosc[uú]|moskwa|moskwie",
    "kyiv": r"kiev|київ|киев",
    "kiev": r"kyiv|київ|киев",
    "bucharest": r"bucure[sș]ti",
    "belgrade": r"beograd",
    "beijing": r"peking|pek[ií]n|p[ée]kin|pequim|北京",
    "london": r"londres|londra|londen|londyn|lontoo|london|лондон|倫敦|伦敦",
    "cairo": r"el cairo|le caire|kairo",
    "edinburgh": r"[eé]dimbourg|edimburgo",
    "cologne": r"k[oö]ln",
    "shanghai": r"上海",
}
