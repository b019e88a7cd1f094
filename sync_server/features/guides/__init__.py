"""A municipality's own guides: list, read, write with revisions, delete, history."""
