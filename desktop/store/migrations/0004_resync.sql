-- A full pull after the server's history changed (a restored backup, a new server): the keys
-- each batch delivered, so the last batch can drop what the server no longer has.
CREATE TABLE resync_seen (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key));
