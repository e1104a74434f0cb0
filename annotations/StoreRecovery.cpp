// Store: copying what can still be read out of a damaged library into a new one.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"

#include <QFileInfo>
#include <QUrl>

namespace coachtrack::annotations {

namespace {

// Parents before children, so that foreign keys hold as rows arrive. Full-text indexes are
// not copied: the new library's triggers rebuild them from the notes.
const char* const kTables[] = {
    "reps",     "recordings",      "talk_metrics",  "session_templates", "sessions",
    "note_ids", "shareable_notes", "private_notes", "focus_items",       "focus_status_history",
    "skills",   "scores",          "team_outbox",   "team_published",    "team_withdrawals"};

// Tables the new library fills by itself (its built-in template and skill list, the focus
// history its triggers write as focus items arrive): emptied just before the old rows are copied.
bool filledByNewLibrary(const QString& table)
{
    return table == u"session_templates" || table == u"focus_status_history" || table == u"skills";
}

// The rowids of `table` in the damaged library, listed around pages that cannot be read:
// after a failure the listing resumes further on, further each time.
std::vector<int64_t> readableRowids(sql::Connection& db, const QString& table, bool& damaged)
{
    std::vector<int64_t> ids;
    int64_t after = -1;
    int64_t skip = 1;
    for (int attempt = 0; attempt < 64; ++attempt) {
        auto list = db.prepare(
            QStringLiteral("SELECT rowid FROM old.%1 WHERE rowid > ? ORDER BY rowid").arg(table),
            after);
        if (!list) {
            damaged = true;
            return ids;
        }
        for (;;) {
            auto row = list->step();
            if (!row) {
                damaged = true;
                after += skip;
                skip *= 4;
                break;
            }
            if (!*row)
                return ids;
            after = list->int64(0);
            ids.push_back(after);
            skip = 1;
        }
    }
    return ids;
}

} // namespace

Result<RecoveryReport> Store::recoverInto(const QString& newPath)
{
    if (QFileInfo::exists(newPath))
        return std::unexpected(
            StoreError{StoreErrorCode::InvalidInput,
                       QStringLiteral("%1 already exists; recover into a new file")
                           .arg(QFileInfo(newPath).absoluteFilePath())});
    if (QFileInfo(newPath).absoluteFilePath() == QFileInfo(path()).absoluteFilePath())
        return std::unexpected(
            StoreError{StoreErrorCode::InvalidInput, QStringLiteral("recover into another file")});
    auto fresh = Store::open(newPath);
    if (!fresh)
        return std::unexpected(fresh.error());
    sql::Connection& db = *(*fresh)->m_db;
    const QString source =
        QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(path()).absoluteFilePath()).toEncoded()) +
        QStringLiteral("?mode=ro&immutable=1");
    if (!db.execute(QStringLiteral("ATTACH DATABASE ? AS old"), source))
        return std::unexpected(StoreError{
            StoreErrorCode::Io, QStringLiteral("%1: cannot be read for recovery").arg(path())});
    auto version = db.scalar(QStringLiteral("PRAGMA old.user_version"));
    if (!version || *version != latestSchemaVersion())
        return std::unexpected(
            StoreError{StoreErrorCode::InvalidInput,
                       QStringLiteral("%1: recovery reads libraries of version %2 only")
                           .arg(path())
                           .arg(latestSchemaVersion())});

    RecoveryReport report;
    report.path = QFileInfo(newPath).absoluteFilePath();
    sql::Transaction transaction(db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    for (const char* name : kTables) {
        const QString table = QString::fromLatin1(name);
        if (filledByNewLibrary(table))
            if (auto ok = db.exec(QStringLiteral("DELETE FROM main.%1").arg(table)); !ok)
                return std::unexpected(ok.error());
        bool damaged = false;
        const std::vector<int64_t> ids = readableRowids(db, table, damaged);
        if (damaged)
            report.damagedTables << table;
        auto copy = db.prepare(
            QStringLiteral("INSERT INTO main.%1 SELECT * FROM old.%1 WHERE rowid = ?").arg(table));
        if (!copy)
            return std::unexpected(copy.error());
        for (int64_t id : ids) {
            copy->reset();
            copy->bind(1, id);
            if (copy->run() && db.changes() == 1)
                ++report.rowsCopied;
            else
                ++report.rowsLost;
        }
    }
    // Settings (the library id that names its key among them) have no rowid to list around
    // damage: they come whole or not at all.
    (void)db.exec(QStringLiteral("INSERT OR REPLACE INTO main.library_settings "
                                 "SELECT * FROM old.library_settings"));
    // A library always has a default template: the first one kept, else the built-in one.
    (void)db.exec(QStringLiteral(
        "UPDATE main.session_templates SET is_default = 1 WHERE id = (SELECT min(id) FROM "
        "main.session_templates) AND NOT EXISTS (SELECT 1 FROM main.session_templates "
        "WHERE is_default = 1)"));
    auto templates = db.scalar(QStringLiteral("SELECT count(*) FROM main.session_templates"));
    if (templates && *templates == 0)
        if (auto ok = (*fresh)->seedAfterMigration(kTemplatesVersion); !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    (void)db.exec(QStringLiteral("DETACH DATABASE old"));
    return report;
}

} // namespace coachtrack::annotations
