"""The guide editor, its screenshots with notes and redaction, history and merging."""
