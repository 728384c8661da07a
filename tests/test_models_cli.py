"""End to end: the installed `resume-chat models` against a loopback `/models` endpoint."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pexpect
import pytest

COMMAND = str(Path(sys.executable).with_name("resume-chat"))
KEY = "sk-or-v1-" + "0123456789abcdef" * 4

# Out of order on purpose; prices are USD per token, as OpenRouter sends them.
MODELS: list[dict[str, Any]] = [
    {
        "id": "openai/gpt-5-mini",
        "name": "OpenAI: GPT-5 Mini",
        "context_length": 400000,
        "pricing": {"prompt": "0.00000025", "completion": "0.000002"},
    },
    {
        "id": "openrouter/auto",
        "name": "Auto Router",
        "context_length": 2000000,
        "pricing": {"prompt": "-1", "completion": "-1"},
    },
    {
        "id": "anthropic/claude-sonnet-4.5",
        "name": "Anthropic: Claude Sonnet 4.5",
        "context_length": 1000000,
        "pricing": {"prompt": "0.000003", "completion": "0.000015"},
    },
    {"id": "local/[bold]raw[/bold]", "object": "model", "owned_by": "me"},
    {
        "id": "meta-llama/llama-3.3-70b-instruct:free",
        "name": "Meta: Llama 3.3 70B Instruct (free)",
        "context_length": 131072,
        "pricing": {"prompt": "0", "completion": "0"},
    },
]
PIPED = (
    "anthropic/claude-sonnet-4.5\tAnthropic: Claude Sonnet 4.5\t1000000\t3.00\t15.00\n"
    "local/[bold]raw[/bold]\t-\t-\t-\t-\n"
    "meta-llama/llama-3.3-70b-instruct:free\tMeta: Llama 3.3 70B Instruct (free)\t131072"
    "\tfree\tfree\n"
    "openai/gpt-5-mini\tOpenAI: GPT-5 Mini\t400000\t0.25\t2.00\n"
    "openrouter/auto\tAuto Router\t2000000\tvaries\tvaries\n"
)


@dataclass
class Reply:
    status: int = 200
    body: bytes = field(default_factory=lambda: json.dumps({"data": MODELS}).encode())
    hang: bool = False  # send nothing until the test ends


class ModelsEndpoint:
    """A real HTTP server on a loopback socket that answers every GET with `reply`."""

    def __init__(self) -> None:
        self.reply = Reply()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.release = threading.Event()
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                headers = {name.lower(): value for name, value in self.headers.items()}
                endpoint.requests.append((self.path, headers))
                reply = endpoint.reply
                if reply.hang:
                    endpoint.release.wait(30)
                    return
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply.body)))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(reply.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self.base_url = f"http://127.0.0.1:{self._server.server_address[1]}/api/v1"

    def __enter__(self) -> ModelsEndpoint:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


@pytest.fixture
def endpoint() -> Iterator[ModelsEndpoint]:
    with ModelsEndpoint() as server:
        yield server


def environment(
    base_url: str, cache: Path, *, key: str | None = KEY, **extra: str
) -> dict[str, str]:
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(cache.parent),
        "LANG": "C.UTF-8",
        "OPENROUTER_BASE_URL": base_url,
        "RESUME_CHAT_CACHE_DIR": str(cache),
    }
    return env | ({"OPENROUTER_API_KEY": key} if key else {}) | extra


def models(
    base_url: str, tmp_path: Path, *args: str, key: str | None = KEY, **extra: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [COMMAND, "models", *args],
        capture_output=True,
        text=True,
        env=environment(base_url, tmp_path / "cache", key=key, **extra),
        cwd=tmp_path,
        timeout=60,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("resume-chat: ")
    assert words in result.stderr, result.stderr
    assert KEY not in result.stdout + result.stderr


def cache_files(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "cache").glob("models-*.json"))


def test_piped_output_is_tab_separated_and_sorted(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """Piped: one plain line per model, sorted by id; prices per million; the key is sent."""
    result = models(endpoint.base_url, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == PIPED
    assert "\x1b" not in result.stdout
    assert result.stderr == ""
    ((path, headers),) = endpoint.requests
    assert path == "/api/v1/models"
    assert headers["authorization"] == f"Bearer {KEY}"


def test_no_key_sends_no_authorization(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """Without a key the list is still fetched (it is public), with no Authorization header."""
    result = models(endpoint.base_url, tmp_path, key=None)
    assert result.returncode == 0, result.stderr
    assert result.stdout == PIPED
    ((_, headers),) = endpoint.requests
    assert "authorization" not in headers


@pytest.mark.parametrize(
    ("search", "ids"),
    [
        ("GPT", ["openai/gpt-5-mini"]),  # id, any case
        ("instruct (FREE)", ["meta-llama/llama-3.3-70b-instruct:free"]),  # name only
        ("IN", ["meta-llama/llama-3.3-70b-instruct:free", "openai/gpt-5-mini"]),
    ],
)
def test_search_filters_on_id_or_name(
    endpoint: ModelsEndpoint, tmp_path: Path, search: str, ids: list[str]
) -> None:
    """SEARCH keeps the models whose id or name contains it, ignoring case."""
    result = models(endpoint.base_url, tmp_path, search)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[0] for line in result.stdout.splitlines()] == ids


def test_search_matching_nothing_says_so(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """No match: nothing on stdout, one note on stderr, success."""
    result = models(endpoint.base_url, tmp_path, "no-such-model")
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr == "resume-chat: no model id or name contains 'no-such-model'.\n"


def test_json_prints_the_filtered_list(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """--json: the matching models with prices per million as numbers, null when not fixed."""
    result = models(endpoint.base_url, tmp_path, "--json", "A")
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [model["id"] for model in listed] == [
        "anthropic/claude-sonnet-4.5",
        "local/[bold]raw[/bold]",
        "meta-llama/llama-3.3-70b-instruct:free",
        "openai/gpt-5-mini",
        "openrouter/auto",
    ]
    by_id = {model["id"]: model for model in listed}
    assert by_id["openai/gpt-5-mini"] == {
        "id": "openai/gpt-5-mini",
        "name": "OpenAI: GPT-5 Mini",
        "context_length": 400000,
        "input_per_million": 0.25,
        "output_per_million": 2.0,
        "pricing": {"prompt": "0.00000025", "completion": "0.000002"},
    }
    assert by_id["meta-llama/llama-3.3-70b-instruct:free"]["input_per_million"] == 0.0
    assert by_id["openrouter/auto"]["output_per_million"] is None
    assert by_id["openrouter/auto"]["pricing"]["prompt"] == "-1"
    assert by_id["local/[bold]raw[/bold]"]["context_length"] is None
    only = json.loads(models(endpoint.base_url, tmp_path, "--json", "sonnet").stdout)
    assert [model["id"] for model in only] == ["anthropic/claude-sonnet-4.5"]


def test_terminal_shows_a_table(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """In a terminal: a table with headings, grouped context lengths and literal brackets."""
    child = pexpect.spawn(
        COMMAND,
        ["models"],
        env=environment(endpoint.base_url, tmp_path / "cache", TERM="xterm-256color"),
        cwd=str(tmp_path),
        dimensions=(40, 160),
        encoding="utf-8",
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    output = child.before or ""
    assert child.exitstatus == 0, output
    lines = [line.rstrip() for line in output.splitlines()]
    heading = next(line for line in lines if "Model" in line)
    for word in ("Name", "Context", "In $/M", "Out $/M"):
        assert word in heading
    row = next(line for line in lines if "openai/gpt-5-mini" in line)
    assert row.split()[-3:] == ["400,000", "0.25", "2.00"]
    assert next(line for line in lines if "openrouter/auto" in line).endswith("varies    varies")
    assert any("local/[bold]raw[/bold]" in line for line in lines)
    assert any("5 models, fetched now" in line for line in lines)
    assert "\t" not in output


def test_list_is_kept_for_a_day(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """The second run asks nothing; --refresh and a day-old entry fetch again."""
    assert models(endpoint.base_url, tmp_path).stdout == PIPED
    assert len(endpoint.requests) == 1
    second = models(endpoint.base_url, tmp_path, "gpt")
    assert second.stdout == "openai/gpt-5-mini\tOpenAI: GPT-5 Mini\t400000\t0.25\t2.00\n"
    assert len(endpoint.requests) == 1
    assert models(endpoint.base_url, tmp_path, "--refresh").stdout == PIPED
    assert len(endpoint.requests) == 2
    (kept,) = cache_files(tmp_path)
    almost = time.time() - 23 * 3600
    os.utime(kept, (almost, almost))
    assert models(endpoint.base_url, tmp_path).returncode == 0
    assert len(endpoint.requests) == 2
    expired = time.time() - 25 * 3600
    os.utime(kept, (expired, expired))
    assert models(endpoint.base_url, tmp_path).stdout == PIPED
    assert len(endpoint.requests) == 3


def test_cache_file_is_private_and_holds_no_key(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """The kept list is mode 0600 in a 0700 folder, without the key or the base URL."""
    assert models(endpoint.base_url, tmp_path).returncode == 0
    (kept,) = cache_files(tmp_path)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700
    text = kept.read_text()
    assert KEY not in text
    assert "127.0.0.1" not in text
    assert [entry["id"] for entry in json.loads(text)["data"]] == [m["id"] for m in MODELS]
    assert list(kept.parent.glob(".*")) == []  # no temporary file left behind


def test_cache_is_kept_per_base_url(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """Another endpoint's list is not this one's: each base URL has its own entry."""
    other = endpoint.base_url.replace("/api/v1", "/v1")
    assert models(endpoint.base_url, tmp_path).returncode == 0
    assert models(other, tmp_path).returncode == 0
    assert [path for path, _ in endpoint.requests] == ["/api/v1/models", "/v1/models"]
    assert len(cache_files(tmp_path)) == 2


def test_refused_key_is_one_line_without_the_key(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """A 401 whose message echoes the key: one line, exit 1, the key nowhere; nothing kept."""
    error = {"code": 401, "message": f"Invalid key {KEY}\n(sent as Bearer {KEY})"}
    endpoint.reply = Reply(status=401, body=json.dumps({"error": error}).encode())
    result = models(endpoint.base_url, tmp_path)
    assert_one_line_error(result, "The API key was refused (401: Invalid key")
    assert "check OPENROUTER_API_KEY" in result.stderr
    assert cache_files(tmp_path) == []


def test_server_failure_uses_the_project_sentence(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """A 503 reads like every other provider failure."""
    error = {"code": 503, "message": "No instances available"}
    endpoint.reply = Reply(status=503, body=json.dumps({"error": error}).encode())
    result = models(endpoint.base_url, tmp_path)
    assert_one_line_error(result, "The provider failed (503: No instances available)")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"<html>Welcome to nginx</html>", "not JSON"),
        (b'{"models": []}', 'no "data" list'),
        (b'{"data": [{"model": "x"}, 3]}', 'no entry in "data" has an "id"'),
        (b"[" * 100_000, "not JSON"),
    ],
)
def test_malformed_body_is_one_line(
    endpoint: ModelsEndpoint, tmp_path: Path, body: bytes, words: str
) -> None:
    """A body that is not a model list is one clear line, exit 1, and is not kept."""
    endpoint.reply = Reply(body=body)
    result = models(endpoint.base_url, tmp_path)
    assert_one_line_error(result, words)
    assert "did not answer with a model list" in result.stderr
    assert cache_files(tmp_path) == []


def test_unreachable_endpoint_is_one_line(tmp_path: Path) -> None:
    """Nothing listening on the port: one line naming the host, exit 1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = models(f"http://127.0.0.1:{port}/api/v1", tmp_path)
    assert_one_line_error(result, "Could not reach 127.0.0.1 (ConnectError)")


def test_silent_endpoint_times_out(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """An endpoint that never answers gives up after RESUME_CHAT_TIMEOUT, in one line."""
    endpoint.reply = Reply(hang=True)
    result = models(endpoint.base_url, tmp_path, RESUME_CHAT_TIMEOUT="1")
    assert_one_line_error(result, "No response from 127.0.0.1 for 1s")


def test_reader_going_away_is_quiet(endpoint: ModelsEndpoint, tmp_path: Path) -> None:
    """`models | head -n 1` on a long list: the first line, and no traceback."""
    many = [{"id": f"vendor/model-{n:05d}", "name": f"Model {n}"} for n in range(20_000)]
    endpoint.reply = Reply(body=json.dumps({"data": many}).encode())
    env = environment(endpoint.base_url, tmp_path / "cache")
    result = subprocess.run(
        ["sh", "-c", f"'{COMMAND}' models | head -n 1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.stdout == "vendor/model-00000\tModel 0\t-\t-\t-\n"
    assert result.stderr == ""
