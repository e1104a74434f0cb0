-- Coachtrack library schema, version 13: coaching plans. Per rep, one or two skills of the
-- scorecard they are working on, each with the behaviour that would show it (the target) and
-- the local date the plan started; ended_on is set when the plan is done or set aside. The
-- sessions that worked on a plan are the rep's coaching sessions from its start that scored
-- its skill (worked out when read, never stored twice). Shareable: the rep reads their plan.

CREATE TABLE coaching_plans (
    id          INTEGER PRIMARY KEY AUTOINCREMENT, -- a deleted plan's id is never given again
    rep_id      INTEGER NOT NULL REFERENCES reps (id) ON DELETE CASCADE,
    skill_id    INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
    target      TEXT NOT NULL CHECK (length(trim(target)) BETWEEN 1 AND 500),
    started_on  TEXT NOT NULL CHECK (started_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ended_on    TEXT CHECK (ended_on IS NULL OR ended_on >= started_on),
    created_at  TEXT NOT NULL
);
CREATE INDEX coaching_plans_by_rep ON coaching_plans (rep_id, started_on);
CREATE INDEX coaching_plans_by_skill ON coaching_plans (skill_id);
-- One running plan per skill and rep (the Store says so first, in words).
CREATE UNIQUE INDEX coaching_plans_running ON coaching_plans (rep_id, skill_id)
    WHERE ended_on IS NULL;
