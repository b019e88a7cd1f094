PRAGMA user_version = 4;
BEGIN TRANSACTION;
CREATE TABLE areas (name TEXT PRIMARY KEY, sort_order INTEGER NOT NULL, data TEXT NOT NULL);
INSERT INTO "areas" VALUES('Flytning',0,'{"name":"Flytning","description":null,"sort_order":0,"revision":1}');
CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, fetched_at TEXT NOT NULL);
CREATE TABLE contacts (id TEXT PRIMARY KEY, name TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE faq (id TEXT PRIMARY KEY, question TEXT NOT NULL, category TEXT, data TEXT NOT NULL);
CREATE TABLE favourites (guide_id TEXT PRIMARY KEY, added_at TEXT NOT NULL);
CREATE TABLE guides (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL,
    title TEXT NOT NULL,
    area TEXT NOT NULL,
    status TEXT NOT NULL,
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "guides" VALUES('melde-flytning',1,'Melde flytning','Flytning','published','{"title":"Melde flytning","area":"Flytning","synonyms":["flytte","adresseændring"],"situations":[],"search_terms_en":[],"guidance":["Meld flytning på borger.dk senest 5 dage efter, du er flyttet."],"self_service_url":"https://www.borger.dk/","steps":[{"title":"Log ind","text":"Log ind med MitID.","image":null,"fields":[{"label":"Flyttedato","note":"Den dag du flytter ind."}]}],"referral":[{"name":"Borgerservice","phone":null,"email":null,"url":null,"hours":null,"address":null,"note":"Ring, hvis du ikke har MitID."}],"status":"published","published_to_citizens":false,"sources":[],"last_checked":null,"id":"melde-flytning","municipality":"101","revision":1,"updated_at":"2026-12-06T01:46:42.471066Z","copied_from":null}','2026-12-06T01:46:42.471066+00:00');
INSERT INTO "guides" VALUES('sundhedskort',1,'Sundhedskort','Flytning','published','{"title":"Sundhedskort","area":"Flytning","synonyms":["flytte","adresseændring"],"situations":[],"search_terms_en":[],"guidance":["Meld flytning på borger.dk senest 5 dage efter, du er flyttet."],"self_service_url":"https://www.borger.dk/","steps":[{"title":"Log ind","text":"Log ind med MitID.","image":null,"fields":[{"label":"Flyttedato","note":"Den dag du flytter ind."}]}],"referral":[{"name":"Borgerservice","phone":null,"email":null,"url":null,"hours":null,"address":null,"note":"Ring, hvis du ikke har MitID."}],"status":"published","published_to_citizens":false,"sources":[],"last_checked":null,"id":"sundhedskort","municipality":"101","revision":1,"updated_at":"2026-12-06T01:46:42.503028Z","copied_from":null}','2026-12-06T01:46:42.503028+00:00');
INSERT INTO "guides" VALUES('navneaendring',1,'Navneaendring','Flytning','published','{"title":"Navneaendring","area":"Flytning","synonyms":["flytte","adresseændring"],"situations":[],"search_terms_en":[],"guidance":["Meld flytning på borger.dk senest 5 dage efter, du er flyttet."],"self_service_url":"https://www.borger.dk/","steps":[{"title":"Log ind","text":"Log ind med MitID.","image":null,"fields":[{"label":"Flyttedato","note":"Den dag du flytter ind."}]}],"referral":[{"name":"Borgerservice","phone":null,"email":null,"url":null,"hours":null,"address":null,"note":"Ring, hvis du ikke har MitID."}],"status":"published","published_to_citizens":false,"sources":[],"last_checked":null,"id":"navneaendring","municipality":"101","revision":1,"updated_at":"2026-12-06T01:46:42.508526Z","copied_from":null}','2026-12-06T01:46:42.508526+00:00');
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
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('sync_cursor','4');
INSERT INTO "meta" VALUES('sync_history','9036553eb3d2978d9f85fc2c0ac5ac42');
INSERT INTO "meta" VALUES('last_sync','2026-12-06T01:46:43.525191+00:00');
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
INSERT INTO "outbox" VALUES('198349a3-4e8c-47d3-9438-0481c88ea658','registration','{"id":"198349a3-4e8c-47d3-9438-0481c88ea658","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:20:00Z","ended_at":"2026-11-30T09:24:00Z","active_seconds":240,"guide_ids":["navneaendring"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}','2026-12-06T01:46:43.711457+00:00',0,'2026-12-06T01:46:43.711457+00:00',NULL,0);
INSERT INTO "outbox" VALUES('b28e81a2-de5a-41e1-aa92-b3ae7622ef3b','registration','{"id":"b28e81a2-de5a-41e1-aa92-b3ae7622ef3b","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:30:00Z","ended_at":"2026-11-30T09:34:00Z","active_seconds":240,"guide_ids":["melde-flytning"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}','2026-12-06T01:46:43.714495+00:00',0,'2026-12-06T01:46:43.714495+00:00',NULL,0);
INSERT INTO "outbox" VALUES('776947d5-10a3-43e9-b3c7-1f8567945867','registration','{"id":"776947d5-10a3-43e9-b3c7-1f8567945867","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:40:00Z","ended_at":"2026-11-30T09:44:00Z","active_seconds":240,"guide_ids":["sundhedskort"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}','2026-12-06T01:46:43.717924+00:00',0,'2026-12-06T01:46:43.717924+00:00',NULL,0);
INSERT INTO "outbox" VALUES('83493fa5-4d32-43b4-8f4d-e968cd274cc3','feedback','{"id":"83493fa5-4d32-43b4-8f4d-e968cd274cc3","guide_id":"sundhedskort","guide_revision":1,"kind":"outdated","text":"Fristen står forkert i trin 2.","created_at":"2026-12-06T01:46:43.725732Z"}','2026-12-06T01:46:43.726008+00:00',0,'2026-12-06T01:46:43.726008+00:00',NULL,0);
CREATE TABLE registration_log (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT NOT NULL,
    local_day TEXT NOT NULL,
    active_seconds INTEGER NOT NULL,
    payload TEXT NOT NULL
);
INSERT INTO "registration_log" VALUES('f7fb4106-228f-48a1-a7b3-23e695688a4b',1,0,'2026-11-30T09:04:00+00:00','2026-11-30',240,'{"id":"f7fb4106-228f-48a1-a7b3-23e695688a4b","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:00:00Z","ended_at":"2026-11-30T09:04:00Z","active_seconds":240,"guide_ids":["melde-flytning"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}');
INSERT INTO "registration_log" VALUES('ad2ad364-e347-4078-8e0d-7da63f301e6a',1,0,'2026-11-30T09:14:00+00:00','2026-11-30',240,'{"id":"ad2ad364-e347-4078-8e0d-7da63f301e6a","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:10:00Z","ended_at":"2026-11-30T09:14:00Z","active_seconds":240,"guide_ids":["sundhedskort"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}');
INSERT INTO "registration_log" VALUES('198349a3-4e8c-47d3-9438-0481c88ea658',1,0,'2026-11-30T09:24:00+00:00','2026-11-30',240,'{"id":"198349a3-4e8c-47d3-9438-0481c88ea658","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:20:00Z","ended_at":"2026-11-30T09:24:00Z","active_seconds":240,"guide_ids":["navneaendring"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}');
INSERT INTO "registration_log" VALUES('b28e81a2-de5a-41e1-aa92-b3ae7622ef3b',1,0,'2026-11-30T09:34:00+00:00','2026-11-30',240,'{"id":"b28e81a2-de5a-41e1-aa92-b3ae7622ef3b","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:30:00Z","ended_at":"2026-11-30T09:34:00Z","active_seconds":240,"guide_ids":["melde-flytning"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}');
INSERT INTO "registration_log" VALUES('776947d5-10a3-43e9-b3c7-1f8567945867',1,0,'2026-11-30T09:44:00+00:00','2026-11-30',240,'{"id":"776947d5-10a3-43e9-b3c7-1f8567945867","version":1,"deleted":false,"channel":"phone","location":"Borgerservice","started_at":"2026-11-30T09:40:00Z","ended_at":"2026-11-30T09:44:00Z","active_seconds":240,"guide_ids":["sundhedskort"],"area":"Flytning","outcome":"resolved","referral_target":null,"citizen_type":null,"stuck_solution":null,"messages_sent":0,"note":null,"manual":false}');
CREATE TABLE resync_seen (kind TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE running_contact (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    data TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE synonyms (term TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE usage (guide_id TEXT PRIMARY KEY, count INTEGER NOT NULL, last_used TEXT NOT NULL);
CREATE INDEX ix_guides_area ON guides (area, title);
CREATE INDEX ix_outbox_due ON outbox (rejected, next_attempt_at);
CREATE INDEX ix_registration_log_day ON registration_log (local_day);
CREATE INDEX ix_registration_log_finished ON registration_log (finished_at);
CREATE INDEX ix_messages_guide ON messages (guide_id, created_at);
CREATE INDEX ix_messages_status ON messages (status, created_at);
COMMIT;
