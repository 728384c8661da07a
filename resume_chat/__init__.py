"""resume-chat: ask questions about one person's resume (Markdown, PDF, DOCX, JSON Resume, text)."""

__version__ = "0.1.0"
