"""The citizen web's rules: what citizens may see, their answers, and the settings."""
