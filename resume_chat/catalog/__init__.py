"""The endpoint's model catalog (`resume-chat models`): fetched, kept for a day, searched, shown.

`listing` reads the wire format (no I/O), `cache` keeps the raw list on disk, `fetch` asks the
endpoint and picks cache or network, and `view` is the terminal, pipe and JSON front-end.
"""
