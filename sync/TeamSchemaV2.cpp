#include "sync/TeamSchemaV2.h"

namespace coachtrack::sync {

namespace {

// Version 2, on top of version 1 (run in one transaction by TeamSchema::ensure, by the
// database's owner or an administrator):
// - every focus status a focus item has had, who set it and when (kept by triggers, and the
//   manager's own changes that lost to a later one of the rep's, written by the publisher), so
//   that when both change the same status the later change wins and both stay in its history;
// - the manager's own time for a status changed in the library (maybe offline, hours before it
//   was published), instead of the time it reached the server;
// - the debrief sheet (PDF, HTML) and the focus clips of a session, size-capped;
// - the manager's comment on a rating.
const char* const kStatements[] = {
    "UPDATE coachtrack.schema_version SET version = 2",
    R"(CREATE TABLE coachtrack.focus_history (
         note_id uuid NOT NULL REFERENCES coachtrack.notes(id) ON DELETE CASCADE,
         status text NOT NULL CHECK (status IN ('open', 'practising', 'achieved', 'dropped')),
         changed_by name NOT NULL,
         changed_at timestamptz NOT NULL,
         PRIMARY KEY (note_id, changed_at, changed_by, status)))",
    // The manager's comment on a rating, for the rep.
    "ALTER TABLE coachtrack.scores ADD COLUMN comment text",
    // Who gave the self-rating (the rep on the server, or the manager from their library),
    // stamped by the server: the manager's publish never overwrites the rep's.
    "ALTER TABLE coachtrack.scores ADD COLUMN self_rated_by name",
    R"(CREATE FUNCTION coachtrack.stamp_self_rating() RETURNS trigger LANGUAGE plpgsql
         SET search_path = pg_catalog, pg_temp AS $$
       BEGIN
         IF NEW.self_rating IS NULL THEN
           NEW.self_rated_by := NULL;
         ELSIF TG_OP = 'INSERT' OR NEW.self_rating IS DISTINCT FROM OLD.self_rating THEN
           NEW.self_rated_by := session_user;
         ELSE
           NEW.self_rated_by := OLD.self_rated_by;
         END IF;
         RETURN NEW;
       END $$)",
    R"(CREATE TRIGGER stamp_self_rating BEFORE INSERT OR UPDATE ON coachtrack.scores
         FOR EACH ROW EXECUTE FUNCTION coachtrack.stamp_self_rating())",
    R"(CREATE TABLE coachtrack.documents (
         session_id uuid NOT NULL REFERENCES coachtrack.sessions(id) ON DELETE CASCADE,
         name text NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._ -]{0,199}$'),
         media_type text NOT NULL,
         content bytea NOT NULL CHECK (octet_length(content) <= 64 * 1024 * 1024),
         PRIMARY KEY (session_id, name)))",
    // A manager's status carries the time it was set in their library (no later than now: a
    // clock ahead of the server's cannot win every conflict); a rep's is stamped now.
    R"(CREATE OR REPLACE FUNCTION coachtrack.stamp_focus_status() RETURNS trigger
         LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
       DECLARE at timestamptz := now();
       BEGIN
         IF pg_has_role(session_user, 'coachtrack_managers', 'MEMBER')
            AND NEW.status_changed_at IS NOT NULL AND NEW.status_changed_at <= now() THEN
           at := NEW.status_changed_at;
         END IF;
         IF TG_OP = 'INSERT' THEN
           IF NEW.focus_status IS NULL THEN
             NEW.status_changed_by := NULL; NEW.status_changed_at := NULL;
           ELSE
             NEW.status_changed_by := session_user; NEW.status_changed_at := at;
           END IF;
         ELSIF NEW.focus_status IS DISTINCT FROM OLD.focus_status THEN
           NEW.status_changed_by := session_user; NEW.status_changed_at := at;
         ELSE
           NEW.status_changed_by := OLD.status_changed_by;
           NEW.status_changed_at := OLD.status_changed_at;
         END IF;
         IF NEW.focus_status IS NULL THEN
           NEW.status_changed_by := NULL; NEW.status_changed_at := NULL;
         END IF;
         RETURN NEW;
       END $$)",
    // The history is written as the owner (nobody may write it by hand but the publisher's
    // own entries, below).
    R"(CREATE FUNCTION coachtrack.record_focus_status() RETURNS trigger LANGUAGE plpgsql
         SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
       BEGIN
         IF TG_TABLE_SCHEMA <> 'coachtrack' OR TG_TABLE_NAME <> 'notes' THEN
           RAISE EXCEPTION 'record_focus_status is the notes table''s' USING ERRCODE = '42501';
         END IF;
         IF NEW.focus_status IS NOT NULL AND (TG_OP = 'INSERT'
            OR NEW.status_changed_at IS DISTINCT FROM OLD.status_changed_at
            OR NEW.focus_status IS DISTINCT FROM OLD.focus_status) THEN
           INSERT INTO coachtrack.focus_history (note_id, status, changed_by, changed_at)
             VALUES (NEW.id, NEW.focus_status, NEW.status_changed_by, NEW.status_changed_at)
             ON CONFLICT DO NOTHING;
         END IF;
         RETURN NULL;
       END $$)",
    "ALTER FUNCTION coachtrack.record_focus_status() OWNER TO coachtrack_owner",
    // Nobody may hang it on a table of their own (it writes the history as its owner).
    "REVOKE ALL ON FUNCTION coachtrack.record_focus_status() FROM PUBLIC",
    R"(CREATE TRIGGER record_focus_status AFTER INSERT OR UPDATE ON coachtrack.notes
         FOR EACH ROW EXECUTE FUNCTION coachtrack.record_focus_status())",
    "INSERT INTO coachtrack.focus_history (note_id, status, changed_by, changed_at) "
    "SELECT id, focus_status, status_changed_by, status_changed_at FROM coachtrack.notes "
    "WHERE focus_status IS NOT NULL AND status_changed_at IS NOT NULL",
    R"(DO $$ DECLARE t text; BEGIN
         FOREACH t IN ARRAY ARRAY['focus_history', 'documents'] LOOP
           EXECUTE format('ALTER TABLE coachtrack.%I OWNER TO coachtrack_owner', t);
           EXECUTE format('ALTER TABLE coachtrack.%I ENABLE ROW LEVEL SECURITY', t);
           EXECUTE format('ALTER TABLE coachtrack.%I FORCE ROW LEVEL SECURITY', t);
         END LOOP; END $$)",
    R"(CREATE POLICY owner_records ON coachtrack.focus_history FOR INSERT TO coachtrack_owner
         WITH CHECK (true))",
    // Managers: their sessions' history (and their own entries in it) and documents.
    "GRANT SELECT, INSERT ON coachtrack.focus_history TO coachtrack_managers",
    R"(CREATE POLICY manager_history ON coachtrack.focus_history FOR SELECT
         TO coachtrack_managers USING (EXISTS (SELECT 1 FROM coachtrack.notes n
           WHERE n.id = note_id)))",
    R"(CREATE POLICY manager_history_own ON coachtrack.focus_history FOR INSERT
         TO coachtrack_managers WITH CHECK (changed_by = session_user AND changed_at <= now()
           AND EXISTS (SELECT 1 FROM coachtrack.notes n WHERE n.id = note_id)))",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON coachtrack.documents TO coachtrack_managers",
    R"(CREATE POLICY manager_documents ON coachtrack.documents TO coachtrack_managers
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
    // Reps: read their own sessions' history and documents.
    "GRANT SELECT ON coachtrack.focus_history, coachtrack.documents TO coachtrack_reps",
    R"(CREATE POLICY rep_history ON coachtrack.focus_history FOR SELECT TO coachtrack_reps
         USING (EXISTS (SELECT 1 FROM coachtrack.notes n WHERE n.id = note_id)))",
    R"(CREATE POLICY rep_documents ON coachtrack.documents FOR SELECT TO coachtrack_reps
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
};

} // namespace

std::span<const char* const> teamSchemaV2()
{
    return kStatements;
}

} // namespace coachtrack::sync
