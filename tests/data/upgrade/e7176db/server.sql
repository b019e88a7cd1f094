PRAGMA user_version = 0;
BEGIN TRANSACTION;
CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	username VARCHAR(100) NOT NULL, 
	display_name VARCHAR(200) NOT NULL, 
	role VARCHAR(20) NOT NULL, 
	password_hash VARCHAR(300) NOT NULL, 
	pseudonym VARCHAR(40) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_accounts PRIMARY KEY (id), 
	CONSTRAINT fk_accounts_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_accounts_municipality_id UNIQUE (municipality_id, username), 
	CONSTRAINT uq_accounts_pseudonym UNIQUE (pseudonym)
);
INSERT INTO "accounts" VALUES(1,1,'agent','Anne Agent','agent','$argon2id$v=19$m=19456,t=2,p=1$q2rYivFSN045AAC+p2ytWA$Vv4cOzdn8TvfKH6gviZCzoBkpDmPmkArST+a6Q8D+Ps','m-969ecc5aea9d9897',1,'2026-12-06 01:46:42.299432');
INSERT INTO "accounts" VALUES(2,1,'admin','Admin 101','admin','$argon2id$v=19$m=19456,t=2,p=1$q2rYivFSN045AAC+p2ytWA$Vv4cOzdn8TvfKH6gviZCzoBkpDmPmkArST+a6Q8D+Ps','m-f2fa04f923d6438b',1,'2026-12-06 01:46:42.317408');
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005');
CREATE TABLE blob_owners (
	sha256 VARCHAR(64) NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_blob_owners PRIMARY KEY (sha256, municipality_id), 
	CONSTRAINT fk_blob_owners_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT fk_blob_owners_sha256_blobs FOREIGN KEY(sha256) REFERENCES blobs (sha256)
);
CREATE TABLE blob_refs (
	municipality_id INTEGER NOT NULL, 
	guide_key VARCHAR(200) NOT NULL, 
	sha256 VARCHAR(64) NOT NULL, 
	CONSTRAINT pk_blob_refs PRIMARY KEY (municipality_id, guide_key, sha256), 
	CONSTRAINT fk_blob_refs_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id)
);
CREATE TABLE blobs (
	sha256 VARCHAR(64) NOT NULL, 
	content_type VARCHAR(50) NOT NULL, 
	size INTEGER NOT NULL, 
	data BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_blobs PRIMARY KEY (sha256)
);
CREATE TABLE content (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	revision INTEGER NOT NULL, 
	change_seq BIGINT NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	status VARCHAR(20), 
	area VARCHAR(200), 
	published_to_citizens BOOLEAN NOT NULL, 
	search_text TEXT NOT NULL, 
	data JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	deleted_at DATETIME, 
	CONSTRAINT pk_content PRIMARY KEY (id), 
	CONSTRAINT fk_content_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_content_municipality_id UNIQUE (municipality_id, kind, "key")
);
INSERT INTO "content" VALUES(1,1,'guide','melde-flytning',1,1,'Melde flytning','published','Flytning',0,'melde flytning flytning flytte adresseaendring','{"title": "Melde flytning", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','2026-12-06 01:46:42.471066','2026-12-06 01:46:42.471066',NULL);
INSERT INTO "content" VALUES(2,1,'area','Flytning',1,2,'Flytning',NULL,NULL,0,'flytning','{"name": "Flytning", "description": null, "sort_order": 0}','2026-12-06 01:46:42.493962','2026-12-06 01:46:42.493962',NULL);
INSERT INTO "content" VALUES(3,1,'guide','sundhedskort',1,3,'Sundhedskort','published','Flytning',0,'sundhedskort flytning flytte adresseaendring','{"title": "Sundhedskort", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','2026-12-06 01:46:42.503028','2026-12-06 01:46:42.503028',NULL);
INSERT INTO "content" VALUES(4,1,'guide','navneaendring',1,4,'Navneaendring','published','Flytning',0,'navneaendring flytning flytte adresseaendring','{"title": "Navneaendring", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','2026-12-06 01:46:42.508526','2026-12-06 01:46:42.508526',NULL);
CREATE TABLE feedback (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	uuid VARCHAR(36) NOT NULL, 
	guide_key VARCHAR(200) NOT NULL, 
	guide_revision INTEGER, 
	kind VARCHAR(20) NOT NULL, 
	text TEXT NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	answer TEXT, 
	revision INTEGER NOT NULL, 
	author VARCHAR(40) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_feedback PRIMARY KEY (id), 
	CONSTRAINT fk_feedback_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_feedback_municipality_id UNIQUE (municipality_id, uuid)
);
CREATE TABLE login_attempts (
	"key" VARCHAR(200) NOT NULL, 
	window_start DATETIME NOT NULL, 
	failures INTEGER NOT NULL, 
	pending INTEGER NOT NULL, 
	CONSTRAINT pk_login_attempts PRIMARY KEY ("key")
);
INSERT INTO "login_attempts" VALUES('acct:c37aa6ec4931d603fffe434674015a2da62cbc7f','2026-12-06 01:46:42.767363',0,0);
CREATE TABLE message_templates (
	municipality_id INTEGER NOT NULL, 
	data JSON NOT NULL, 
	revision INTEGER NOT NULL, 
	updated_by VARCHAR(40) NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_message_templates PRIMARY KEY (municipality_id), 
	CONSTRAINT fk_message_templates_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id)
);
CREATE TABLE messages (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	uuid VARCHAR(36) NOT NULL, 
	staff VARCHAR(40) NOT NULL, 
	guide_key VARCHAR(200), 
	registration_uuid VARCHAR(36), 
	channel VARCHAR(10) NOT NULL, 
	provider VARCHAR(20) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	reason VARCHAR(500), 
	sms_parts INTEGER, 
	provider_ref VARCHAR(100), 
	recipient VARCHAR(320), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	CONSTRAINT pk_messages PRIMARY KEY (id), 
	CONSTRAINT fk_messages_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_messages_municipality_id UNIQUE (municipality_id, uuid)
);
CREATE TABLE "municipalities" (
	id INTEGER NOT NULL, 
	code VARCHAR(3) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	change_seq BIGINT NOT NULL, 
	per_person_stats BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	sync_history VARCHAR(32) NOT NULL, 
	CONSTRAINT pk_municipalities PRIMARY KEY (id), 
	CONSTRAINT uq_municipalities_code UNIQUE (code)
);
INSERT INTO "municipalities" VALUES(1,'101','Kommune 101',4,0,'2026-12-06 01:46:42.193833','9036553eb3d2978d9f85fc2c0ac5ac42');
CREATE TABLE registrations (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	uuid VARCHAR(36) NOT NULL, 
	version INTEGER NOT NULL, 
	deleted BOOLEAN NOT NULL, 
	staff VARCHAR(40) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	location VARCHAR(200) NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME NOT NULL, 
	active_seconds INTEGER NOT NULL, 
	guide_ids JSON NOT NULL, 
	area VARCHAR(300), 
	outcome VARCHAR(20) NOT NULL, 
	referral_target VARCHAR(300), 
	citizen_type VARCHAR(20), 
	stuck_solution VARCHAR(300), 
	messages_sent INTEGER NOT NULL, 
	note TEXT, 
	manual BOOLEAN NOT NULL, 
	received_at DATETIME NOT NULL, 
	CONSTRAINT pk_registrations PRIMARY KEY (id), 
	CONSTRAINT fk_registrations_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_registrations_municipality_id UNIQUE (municipality_id, uuid)
);
INSERT INTO "registrations" VALUES(1,1,'f7fb4106-228f-48a1-a7b3-23e695688a4b',1,0,'m-969ecc5aea9d9897','phone','Borgerservice','2026-11-30 09:00:00.000000','2026-11-30 09:04:00.000000',240,'["melde-flytning"]','Flytning','resolved',NULL,NULL,NULL,0,NULL,0,'2026-12-06 01:46:43.241318');
INSERT INTO "registrations" VALUES(2,1,'ad2ad364-e347-4078-8e0d-7da63f301e6a',1,0,'m-969ecc5aea9d9897','phone','Borgerservice','2026-11-30 09:10:00.000000','2026-11-30 09:14:00.000000',240,'["sundhedskort"]','Flytning','resolved',NULL,NULL,NULL,0,NULL,0,'2026-12-06 01:46:43.241318');
CREATE TABLE revisions (
	id INTEGER NOT NULL, 
	municipality_id INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	revision INTEGER NOT NULL, 
	data JSON, 
	author VARCHAR(100) NOT NULL, 
	created_at DATETIME NOT NULL, 
	CONSTRAINT pk_revisions PRIMARY KEY (id), 
	CONSTRAINT fk_revisions_municipality_id_municipalities FOREIGN KEY(municipality_id) REFERENCES municipalities (id), 
	CONSTRAINT uq_revisions_municipality_id UNIQUE (municipality_id, kind, "key", revision)
);
INSERT INTO "revisions" VALUES(1,1,'guide','melde-flytning',1,'{"title": "Melde flytning", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','admin','2026-12-06 01:46:42.471066');
INSERT INTO "revisions" VALUES(2,1,'area','Flytning',1,'{"name": "Flytning", "description": null, "sort_order": 0}','admin','2026-12-06 01:46:42.493962');
INSERT INTO "revisions" VALUES(3,1,'guide','sundhedskort',1,'{"title": "Sundhedskort", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','admin','2026-12-06 01:46:42.503028');
INSERT INTO "revisions" VALUES(4,1,'guide','navneaendring',1,'{"title": "Navneaendring", "area": "Flytning", "synonyms": ["flytte", "adresse\u00e6ndring"], "situations": [], "search_terms_en": [], "guidance": ["Meld flytning p\u00e5 borger.dk senest 5 dage efter, du er flyttet."], "self_service_url": "https://www.borger.dk/", "steps": [{"title": "Log ind", "text": "Log ind med MitID.", "image": null, "fields": [{"label": "Flyttedato", "note": "Den dag du flytter ind."}]}], "referral": [{"name": "Borgerservice", "phone": null, "email": null, "url": null, "hours": null, "address": null, "note": "Ring, hvis du ikke har MitID."}], "status": "published", "published_to_citizens": false, "sources": [], "last_checked": null}','admin','2026-12-06 01:46:42.508526');
CREATE TABLE tokens (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	token_hash VARCHAR(64) NOT NULL, 
	created_at DATETIME NOT NULL, 
	expires_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	CONSTRAINT pk_tokens PRIMARY KEY (id), 
	CONSTRAINT fk_tokens_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id), 
	CONSTRAINT uq_tokens_token_hash UNIQUE (token_hash)
);
INSERT INTO "tokens" VALUES(1,2,'f5ec1e88e4e103f23962a8f0991272efceb605d0b1534feb38da2ed95ff8a2e2','2026-12-06 01:46:42.323466','2026-12-06 13:46:42.323466',NULL);
INSERT INTO "tokens" VALUES(2,1,'172d1e9d61b20e930664f4b543b763240a0142e0266bec446041409dfa8a003f','2026-12-06 01:46:42.828570','2026-12-06 13:46:42.828570',NULL);
CREATE INDEX ix_accounts_municipality_id ON accounts (municipality_id);
CREATE INDEX ix_content_changes ON content (municipality_id, change_seq);
CREATE INDEX ix_content_library ON content (kind, status, deleted_at);
CREATE INDEX ix_feedback_municipality_id ON feedback (municipality_id);
CREATE INDEX ix_registrations_period ON registrations (municipality_id, started_at);
CREATE INDEX ix_tokens_account_id ON tokens (account_id);
CREATE INDEX ix_messages_staff_time ON messages (municipality_id, staff, created_at);
CREATE INDEX ix_messages_provider_ref ON messages (provider, provider_ref);
CREATE INDEX ix_blob_refs_sha256 ON blob_refs (sha256);
COMMIT;
