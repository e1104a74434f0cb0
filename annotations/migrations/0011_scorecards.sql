-- Coachtrack library schema, version 11: scorecards. An editable list of skills (seeded with
-- common ones) and, per review session, the manager's 1-5 rating of each skill with an
-- optional comment for the rep, and the rep's own rating of the same call: the gap between the
-- two is what coaching works on. Shareable: the rep reads their scores.

CREATE TABLE skills (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
    position    INTEGER NOT NULL,
    created_at  TEXT NOT NULL
);
INSERT INTO skills (name, position, created_at) VALUES
    ('Discovery questions', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('Listening and patience', 2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('Objection handling', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('Next steps', 4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('Talk share', 5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE scores (
    session_id  INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    manager     INTEGER CHECK (manager IS NULL OR manager BETWEEN 1 AND 5),
    self        INTEGER CHECK (self IS NULL OR self BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (session_id, skill_id),
    CHECK (manager IS NOT NULL OR self IS NOT NULL)
);
CREATE INDEX scores_by_skill ON scores (skill_id);
