"""HTML (inside Markdown, from a Word file or reStructuredText) read as canonical Markdown."""
