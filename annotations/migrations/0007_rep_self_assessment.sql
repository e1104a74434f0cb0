-- Coachtrack library schema, version 7: what the rep thinks went well and what they would
-- change, asked first in the coaching conversation (the rep is the one responsible for the
-- learning). Shareable: the rep's own words, printed back to them on the debrief.

ALTER TABLE sessions ADD COLUMN self_went_well TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN self_would_change TEXT NOT NULL DEFAULT '';
