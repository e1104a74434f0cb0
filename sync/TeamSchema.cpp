#include "sync/TeamSchema.h"

#include "sync/TeamSchemaV2.h"

#include <vector>

namespace coachtrack::sync {

namespace {

// Version 1. Every table is owned by coachtrack_owner (NOLOGIN), with row-level security forced
// even on its owner; the app's roles get only the grants they need.
const char* const kSchemaV1[] = {
    R"(DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachtrack_owner') THEN
           CREATE ROLE coachtrack_owner NOLOGIN; END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachtrack_managers') THEN
           CREATE ROLE coachtrack_managers NOLOGIN; END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachtrack_reps') THEN
           CREATE ROLE coachtrack_reps NOLOGIN; END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'coachtrack_admin') THEN
           CREATE ROLE coachtrack_admin NOLOGIN CREATEROLE; END IF;
       END $$)",
    "CREATE SCHEMA coachtrack AUTHORIZATION coachtrack_owner",
    "CREATE TABLE coachtrack.schema_version (version integer NOT NULL)",
    "INSERT INTO coachtrack.schema_version VALUES (1)",
    R"(CREATE TABLE coachtrack.reps (
         login name PRIMARY KEY,
         display_name text NOT NULL,
         manager_login name NOT NULL DEFAULT session_user,
         UNIQUE (manager_login, display_name)))",
    R"(CREATE TABLE coachtrack.sessions (
         id uuid PRIMARY KEY,
         manager_login name NOT NULL DEFAULT current_user,
         library_id text NOT NULL,
         local_id bigint NOT NULL,
         rep_login name NOT NULL REFERENCES coachtrack.reps(login),
         call_title text NOT NULL,
         call_date date,
         duration_ms bigint NOT NULL,
         account text,
         outcome text NOT NULL,
         objectives text NOT NULL,
         self_went_well text NOT NULL,
         self_would_change text NOT NULL,
         next_steps text NOT NULL,
         next_date date,
         focus_cap integer NOT NULL,
         published_at timestamptz NOT NULL DEFAULT now(),
         withdrawn boolean NOT NULL DEFAULT false))",
    R"(CREATE TABLE coachtrack.notes (
         id uuid PRIMARY KEY,
         session_id uuid NOT NULL REFERENCES coachtrack.sessions(id) ON DELETE CASCADE,
         start_ms bigint NOT NULL,
         end_ms bigint,
         text text NOT NULL,
         focus_number integer,
         focus_status text,
         question text,
         practice_plan text,
         status_changed_at timestamptz,
         status_changed_by name))",
    R"(CREATE TABLE coachtrack.scores (
         session_id uuid NOT NULL REFERENCES coachtrack.sessions(id) ON DELETE CASCADE,
         skill text NOT NULL,
         manager_rating smallint CHECK (manager_rating BETWEEN 1 AND 5),
         self_rating smallint CHECK (self_rating BETWEEN 1 AND 5),
         PRIMARY KEY (session_id, skill)))",
    "CREATE INDEX ON coachtrack.sessions (rep_login)",
    "CREATE INDEX ON coachtrack.notes (session_id)",
    // Who changed a focus status, and when, is the server's to say: no client writes it.
    R"(CREATE FUNCTION coachtrack.stamp_focus_status() RETURNS trigger LANGUAGE plpgsql
         SET search_path = pg_catalog, pg_temp AS $$
       BEGIN
         IF TG_OP = 'INSERT' THEN
           IF NEW.focus_status IS NULL THEN
             NEW.status_changed_by := NULL; NEW.status_changed_at := NULL;
           ELSE
             NEW.status_changed_by := session_user; NEW.status_changed_at := now();
           END IF;
         ELSIF NEW.focus_status IS DISTINCT FROM OLD.focus_status THEN
           NEW.status_changed_by := session_user; NEW.status_changed_at := now();
         ELSE
           NEW.status_changed_by := OLD.status_changed_by;
           NEW.status_changed_at := OLD.status_changed_at;
         END IF;
         RETURN NEW;
       END $$)",
    R"(CREATE TRIGGER stamp_focus_status BEFORE INSERT OR UPDATE ON coachtrack.notes
         FOR EACH ROW EXECUTE FUNCTION coachtrack.stamp_focus_status())",
    // A manager adds a rep only through this function: it runs as coachtrack_admin (the one
    // role allowed to create logins, which nobody logs in as), creates or re-passwords only
    // the manager's own reps, and hands them coachtrack_reps and nothing else. Managers have
    // no CREATEROLE (on PostgreSQL 15 that would let them change any role).
    R"(CREATE FUNCTION coachtrack.add_rep(rep_login text, verifier text, display text)
         RETURNS void LANGUAGE plpgsql SECURITY DEFINER
         SET search_path = pg_catalog, pg_temp AS $$
       DECLARE owner name;
       BEGIN
         IF NOT pg_has_role(session_user, 'coachtrack_managers', 'MEMBER') THEN
           RAISE EXCEPTION 'only a manager adds reps' USING ERRCODE = '42501';
         END IF;
         IF rep_login !~ '^[A-Za-z_][A-Za-z0-9_.@-]{0,62}$' THEN
           RAISE EXCEPTION 'a rep''s login is letters, digits and _ . @ - (at most 63), '
                           'starting with a letter or _' USING ERRCODE = '22023';
         END IF;
         IF verifier IS NOT NULL AND verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
           RAISE EXCEPTION 'a password is given as a SCRAM verifier' USING ERRCODE = '22023';
         END IF;
         SELECT manager_login INTO owner FROM coachtrack.reps WHERE login = rep_login;
         IF FOUND AND owner <> session_user THEN
           RAISE EXCEPTION '% is already another manager''s rep on the team server', rep_login
             USING ERRCODE = '42501';
         END IF;
         IF NOT FOUND AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = rep_login) THEN
           RAISE EXCEPTION '% is a login on this server that is not a rep of yours', rep_login
             USING ERRCODE = '42501';
         END IF;
         IF NOT FOUND THEN
           IF verifier IS NULL THEN
             RAISE EXCEPTION '% has no login yet: give it a password to create it', rep_login
               USING ERRCODE = '22023';
           END IF;
           EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE coachtrack_reps',
                          rep_login, verifier);
           INSERT INTO coachtrack.reps (login, display_name, manager_login)
             VALUES (rep_login, display, session_user);
         ELSE
           IF verifier IS NOT NULL THEN
             EXECUTE format('ALTER ROLE %I PASSWORD %L', rep_login, verifier);
           END IF;
           UPDATE coachtrack.reps SET display_name = display WHERE login = rep_login;
         END IF;
       END $$)",
    "ALTER FUNCTION coachtrack.add_rep(text, text, text) OWNER TO coachtrack_admin",
    "REVOKE ALL ON FUNCTION coachtrack.add_rep(text, text, text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION coachtrack.add_rep(text, text, text) TO coachtrack_managers",
    "GRANT USAGE ON SCHEMA coachtrack TO coachtrack_admin",
    "GRANT SELECT, INSERT, UPDATE ON coachtrack.reps TO coachtrack_admin",
    R"(DO $$ DECLARE t text; BEGIN
         FOREACH t IN ARRAY ARRAY['schema_version', 'reps', 'sessions', 'notes', 'scores'] LOOP
           EXECUTE format('ALTER TABLE coachtrack.%I OWNER TO coachtrack_owner', t);
           EXECUTE format('ALTER TABLE coachtrack.%I ENABLE ROW LEVEL SECURITY', t);
           EXECUTE format('ALTER TABLE coachtrack.%I FORCE ROW LEVEL SECURITY', t);
         END LOOP; END $$)",
    "GRANT USAGE ON SCHEMA coachtrack TO coachtrack_managers, coachtrack_reps",
    "GRANT SELECT ON coachtrack.schema_version TO coachtrack_managers, coachtrack_reps",
    "CREATE POLICY everyone_reads ON coachtrack.schema_version FOR SELECT USING (true)",
    // Managers: their team's reps, their own sessions and everything under them.
    "GRANT SELECT ON coachtrack.reps TO coachtrack_managers",
    R"(CREATE POLICY admin_adds_reps ON coachtrack.reps TO coachtrack_admin
         USING (manager_login = session_user) WITH CHECK (manager_login = session_user))",
    "GRANT SELECT, INSERT, UPDATE, DELETE ON coachtrack.sessions, coachtrack.notes, "
    "coachtrack.scores TO coachtrack_managers",
    R"(CREATE POLICY manager_team ON coachtrack.reps FOR SELECT TO coachtrack_managers
         USING (manager_login = current_user))",
    R"(CREATE POLICY manager_sessions ON coachtrack.sessions TO coachtrack_managers
         USING (manager_login = current_user)
         WITH CHECK (manager_login = current_user AND EXISTS (
           SELECT 1 FROM coachtrack.reps r WHERE r.login = rep_login
             AND r.manager_login = current_user)))",
    R"(CREATE POLICY manager_notes ON coachtrack.notes TO coachtrack_managers
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
    R"(CREATE POLICY manager_scores ON coachtrack.scores TO coachtrack_managers
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
    // Reps: their own published sessions; focus statuses and their own ratings, nothing else.
    "GRANT SELECT ON coachtrack.reps, coachtrack.sessions, coachtrack.notes, coachtrack.scores "
    "TO coachtrack_reps",
    "GRANT UPDATE (focus_status) ON coachtrack.notes TO coachtrack_reps",
    "GRANT UPDATE (self_rating) ON coachtrack.scores TO coachtrack_reps",
    R"(CREATE POLICY rep_self ON coachtrack.reps FOR SELECT TO coachtrack_reps
         USING (login = current_user))",
    R"(CREATE POLICY rep_sessions ON coachtrack.sessions FOR SELECT TO coachtrack_reps
         USING (rep_login = current_user AND NOT withdrawn))",
    R"(CREATE POLICY rep_notes_read ON coachtrack.notes FOR SELECT TO coachtrack_reps
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
    R"(CREATE POLICY rep_notes_status ON coachtrack.notes FOR UPDATE TO coachtrack_reps
         USING (focus_number IS NOT NULL AND EXISTS (
           SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id))
         WITH CHECK (focus_status IN ('open', 'practising', 'achieved', 'dropped')))",
    R"(CREATE POLICY rep_scores_read ON coachtrack.scores FOR SELECT TO coachtrack_reps
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
    R"(CREATE POLICY rep_scores_self ON coachtrack.scores FOR UPDATE TO coachtrack_reps
         USING (EXISTS (SELECT 1 FROM coachtrack.sessions s WHERE s.id = session_id)))",
};

PgError versionError(int server)
{
    return {QStringLiteral("CT001"),
            QStringLiteral("the team database is version %1, and this Coachtrack knows versions "
                           "up to %2: update Coachtrack to use it (nothing was changed)")
                .arg(server)
                .arg(kTeamSchemaVersion)};
}

} // namespace

QString quotedIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quotedLiteral(const QString& text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

PgResult<int> TeamSchema::version(PgConnection& connection)
{
    auto exists = connection.exec(
        QStringLiteral("SELECT to_regclass('coachtrack.schema_version') IS NOT NULL"));
    if (!exists)
        return std::unexpected(exists.error());
    if (exists->text(0, 0) != u"t")
        return 0;
    auto rows =
        connection.exec(QStringLiteral("SELECT max(version) FROM coachtrack.schema_version"));
    if (!rows)
        return std::unexpected(rows.error());
    return int(rows->number(0, 0));
}

PgResult<void> TeamSchema::check(PgConnection& connection)
{
    auto server = version(connection);
    if (!server)
        return std::unexpected(server.error());
    if (*server == 0)
        return std::unexpected(PgError{
            QStringLiteral("CT002"),
            QStringLiteral("the database %1 holds no Coachtrack team library yet: its owner or "
                           "an administrator sets it up with `coachtrack team connect URL`")
                .arg(connection.database())});
    if (*server > kTeamSchemaVersion)
        return std::unexpected(versionError(*server));
    if (*server < kTeamSchemaVersion)
        return std::unexpected(PgError{
            QStringLiteral("CT004"),
            QStringLiteral("the team database is version %1, and this Coachtrack needs version "
                           "%2: its owner or an administrator upgrades it with `coachtrack team "
                           "connect URL` (nothing was changed)")
                .arg(*server)
                .arg(kTeamSchemaVersion)});
    return {};
}

PgResult<void> TeamSchema::ensure(PgConnection& connection)
{
    auto server = version(connection);
    if (!server)
        return std::unexpected(server.error());
    if (*server > kTeamSchemaVersion)
        return std::unexpected(versionError(*server));
    if (*server == kTeamSchemaVersion)
        return {};
    // The group roles are the whole server's: two libraries set up at once may both find one
    // missing and create it; the second to commit is told it exists, and looks again.
    for (int attempt = 0;; ++attempt) {
        auto roles = connection.exec(QString::fromUtf8(kSchemaV1[0]));
        if (roles)
            break;
        const bool raced = roles.error().sqlState == u"23505" || roles.error().sqlState == u"42710";
        if (!raced || attempt == 3)
            return std::unexpected(roles.error());
    }
    // Roles found already made must be what they claim: nobody logs in as them.
    auto loginRoles = connection.exec(QStringLiteral(
        "SELECT string_agg(rolname, ', ') FROM pg_roles WHERE rolcanlogin AND rolname IN "
        "('coachtrack_owner', 'coachtrack_managers', 'coachtrack_reps', 'coachtrack_admin')"));
    if (!loginRoles)
        return std::unexpected(loginRoles.error());
    if (!loginRoles->isNull(0, 0))
        return std::unexpected(PgError{
            QStringLiteral("CT003"),
            QStringLiteral("refusing to set up the team library: the server's roles %1 can log "
                           "in, and Coachtrack's group roles must not (an administrator should "
                           "look at who made them)")
                .arg(loginRoles->text(0, 0))});
    if (auto ok = connection.begin(); !ok)
        return ok;
    std::vector<const char*> statements;
    if (*server < 1)
        statements.insert(statements.end(), std::begin(kSchemaV1), std::end(kSchemaV1));
    if (*server < 2)
        statements.insert(statements.end(), teamSchemaV2().begin(), teamSchemaV2().end());
    for (const char* statement : statements)
        if (auto ok = connection.exec(QString::fromUtf8(statement)); !ok) {
            connection.rollback();
            return std::unexpected(
                PgError{ok.error().sqlState,
                        QStringLiteral("cannot set up the team library in %1 as %2: %3")
                            .arg(connection.database(), connection.user(), ok.error().message)});
        }
    // The version row is under row-level security too: a login that may change the tables
    // but not that row would leave version 1 on a version 2 schema.
    auto now = version(connection);
    if (!now || *now != kTeamSchemaVersion) {
        connection.rollback();
        return std::unexpected(PgError{
            QStringLiteral("42501"),
            QStringLiteral("cannot set up the team library in %1 as %2: its version could not "
                           "be written (set it up as the database's owner or a superuser)")
                .arg(connection.database(), connection.user())});
    }
    return connection.commit();
}

PgResult<void> TeamSchema::addManager(PgConnection& admin, const QString& login,
                                      const QString& password)
{
    auto verifier = admin.passwordVerifier(login, password);
    if (!verifier)
        return std::unexpected(verifier.error());
    // No CREATEROLE: reps are added through coachtrack.add_rep.
    const QString statements[] = {
        QStringLiteral("CREATE ROLE %1 LOGIN NOCREATEROLE PASSWORD %2")
            .arg(quotedIdentifier(login), quotedLiteral(*verifier)),
        QStringLiteral("GRANT coachtrack_managers TO %1").arg(quotedIdentifier(login)),
    };
    for (const QString& statement : statements)
        if (auto ok = admin.exec(statement); !ok)
            return std::unexpected(ok.error());
    return {};
}

} // namespace coachtrack::sync
