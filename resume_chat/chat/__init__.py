"""The chat front-end: the REPL, its slash commands, its prompt and its welcome."""
