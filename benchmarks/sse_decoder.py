"""Our SSE decoder against httpx-sse's, on a real answer's stream and on a hostile one.

    uv run --with httpx-sse python benchmarks/sse_decoder.py

Prints a table: microseconds per event for a typical OpenRouter answer (one event per read,
and 4 KiB reads that cut events anywhere), and the time and peak memory to deal with a 40 MB
line that never ends (ours refuses it at 1 MiB; httpx-sse has no limit). The ratio column is
ours against httpx-sse, the floor for item 6 of issue #11. Without httpx-sse installed, only
our rows are printed.
"""

from __future__ import annotations

import json
import time
import tracemalloc
from collections.abc import Callable

from resume_chat.errors import OversizeEventError
from resume_chat.openrouter.sse import SSEDecoder

EVENTS = 2000
HOSTILE_BYTES = 40 * 1024 * 1024


def answer_stream() -> bytes:
    """An answer as OpenRouter streams it: keep-alives, then small content deltas."""
    base = {"id": "gen-1", "object": "chat.completion.chunk", "model": "openai/gpt-5-mini"}
    parts = [b": OPENROUTER PROCESSING\n\n"]
    for number in range(EVENTS):
        delta = {"content": f"word{number} — é\u2028 "}
        payload = {**base, "choices": [{"index": 0, "delta": delta}]}
        parts.append(f"data: {json.dumps(payload, ensure_ascii=False)}\n\n".encode())
    parts.append(b"data: [DONE]\n\n")
    return b"".join(parts)


def ours(reads: list[bytes]) -> int:
    decoder = SSEDecoder()
    return sum(len(decoder.feed(read)) for read in reads)


def theirs(reads: list[bytes]) -> int:
    import codecs

    from httpx_sse._decoders import SSEDecoder as TheirEvents
    from httpx_sse._decoders import SSELineDecoder

    utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
    lines, events, count = SSELineDecoder(), TheirEvents(), 0
    for read in reads:
        for line in lines.decode(utf8.decode(read)):
            if events.decode(line) is not None:
                count += 1
    return count


def per_event(decode: Callable[[list[bytes]], int], reads: list[bytes]) -> float:
    best = float("inf")
    for _ in range(7):
        started = time.perf_counter()
        count = decode(reads)
        best = min(best, time.perf_counter() - started)
    assert count == EVENTS + 1, count
    return best / count * 1e6


def hostile(decode: Callable[[list[bytes]], int]) -> tuple[float, float, str]:
    """Seconds and peak MiB to deal with a 40 MB line in 64 KiB reads."""
    reads = [b"data: "] + [b"x" * 65536] * (HOSTILE_BYTES // 65536)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        decode(reads)
        outcome = "buffered to the end"
    except OversizeEventError:
        outcome = "refused at 1 MiB"
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, outcome


def main() -> None:
    stream = answer_stream()
    cut = [stream[i : i + 4096] for i in range(0, len(stream), 4096)]
    whole = [event + b"\n\n" for event in stream.split(b"\n\n") if event]
    try:
        import httpx_sse  # noqa: F401

        decoders = {"ours": ours, "httpx-sse": theirs}
    except ImportError:
        decoders = {"ours": ours}
    print(f"{'case':<34} {'decoder':<10} {'result':>22} {'ours / httpx-sse':>17}")
    for case, reads in (("answer, one event per read", whole), ("answer, 4 KiB reads", cut)):
        results = {name: per_event(decode, reads) for name, decode in decoders.items()}
        for name, value in results.items():
            ratio = f"{results['ours'] / value:.2f}x" if "httpx-sse" in results else "-"
            shown = ratio if name == "httpx-sse" else ""
            print(f"{case:<34} {name:<10} {value:>17.2f} µs/ev {shown:>17}")
    for name, decode in decoders.items():
        seconds, peak, outcome = hostile(decode)
        case = "40 MB line, 64 KiB reads"
        print(f"{case:<34} {name:<10} {seconds:>8.3f}s {peak:>7.1f} MiB  {outcome}")


if __name__ == "__main__":
    main()
