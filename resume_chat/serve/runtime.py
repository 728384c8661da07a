"""How the `serve` process runs: its log lines and a heap settled for steady latency."""

from __future__ import annotations

import logging
import sys

# Allocations between young-generation collections (Python's default is 700); see settle_heap.
GC_YOUNG_THRESHOLD = 20_000


def settle_heap() -> None:
    """Keep the garbage collector's pauses out of the answers' latency.

    With 1000 sessions open, a full collection walked every object the process had and
    stopped the event loop for ~100 ms. Objects made at start-up (modules, schemas, the
    resume) are frozen out of every collection, and the young generation is collected less
    often, so the older generations, which are slow to walk, fill up rarely.
    """
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 50, 1000)


def serve_logging(verbose: bool) -> None:
    """One INFO line per connection and per answer to stderr; -v adds the core's debug log."""
    from resume_chat.frontend import configure_logging

    configure_logging(verbose)
    if verbose:
        return
    from resume_chat.redact import RedactingFormatter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactingFormatter("resume-chat: %(asctime)s %(message)s"))
    logger = logging.getLogger("resume_chat.serve")
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
