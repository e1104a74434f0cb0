-- Coachtrack library schema, version 8: the structure a review session follows (objectives,
-- the rep's own view, observations, focus items, commitment), editable by the manager, one
-- marked default; each session may follow another one. Each focus item may carry a practice
-- plan beside its question. The built-in "Standard review" template is written by the Store
-- (annotations/SessionTemplate.cpp) right after this script, in the same transaction.

CREATE TABLE session_templates (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 80),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    parts TEXT NOT NULL CHECK (json_valid(parts) AND json_type(parts) = 'array'),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
-- At most one default; the Store keeps exactly one.
CREATE UNIQUE INDEX session_templates_one_default ON session_templates (is_default)
    WHERE is_default = 1;

-- A new session takes the default of its day (the Store writes it); NULL (a session from
-- before this version, or of a deleted template) follows the default of the moment.
ALTER TABLE sessions ADD COLUMN template_id INTEGER
    REFERENCES session_templates (id) ON DELETE SET NULL;

ALTER TABLE focus_items ADD COLUMN practice_plan TEXT
    CHECK (practice_plan IS NULL OR length(practice_plan) BETWEEN 1 AND 2000);
