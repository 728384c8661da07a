"""resume-chat: ask questions about one person's Markdown resume."""

__version__ = "0.1.0"
