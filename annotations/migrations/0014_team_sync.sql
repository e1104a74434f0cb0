-- Coachtrack library schema, version 14: the team library's bookkeeping (sync/ does the
-- talking to the server; these say what it has to do and has done). Shareable, like what is
-- published; nothing here holds note text.

-- Who set a focus status: NULL for this library's manager, else the rep's login on the team
-- server (a change the rep made there, taken in by a sync). A rep's change that came earlier
-- than the manager's own is kept here too, without changing the status: the later one wins.
ALTER TABLE focus_status_history ADD COLUMN changed_by TEXT;

-- A status taken in from the team server is written to the history by the sync itself (with
-- who set it); the trigger records only the library's own changes.
DROP TRIGGER focus_history_on_status;
CREATE TRIGGER focus_history_on_status AFTER UPDATE OF status ON focus_items
WHEN NEW.status <> OLD.status AND NOT EXISTS (
    SELECT 1 FROM focus_status_history h WHERE h.note_id = NEW.note_id
        AND h.status = NEW.status AND h.changed_at = NEW.status_changed_at)
BEGIN
    INSERT INTO focus_status_history (note_id, status, changed_at)
        VALUES (NEW.note_id, NEW.status, NEW.status_changed_at);
END;

-- Sessions the manager asked to publish that have not reached the server yet (offline, or
-- the server refused): `team sync` and the window's sync publish them when it answers.
CREATE TABLE team_outbox (
    session_id  INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    queued_at   TEXT NOT NULL
);

-- Sessions on the team server: what was published (a digest of it, to tell when the session
-- has changed since and is due again) and whether it is withdrawn from the rep.
CREATE TABLE team_published (
    session_id    INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
    digest        TEXT NOT NULL,
    published_at  TEXT NOT NULL,
    withdrawn     INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1))
);

-- Sessions to take off the rep's screen (or, deleted, off the server) at the next sync: a
-- withdrawal asked for while the server could not be reached. The session is marked withdrawn
-- in team_published at once, so it is not published again meanwhile.
CREATE TABLE team_withdrawals (
    session_id  INTEGER PRIMARY KEY,
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    queued_at   TEXT NOT NULL
);
