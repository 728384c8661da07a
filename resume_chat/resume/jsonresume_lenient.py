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


def without_nulls(value: object) -> object:
    """JSON `null` means "not given": drop it, so `"endDate": null` reads as an open end."""
    if isinstance(value, dict):
        return {key: without_nulls(item) for key, item in value.items() if item is not None}
    if isinstance(value, list):
        return [without_nulls(item) for item in value if item is not None]
    return value
