"""Markdown resumes as people publish them: front matter, HTML, tables, fences, site tags."""
