"""The one provider every session of `serve` shares, and the transport under it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_chat.resume import Resume
from resume_chat.settings import Settings

if TYPE_CHECKING:
    import httpx


class SharedProvider:
    """The one provider every session shares, over serve's upstream transport (httpx's client
    API over aiohttp's connections, proxies from the environment included).

    Sessions never close it themselves (ChatSession.aclose would close it for all); the
    server closes it at exit.
    """

    def __init__(self, settings: Settings, resume: Resume) -> None:
        from resume_chat.frontend import open_provider

        self.resume = resume
        transport: httpx.AsyncBaseTransport | None = None
        if not settings.use_offline:
            import httpx

            from resume_chat.serve.upstream import UpstreamTransport

            transport = UpstreamTransport(ssl_context=httpx.create_ssl_context())
        self.provider, self.model = open_provider(settings, resume, transport)

    async def aclose(self) -> None:
        await self.provider.aclose()
