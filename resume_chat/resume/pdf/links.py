"""A PDF's link annotations: the addresses a resume hides behind words ("GitHub" → its URL)."""

from __future__ import annotations

from typing import Any

_MAX_LINKS = 20


def page_links(page: Any) -> list[str]:
    """The web and mail addresses a page's link annotations point at."""
    found = []
    for annotation in page.get("/Annots") or []:
        target = annotation.get_object().get("/A") or {}
        uri = target.get_object().get("/URI") if hasattr(target, "get_object") else None
        if isinstance(uri, str) and uri.startswith(("http://", "https://", "mailto:")):
            found.append(uri.removeprefix("mailto:"))
    return found


def _profile(url: str) -> bool:
    """An address that says who: a mail address, a profile or a site's front page; not a
    paper's or a commit's deep link, which would bury the header under twenty of them."""
    if "://" not in url:
        return True  # a mail address
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    segments = [part for part in path.split("?")[0].split("/") if part]
    profiles = ("linkedin.", "github.", "gitlab.", "orcid.", "researchgate.", "behance.")
    most = 2 if any(name in host for name in profiles) else 1
    return "?" not in path and len(segments) <= most and len(host) <= 60


def _bare(url: str) -> str:
    return (
        url.casefold()
        .removeprefix("https://")
        .removeprefix("http://")
        .removeprefix("www.")
        .rstrip("/")
    )


def hidden_links(links: list[str], text: str) -> list[str]:
    """The addresses worth a header line: not shown in the text (casefolded), and saying who."""
    return [url for url in dict.fromkeys(links) if _bare(url) not in text and _profile(url)][
        :_MAX_LINKS
    ]
