"""Who the resume is about: the candidate's name and headline, wherever the resume sets them."""
