"""Word .docx resumes: the zip bounded, mammoth's document read as the page shows it."""
