#include "sync/PgConnection.h"

#include <QDate>
#include <QDateTime>
#include <libpq-fe.h>

namespace coachtrack::sync {

namespace {

PgError connectionError(pg_conn* conn)
{
    return {QString(), QString::fromUtf8(PQerrorMessage(conn)).trimmed()};
}

QString field(const pg_result* result, int code)
{
    const char* value = PQresultErrorField(result, code);
    return value ? QString::fromUtf8(value) : QString();
}

} // namespace

PgRows::PgRows(pg_result* result)
    : m_result(result)
{
}

PgRows::~PgRows()
{
    if (m_result)
        PQclear(m_result);
}

PgRows::PgRows(PgRows&& other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

int PgRows::rows() const
{
    return PQntuples(m_result);
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column);
}

QString PgRows::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgRows::number(int row, int column) const
{
    return text(row, column).toLongLong();
}

qint64 PgRows::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

PgResult<std::unique_ptr<PgConnection>> PgConnection::open(const QString& url,
                                                           const QString& password)
{
    const QByteArray info = url.toUtf8();
    QByteArray secret = password.toUtf8();
    // A server that does not answer is given up on after 10 s unless the URL says otherwise
    // (libpq's own default waits for the system's TCP timeout, minutes).
    std::vector<const char*> keywords{"dbname"};
    std::vector<const char*> values{info.constData()};
    if (!url.contains(QLatin1String("connect_timeout"))) {
        keywords.push_back("connect_timeout");
        values.push_back("10");
    }
    if (!password.isEmpty()) {
        keywords.push_back("password");
        values.push_back(secret.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    pg_conn* conn = PQconnectdbParams(keywords.data(), values.data(), 1);
    secret.fill('\0');
    if (!conn)
        return std::unexpected(PgError{QString(), QStringLiteral("out of memory")});
    if (PQstatus(conn) != CONNECTION_OK) {
        PgError error = connectionError(conn);
        // Refused rather than unreachable: the password (wrong, or none given), the server's
        // certificate (TLS verification), or the server's own FATAL (no such role or database).
        // libpq gives these no SQLSTATE; they are not worth retrying, and are not "offline".
        if (PQconnectionNeedsPassword(conn) || PQconnectionUsedPassword(conn))
            error.sqlState = QStringLiteral("28P01");
        else if (error.message.contains(QLatin1String("certificate")) ||
                 error.message.contains(QLatin1String("does not support SSL")))
            error.sqlState = QStringLiteral("CT020");
        else if (error.message.contains(QLatin1String("FATAL")))
            error.sqlState = QStringLiteral("CT021");
        PQfinish(conn);
        return std::unexpected(error);
    }
    // The server's notices ("role … does not exist, skipping") are not the user's business.
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    std::unique_ptr<PgConnection> connection(new PgConnection(conn));
    if (auto ok = connection->exec(QStringLiteral("SET client_encoding = 'UTF8'")); !ok)
        return std::unexpected(ok.error());
    return connection;
}

PgConnection::PgConnection(pg_conn* connection)
    : m_conn(connection)
{
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

PgResult<PgRows> PgConnection::exec(const QString& sql, const QVariantList& params)
{
    std::vector<QByteArray> values(params.size());
    std::vector<const char*> pointers(params.size(), nullptr);
    std::vector<int> lengths(params.size(), 0);
    std::vector<int> formats(params.size(), 0);
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QVariant& p = params[i];
        if (p.isNull())
            continue;
        if (p.typeId() == QMetaType::QByteArray) {
            values[i] = p.toByteArray();
            formats[i] = 1;
        } else if (p.typeId() == QMetaType::QDate) {
            values[i] = p.toDate().toString(Qt::ISODate).toUtf8();
        } else if (p.typeId() == QMetaType::QDateTime) {
            values[i] = p.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
        } else if (p.typeId() == QMetaType::Bool) {
            values[i] = p.toBool() ? "true" : "false";
        } else {
            values[i] = p.toString().toUtf8();
        }
        pointers[i] = values[i].constData();
        lengths[i] = int(values[i].size());
    }
    const QByteArray text = sql.toUtf8();
    QByteArray name;
    if (!params.isEmpty()) {
        auto ready = prepared(text, int(params.size()));
        if (!ready) // the statement's own error (and inside a transaction, the only one)
            return std::unexpected(ready.error());
        name = *ready;
    }
    pg_result* result = name.isEmpty()
                            ? PQexecParams(m_conn, text.constData(), int(params.size()), nullptr,
                                           pointers.data(), lengths.data(), formats.data(), 0)
                            : PQexecPrepared(m_conn, name.constData(), int(params.size()),
                                             pointers.data(), lengths.data(), formats.data(), 0);
    if (!result)
        return std::unexpected(connectionError(m_conn));
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        PgError error{field(result, PG_DIAG_SQLSTATE), field(result, PG_DIAG_MESSAGE_PRIMARY)};
        if (error.message.isEmpty())
            error.message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (PQstatus(m_conn) == CONNECTION_BAD && error.sqlState.isEmpty())
            error.sqlState = QStringLiteral("08006"); // connection failure
        PQclear(result);
        return std::unexpected(error);
    }
    return PgRows(result);
}

PgResult<QByteArray> PgConnection::prepared(const QByteArray& sql, int params)
{
    if (const auto it = m_prepared.find(sql); it != m_prepared.end())
        return it->second;
    // Inside a failed transaction nothing can be prepared: the statement then runs unprepared
    // (and fails with the transaction's own error).
    if (PQtransactionStatus(m_conn) == PQTRANS_INERROR)
        return QByteArray();
    const QByteArray name = "ct" + QByteArray::number(qulonglong(m_prepared.size()));
    pg_result* result = PQprepare(m_conn, name.constData(), sql.constData(), params, nullptr);
    if (!result)
        return std::unexpected(connectionError(m_conn));
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        PgError error{field(result, PG_DIAG_SQLSTATE), field(result, PG_DIAG_MESSAGE_PRIMARY)};
        if (error.message.isEmpty())
            error.message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        if (PQstatus(m_conn) == CONNECTION_BAD && error.sqlState.isEmpty())
            error.sqlState = QStringLiteral("08006");
        PQclear(result);
        return std::unexpected(error);
    }
    PQclear(result);
    m_prepared.emplace(sql, name);
    return name;
}

PgResult<void> PgConnection::begin()
{
    if (auto ok = exec(QStringLiteral("BEGIN")); !ok)
        return std::unexpected(ok.error());
    return {};
}

PgResult<void> PgConnection::commit()
{
    if (auto ok = exec(QStringLiteral("COMMIT")); !ok)
        return std::unexpected(ok.error());
    return {};
}

void PgConnection::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

PgResult<QString> PgConnection::passwordVerifier(const QString& role, const QString& password)
{
    char* verifier = PQencryptPasswordConn(m_conn, password.toUtf8().constData(),
                                           role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return std::unexpected(connectionError(m_conn));
    const QString text = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return text;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::database() const
{
    return QString::fromUtf8(PQdb(m_conn));
}

int PgConnection::serverVersion() const
{
    return PQserverVersion(m_conn);
}

namespace {

// The URL's parts as libpq reads them (nullptr when it cannot be read).
PQconninfoOption* parse(const QString& url)
{
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.toUtf8().constData(), &error);
    if (error)
        PQfreemem(error);
    return options;
}

} // namespace

bool urlHasPassword(const QString& url)
{
    PQconninfoOption* options = parse(url);
    if (!options)
        return false;
    bool has = false;
    for (PQconninfoOption* o = options; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            has = true;
    PQconninfoFree(options);
    return has;
}

namespace {

// key='value' as libpq reads it: a backslash and a quote escaped with a backslash.
QString pair(const QString& key, QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, value);
}

QString rebuilt(const QString& url, const QString& user)
{
    PQconninfoOption* options = parse(url);
    if (!options)
        return QString();
    QStringList parts;
    for (PQconninfoOption* o = options; o->keyword; ++o) {
        const bool isUser = qstrcmp(o->keyword, "user") == 0;
        if (!o->val || !*o->val || qstrcmp(o->keyword, "password") == 0 ||
            (isUser && !user.isEmpty()))
            continue;
        parts << pair(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    PQconninfoFree(options);
    if (!user.isEmpty())
        parts << pair(QStringLiteral("user"), user);
    return parts.join(u' ');
}

} // namespace

QString urlForUser(const QString& url, const QString& user)
{
    return rebuilt(url, user);
}

} // namespace coachtrack::sync
