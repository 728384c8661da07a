"""Section headings set deeper than their peers, lifted to the level of the sections.

A Word file may set "Employment History" in a smaller style than "Hobbies:" above it, and
"Education / Qualifications" smaller than "Skills": read by their levels, the jobs are a part
of the hobbies and the degrees a part of the skills. Jobs and studies are never a part of
another section; such a heading takes the level of the section it was set under.
"""

from __future__ import annotations

import re

from resume_chat.resume.kinds.classifier import WRAPPER, names_kind, section_kind
from resume_chat.resume.names.candidate import heading_level

# Kinds of section that stand on their own, never inside another kind, in the words that name
# them as a whole (not "Workshops", a kind of studies that may well sit under "Activities").
_MAIN = frozenset({"experience", "education"})
_WHOLE = re.compile(
    r"(?i)\b(experience|employment|work history|career|education|qualifications|studies)\b"
)


def lift_main_sections(lines: list[str]) -> list[str]:
    """Each heading naming jobs or studies, set deeper than the heading of another kind of
    section it follows, at that section's level; the headings under it follow it down."""
    out = list(lines)
    open_sections: list[tuple[int, str]] = []  # (level, kind) of the headings above, nested
    lifted: tuple[int, int] | None = None  # (from, to) levels while under a lifted heading
    for i, line in enumerate(lines):
        level = heading_level(line)
        if not level:
            continue
        title = line.split(" ", 1)[-1]
        if lifted and level > lifted[0]:
            continue  # an entry of the lifted section: it nests under it where it stands
        lifted = None
        while open_sections and open_sections[-1][0] >= level:
            open_sections.pop()
        kind = section_kind(title) if names_kind(title) else ""
        above = open_sections[0] if open_sections else None
        if (
            kind in _MAIN
            and _WHOLE.search(title)
            and above is not None
            and above[1] not in ("", kind)
            and not re.match(WRAPPER, title)
        ):
            lifted = (level, above[0])
            out[i] = "#" * above[0] + " " + title
            open_sections = [(above[0], kind)]
            continue
        if kind:
            open_sections.append((level, kind))
    return out
