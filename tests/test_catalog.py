"""The model catalog in-process: prices, entries, search, and the day cache on an injected clock."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from resume_chat.catalog import cache
from resume_chat.catalog.fetch import fetch, load
from resume_chat.catalog.listing import CatalogError, entries, matching, models_in, price_text
from resume_chat.settings import Secret, Settings

KEY = "sk-or-v1-" + "fedcba9876543210" * 4
BASE = "https://models.test/api/v1"


@pytest.mark.parametrize(
    ("price", "shown"),
    [
        ("0.00000025", "0.25"),
        ("0.000002", "2.00"),
        ("0.000015", "15.00"),
        ("0.0000001234", "0.1234"),
        ("0.00000000001", "<0.0001"),
        ("0.00006", "60.00"),
        ("0.0012", "1,200.00"),
        ("0", "free"),
        ("0.0", "free"),
        (0, "free"),
        ("-1", "varies"),
        (None, "-"),
        ("", "-"),
        ("n/a", "-"),
        ("NaN", "-"),
        (True, "-"),
        ({"per": "token"}, "-"),
    ],
)
def test_price_per_million(price: object, shown: str) -> None:
    """Per-token prices read as USD per million tokens; free, varies and unknown are words."""
    assert price_text(price) == shown


def test_entries_skip_what_has_no_id_and_sort_by_id() -> None:
    """Entries without a string id are skipped; odd fields become unknown, not errors."""
    data = [
        {"id": "z/model", "context_length": 8192.0},
        {"id": "a/model", "name": 3, "context_length": True, "pricing": "free"},
        {"name": "no id"},
        "text",
        {"id": "  "},
    ]
    listed = entries(data)
    assert [(m.id, m.name, m.context_length, m.prompt) for m in listed] == [
        ("a/model", "", None, None),
        ("z/model", "", 8192, None),
    ]


def test_search_ignores_case_on_id_and_name() -> None:
    models = entries(
        [{"id": "openai/gpt-5-mini", "name": "OpenAI: GPT-5 Mini"}, {"id": "x/y", "name": "Éclair"}]
    )
    assert [m.id for m in matching(models, "GPT")] == ["openai/gpt-5-mini"]
    assert [m.id for m in matching(models, "éCLAIR")] == ["x/y"]
    assert matching(models, None) == models
    assert matching(models, "nothing") == []


@pytest.mark.parametrize("payload", [[], {"data": {}}, {"data": [{"name": "x"}]}, "data"])
def test_body_that_is_no_model_list_is_refused(payload: object) -> None:
    with pytest.raises(CatalogError, match="did not answer with a model list"):
        models_in(payload, "models.test")


def test_empty_list_is_a_list() -> None:
    assert models_in({"data": []}, "models.test") == []


def test_load_keeps_the_list_for_a_day(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within a day the kept list answers; a day later, or with refresh, the endpoint does."""
    monkeypatch.setenv("RESUME_CHAT_CACHE_DIR", str(tmp_path))
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [{"id": f"m/{len(seen)}"}]})

    transport = httpx.MockTransport(answer)
    settings = Settings(api_key=Secret(KEY), base_url=BASE)
    assert not cache.entry(BASE).exists()
    first = load(settings, transport=transport)
    assert (first.data, first.age) == ([{"id": "m/1"}], None)
    assert seen[0].url == BASE + "/models"
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"
    written = cache.entry(BASE).stat().st_mtime
    kept = load(settings, transport=transport, now=lambda: written + 23 * 3600)
    assert (kept.data, kept.age) == ([{"id": "m/1"}], 23 * 3600)
    assert len(seen) == 1
    assert load(settings, transport=transport, now=lambda: written + 24 * 3600).data == [
        {"id": "m/2"}
    ]
    assert load(settings, refresh=True, transport=transport).data == [{"id": "m/3"}]
    assert len(seen) == 3
    assert KEY not in cache.entry(BASE).read_text()


def test_echoed_key_is_neither_kept_nor_returned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A list that repeats the key (a hostile or broken server) is cleaned before anything."""
    monkeypatch.setenv("RESUME_CHAT_CACHE_DIR", str(tmp_path))
    body = {"data": [{"id": "m/1", "name": f"key {KEY}", "extra": [{"deep": KEY}]}]}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    catalog = load(Settings(api_key=Secret(KEY), base_url=BASE), transport=transport)
    assert KEY not in json.dumps(catalog.data)
    assert KEY not in cache.entry(BASE).read_text()


def test_oversized_body_is_refused() -> None:
    """A body past the limit is refused, not read into memory whole."""
    body = json.dumps({"data": [{"id": f"m/{n}"} for n in range(200)]}).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with pytest.raises(CatalogError, match="the body passed 1,000 bytes"):
        fetch(Settings(base_url=BASE), transport=transport, max_body=1000)
    assert len(fetch(Settings(base_url=BASE), transport=transport, max_body=len(body))) == 200
