"""A model list as the endpoint sends it, read into entries; searching and prices. No I/O.

OpenRouter's `GET /models` answers `{"data": [{"id", "name", "context_length", "pricing":
{"prompt", "completion"}, …}]}` with prices in USD per token as decimal strings, "0" for free
models and "-1" for routers whose price depends on the model they pick. Other
OpenAI-compatible servers (Ollama, vLLM, LM Studio) send only `id` (and `object`, `owned_by`),
so every other field may be missing.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from resume_chat.errors import ProviderError

PER_MILLION = Decimal(1_000_000)
_SMALLEST = Decimal("0.0001")  # dollars per million shown to four places at most


class CatalogError(ProviderError):
    """The endpoint answered, but not with a model list."""

    code = "bad_model_list"


class ModelEntry(NamedTuple):
    """One model: its id, display name, context window and per-token prices as sent."""

    id: str
    name: str
    context_length: int | None
    prompt: Any  # the per-token price as sent: usually a decimal string
    completion: Any

    def as_json(self) -> dict[str, Any]:
        """For `--json`: prices per million tokens as numbers (null when unknown or variable)."""
        return {
            "id": self.id,
            "name": self.name,
            "context_length": self.context_length,
            "input_per_million": _number(per_million(self.prompt)),
            "output_per_million": _number(per_million(self.completion)),
            "pricing": {"prompt": self.prompt, "completion": self.completion},
        }


def not_a_list(host: str, why: str) -> CatalogError:
    return CatalogError(
        f"{host} did not answer with a model list ({why}); check OPENROUTER_BASE_URL."
    )


def models_in(payload: Any, host: str) -> list[Any]:
    """The raw `data` list of a decoded body, or CatalogError when the body is no model list."""
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, list):
        raise not_a_list(host, 'no "data" list')
    if data and not any(_entry(item) for item in data):
        raise not_a_list(host, 'no entry in "data" has an "id"')
    return data


def entries(data: list[Any]) -> list[ModelEntry]:
    """Every usable entry, sorted by id; an entry without a string id is skipped."""
    found = [entry for entry in map(_entry, data) if entry is not None]
    return sorted(found, key=lambda entry: entry.id)


def matching(models: list[ModelEntry], search: str | None) -> list[ModelEntry]:
    """The models whose id or name contains `search`, ignoring case; all of them without one."""
    if not search:
        return models
    needle = search.casefold()
    return [m for m in models if needle in m.id.casefold() or needle in m.name.casefold()]


def per_million(price: Any) -> Decimal | None:
    """USD per million tokens from a per-token price; None when missing or not a number."""
    if price is None or isinstance(price, bool) or not isinstance(price, str | int | float):
        return None
    try:
        value = Decimal(str(price).strip())
    except InvalidOperation:
        return None
    return value * PER_MILLION if value.is_finite() else None


def price_text(price: Any) -> str:
    """A price per million tokens as shown: `0.25`, `2.00`, `free`, `varies` or `-`."""
    value = per_million(price)
    if value is None:
        return "-"
    if value < 0:
        return "varies"  # OpenRouter's "-1": the router's price is that of the model it picks
    if value == 0:
        return "free"
    if value < _SMALLEST:
        return f"<{_SMALLEST}"
    text = f"{value.quantize(_SMALLEST):,f}".rstrip("0")
    whole, _, cents = text.partition(".")
    return f"{whole}.{cents.ljust(2, '0')}"


def context_text(context_length: int | None, *, grouped: bool) -> str:
    if context_length is None:
        return "-"
    return f"{context_length:,}" if grouped else str(context_length)


def _entry(item: Any) -> ModelEntry | None:
    if not isinstance(item, dict):
        return None
    model_id = item.get("id")
    if not isinstance(model_id, str) or not model_id.strip():
        return None
    name = item.get("name")
    pricing = item.get("pricing")
    pricing = pricing if isinstance(pricing, dict) else {}
    return ModelEntry(
        id=model_id.strip(),
        name=name.strip() if isinstance(name, str) else "",
        context_length=_count(item.get("context_length")),
        prompt=pricing.get("prompt"),
        completion=pricing.get("completion"),
    )


def _count(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not value.is_integer():
        return None
    return int(value) if value > 0 else None


def _number(value: Decimal | None) -> float | None:
    return float(value) if value is not None and value >= 0 else None
