// Store: opening, identifying, backing up and migrating the library file.
#include "annotations/Sqlite.h"
#include "annotations/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <fcntl.h>
#include <unistd.h>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace coachtrack::annotations {

namespace {

constexpr int64_t kApplicationId = 1129270347; // 'CTRK', set by 0001_init.sql
const QString kMigrationDir = QStringLiteral(":/coachtrack/migrations");

QStringList migrationFiles()
{
    initMigrationResources();
    QStringList files = QDir(kMigrationDir).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
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
        return std::unexpected(fileError(StoreErrorCode::Io, path, QStringLiteral("cannot create its folder")));
    const int fd = ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return std::unexpected(fileError(StoreErrorCode::Io, path, QString::fromLocal8Bit(strerror(errno))));
    if (fd >= 0)
        ::close(fd);
    return {};
}

} // namespace

Store::Store() : m_db(std::make_unique<sql::Connection>()) {}
Store::~Store() = default;

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

int Store::latestSchemaVersion()
{
    return int(migrationFiles().size());
}

QString Store::path() const { return m_db->path(); }
int Store::schemaVersion() const { return m_schemaVersion; }

Result<bool> Store::integrityOk()
{
    auto check = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return std::unexpected(check.error());
    auto row = check->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && check->text(0) == u"ok";
}

Result<std::unique_ptr<Store>> Store::open(const QString& path)
{
    const bool inMemory = path == u":memory:";
    if (!inMemory) {
        if (QFileInfo(path).isDir())
            return std::unexpected(fileError(StoreErrorCode::Io, path, QStringLiteral("is a folder, not a library file")));
        if (auto created = createPrivateFile(path); !created)
            return std::unexpected(created.error());
    }
    std::unique_ptr<Store> store(new Store);
    if (auto opened = store->m_db->open(path, true); !opened)
        return std::unexpected(opened.error());

    // Identify the file before writing anything to it.
    auto appId = store->m_db->scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return std::unexpected(fileError(StoreErrorCode::NotOurDatabase, path,
                                         QStringLiteral("is not a Coachtrack library (%1)").arg(appId.error().message)));
    auto version = store->m_db->scalar(QStringLiteral("PRAGMA user_version"));
    auto objects = store->m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !objects)
        return std::unexpected(version ? objects.error() : version.error());
    const bool empty = *appId == 0 && *version == 0 && *objects == 0;
    if (!empty && *appId != kApplicationId)
        return std::unexpected(fileError(StoreErrorCode::NotOurDatabase, path,
                                         QStringLiteral("is another program's SQLite database, not a Coachtrack "
                                                        "library; choose another file with --db")));
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return std::unexpected(fileError(
            StoreErrorCode::NewerSchema, path,
            QStringLiteral("was written by a newer Coachtrack (library version %1; this Coachtrack reads up to "
                           "version %2). Upgrade Coachtrack to open it; the file was left untouched.")
                .arg(*version)
                .arg(latest)));
    store->m_schemaVersion = int(*version);

    for (const QString& pragma : {inMemory ? QString() : QStringLiteral("PRAGMA journal_mode = WAL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (pragma.isEmpty())
            continue;
        if (auto ok = store->m_db->exec(pragma); !ok)
            return std::unexpected(ok.error());
    }
    if (store->m_schemaVersion < latest) {
        if (store->m_schemaVersion > 0 && !inMemory) {
            const QString backup = QStringLiteral("%1.v%2-backup-%3")
                                       .arg(path)
                                       .arg(store->m_schemaVersion)
                                       .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            auto statement = store->m_db->prepare(QStringLiteral("VACUUM INTO ?"));
            if (!statement || !statement->bind(1, backup).run())
                return std::unexpected(fileError(StoreErrorCode::Io, path,
                                                 QStringLiteral("cannot write the backup %1 before upgrading; "
                                                                "nothing was changed").arg(backup)));
        }
        if (auto migrated = store->migrate(); !migrated)
            return std::unexpected(migrated.error());
    }
    return store;
}

Result<void> Store::migrate()
{
    const QStringList files = migrationFiles();
    for (int version = m_schemaVersion + 1; version <= int(files.size()); ++version) {
        QFile file(kMigrationDir + u'/' + files[version - 1]);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(StoreError{StoreErrorCode::Io, QStringLiteral("migration %1 is missing").arg(files[version - 1])});
        const QString script = QString::fromUtf8(file.readAll());
        sql::Transaction transaction(*m_db);
        if (auto ok = transaction.begin(); !ok)
            return ok;
        if (auto ok = m_db->exec(script); !ok)
            return std::unexpected(StoreError{ok.error().code, QStringLiteral("upgrading %1 to library version %2 failed; "
                                                                              "nothing was changed: %3")
                                                                   .arg(m_db->path()).arg(version).arg(ok.error().message)});
        if (auto ok = m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !ok)
            return ok;
        if (auto ok = transaction.commit(); !ok)
            return ok;
        m_schemaVersion = version;
    }
    return {};
}

} // namespace coachtrack::annotations
