-- Coachtrack library schema, version 4: transcripts beside the audio.
-- A recording has at most one transcript (importing another replaces it): its cues in time
-- order with the speaker as the file named them, and the role each speaker plays on that
-- call. speaker_roles remembers a name's role for the next call. Transcript text is not
-- private (it is what was said on the call) and is searchable like shareable notes.

CREATE TABLE transcripts (
    recording_id INTEGER PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
    format       TEXT NOT NULL,
    source_name  TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);

CREATE TABLE transcript_cues (
    id           INTEGER PRIMARY KEY,
    recording_id INTEGER NOT NULL REFERENCES transcripts (recording_id) ON DELETE CASCADE,
    start_ms     INTEGER NOT NULL CHECK (start_ms >= 0),
    end_ms       INTEGER NOT NULL CHECK (end_ms >= start_ms),
    speaker      TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    estimated    INTEGER NOT NULL DEFAULT 0 CHECK (estimated IN (0, 1))
);
CREATE INDEX transcript_cues_by_time ON transcript_cues (recording_id, start_ms);

CREATE TABLE transcript_speakers (
    recording_id INTEGER NOT NULL REFERENCES transcripts (recording_id) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    role         TEXT CHECK (role IN ('rep', 'buyer', 'manager', 'other')),
    -- NULL when the role was given or remembered; 0..1 when proposed from the call's audio
    role_confidence REAL CHECK (role_confidence BETWEEN 0 AND 1),
    PRIMARY KEY (recording_id, name)
) WITHOUT ROWID;

CREATE TABLE speaker_roles (
    name TEXT PRIMARY KEY COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('rep', 'buyer', 'manager', 'other'))
) WITHOUT ROWID;

CREATE VIRTUAL TABLE transcript_fts USING fts5 (text, content = 'transcript_cues', content_rowid = 'id',
                                                tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER transcript_fts_insert AFTER INSERT ON transcript_cues BEGIN
    INSERT INTO transcript_fts (rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER transcript_fts_delete AFTER DELETE ON transcript_cues BEGIN
    INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
