"""Unicode blocks the readers and the answerer tell apart, as bodies of a character class
("[" + HAN + "]"): one spelling of each range for every module that needs it."""

from __future__ import annotations

KANA = "\u3040-\u30ff"  # hiragana and katakana
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # extension A, unified, compatibility
HANGUL = "\uac00-\ud7af"  # syllables
CYRILLIC = "\u0400-\u04ff"
GREEK = "\u0370-\u03ff"
HEBREW = "\u0590-\u05ff"
# Arabic letters and the shaped forms a PDF may draw them in (presentation forms A and B).
ARABIC = "\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufefe"
THAI = "\u0e00-\u0e7f"
DEVANAGARI = "\u0900-\u097f"
BENGALI = "\u0980-\u09ff"
# Latin letters beyond ASCII: Latin-1, the extended blocks and their marks, and the additional
# block Vietnamese writes with ("ộ").
LATIN_ACCENTED = "\u0080-\u036f\u1e00-\u1eff"
RADICALS = "\u2e80-\u2fdf"  # the radicals a Han name may be typed with ("⻩")
# Every East Asian block from the radicals to Han (punctuation, kana, Hangul jamo among them):
# letters that a word of spaced scripts never holds.
EAST_ASIAN = "\u2e80-\u9fff\uf900-\ufaff"
# Icon fonts' glyphs (Font Awesome's "\uf0e0" envelope) and Word's symbol bullets.
PRIVATE_USE = "\ue000-\uf8ff"
# Word's Symbol and Wingdings bullets, mapped into the private-use block by PDF printers.
PRIVATE_BULLETS = "\uf0b7\uf0a7\uf0d8\uf076\uf0fc"
# Capital letters of the alphabets written with spaces: Latin (with its accented capitals,
# "EĞİTİM", "DOŚWIADCZENIE", "ȘCOALĂ"), Greek and Cyrillic.
CAPITALS = (
    "A-Z\u00c0-\u00d6\u00d8-\u00de"
    "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
    "\u0391-\u03a9\u0400-\u042f"
)
