"""JSON resumes: JSON Resume checked against the official schema; JSON of an owner's own keys."""
