"""The families of things a category word stands for, as resumes name their members: the
table behind `examples.py`, keyed by the category's word as written (stemmed on use), kept
in three tables by what the things are: tools, places and fields of work, and pastimes,
languages and personal matters."""

from __future__ import annotations

from resume_chat.answerer.families.life import LIFE
from resume_chat.answerer.families.tools import TOOLS
from resume_chat.answerer.families.work import WORK

FAMILIES: dict[str, str] = {**TOOLS, **WORK, **LIFE}

# Other words for a family: (the word, the family's key).
ALIASES: tuple[tuple[str, str], ...] = (
    ("databas", "database"),
    ("defens", "defence"),
    ("armed", "military"),  # "the armed forces"
    ("db", "database"),
    ("front-end", "frontend"),
    ("app", "mobile"),
    ("phon", "mobile"),  # "a phone app"
    ("smartphon", "mobile"),
    ("ios", "iphone"),
    ("crypto", "blockchain"),
    ("docker", "container"),
    ("infrastructure-as-code", "iac"),
    ("taught", "teach"),
    ("teacher", "teach"),
    ("lecture", "teach"),
    ("pharma", "pharmaceutical"),
    ("dron", "drone"),
    ("uav", "drone"),
    ("medical", "healthcare"),
    ("health", "healthcare"),
    ("hospital", "healthcare"),
    ("edit", "video"),
    ("pcb", "circuit"),
    ("child", "children"),
    ("farm", "farmer"),
    ("geospatial", "gis"),
    ("mapping", "gis"),
    ("attorney", "lawyer"),
    ("machine-learning", "machine"),
    ("law", "lawyer"),
    ("agricultur", "farmer"),
    ("kid", "children"),
    ("unmanned", "drone"),
    ("aerial", "drone"),
    ("cook", "kitchen"),
    ("feeling", "emotion"),
    ("arduino", "microcontroller"),
    ("video-gam", "game"),
    ("membership", "association"),
    ("home-improvement", "diy"),
    ("nordic", "scandinavian"),
    ("slavonic", "slavic"),
    ("sorority", "fraternity"),
    ("greek-letter", "fraternity"),
    ("self-paced", "mooc"),
    ("online", "mooc"),  # "online certificates": FreeCodeCamp's, Coursera's
    ("pay-per-click", "ppc"),
    ("cop", "police"),
    ("nvidia", "gpu"),
    ("un", "nation"),  # "a UN agency": UNICEF
    ("search-optimized", "search-optimised"),
    # Not "car": "care" stems alike ("home-care service"); `retrieval` adds the family for
    # "car" and "cars" as written.
    ("drama", "theatre"),
    ("theater", "theatre"),
    ("stage", "theatre"),
    ("drinking", "drink"),
    ("beverag", "drink"),
    ("lunar", "moon"),
    ("carmaker", "automotive"),
    ("automaker", "automotive"),
)
