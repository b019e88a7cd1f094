"""Screenshots as blobs addressed by sha256 (PNG, JPEG, WebP; size-limited)."""
