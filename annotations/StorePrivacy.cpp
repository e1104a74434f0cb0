// Store: the private track leaves no trace. Deleted or edited private text is wiped from the
// library file (secure_delete zeroes freed space), from the private full-text index (merged
// into one segment, so no token of a deleted note is left), from the -wal (checkpointed and
// truncated) and from the backups written before upgrades (their private notes made to match
// the library's). Retention purges and deleting whole recordings or reps go the same way.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

#include <QDir>
#include <QFileInfo>

namespace coachtrack::annotations {

using namespace rows;

namespace {

const QString kRetentionKey = QStringLiteral("private_retention_days");

// The backups of the library at `path` written before upgrades, oldest first.
QStringList upgradeBackups(const QString& path)
{
    const QFileInfo info(path);
    QStringList files;
    for (const QString& name : info.absoluteDir().entryList(
             {info.fileName() + QStringLiteral(".v*-backup-*")}, QDir::Files, QDir::Name))
        files << info.absoluteDir().filePath(name);
    return files;
}

} // namespace

Result<std::optional<int>> Store::privateRetentionDays()
{
    auto value = m_db->queryOne(
        QStringLiteral("SELECT value FROM library_settings WHERE key = ?"),
        [](const sql::Statement& s) { return s.text(0); }, kRetentionKey);
    if (!value)
        return std::unexpected(value.error());
    bool ok = false;
    const int days = *value ? (*value)->toInt(&ok) : 0;
    return ok && days > 0 ? std::optional<int>(days) : std::nullopt;
}

Result<void> Store::setPrivateRetentionDays(std::optional<int> days)
{
    if (days && (*days < 1 || *days > kMaxRetentionDays))
        return std::unexpected(StoreError{
            StoreErrorCode::InvalidInput,
            QStringLiteral("private notes can be kept 1 to %1 days, or until deleted; not %2")
                .arg(kMaxRetentionDays)
                .arg(*days)});
    if (!days)
        return m_db->execute(QStringLiteral("DELETE FROM library_settings WHERE key = ?"),
                             kRetentionKey);
    return m_db->execute(
        QStringLiteral("INSERT OR REPLACE INTO library_settings (key, value) VALUES (?, ?)"),
        kRetentionKey, QString::number(*days));
}

Result<int> Store::purgePrivateNotes(int days, const QDateTime& now)
{
    if (days < 0)
        return std::unexpected(StoreError{StoreErrorCode::InvalidInput,
                                          QStringLiteral("--older-than needs 0 or more days")});
    const QString before = now.toUTC().addDays(-days).toString(Qt::ISODateWithMs);
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    if (auto ok =
            m_db->execute(QStringLiteral("DELETE FROM private_notes WHERE created_at < ?"), before);
        !ok)
        return std::unexpected(ok.error());
    const int purged = m_db->changes();
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    if (purged > 0)
        wipePrivateResidue();
    return purged;
}

Result<int> Store::purgeExpiredPrivateNotes(const QDateTime& now)
{
    auto days = privateRetentionDays();
    if (!days)
        return std::unexpected(days.error());
    return *days ? purgePrivateNotes(**days, now) : 0;
}

Result<void> Store::deleteRecording(int64_t id)
{
    auto found = recording(id);
    if (!found)
        return std::unexpected(found.error());
    // Sessions, their notes of both tracks and focus items go with it (ON DELETE CASCADE).
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM recordings WHERE id = ?"), id); !ok)
        return ok;
    wipePrivateResidue();
    return {};
}

Result<void> Store::deleteRep(int64_t id)
{
    auto found = rep(id);
    if (!found)
        return std::unexpected(found.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return ok;
    // The rep's review sessions go with every note in them; their calls stay, without a rep.
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM sessions WHERE rep_id = ?1 OR "
                                               "recording_id IN (SELECT id FROM recordings WHERE "
                                               "rep_id = ?1)"),
                                id);
        !ok)
        return ok;
    if (auto ok = m_db->execute(QStringLiteral("DELETE FROM reps WHERE id = ?"), id); !ok)
        return ok;
    if (auto ok = transaction.commit(); !ok)
        return ok;
    wipePrivateResidue();
    return {};
}

QString Store::residueWarning() const
{
    return m_residueWarning;
}

void Store::wipePrivateResidue()
{
    m_residueWarning.clear();
    m_privateIndex.reset();
    QStringList problems;
    // The index keeps a deleted note's tokens until its segments are merged: merge them all.
    if (auto ok =
            m_db->exec(QStringLiteral("INSERT INTO private_fts (private_fts) VALUES ('optimize')"));
        !ok)
        problems << ok.error().message;
    for (const QString& backup : upgradeBackups(path()))
        if (auto ok = matchBackupPrivateNotes(backup); !ok)
            problems << ok.error().message;
    // The -wal still holds the pages as they were before: copy the wiped ones back and empty it.
    // It cannot while another program reads an older snapshot: SQLite then reports busy.
    if (path() != u":memory:") {
        auto emptied = m_db->truncateWal();
        if (!emptied)
            problems << emptied.error().message;
        else if (!*emptied)
            problems << QStringLiteral("another program is reading %1, so the old text is still "
                                       "in its journal (-wal) until that program closes it and "
                                       "Coachtrack opens the library again")
                            .arg(path());
    }
    if (!problems.isEmpty())
        m_residueWarning =
            QStringLiteral("the private text was deleted, but could not yet be wiped everywhere "
                           "(it will be tried again on the next change): %1")
                .arg(problems.join(QStringLiteral("; ")));
}

Result<void> Store::matchBackupPrivateNotes(const QString& backup)
{
    const QString failed = QStringLiteral("%1: deleted private text could not be wiped from this "
                                          "backup (%2); delete the file if it is not needed");
    if (auto ok = m_db->execute(QStringLiteral("ATTACH DATABASE ? AS backup"), backup); !ok)
        return std::unexpected(StoreError{ok.error().code, failed.arg(backup, ok.error().message)});
    // A backup of version 3 or later has sealed text too, which must follow the library's.
    const bool sealedColumn =
        m_db->scalar(QStringLiteral("SELECT count(*) FROM pragma_table_info('private_notes', "
                                    "'backup') WHERE name = 'sealed'"))
            .value_or(0) > 0;
    const QString matchSealed =
        sealedColumn ? QStringLiteral("UPDATE backup.private_notes SET sealed = (SELECT "
                                      "m.sealed FROM main.private_notes m WHERE m.id = "
                                      "private_notes.id) WHERE EXISTS (SELECT 1 FROM "
                                      "main.private_notes m WHERE m.id = private_notes.id "
                                      "AND m.sealed IS NOT private_notes.sealed);")
                     : QString();
    // The backup's own triggers keep its private index in step; secure_delete (inherited from
    // the main database at ATTACH) zeroes the space the old text leaves.
    auto ok = m_db->exec(
        QStringLiteral(
            "BEGIN IMMEDIATE;"
            "DELETE FROM backup.private_notes WHERE id NOT IN (SELECT id FROM main.private_notes);"
            "UPDATE backup.private_notes SET "
            "  text = (SELECT m.text FROM main.private_notes m WHERE m.id = private_notes.id), "
            "  tags = (SELECT m.tags FROM main.private_notes m WHERE m.id = private_notes.id) "
            "WHERE EXISTS (SELECT 1 FROM main.private_notes m WHERE m.id = private_notes.id "
            "  AND (m.text IS NOT private_notes.text OR m.tags IS NOT private_notes.tags));"
            "%1"
            "INSERT INTO backup.private_fts (private_fts) VALUES ('optimize');"
            "COMMIT;")
            .arg(matchSealed));
    if (!ok)
        (void)m_db->exec(QStringLiteral("ROLLBACK"));
    (void)m_db->exec(QStringLiteral("DETACH DATABASE backup"));
    if (!ok)
        return std::unexpected(StoreError{ok.error().code, failed.arg(backup, ok.error().message)});
    return {};
}

void Store::pruneUpgradeBackups()
{
    QStringList backups = upgradeBackups(path());
    if (!backups.isEmpty())
        backups.removeLast(); // the newest one is kept
    for (const QString& old : backups)
        QFile::remove(old);
}

} // namespace coachtrack::annotations
