"""`resume-chat history` and `resume-chat insights`: the kept conversations, read back."""
