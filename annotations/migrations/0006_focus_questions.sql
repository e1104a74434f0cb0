-- Coachtrack library schema, version 6: each focus item may carry the opening question the
-- manager will ask the rep about it ("What did you want to happen next?"). The rep reads it on
-- the debrief, so it is shareable text like the note itself. NULL until one is written.

ALTER TABLE focus_items ADD COLUMN question TEXT
    CHECK (question IS NULL OR length(question) BETWEEN 1 AND 2000);
