"""Behind a proxy: the client's address from trusted forwarding headers only, limits per
address, and the server's own origins from the addresses it listens on."""

from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from websockets.asyncio.client import connect

from resume_chat.serve.addresses import OwnAddresses
from resume_chat.serve.proxy import TrustedProxies, parse_address
from resume_chat.serve.visitors import VisitorLimits, address_key
from tests.serve_client import client, http_request, raw_exchange, receive, running
from tests.standin import StandIn
from tests.test_serve_handshake import refused_status


@pytest.mark.parametrize(
    ("peer", "x_forwarded_for", "forwarded", "client"),
    [
        ("10.0.0.2", ["203.0.113.9"], [], "203.0.113.9"),
        # Hops left of the first untrusted one are the client's to write: never believed.
        ("10.0.0.2", ["6.6.6.6, 203.0.113.9, 10.0.0.7"], [], "203.0.113.9"),
        ("10.0.0.2", ["6.6.6.6", "203.0.113.9"], [], "203.0.113.9"),
        ("198.51.100.4", ["203.0.113.9"], [], "198.51.100.4"),  # not a trusted peer
        ("10.0.0.2", [], ['for=6.6.6.6, for="[2001:db8::17]:4711";proto=https'], "2001:db8::17"),
        ("10.0.0.2", ["203.0.113.9:5555"], ["for=6.6.6.6"], "203.0.113.9"),
        ("10.0.0.2", ["unknown"], [], "10.0.0.2"),
        ("10.0.0.2", ["10.0.0.8"], [], "10.0.0.8"),  # every hop trusted: the left-most
        ("::ffff:10.0.0.2", ["203.0.113.9"], [], "203.0.113.9"),
    ],
)
def test_client_is_the_right_most_untrusted_hop(
    peer: str, x_forwarded_for: list[str], forwarded: list[str], client: str
) -> None:
    proxies = TrustedProxies(["10.0.0.0/8"])
    found = proxies.client(parse_address(peer), x_forwarded_for, forwarded)
    assert str(found) == client


def test_address_keys_group_an_ipv6_host_and_exempt_loopback() -> None:
    """An IPv6 visitor is their /64; loopback (this machine) is not counted."""
    assert address_key(parse_address("2001:db8:1:2::5")) == "2001:db8:1:2::/64"
    assert address_key(parse_address("2001:db8:1:2:ffff::9")) == "2001:db8:1:2::/64"
    assert address_key(parse_address("203.0.113.9")) == "203.0.113.9"
    assert address_key(parse_address("127.0.0.1")) is None
    assert address_key(None) is None


def test_visitor_limits_count_connections_and_forget_idle_addresses() -> None:
    """A full address is refused until one connection leaves; idle ones are swept."""
    now = [0.0]
    visitors = VisitorLimits(2, 5, clock=lambda: now[0])
    assert visitors.connect("a")
    assert visitors.connect("a")
    assert not visitors.connect("a")
    visitors.disconnect("a")
    assert visitors.connect("a")
    assert visitors.connect(None)  # exempt
    for number in range(3000):
        now[0] = 0.0 if number < 1500 else 120.0  # the first 1500 are idle for two minutes
        visitors.connect(str(number))
        visitors.disconnect(str(number))
    assert len(visitors) < 2000
    assert not visitors.connect("a")  # still connected twice: never swept


def test_own_addresses_of_a_wildcard_bind_are_the_machines() -> None:
    """Bound to 0.0.0.0, any local IPv4 address on our port is our page; names are not."""
    local = {ipaddress.ip_address("192.0.2.7"), ipaddress.ip_address("127.0.0.1")}
    own = OwnAddresses(
        "0.0.0.0",
        8765,
        [ipaddress.ip_address("0.0.0.0")],
        ["https://me.example"],
        is_local=lambda address: address in local,
    )
    assert own.is_own_origin("http://127.0.0.1:8765")
    assert own.is_own_origin("http://192.0.2.7:8765")
    assert own.is_own_origin("http://localhost:8765")
    assert not own.is_own_origin("http://192.0.2.8:8765")  # not ours
    assert not own.is_own_origin("http://192.0.2.7:8766")  # another port
    assert not own.is_own_origin("https://192.0.2.7:8765")
    assert not own.is_own_origin("http://[::1]:8765")  # an IPv4 bind does not answer it
    assert own.serves_host("192.0.2.7:8765")
    assert own.serves_host("me.example")
    assert not own.serves_host("evil.example:8765")


async def test_a_wildcard_bind_accepts_its_page_through_loopback() -> None:
    """With --host 0.0.0.0 the page at http://127.0.0.1:PORT connects (before: 403)."""
    with StandIn() as standin:
        async with running(standin, host="0.0.0.0") as chat:
            url = f"ws://127.0.0.1:{chat.port}/ws"
            for origin in (f"http://127.0.0.1:{chat.port}", f"http://localhost:{chat.port}"):
                async with connect(url, origin=origin) as websocket:  # type: ignore[arg-type]
                    assert (await receive(websocket))["type"] == "session"
            foreign = await refused_status(url, origin="https://evil.example")
            page = await raw_exchange(chat.port, http_request("GET", "/", host="127.0.0.1"))
    assert foreign == 403
    assert page[0] == 200


def forwarded_as(address: str) -> dict[str, Any]:
    return {"additional_headers": {"X-Forwarded-For": address}}


async def test_connections_per_address_count_the_forwarded_client() -> None:
    """Behind a trusted proxy each visitor has their own connection limit (429 past it)."""
    with StandIn() as standin:
        limits: dict[str, Any] = {
            "trust_proxy": ("127.0.0.0/8",),
            "max_connections_per_address": 2,
        }
        async with running(standin, **limits) as chat:
            url = f"ws://127.0.0.1:{chat.port}/ws"
            async with (
                client(chat, **forwarded_as("203.0.113.9")),
                client(chat, **forwarded_as("203.0.113.9")),
            ):
                third = await refused_status(url, **forwarded_as("203.0.113.9"))
                async with client(chat, **forwarded_as("198.51.100.4")) as other:
                    assert other.started["type"] == "session"
            async with client(chat, **forwarded_as("203.0.113.9")) as later:
                assert later.started["type"] == "session"
    assert third == 429


async def test_forwarded_headers_from_an_untrusted_peer_are_ignored() -> None:
    """Without --trust-proxy, X-Forwarded-For names nobody: loopback stays exempt."""
    with StandIn() as standin:
        async with (
            running(standin, max_connections_per_address=1) as chat,
            client(chat, **forwarded_as("203.0.113.9")),
            client(chat, **forwarded_as("203.0.113.9")) as second,
        ):
            assert second.started["type"] == "session"


async def test_questions_per_minute_per_address_span_reconnections() -> None:
    """A visitor who reconnects keeps their count; another visitor is answered."""
    with StandIn() as standin:
        limits: dict[str, Any] = {
            "trust_proxy": ("127.0.0.1/32",),
            "questions_per_minute_per_address": 2,
        }
        async with running(standin, **limits) as chat:
            finals = []
            for _ in range(3):
                async with client(chat, **forwarded_as("203.0.113.9")) as session:
                    finals.append((await session.ask("Again?"))[1])
            async with client(chat, **forwarded_as("198.51.100.4")) as other:
                _, answered = await other.ask("Mine?")
    assert [final["type"] for final in finals] == ["answer", "answer", "error"]
    assert finals[2]["code"] == "too_many_questions"
    assert answered["type"] == "answer"


async def test_visitor_hash_follows_the_forwarded_address() -> None:
    """The `user` sent upstream is the proxied client's hash, not the proxy's."""
    with StandIn() as standin:
        async with running(standin, trust_proxy=("127.0.0.1",)) as chat:
            for address in ("203.0.113.9", "198.51.100.4", "203.0.113.9"):
                async with client(chat, **forwarded_as(address)) as session:
                    await session.ask("Who?")
    users = [request.body["user"] for request in standin.requests if request.body]
    assert users[0] == users[2] != users[1]
