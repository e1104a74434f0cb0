#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <expected>
#include <map>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace coachtrack::sync {

// What the server (or libpq) said: the SQLSTATE ("42501" permission denied, "" when the
// connection itself failed) and the message, for the user.
struct PgError
{
    QString sqlState;
    QString message;
    // The server could not be reached or went away (class 08, 57P: shut down or restarted):
    // worth trying again later, unlike a refusal (a wrong password is 28P01, a certificate
    // that fails verification CT020, another refusal at sign-in CT021).
    bool connectionLost() const
    {
        return sqlState.isEmpty() || sqlState.startsWith(QLatin1String("08")) ||
               sqlState.startsWith(QLatin1String("57P"));
    }
};
template<class T>
using PgResult = std::expected<T, PgError>;

// A problem on this side (the library, a document), in the same shape as the server's.
inline PgError libraryError(const QString& message)
{
    return {QStringLiteral("CT010"), message};
}

// The rows a statement returned, as text (PostgreSQL's text format). Owns the PGresult.
class PgRows
{
public:
    explicit PgRows(pg_result* result);
    ~PgRows();
    PgRows(PgRows&& other) noexcept;
    PgRows& operator=(PgRows&&) = delete;
    PgRows(const PgRows&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 number(int row, int column) const;
    // The number of rows an INSERT, UPDATE or DELETE touched.
    qint64 affected() const;

private:
    pg_result* m_result;
};

// One connection to the team's PostgreSQL server through libpq: statements with parameters
// only (never text pasted into SQL), in transactions. The password is given (the secret store's)
// or comes from libpq's own places (PGPASSWORD, ~/.pgpass); TLS as the URL's sslmode asks
// (verify-full checks the server's certificate against sslrootcert). One thread at a time.
class PgConnection
{
public:
    // `url`: postgresql://user@host:port/db?sslmode=… or a key=value connection string.
    // `password`: from the desktop's secret store; empty leaves it to libpq (PGPASSWORD,
    // ~/.pgpass).
    static PgResult<std::unique_ptr<PgConnection>> open(const QString& url,
                                                        const QString& password = {});
    ~PgConnection();

    // Parameters: a null QVariant is NULL, a QByteArray goes as binary (bytea), anything
    // else as its text.
    PgResult<PgRows> exec(const QString& sql, const QVariantList& params = {});
    PgResult<void> begin();
    PgResult<void> commit();
    void rollback();

    // The SCRAM verifier of a password, computed here: the password itself never reaches the
    // server (nor its statement log).
    PgResult<QString> passwordVerifier(const QString& role, const QString& password);

    QString user() const;
    QString database() const;
    int serverVersion() const; // 150018 for 15.18

private:
    explicit PgConnection(pg_conn* connection);
    // The name of `sql` prepared on the server (made on first use: a statement with parameters
    // is parsed and planned once per connection, not at every call); empty inside a failed
    // transaction; the server's error when it refuses the statement.
    PgResult<QByteArray> prepared(const QByteArray& sql, int params);
    pg_conn* m_conn;
    std::map<QByteArray, QByteArray> m_prepared;
};

// The same URL for another user (a rep's sign-in), without a password.
QString urlForUser(const QString& url, const QString& user);
bool urlHasPassword(const QString& url);

} // namespace coachtrack::sync
