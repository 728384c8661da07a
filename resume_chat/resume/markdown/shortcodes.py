"""Site-generator tags in a Markdown page: Hugo shortcodes keep their words, Liquid and
kramdown's attribute lists go."""

from __future__ import annotations

import re

from resume_chat import patterns

# Bounded spans: an unclosed "{{<" or "{%" repeated through a 200 KB file must not make each
# match scan to the end (quadratic time); real tags are far shorter than these bounds.
_SHORTCODE = patterns.compile(r"\{\{[<%]\s*(/?)\s*[\w./-]+(.{0,1000}?)\s*[>%]\}\}", re.DOTALL)
_ATTRIBUTE = patterns.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
_QUIET_ATTRIBUTES = frozenset(
    {"icon", "src", "class", "width", "height", "id", "style", "link", "img", "image", "url"}
    | {"size", "ratio", "align", "position", "target", "lang", "color", "colour"}  # a layout's
)
# The Hugo Book theme's column break inside `{{< columns >}}`: a line of "<--->", no words.
_COLUMN_BREAK = patterns.compile(r"^[ \t]*<--->[ \t]*$", re.MULTILINE)
# `{% include certification.html name="Google Cloud Architect" img="…" %}`: its words stay.
_INCLUDE = patterns.compile(r"\{%-?\s*include\s+[\w./-]+(.{0,1000}?)-?%\}", re.DOTALL)
_LIQUID = patterns.compile(r"\{%.{0,300}?%\}|\{\{(?![<%]).{0,300}?\}\}", re.DOTALL)
# kramdown's attribute lists, on a line of their own or after a block's text: "{: .center }",
# "{:target="_blank"}", "{: #contact}".
_ATTRIBUTE_LIST = patterns.compile(r"[ \t]*\{:[^{}\n]{0,200}\}[ \t]*$", re.MULTILINE)


def shortcodes(text: str) -> str:
    """Hugo shortcodes keep their words: `{{< item header="CEA" badge="2023" >}}` → "CEA · 2023";
    Jekyll's Liquid tags (`{% for post in site.publications %}`) are template, not resume."""
    if "{:" in text:
        text = _ATTRIBUTE_LIST.sub("", text)
    if "{{" not in text and "{%" not in text:
        return text

    def values(attributes: str) -> str:
        found = [
            next(v for v in attribute.groups()[1:] if v is not None)
            for attribute in _ATTRIBUTE.finditer(attributes)
            if attribute.group(1).lower() not in _QUIET_ATTRIBUTES
        ]
        return " · ".join(value for value in found if value.strip())

    def words(found: re.Match[str]) -> str:
        return "" if found.group(1) else values(found.group(2))

    text = _COLUMN_BREAK.sub("", text) if "<--->" in text else text
    text = _INCLUDE.sub(lambda found: values(found.group(1)) + "\n\n", text)
    return _LIQUID.sub("", _SHORTCODE.sub(words, text))
