-- An administrator's edit in progress (the guide editor autosaves here): survives a crash, a
-- restart and the network going away. ``body`` is the editor's GuideWrite as JSON, ``send``
-- is the status the admin asked for ("draft"/"published") while the server could not be
-- reached, NULL while only typing. Removed when the server has taken the edit.
CREATE TABLE admin_drafts (
    key TEXT PRIMARY KEY,
    guide_id TEXT,
    title TEXT NOT NULL DEFAULT '',
    base_revision INTEGER,
    body TEXT NOT NULL,
    send TEXT,
    saved_at TEXT NOT NULL
);
