"""PDF resumes: text runs placed on the page, read into columns, lines and headings."""
