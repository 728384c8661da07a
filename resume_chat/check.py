"""`resume-chat check`: how a resume was read, so its owner can fix it before going live."""

from __future__ import annotations

import json
from typing import Any

from resume_chat.answerer.outline import kind_of, outline, own_entries, root_parents
from resume_chat.resume import Resume, Section

# Kinds a recruiter asks about first; missing ones are worth a warning.
_EXPECTED = (
    ("experience", "no work experience found: name its section 'Experience'"),
    ("education", "no education found: name its section 'Education'"),
    ("skills", "no skills section found: list skills under 'Skills'"),
)


def _tree(sections: list[Section], parent: str | None = None) -> list[dict[str, Any]]:
    """Each section with its kind and the entries under it, its sub-sections' included; the
    top level (`parent` None) takes its kinds as the answerer's outline does."""
    parents = root_parents(sections) if parent is None else [parent] * len(sections)
    nodes = []
    for section, above in zip(sections, parents, strict=True):
        kind = kind_of(section, above)
        children = _tree(section.children, kind)
        count = len(own_entries(section, kind)) + sum(child["entries"] for child in children)
        nodes.append({"title": section.title, "kind": kind, "entries": count, "sections": children})
    return nodes


def report(resume: Resume) -> dict[str, Any]:
    """What was read: format, name, the section tree with kinds and entry counts, warnings."""
    entries = outline(resume)
    kinds = {entry.kind for entry in entries}
    warnings = list(resume.warnings)
    if not resume.name:
        warnings.append("the candidate's name was not found: put it first, as a '# Name' heading")
    warnings += [text for kind, text in _EXPECTED if kind not in kinds]
    if not resume.sections:
        warnings.append("no sections found: give each part a heading (Experience, Education…)")
    return {
        "path": str(resume.path),
        "format": resume.format,
        "name": resume.name,
        "characters": len(resume.markdown),
        "sections": _tree(resume.sections),
        "warnings": warnings,
    }


def _lines(nodes: list[dict[str, Any]], depth: int) -> list[str]:
    lines = []
    for node in nodes:
        title = ("  " * depth + node["title"])[:48]
        count = node["entries"]
        lines.append(f"  {title:<48} {node['kind']:<15} {count} entr{'y' if count == 1 else 'ies'}")
        lines += _lines(node["sections"], depth + 1)
    return lines


def render(data: dict[str, Any], as_json: bool) -> str:
    """The report as text for a person, or as one JSON object for a script."""
    if as_json:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    name = data["name"] or "(no name found)"
    lines = [f"{data['path']}: {data['format']}, {name}, {data['characters']:,} characters"]
    lines += _lines(data["sections"], 0)
    if data["warnings"]:
        lines.append("warnings:")
        lines += [f"  - {warning}" for warning in data["warnings"]]
    else:
        lines.append("no warnings")
    return "\n".join(lines) + "\n"
