-- Local cache, first schema.
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE guides (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    area TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_guides_area ON guides (area, title);
CREATE TABLE faq (id TEXT PRIMARY KEY, question TEXT NOT NULL, category TEXT, data TEXT NOT NULL);
CREATE TABLE areas (name TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, data TEXT NOT NULL);
CREATE TABLE contacts (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE synonyms (term TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, fetched_at TEXT NOT NULL);
CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error TEXT,
    rejected INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_outbox_due ON outbox (rejected, next_attempt_at);
CREATE TABLE usage (guide_id TEXT PRIMARY KEY, count INTEGER NOT NULL, last_used TEXT NOT NULL);
CREATE TABLE favourites (guide_id TEXT PRIMARY KEY, added_at TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
