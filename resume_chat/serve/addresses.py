"""The server's own names: which origins are its own page, which Host headers name it.

Worked out from the addresses the listening sockets are bound to, never from a request's
Host header, which a DNS-rebinding page controls.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

from resume_chat.serve.proxy import Address


def is_local_address(address: Address) -> bool:
    """Whether one of this machine's interfaces has `address`: only then can a socket bind it.

    Asked afresh each time, so an address DHCP gives later counts too.
    """
    if address.is_multicast or address.is_unspecified:
        return False
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((str(address), 0))
        except OSError:
            return False
    return True


def _ip(name: str) -> Address | None:
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        return None


def _normal(name: str) -> str:
    """A host name lower-cased without a trailing dot; an IP address in its short form."""
    name = name.strip("[]").rstrip(".").lower()
    address = _ip(name)
    return str(address) if address is not None else name


class OwnAddresses:
    """`localhost`, the `--host` name, every address a listening socket is bound to and, for a
    wildcard bind (0.0.0.0, ::), every address of this machine in that family."""

    def __init__(
        self,
        host: str,
        port: int,
        bound: Iterable[Address],
        allow_origins: Iterable[str] = (),
        is_local: Callable[[Address], bool] = is_local_address,
    ) -> None:
        bound = list(bound)
        self.port = port
        self.names = {"localhost", *(_normal(host) for host in [host] if host)}
        self.names |= {str(address) for address in bound if not address.is_unspecified}
        self.wildcards = {address.version for address in bound if address.is_unspecified}
        self.allowed_hosts = {_normal(urlsplit(origin).hostname or "") for origin in allow_origins}
        self._is_local = is_local

    def is_own_name(self, name: str) -> bool:
        name = _normal(name)
        if name in self.names:
            return True
        address = _ip(name)
        return address is not None and address.version in self.wildcards and self._is_local(address)

    def is_own_origin(self, origin: str) -> bool:
        """Whether `origin` is this server's page: http, our port, one of our names."""
        parts = urlsplit(origin)
        try:
            port = parts.port or 80
        except ValueError:
            return False
        return (
            parts.scheme == "http"
            and port == self.port
            and not parts.path
            and parts.hostname is not None
            and self.is_own_name(parts.hostname)
        )

    def serves_host(self, host: str | None) -> bool:
        """Whether a Host header names this server (no header: not a browser, allowed)."""
        if host is None:
            return True
        try:
            name = urlsplit("//" + host).hostname
        except ValueError:
            return False
        if not name:
            return False
        return _normal(name) in self.allowed_hosts or self.is_own_name(name)
