-- The feedback this profile's account sent, as the server last reported it: the admin's
-- status (new, in_progress, resolved, rejected) and answer, shown to the agent after sync.
CREATE TABLE my_feedback (
    id TEXT PRIMARY KEY,
    guide_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    answer TEXT,
    created_at TEXT NOT NULL,
    answered_at TEXT,
    revision INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_my_feedback_guide ON my_feedback (guide_id, created_at);
