-- Shared hotline: the cache holds the content of several municipalities (a hotline's own and
-- each member's), whose guides share ids. Every cached guide, area, FAQ entry, contact and
-- synonym group carries its municipality, keyed (municipality, id), and the pull cursor is kept
-- per municipality. Existing rows belong to the account's own municipality: the code every
-- cached guide names (a cache without guides gets '' and is claimed at the next sync).
CREATE TABLE meta_home AS
SELECT COALESCE(
    (SELECT json_extract(data, '$.municipality') FROM guides LIMIT 1), ''
) AS code;
INSERT INTO meta (key, value)
SELECT 'home_municipality', code FROM meta_home WHERE code <> '';
CREATE TABLE guides_0008 (
    municipality TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    area TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (municipality, id)
);
INSERT INTO guides_0008 (municipality, id, revision, title, area, status, data, updated_at)
SELECT COALESCE(json_extract(data, '$.municipality'), (SELECT code FROM meta_home)),
       id, revision, title, area, status, data, updated_at
FROM guides;
DROP TABLE guides;
ALTER TABLE guides_0008 RENAME TO guides;
CREATE INDEX ix_guides_area ON guides (municipality, area, title);
CREATE INDEX ix_guides_id ON guides (id);
CREATE TABLE faq_0008 (
    municipality TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL,
    question TEXT NOT NULL,
    category TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY (municipality, id)
);
INSERT INTO faq_0008 (municipality, id, question, category, data)
SELECT (SELECT code FROM meta_home), id, question, category, data FROM faq;
DROP TABLE faq;
ALTER TABLE faq_0008 RENAME TO faq;
CREATE TABLE areas_0008 (
    municipality TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    sort_order INTEGER NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (municipality, name)
);
INSERT INTO areas_0008 (municipality, name, sort_order, data)
SELECT (SELECT code FROM meta_home), name, sort_order, data FROM areas;
DROP TABLE areas;
ALTER TABLE areas_0008 RENAME TO areas;
CREATE TABLE contacts_0008 (
    municipality TEXT NOT NULL DEFAULT '',
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (municipality, id)
);
INSERT INTO contacts_0008 (municipality, id, name, data)
SELECT (SELECT code FROM meta_home), id, name, data FROM contacts;
DROP TABLE contacts;
ALTER TABLE contacts_0008 RENAME TO contacts;
CREATE TABLE synonyms_0008 (
    municipality TEXT NOT NULL DEFAULT '',
    term TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (municipality, term)
);
INSERT INTO synonyms_0008 (municipality, term, data)
SELECT (SELECT code FROM meta_home), term, data FROM synonyms;
DROP TABLE synonyms;
ALTER TABLE synonyms_0008 RENAME TO synonyms;
DROP TABLE resync_seen;
CREATE TABLE resync_seen (
    municipality TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (municipality, kind, key)
);
-- One cursor per municipality pulled: the server history it counts in, whether a full pull
-- flagged ``reset`` is under way, and the municipality's public address for citizens.
CREATE TABLE pull_cursors (
    municipality TEXT PRIMARY KEY,
    cursor INTEGER NOT NULL DEFAULT 0,
    history TEXT,
    resync INTEGER NOT NULL DEFAULT 0,
    public_base_url TEXT NOT NULL DEFAULT ''
);
INSERT INTO pull_cursors (municipality, cursor, history, resync, public_base_url)
SELECT (SELECT code FROM meta_home),
       CAST(value AS INTEGER),
       (SELECT value FROM meta WHERE key = 'sync_history'),
       CASE WHEN EXISTS (SELECT 1 FROM meta WHERE key = 'sync_resync') THEN 1 ELSE 0 END,
       COALESCE((SELECT value FROM meta WHERE key = 'public_base_url'), '')
FROM meta WHERE key = 'sync_cursor';
DELETE FROM meta WHERE key IN ('sync_cursor', 'sync_history', 'sync_resync', 'public_base_url');
-- A hotline's admitted members as the server last listed them (the caller picker offline).
CREATE TABLE hotline_members (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sender_name TEXT NOT NULL DEFAULT ''
);
DROP TABLE meta_home
