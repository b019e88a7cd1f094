-- Messages sent to citizens: the state the server reported, for the guide view and the
-- running contact. Never the recipient: phone numbers and e-mail addresses stay in memory.
CREATE TABLE messages (
    id TEXT PRIMARY KEY,
    guide_id TEXT,
    registration_id TEXT,
    channel TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_messages_guide ON messages (guide_id, created_at);
CREATE INDEX ix_messages_status ON messages (status, created_at);
