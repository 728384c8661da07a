"""The floor for streaming render: parse every event once, render the whole Markdown once."""

from __future__ import annotations

import json
import sys

import httpx
from rich.console import Console
from rich.markdown import Markdown

from resume_chat.openrouter.sse import SSEDecoder


def main(base_url: str) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "q"}], "stream": True}
    parts: list[str] = []
    decoder = SSEDecoder()
    with httpx.stream("POST", f"{base_url}/chat/completions", json=body, timeout=60) as response:
        for raw in response.iter_bytes():
            for data in decoder.feed(raw):
                if data == "[DONE]":
                    break
                for choice in json.loads(data).get("choices") or []:
                    parts.append(choice.get("delta", {}).get("content") or "")
    Console().print(Markdown("".join(parts)))


if __name__ == "__main__":
    main(sys.argv[1])
