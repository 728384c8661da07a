"""LaTeX resumes: the source parsed by pylatexenc, its layout read as sections and entries."""
