-- Coachtrack library schema, version 5: a transcript cue keeps the file's own times when the
-- import moved it onto the detected speech of its speaker's channel. Both NULL when the cue
-- kept the file's times; both set when it was moved (start_ms/end_ms are then the moved ones).

ALTER TABLE transcript_cues ADD COLUMN file_start_ms INTEGER CHECK (file_start_ms >= 0);
ALTER TABLE transcript_cues ADD COLUMN file_end_ms INTEGER;
