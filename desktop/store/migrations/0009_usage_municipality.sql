-- Shared hotline: members' guides share ids (they all start from the starter library), so
-- local use and favourites are kept per (municipality, guide id): a hotline agent's favourite
-- of 101's "melde-flytning" is not 102's. Existing rows are the account's own municipality's
-- ('' while the cache does not know it yet: claimed at the next login, as the content is).
CREATE TABLE usage_0009 (
    municipality TEXT NOT NULL DEFAULT '',
    guide_id TEXT NOT NULL,
    count INTEGER NOT NULL,
    last_used TEXT NOT NULL,
    PRIMARY KEY (municipality, guide_id)
);
INSERT INTO usage_0009 (municipality, guide_id, count, last_used)
SELECT COALESCE((SELECT value FROM meta WHERE key = 'home_municipality'), ''),
       guide_id, count, last_used
FROM usage;
DROP TABLE usage;
ALTER TABLE usage_0009 RENAME TO usage;
CREATE TABLE favourites_0009 (
    municipality TEXT NOT NULL DEFAULT '',
    guide_id TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (municipality, guide_id)
);
INSERT INTO favourites_0009 (municipality, guide_id, added_at)
SELECT COALESCE((SELECT value FROM meta WHERE key = 'home_municipality'), ''),
       guide_id, added_at
FROM favourites;
DROP TABLE favourites;
ALTER TABLE favourites_0009 RENAME TO favourites
