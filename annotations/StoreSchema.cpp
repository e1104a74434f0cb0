// Store: opening, identifying, backing up and migrating the library file.
#include "annotations/FilePaths.h"
#include "annotations/Sqlite.h"
#include "annotations/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace coachtrack::annotations {

namespace {

constexpr int64_t kApplicationId = 1129270347; // 'CTRK', set by 0001_init.sql
const QString kMigrationDir = QStringLiteral(":/coachtrack/migrations");
// The first library version whose store wipes deleted private text as it goes.
constexpr int kFirstWipingVersion = 3;
// Libraries up to this size have every page checked at open (quick_check, ~0.2 s).
constexpr qint64 kWholeCheckBytes = 64 * 1024 * 1024;

QStringList migrationFiles()
{
    initMigrationResources();
    QStringList files =
        QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

StoreError fileError(StoreErrorCode code, const QString& path, const QString& why)
{
    return {code, QStringLiteral("%1: %2").arg(QFileInfo(path).absoluteFilePath(), why)};
}

// Creates an empty file readable by its owner only, so the library never exists with
// wider permissions, not even for a moment.
Result<void> createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return std::unexpected(
            fileError(StoreErrorCode::Io, path, QStringLiteral("cannot create its folder")));
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return std::unexpected(
            fileError(StoreErrorCode::Io, path, QString::fromLocal8Bit(strerror(errno))));
    if (fd >= 0)
        ::close(fd);
    return {};
}

// Whether we may write `path`: for our own files their owner write bit decides (so a file or
// folder the user made read-only stays read-only even for root), for others access(2).
bool writable(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat st = {};
    if (::stat(name.constData(), &st) != 0)
        return true; // not there: creating it will tell
    if (st.st_uid == ::geteuid())
        return (st.st_mode & S_IWUSR) != 0 && ::access(name.constData(), W_OK) == 0;
    return ::access(name.constData(), W_OK) == 0;
}

// Why the library at `path` can only be read ("" when it can be written): SQLite's WAL
// needs to write the file and to create its -wal and -shm companions beside it.
QString whyReadOnly(const QString& path)
{
    if (!writable(path))
        return QStringLiteral("the file is read-only");
    if (!writable(QFileInfo(path).absolutePath()))
        return QStringLiteral("its folder %1 is read-only").arg(QFileInfo(path).absolutePath());
    return {};
}

bool hasWal(const QString& path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

// Mode 0600 for the library and everything that holds its contents: -wal, -shm and the
// backups written before upgrades. Files owned by someone else are left as they are.
void keepPrivate(const QString& path)
{
    const QFileInfo info(path);
    QStringList files{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                      path + QStringLiteral("-journal")};
    for (const QString& backup : info.absoluteDir().entryList(
             {info.fileName() + QStringLiteral(".v*-backup-*")}, QDir::Files))
        files << info.absoluteDir().filePath(backup);
    for (const QString& file : files) {
        const QByteArray name = QFile::encodeName(file);
        struct stat st = {};
        if (::lstat(name.constData(), &st) == 0 && S_ISREG(st.st_mode) &&
            st.st_uid == ::geteuid() && (st.st_mode & 0077) != 0)
            ::chmod(name.constData(), st.st_mode & 0700);
    }
}

} // namespace

Store::Store()
    : m_db(std::make_unique<sql::Connection>())
{
}
Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/library.sqlite");
}

int Store::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString Store::path() const
{
    return m_db->path();
}
int Store::schemaVersion() const
{
    return m_schemaVersion;
}

Result<bool> Store::integrityOk()
{
    auto problem = checkPages(false);
    if (!problem)
        return std::unexpected(problem.error());
    return problem->isEmpty();
}

QStringList Store::integrityProblems() const
{
    return m_problems;
}
bool Store::isReadOnly() const
{
    return m_readOnly;
}
QString Store::readOnlyReason() const
{
    return m_db->readOnlyReason();
}

Result<int64_t> Store::dataVersion()
{
    return m_db->scalar(QStringLiteral("PRAGMA data_version"));
}

Result<std::unique_ptr<Store>> Store::open(const QString& requestedPath)
{
    const bool inMemory = requestedPath == u":memory:";
    // A link to the library (even a dangling one) stands for the file it points to.
    const QString path = inMemory ? requestedPath : followLinks(requestedPath);
    std::unique_ptr<Store> store(new Store);
    QString readOnlyWhy;
    if (!inMemory) {
        if (QFileInfo(path).isDir())
            return std::unexpected(fileError(StoreErrorCode::Io, path,
                                             QStringLiteral("is a folder, not a library file")));
        readOnlyWhy = whyReadOnly(path);
        if (readOnlyWhy.isEmpty()) {
            if (auto created = createPrivateFile(path); !created)
                return std::unexpected(created.error());
            keepPrivate(path); // also a pre-existing, restored or copied file, and its companions
        } else if (!QFileInfo::exists(path)) {
            return std::unexpected(
                fileError(StoreErrorCode::ReadOnly, path,
                          QStringLiteral("cannot be created: %1").arg(readOnlyWhy)));
        }
    }
    if (auto opened = readOnlyWhy.isEmpty() ? store->m_db->open(path, true)
                                            : store->m_db->openReadOnly(path, !hasWal(path));
        !opened)
        return std::unexpected(opened.error());
    store->m_db->setReadOnlyReason(readOnlyWhy);

    if (auto identified = store->identify(); !identified)
        return std::unexpected(identified.error());
    if (!inMemory) {
        auto problem = store->checkPages(true);
        if (!problem)
            return std::unexpected(problem.error());
        if (!problem->isEmpty()) {
            // Never write into a damaged file: reopen it untouched, for reading what can be read.
            store.reset(new Store);
            if (auto opened = store->m_db->openReadOnly(path, true); !opened)
                return std::unexpected(opened.error());
            readOnlyWhy =
                QStringLiteral(
                    "the library is damaged (%1), so it was opened read-only and nothing will be "
                    "written into it. Copy what can be read into a new library with "
                    "`coachtrack --db %2 check --recover-to NEW.sqlite`, then use that one.")
                    .arg(*problem, QFileInfo(path).absoluteFilePath());
            store->m_db->setReadOnlyReason(readOnlyWhy);
            if (auto identified = store->identify(); !identified)
                return std::unexpected(identified.error());
        }
    }
    const int latest = latestSchemaVersion();
    if (!readOnlyWhy.isEmpty()) {
        store->m_readOnly = true;
        if (store->m_schemaVersion < latest)
            return std::unexpected(
                fileError(StoreErrorCode::ReadOnly, path,
                          QStringLiteral("is from an older Coachtrack (library version %1) and "
                                         "must be upgraded before it can "
                                         "be read, but %2")
                              .arg(store->m_schemaVersion)
                              .arg(readOnlyWhy)));
        if (auto ok = store->m_db->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !ok)
            return std::unexpected(ok.error());
        store->readKeySettings();
        return store;
    }

    for (const QString& pragma :
         {inMemory ? QString() : QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
          // Freed space is zeroed, so deleted private text is not left in the file; sorting and
          // index merges stay in memory, not in temporary files.
          QStringLiteral("PRAGMA secure_delete = ON"),
          QStringLiteral("PRAGMA temp_store = MEMORY")}) {
        if (pragma.isEmpty())
            continue;
        if (auto ok = store->m_db->exec(pragma); !ok)
            return std::unexpected(ok.error());
    }
    if (!inMemory) {
        keepPrivate(path); // the -wal and -shm files WAL mode has just made
        // A journal left by a wipe that could not finish (another program was reading then):
        // copy it into the file and empty it now, so deleted private text does not linger.
        // Without waiting: a program still reading keeps it for the next time.
        if (hasWal(path))
            (void)store->m_db->truncateWal();
    }
    if (store->m_schemaVersion < latest) {
        if (store->m_schemaVersion > 0 && !inMemory) {
            const QString backup = QStringLiteral("%1.v%2-backup-%3")
                                       .arg(path)
                                       .arg(store->m_schemaVersion)
                                       .arg(QDateTime::currentDateTimeUtc().toString(
                                           QStringLiteral("yyyyMMdd-HHmmss")));
            // The backup holds private notes too: it is created private before SQLite fills it.
            if (!createPrivateFile(backup) ||
                !store->m_db->execute(QStringLiteral("VACUUM INTO ?"), backup))
                return std::unexpected(
                    fileError(StoreErrorCode::Io, path,
                              QStringLiteral("cannot write the backup %1 before upgrading; "
                                             "nothing was changed")
                                  .arg(backup)));
            keepPrivate(path);
        }
        const int from = store->m_schemaVersion;
        if (auto migrated = store->migrate(); !migrated)
            return std::unexpected(migrated.error());
        if (from > 0 && !inMemory) {
            if (from < kFirstWipingVersion) {
                // Older versions left deleted text in free pages and the private index.
                if (auto ok = store->m_db->exec(QStringLiteral("VACUUM")); !ok)
                    return std::unexpected(ok.error());
                store->wipePrivateResidue();
            }
            store->pruneUpgradeBackups();
        }
    }
    store->readKeySettings();
    return store;
}

Result<void> Store::identify()
{
    const QString path = m_db->path();
    // Identify the file before writing anything to it.
    auto appId = m_db->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId) {
        if (appId.error().code == StoreErrorCode::ReadOnly ||
            appId.error().code == StoreErrorCode::Busy)
            return std::unexpected(appId.error());
        return std::unexpected(fileError(
            StoreErrorCode::NotOurDatabase, path,
            QStringLiteral("is not a Coachtrack library (%1)").arg(appId.error().message)));
    }
    auto version = m_db->scalar(QStringLiteral("PRAGMA user_version"));
    auto objects = m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !objects)
        return std::unexpected(version ? objects.error() : version.error());
    const bool empty = *appId == 0 && *version == 0 && *objects == 0;
    if (!empty && *appId != kApplicationId)
        return std::unexpected(
            fileError(StoreErrorCode::NotOurDatabase, path,
                      QStringLiteral("is another program's SQLite database, not a Coachtrack "
                                     "library; choose another file with --db")));
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return std::unexpected(fileError(
            StoreErrorCode::NewerSchema, path,
            QStringLiteral(
                "was written by a newer Coachtrack (library version %1; this Coachtrack reads up "
                "to "
                "version %2). Upgrade Coachtrack to open it; the file was left untouched.")
                .arg(*version)
                .arg(latest)));
    if (empty && m_db->readOnlyReason().size() > 0)
        return std::unexpected(fileError(StoreErrorCode::ReadOnly, path,
                                         QStringLiteral("is empty and cannot be made a library: %1")
                                             .arg(m_db->readOnlyReason())));
    m_schemaVersion = int(*version);
    return {};
}

Result<QString> Store::checkPages(bool quick)
{
    // quick_check reads every page: ~1.5 s for a library of 2M notes. Past kWholeCheckBytes the
    // check at open covers the tables that hold the library together (each with its indexes);
    // the notes and their indexes are checked by `coachtrack check`, and a damaged page read
    // later fails with StoreErrorCode::Corrupt all the same.
    QStringList checks{quick ? QStringLiteral("PRAGMA quick_check(20)")
                             : QStringLiteral("PRAGMA integrity_check(100)")};
    if (quick && path() != u":memory:" && QFileInfo(path()).size() > kWholeCheckBytes) {
        checks.clear();
        for (const char* table :
             {"sqlite_schema", "reps", "recordings", "sessions", "focus_items", "library_settings"})
            checks << QStringLiteral("PRAGMA quick_check(%1)").arg(QLatin1String(table));
    }
    QStringList problems;
    for (const QString& check : checks) {
        auto rows = m_db->queryAll(check, [](const sql::Statement& s) { return s.text(0); });
        if (!rows) {
            if (rows.error().code == StoreErrorCode::Corrupt)
                return rows.error().message;
            if (check.contains(QStringLiteral("library_settings")))
                continue; // a library from before version 3
            return std::unexpected(rows.error());
        }
        for (const QString& row : *rows)
            if (row != u"ok")
                problems << row;
    }
    m_problems = problems;
    return problems.isEmpty() ? QString() : problems.first();
}

Result<void> Store::migrate()
{
    const QStringList files = migrationFiles();
    for (int version = m_schemaVersion + 1; version <= int(files.size()); ++version) {
        QFile file(kMigrationDir + u'/' + files[version - 1]);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(
                StoreError{StoreErrorCode::Io,
                           QStringLiteral("migration %1 is missing").arg(files[version - 1])});
        const QString script = QString::fromUtf8(file.readAll());
        sql::Transaction transaction(*m_db);
        if (auto ok = transaction.begin(); !ok)
            return ok;
        if (auto ok = m_db->exec(script); !ok)
            return std::unexpected(StoreError{
                ok.error().code, QStringLiteral("upgrading %1 to library version %2 failed; "
                                                "nothing was changed: %3")
                                     .arg(m_db->path())
                                     .arg(version)
                                     .arg(ok.error().message)});
        if (auto ok = seedAfterMigration(version); !ok)
            return ok;
        if (auto ok = m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !ok)
            return ok;
        if (auto ok = transaction.commit(); !ok)
            return ok;
        m_schemaVersion = version;
    }
    return {};
}

} // namespace coachtrack::annotations
