-- Coachtrack library schema, version 2.
-- Recordings remember the size and modification time they were fingerprinted at, so that a
-- file replaced at the same path is noticed cheaply; and the length the header claimed when
-- the audio really ends earlier (a truncated file). Notes may carry a client key that makes
-- adding them idempotent (a script that retries never duplicates a note). Note text is capped.

ALTER TABLE recordings ADD COLUMN size_bytes INTEGER;
ALTER TABLE recordings ADD COLUMN mtime_ms INTEGER;
-- Set when the audio ends before the length the file's header claims (duration_ms is then the
-- length really decoded).
ALTER TABLE recordings ADD COLUMN header_duration_ms INTEGER;

ALTER TABLE note_ids ADD COLUMN client_key TEXT;
CREATE UNIQUE INDEX note_ids_by_client_key ON note_ids (client_key) WHERE client_key IS NOT NULL;

-- The note text cap (64 KiB of UTF-8), as the last line of defence behind the store's check.
CREATE TRIGGER shareable_text_cap_insert BEFORE INSERT ON shareable_notes
WHEN length(CAST(NEW.text AS BLOB)) > 65536 OR length(CAST(NEW.tags AS BLOB)) > 65536
BEGIN
    SELECT RAISE(ABORT, 'note text too long');
END;
CREATE TRIGGER shareable_text_cap_update BEFORE UPDATE OF text, tags ON shareable_notes
WHEN length(CAST(NEW.text AS BLOB)) > 65536 OR length(CAST(NEW.tags AS BLOB)) > 65536
BEGIN
    SELECT RAISE(ABORT, 'note text too long');
END;
CREATE TRIGGER private_text_cap_insert BEFORE INSERT ON private_notes
WHEN length(CAST(NEW.text AS BLOB)) > 65536 OR length(CAST(NEW.tags AS BLOB)) > 65536
BEGIN
    SELECT RAISE(ABORT, 'note text too long');
END;
CREATE TRIGGER private_text_cap_update BEFORE UPDATE OF text, tags ON private_notes
WHEN length(CAST(NEW.text AS BLOB)) > 65536 OR length(CAST(NEW.tags AS BLOB)) > 65536
BEGIN
    SELECT RAISE(ABORT, 'note text too long');
END;
