-- Coachtrack library schema, version 10: each recording's talk metrics, kept when first
-- computed (opening the call, exporting its debrief) so that the rep tracker's charts open at
-- once; with the version of the analyser that measured them (a newer analyser measures again)
-- and the rep channel they were measured for. Shareable: the debrief shows the same figures.

CREATE TABLE talk_metrics (
    recording_id         INTEGER PRIMARY KEY REFERENCES recordings (id) ON DELETE CASCADE,
    analyser_version     INTEGER NOT NULL,
    rep_channel          INTEGER NOT NULL CHECK (rep_channel IN (0, 1)),
    measured_at          TEXT NOT NULL,
    per_speaker          INTEGER NOT NULL CHECK (per_speaker IN (0, 1)),
    rep_share            REAL CHECK (rep_share IS NULL OR rep_share BETWEEN 0 AND 1),
    rep_longest_ms       INTEGER CHECK (rep_longest_ms IS NULL OR rep_longest_ms >= 0),
    buyer_longest_ms     INTEGER CHECK (buyer_longest_ms IS NULL OR buyer_longest_ms >= 0),
    patience_ms          INTEGER CHECK (patience_ms IS NULL OR patience_ms >= 0),
    switches_per_minute  REAL CHECK (switches_per_minute IS NULL OR switches_per_minute >= 0)
);
