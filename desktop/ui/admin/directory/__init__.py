"""Admin mode: service areas, synonyms, technical FAQ and contacts."""
