"""Server features, each with router (HTTP), service (rules) and repository (queries)."""
