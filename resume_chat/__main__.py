"""Allow `python -m resume_chat`."""

from resume_chat.cli import main

main()
