"""A PDF's link annotations: the addresses a resume hides behind words ("GitHub" → its URL)."""

from __future__ import annotations

from typing import Any

_MAX_LINKS = 20
_OWN_SITES = 3  # front pages of sites that may be the owner's; more are the places worked at
_PROFILES = ("linkedin.", "github.", "gitlab.", "orcid.", "researchgate.", "behance.")


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
    most = 2 if _on_profiles(host) else 1
    return "?" not in path and len(segments) <= most and len(host) <= 60


def _bare(url: str) -> str:
    return (
        url.casefold()
        .removeprefix("https://")
        .removeprefix("http://")
        .removeprefix("www.")
        .rstrip("/")
    )


def _known_profile(url: str) -> bool:
    """A mail address, or a profile on a site of profiles."""
    host = url.split("://", 1)[1].split("/", 1)[0] if "://" in url else ""
    return not host or _on_profiles(host)


def _on_profiles(host: str) -> bool:
    return any(name in host for name in _PROFILES)


def hidden_links(links: list[str], text: str) -> list[str]:
    """The addresses worth a header line: not shown in the text (casefolded), and saying who.
    A few sites' front pages are the owner's own; many are the employers' and schools' behind
    their names (round376's moderncv CV links twenty), which say nothing of who."""
    found = [url for url in dict.fromkeys(links) if _bare(url) not in text and _profile(url)]
    sites = [url for url in found if not _known_profile(url)]
    many = len(sites) > _OWN_SITES
    return [url for url in found if not (many and url in sites)][:_MAX_LINKS]
