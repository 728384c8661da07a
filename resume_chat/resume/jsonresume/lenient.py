"""What JSON Resume files in the wild get wrong that is still read: `null` for "not given",
plain strings where a section's list wants objects ("interests": ["chess"]), and a location
written as one string ("location": "Washington, D.C")."""

from __future__ import annotations

# The field a plain-text item of each list section stands for: "interests": ["chess"].
_ITEM_NAME = {
    "interests": "name",
    "skills": "name",
    "languages": "language",
    "awards": "title",
    "certificates": "name",
    "publications": "name",
    "projects": "name",
    "references": "reference",
    "work": "name",
    "volunteer": "organization",
    "education": "institution",
}


def named_items(data: dict[str, object]) -> tuple[dict[str, object], int]:
    """Plain strings made the objects the schema wants, and how many there were."""
    if "basics" not in data and "work" not in data:
        return data, 0  # not a JSON Resume with slips: a schema of its owner's own
    count = 0
    fixed = dict(data)
    for key, field in _ITEM_NAME.items():
        items = data.get(key)
        if isinstance(items, list) and any(isinstance(item, str) for item in items):
            count += sum(1 for item in items if isinstance(item, str))
            fixed[key] = [{field: item} if isinstance(item, str) else item for item in items]
    basics = data.get("basics")
    if isinstance(basics, dict) and isinstance(place := basics.get("location"), str):
        count += 1
        fixed["basics"] = {**basics, "location": {"city": place}}
    return fixed, count


def without_nulls(value: object, top: bool = True) -> object:
    """JSON `null` means "not given": drop it, so `"endDate": null` reads as an open end; so
    does a section given as `0`, `""` or `false` ("references": 0, an editor's "none")."""
    if isinstance(value, dict):
        return {
            key: without_nulls(item, top=False)
            for key, item in value.items()
            if item is not None and not (top and key != "basics" and item in (0, "", False))
        }
    if isinstance(value, list):
        return [without_nulls(item, top=False) for item in value if item is not None]
    return value


def from_early_draft(data: dict[str, object]) -> dict[str, object]:
    """JSON Resume's first draft kept the person under "bio", with "firstName" and
    "lastName", an e-mail and a phone per place ("personal", "work"), and profiles as a map
    of network to user name: read as the `basics` of today's schema."""
    bio = data.get("bio")
    if "basics" in data or not isinstance(bio, dict):
        return data
    basics: dict[str, object] = {}
    name = " ".join(str(bio[key]).strip() for key in ("firstName", "lastName") if bio.get(key))
    if name:
        basics["name"] = name
    for key in ("email", "phone"):
        value = bio.get(key)
        if isinstance(value, dict):  # {"work": "", "personal": "s@blei.in"}: the one given
            value = next((v for v in value.values() if isinstance(v, str) and v.strip()), None)
        if isinstance(value, str) and value.strip():
            basics[key] = value
    for key in ("label", "summary", "picture", "location"):
        if isinstance(bio.get(key), str | dict):
            basics[key] = bio[key]
    websites = bio.get("websites")
    if isinstance(websites, dict):
        basics["url"] = next((v for v in websites.values() if isinstance(v, str) and v), "")
    profiles = bio.get("profiles")
    if isinstance(profiles, dict):
        basics["profiles"] = [
            {"network": network, "username": user}
            for network, user in profiles.items()
            if isinstance(user, str)
        ]
    return {**{key: value for key, value in data.items() if key != "bio"}, "basics": basics}
