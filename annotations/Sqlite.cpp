#include "annotations/Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <cstring>
#include <sqlite3.h>

namespace coachtrack::annotations::sql {

Statement::Statement(sqlite3_stmt* statement, Connection* connection)
    : m_statement(statement)
    , m_connection(connection)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_connection(other.m_connection)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_connection = other.m_connection;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QDate& value)
{
    return value.isValid() ? bind(index, value.toString(Qt::ISODate)) : bindNull(index);
}

Statement& Statement::bind(int index, const QDateTime& value)
{
    return bind(index, value.toString(Qt::ISODateWithMs));
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

std::expected<bool, StoreError> Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    StoreError error = m_connection->lastError();
    sqlite3_reset(m_statement);
    return std::unexpected(error);
}

std::expected<void, StoreError> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

std::optional<int64_t> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int64_t>(int64(column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

std::expected<void, StoreError> Connection::open(const QString& path, bool create)
{
    m_path = path;
    const int flags =
        SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return std::unexpected(lastError(QStringLiteral("cannot open")));
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

std::expected<void, StoreError> Connection::openReadOnly(const QString& path, bool immutable)
{
    m_path = path;
    QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded();
    uri += immutable ? QByteArrayLiteral("?mode=ro&immutable=1") : QByteArrayLiteral("?mode=ro");
    const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr) != SQLITE_OK)
        return std::unexpected(lastError(QStringLiteral("cannot open")));
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    return {};
}

std::expected<void, StoreError> Connection::exec(const QString& sqlText)
{
    if (sqlite3_exec(m_db, sqlText.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(lastError());
    return {};
}

std::expected<Statement, StoreError> Connection::prepare(const QString& sqlText)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sqlText.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK)
        return std::unexpected(lastError());
    return Statement(statement, this);
}

std::expected<bool, StoreError> Connection::truncateWal()
{
    sqlite3_busy_timeout(m_db, 0);
    auto busy = scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    sqlite3_busy_timeout(m_db, 5000);
    if (!busy && (busy.error().code == StoreErrorCode::Busy))
        return false;
    if (!busy)
        return std::unexpected(busy.error());
    return *busy == 0;
}

int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

StoreError Connection::lastError(const QString& context) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const QString detail =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
    const QString where =
        context.isEmpty() ? m_path : QStringLiteral("%1: %2").arg(m_path, context);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return {StoreErrorCode::DiskFull,
                QStringLiteral("%1: the disk is full; nothing was saved by this change. "
                               "Free some space and try again.")
                    .arg(m_path)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {StoreErrorCode::ReadOnly,
                m_readOnlyReason.isEmpty()
                    ? QStringLiteral("%1: the library cannot be written (%2)").arg(m_path, detail)
                    : QStringLiteral("%1: nothing was changed: %2").arg(m_path, m_readOnlyReason)};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {
            StoreErrorCode::Busy,
            QStringLiteral("%1: the library is busy in another program; try again").arg(m_path)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {
            StoreErrorCode::Corrupt,
            QStringLiteral("%1: the file is damaged or not a database (%2)").arg(m_path, detail)};
    case SQLITE_CONSTRAINT:
        return {StoreErrorCode::InvalidInput, QStringLiteral("%1 (%2)").arg(detail, where)};
    default: return {StoreErrorCode::Io, QStringLiteral("%1: %2").arg(where, detail)};
    }
}

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint.isEmpty())
        (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    else
        (void)m_connection.exec(QStringLiteral("ROLLBACK TO %1; RELEASE %1").arg(m_savepoint));
}

std::expected<void, StoreError> Transaction::begin()
{
    static int counter = 0;
    if (!sqlite3_get_autocommit(m_connection.handle()))
        m_savepoint = QStringLiteral("nested_%1").arg(++counter);
    auto ok =
        m_connection.exec(m_savepoint.isEmpty() ? QStringLiteral("BEGIN IMMEDIATE")
                                                : QStringLiteral("SAVEPOINT %1").arg(m_savepoint));
    m_open = ok.has_value();
    return ok;
}

std::expected<void, StoreError> Transaction::commit()
{
    auto ok =
        m_connection.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                : QStringLiteral("RELEASE %1").arg(m_savepoint));
    if (ok)
        m_open = false;
    return ok;
}

namespace {

bool isPrivateTable(const char* name)
{
    return name && std::strncmp(name, "private_", 8) == 0;
}

int denyPrivateTables(void*, int action, const char* a, const char* b, const char*, const char*)
{
    switch (action) {
    case SQLITE_READ:   // a = table, b = column
    case SQLITE_UPDATE: // a = table, b = column
    case SQLITE_INSERT: // a = table
    case SQLITE_DELETE: // a = table
        return isPrivateTable(a) ? SQLITE_DENY : SQLITE_OK;
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE: // b = module; a = table
        return isPrivateTable(a) ? SQLITE_DENY : SQLITE_OK;
    default: (void)b; return SQLITE_OK;
    }
}

} // namespace

PrivateTablesDenied::PrivateTablesDenied(Connection& connection)
    : m_connection(connection)
{
    if (m_connection.privateTablesDenied()++ == 0)
        sqlite3_set_authorizer(m_connection.handle(), denyPrivateTables, nullptr);
}

PrivateTablesDenied::~PrivateTablesDenied()
{
    // A guard opened inside another (a guarded read calling one) leaves the outer one on.
    if (--m_connection.privateTablesDenied() == 0)
        sqlite3_set_authorizer(m_connection.handle(), nullptr, nullptr);
}

} // namespace coachtrack::annotations::sql
