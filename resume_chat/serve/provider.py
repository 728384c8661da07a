"""The one provider every session of `serve` shares, and the transport under it."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from resume_chat.resume import Resume
from resume_chat.settings import Settings

if TYPE_CHECKING:
    import httpx

# Idle keep-alive connections kept to the provider: enough for a burst of answers to start
# without a new TCP (and TLS) handshake each; every one costs a socket and a few KB.
UPSTREAM_IDLE_CONNECTIONS = 256


class SharedProvider:
    """The one provider every session shares, over serve's own upstream transport (httpx's
    when the environment names a proxy for the endpoint).

    Sessions never close it themselves (ChatSession.aclose would close it for all); the
    server closes it at exit.
    """

    def __init__(self, settings: Settings, resume: Resume) -> None:
        from resume_chat.frontend import open_provider

        self.resume = resume
        transport: httpx.AsyncBaseTransport | None = None
        if not settings.use_offline and not _proxied(settings.base_url):
            import httpx

            from resume_chat.serve.upstream import UpstreamTransport

            transport = UpstreamTransport(
                ssl_context=httpx.create_ssl_context(), max_idle=UPSTREAM_IDLE_CONNECTIONS
            )
        self.provider, self.model = open_provider(settings, resume, transport)

    async def aclose(self) -> None:
        await self.provider.aclose()


def _proxied(url: str) -> bool:
    """Whether the environment sends requests for `url` through a proxy (httpx's transport
    honours HTTPS_PROXY and friends; serve's own does not speak to proxies)."""
    from urllib.request import getproxies_environment, proxy_bypass

    parts = urlsplit(url)
    proxies = getproxies_environment()
    return bool(proxies.get(parts.scheme) or proxies.get("all")) and not (
        proxy_bypass(parts.hostname or "")
    )
