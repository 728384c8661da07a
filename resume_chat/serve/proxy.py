"""Who the client is behind a reverse proxy: X-Forwarded-For and Forwarded, from trusted
peers only."""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable, Sequence
from typing import Protocol

log = logging.getLogger("resume_chat.serve")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def parse_address(text: str) -> Address | None:
    """An IP address from a socket or a header hop (`[v6]:port`, `v4:port`), or None.

    An IPv4-mapped IPv6 address (a dual-stack socket's view of an IPv4 peer) is the IPv4 one.
    """
    text = text.strip().strip('"')
    if text.startswith("["):
        text = text[1 : text.find("]")] if "]" in text else ""
    elif text.count(":") == 1:  # IPv4 with a port; a bare IPv6 has two colons or more
        text = text.partition(":")[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def forwarded_for(header: str) -> list[str]:
    """The `for=` hops of RFC 7239 Forwarded header values, in order."""
    hops = []
    for element in header.split(","):
        for pair in element.split(";"):
            name, _, value = pair.strip().partition("=")
            if name.lower() == "for":
                hops.append(value.strip())
    return hops


class HeaderLists(Protocol):
    def get_all(self, key: str) -> list[str]: ...


class TrustedProxies:
    """The peers (CIDRs) whose forwarding headers are believed; nobody's by default."""

    def __init__(self, networks: Iterable[str]) -> None:
        self.networks = tuple(ipaddress.ip_network(cidr, strict=False) for cidr in networks)
        self._told_untrusted = False

    def trusts(self, address: Address | None) -> bool:
        return address is not None and any(
            address.version == network.version and address in network for network in self.networks
        )

    def client(
        self, peer: Address | None, x_forwarded_for: Sequence[str], forwarded: Sequence[str]
    ) -> Address | None:
        """The client's address: the peer's own unless it is a trusted proxy; then the
        right-most hop that is not a trusted proxy (hops to its left are the client's to
        write, so only the ones our proxies appended are believed).

        X-Forwarded-For, which Caddy, nginx, Traefik and HAProxy append to, wins over
        Forwarded; a hop that is not an address stops the walk at the last trusted one.
        """
        if not self.trusts(peer):
            return peer
        if x_forwarded_for:
            hops = [hop for value in x_forwarded_for for hop in value.split(",")]
        else:
            hops = [hop for value in forwarded for hop in forwarded_for(value)]
        client = peer
        for hop in reversed(hops):
            address = parse_address(hop)
            if address is None:
                break
            client = address
            if not self.trusts(address):
                break
        return client

    def client_of(self, peer: Address | None, headers: HeaderLists) -> Address | None:
        """`client()` from a request's headers; says once when an untrusted peer forwards."""
        forwarded = headers.get_all("X-Forwarded-For"), headers.get_all("Forwarded")
        if any(forwarded) and not self._told_untrusted and not self.trusts(peer):
            self._told_untrusted = True
            log.warning(
                "ignoring X-Forwarded-For/Forwarded from %s, which --trust-proxy does not "
                "list: every client behind it shares its per-address limits",
                peer,
            )
        return self.client(peer, *forwarded)
