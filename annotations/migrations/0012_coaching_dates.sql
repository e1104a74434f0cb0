-- Coachtrack library schema, version 12: an index for the rep tracker, which dates each
-- coaching session by its first shareable note (the team overview reads it for every session
-- of every rep).

CREATE INDEX shareable_notes_by_session_time ON shareable_notes (session_id, created_at);
