"""What each section of a resume is about: the one classifier, and its words in many languages."""
