"""`resume-chat serve`: the chat core over a WebSocket, safe to put behind a personal website."""
