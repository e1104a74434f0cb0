-- Coachtrack library schema, version 9: each focus item's status changes with their dates
-- (open → practising → achieved, or dropped), for the rep tracker's focus history. Kept by
-- triggers, so every writer (the window, the command line, undo) leaves the same history.
-- Shareable, like the status itself (the rep reads it on the debrief).

CREATE TABLE focus_status_history (
    id          INTEGER PRIMARY KEY,
    note_id     INTEGER NOT NULL REFERENCES focus_items (note_id) ON DELETE CASCADE,
    status      TEXT NOT NULL CHECK (status IN ('open', 'practising', 'achieved', 'dropped')),
    changed_at  TEXT NOT NULL
);
CREATE INDEX focus_status_history_by_note ON focus_status_history (note_id, changed_at);

-- A focus item starts open; one put back with another status (undo of a delete) gets that
-- status at the time it last changed.
CREATE TRIGGER focus_history_on_insert AFTER INSERT ON focus_items
BEGIN
    INSERT INTO focus_status_history (note_id, status, changed_at)
        VALUES (NEW.note_id, 'open', NEW.promoted_at);
    INSERT INTO focus_status_history (note_id, status, changed_at)
        SELECT NEW.note_id, NEW.status, NEW.status_changed_at WHERE NEW.status <> 'open';
END;

CREATE TRIGGER focus_history_on_status AFTER UPDATE OF status ON focus_items
WHEN NEW.status <> OLD.status
BEGIN
    INSERT INTO focus_status_history (note_id, status, changed_at)
        VALUES (NEW.note_id, NEW.status, NEW.status_changed_at);
END;

-- What the library knew before: when each item was made, and its status since when.
INSERT INTO focus_status_history (note_id, status, changed_at)
    SELECT note_id, 'open', promoted_at FROM focus_items;
INSERT INTO focus_status_history (note_id, status, changed_at)
    SELECT note_id, status, status_changed_at FROM focus_items WHERE status <> 'open';
