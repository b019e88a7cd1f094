-- Search terms the municipality's staff taught its guides, learned from the anonymous search
-- log on the server: the last batch of each pull replaces the list. ``terms`` is a JSON list
-- of the guide's learned terms. The search log itself waits in the outbox (kind "search")
-- until the server has it.
CREATE TABLE learned_terms (
    guide_id TEXT PRIMARY KEY,
    terms TEXT NOT NULL
);
