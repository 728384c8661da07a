"""The deployment files: compose.yaml, the Caddyfile, the Dockerfile and the systemd unit say
what README's "Put it on your website" says, and the tools that can check them accept them."""

from __future__ import annotations

import ipaddress
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    document = yaml.safe_load((ROOT / "compose.yaml").read_text())
    assert isinstance(document, dict)
    return document


def test_compose_trusts_exactly_caddy_and_mounts_the_resume_read_only() -> None:
    services = compose()["services"]
    chat, caddy = services["resume-chat"], services["caddy"]
    command: list[str] = chat["command"]
    trusted = ipaddress.ip_network(command[command.index("--trust-proxy") + 1])
    caddy_address = ipaddress.ip_address(caddy["networks"]["web"]["ipv4_address"])
    assert trusted.num_addresses == 1
    assert caddy_address in trusted
    assert command[command.index("--allow-origin") + 1].startswith("${SITE_ORIGIN")
    assert "./resume.md:/resume/resume.md:ro" in chat["volumes"]
    assert "ports" not in chat  # only Caddy reaches serve
    assert {"80:80", "443:443"} <= set(caddy["ports"])
    assert caddy["depends_on"]["resume-chat"]["condition"] == "service_healthy"
    assert chat["read_only"] is True
    assert chat["cap_drop"] == ["ALL"]


def test_the_dockerfile_runs_serve_unprivileged_with_a_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text()
    assert "USER 10001:10001" in text
    assert "HEALTHCHECK" in text
    assert "http://127.0.0.1:8765/health" in text
    assert 'ENTRYPOINT ["resume-chat", "serve", "--host", "0.0.0.0"]' in text
    assert "uv sync --locked --no-dev" in text
    assert "RESUME_CHAT_RESUME=/resume/resume.md" in text


def test_the_caddyfile_is_valid() -> None:
    caddy = shutil.which("caddy")
    if caddy is None:
        pytest.skip("caddy is not installed (Debian: apt-get install caddy)")
    result = subprocess.run(
        [caddy, "validate", "--config", str(ROOT / "Caddyfile"), "--adapter", "caddyfile"],
        env={"CHAT_DOMAIN": "chat.example.com", "HOME": "/tmp", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Valid configuration" in result.stdout + result.stderr


def test_the_systemd_unit_verifies(tmp_path: Path) -> None:
    """systemd-analyze checks every option; the binary's path is the one thing swapped, since
    resume-chat is not installed at /usr/local/bin here."""
    analyze, true = shutil.which("systemd-analyze"), shutil.which("true")
    if analyze is None or true is None:
        pytest.skip("systemd-analyze is not installed")
    unit = (ROOT / "deploy" / "resume-chat.service").read_text()
    assert "/usr/local/bin/resume-chat serve" in unit
    copy = tmp_path / "resume-chat.service"
    copy.write_text(unit.replace("/usr/local/bin/resume-chat", true))
    result = subprocess.run(
        [analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60
    )
    problems = [
        line
        for line in result.stderr.splitlines()
        # The credential's source exists only on a machine set up as the README says.
        if line.strip() and "/etc/resume-chat" not in line
    ]
    assert result.returncode == 0, result.stderr
    assert not problems, result.stderr


def test_the_unit_is_hardened() -> None:
    unit = (ROOT / "deploy" / "resume-chat.service").read_text()
    for option in (
        "DynamicUser=yes",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=yes",
        "PrivateTmp=yes",
        "CapabilityBoundingSet=\n",
        "RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX",
        "SystemCallFilter=@system-service",
    ):
        assert option in unit
    assert "--trust-proxy 127.0.0.1/32" in unit
    assert "--allow-origin https://" in unit
