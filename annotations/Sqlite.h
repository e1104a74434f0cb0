#pragma once

// A thin RAII layer over the sqlite3 C API with errors as values. Private to annotations/.

#include "annotations/StoreError.h"

#include <QString>
#include <cstdint>
#include <expected>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace coachtrack::annotations::sql {

class Connection;

// One prepared statement. Bind parameters are 1-based, columns 0-based.
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, std::optional<int64_t> value);
    Statement& bindNull(int index);
    // Named parameters (":name").
    Statement& bind(const QString& name, int64_t value);
    Statement& bind(const QString& name, const QString& value);
    Statement& bindNull(const QString& name);

    // Steps once: true when a row is available, false when done.
    std::expected<bool, StoreError> step();
    // Steps to completion (for statements that return no rows).
    std::expected<void, StoreError> run();
    void reset();

    int64_t int64(int column) const;
    QString text(int column) const;
    std::optional<int64_t> optionalInt64(int column) const;
    bool isNull(int column) const;

private:
    friend class Connection;
    Statement(sqlite3_stmt* statement, Connection* connection);
    sqlite3_stmt* m_statement = nullptr;
    Connection* m_connection = nullptr;
};

// One database connection; use it from one thread at a time.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    std::expected<void, StoreError> open(const QString& path, bool create);
    // Opens `path` for reading only; `immutable` also skips locking and the WAL (for a file
    // nobody can write, or a damaged one that must not be touched).
    std::expected<void, StoreError> openReadOnly(const QString& path, bool immutable);
    // Why the library is read-only, for messages about writes that fail ("" when writable).
    void setReadOnlyReason(const QString& reason) { m_readOnlyReason = reason; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    std::expected<void, StoreError> exec(const QString& sql);
    std::expected<Statement, StoreError> prepare(const QString& sql);
    // The first column of the first row, for PRAGMA and count queries.
    std::expected<int64_t, StoreError> scalar(const QString& sql);

    int64_t lastInsertId() const;
    int changes() const;
    // The error the database reported last, as a StoreError for the user.
    StoreError lastError(const QString& context = {}) const;
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    QString m_readOnlyReason;
};

// BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT when a transaction is already open, so that
// store operations compose. Rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    std::expected<void, StoreError> begin();
    std::expected<void, StoreError> commit();

private:
    Connection& m_connection;
    bool m_open = false;
    QString m_savepoint; // empty for an outermost transaction
};

// While alive, the connection refuses to read or write any table whose name starts with
// "private_" (notes, their full-text index): such a statement fails to prepare with
// "access to private_… is prohibited". The export path builds its view under this guard,
// so that no query there can return private text, whatever it says.
class PrivateTablesDenied
{
public:
    explicit PrivateTablesDenied(Connection& connection);
    ~PrivateTablesDenied();
    PrivateTablesDenied(const PrivateTablesDenied&) = delete;
    PrivateTablesDenied& operator=(const PrivateTablesDenied&) = delete;

private:
    Connection& m_connection;
};

} // namespace coachtrack::annotations::sql
