-- Coachtrack library schema, version 1.
-- Private and shareable notes live in separate tables (and separate full-text indexes), so
-- that no query written for shareable content can return a private row by accident.

PRAGMA application_id = 1129270347; -- 'CTRK'

CREATE TABLE reps (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    team          TEXT NOT NULL DEFAULT '',
    cadence_days  INTEGER NOT NULL DEFAULT 7 CHECK (cadence_days BETWEEN 1 AND 365),
    created_at    TEXT NOT NULL
);

CREATE TABLE recordings (
    id            INTEGER PRIMARY KEY,
    path          TEXT NOT NULL,
    fingerprint   TEXT NOT NULL UNIQUE,
    duration_ms   INTEGER NOT NULL CHECK (duration_ms >= 0),
    call_date     TEXT,
    title         TEXT NOT NULL DEFAULT '',
    rep_id        INTEGER REFERENCES reps (id) ON DELETE SET NULL,
    account       TEXT NOT NULL DEFAULT '',
    outcome       TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('won', 'lost', 'open')),
    rep_channel   INTEGER NOT NULL DEFAULT 0 CHECK (rep_channel IN (0, 1)),
    added_at      TEXT NOT NULL
);
CREATE INDEX recordings_by_rep ON recordings (rep_id, call_date);

CREATE TABLE sessions (
    id                  INTEGER PRIMARY KEY,
    recording_id        INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    rep_id              INTEGER REFERENCES reps (id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    objectives          TEXT NOT NULL DEFAULT '',
    next_steps          TEXT NOT NULL DEFAULT '',
    next_coaching_date  TEXT,
    focus_cap           INTEGER NOT NULL DEFAULT 3 CHECK (focus_cap BETWEEN 1 AND 5)
);
CREATE INDEX sessions_by_recording ON sessions (recording_id);
CREATE INDEX sessions_by_rep ON sessions (rep_id, created_at);

-- One id space for notes of both tracks, so that a note id names one note.
CREATE TABLE note_ids (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    track  TEXT NOT NULL CHECK (track IN ('private', 'shareable'))
);

CREATE TABLE shareable_notes (
    id          INTEGER PRIMARY KEY REFERENCES note_ids (id),
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    start_ms    INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms      INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0),
    tags        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    edited_at   TEXT NOT NULL,
    UNIQUE (id, session_id)
);
CREATE INDEX shareable_notes_by_session ON shareable_notes (session_id, start_ms);

CREATE TABLE private_notes (
    id           INTEGER PRIMARY KEY REFERENCES note_ids (id),
    session_id   INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    start_ms     INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms       INTEGER CHECK (end_ms IS NULL OR end_ms >= start_ms),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    tags         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    edited_at    TEXT NOT NULL,
    -- The shareable twin made by "rephrase for the rep"; only the private side knows it.
    rephrased_as INTEGER REFERENCES shareable_notes (id) ON DELETE SET NULL
);
CREATE INDEX private_notes_by_session ON private_notes (session_id, start_ms);

-- A focus item is a shareable note promoted to "practise this next". Referencing
-- shareable_notes makes a private focus item impossible.
CREATE TABLE focus_items (
    note_id            INTEGER PRIMARY KEY,
    session_id         INTEGER NOT NULL,
    status             TEXT NOT NULL DEFAULT 'open'
                       CHECK (status IN ('open', 'practising', 'achieved', 'dropped')),
    promoted_at        TEXT NOT NULL,
    status_changed_at  TEXT NOT NULL,
    FOREIGN KEY (note_id, session_id) REFERENCES shareable_notes (id, session_id) ON DELETE CASCADE
);
CREATE INDEX focus_items_by_session ON focus_items (session_id);

-- The focus cap, as the last line of defence behind the store's own check.
CREATE TRIGGER focus_cap_on_insert BEFORE INSERT ON focus_items
WHEN (SELECT count(*) FROM focus_items WHERE session_id = NEW.session_id)
     >= (SELECT focus_cap FROM sessions WHERE id = NEW.session_id)
BEGIN
    SELECT RAISE(ABORT, 'focus cap reached');
END;

CREATE TRIGGER focus_cap_on_move BEFORE UPDATE OF session_id ON focus_items
WHEN (SELECT count(*) FROM focus_items WHERE session_id = NEW.session_id)
     >= (SELECT focus_cap FROM sessions WHERE id = NEW.session_id)
BEGIN
    SELECT RAISE(ABORT, 'focus cap reached');
END;

CREATE TRIGGER focus_cap_not_below_items BEFORE UPDATE OF focus_cap ON sessions
WHEN NEW.focus_cap < (SELECT count(*) FROM focus_items WHERE session_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'focus cap below focus items');
END;

-- Full-text search, one index per track.
CREATE VIRTUAL TABLE shareable_fts USING fts5 (text, tags, content = 'shareable_notes', content_rowid = 'id',
                                               tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER shareable_fts_insert AFTER INSERT ON shareable_notes BEGIN
    INSERT INTO shareable_fts (rowid, text, tags) VALUES (NEW.id, NEW.text, NEW.tags);
END;
CREATE TRIGGER shareable_fts_delete AFTER DELETE ON shareable_notes BEGIN
    INSERT INTO shareable_fts (shareable_fts, rowid, text, tags) VALUES ('delete', OLD.id, OLD.text, OLD.tags);
END;
CREATE TRIGGER shareable_fts_update AFTER UPDATE OF text, tags ON shareable_notes BEGIN
    INSERT INTO shareable_fts (shareable_fts, rowid, text, tags) VALUES ('delete', OLD.id, OLD.text, OLD.tags);
    INSERT INTO shareable_fts (rowid, text, tags) VALUES (NEW.id, NEW.text, NEW.tags);
END;

CREATE VIRTUAL TABLE private_fts USING fts5 (text, tags, content = 'private_notes', content_rowid = 'id',
                                             tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER private_fts_insert AFTER INSERT ON private_notes BEGIN
    INSERT INTO private_fts (rowid, text, tags) VALUES (NEW.id, NEW.text, NEW.tags);
END;
CREATE TRIGGER private_fts_delete AFTER DELETE ON private_notes BEGIN
    INSERT INTO private_fts (private_fts, rowid, text, tags) VALUES ('delete', OLD.id, OLD.text, OLD.tags);
END;
CREATE TRIGGER private_fts_update AFTER UPDATE OF text, tags ON private_notes BEGIN
    INSERT INTO private_fts (private_fts, rowid, text, tags) VALUES ('delete', OLD.id, OLD.text, OLD.tags);
    INSERT INTO private_fts (rowid, text, tags) VALUES (NEW.id, NEW.text, NEW.tags);
END;
