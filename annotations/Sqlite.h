#pragma once

// A thin RAII layer over the sqlite3 C API with errors as values. Private to annotations/.

#include "annotations/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <cstdint>
#include <expected>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace coachtrack::annotations::sql {

class Connection;

// One prepared statement of a Connection, used on that connection's thread. Bind
// parameters are 1-based, columns 0-based. Dates are ISO 8601 text, timestamps ISO 8601
// text with milliseconds.
class Statement
{
public:
    Statement(Statement&&) noexcept;
    Statement& operator=(Statement&&) noexcept;
    ~Statement();

    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, int64_t(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QDate& value); // ISO text, or NULL when invalid
    Statement& bind(int index, const QDateTime& value);
    Statement& bind(int index, const QByteArray& value); // a BLOB
    Statement& bind(int index, std::nullopt_t) { return bindNull(index); }
    template<typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    Statement& bindNull(int index);
    // Binds `values` to ?1, ?2, … in order.
    template<typename... Values>
    Statement& bindAll(const Values&... values)
    {
        [[maybe_unused]] int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // Steps once: true when a row is available, false when done.
    std::expected<bool, StoreError> step();
    // Steps to completion (for statements that return no rows).
    std::expected<void, StoreError> run();
    void reset();

    int64_t int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<int64_t> optionalInt64(int column) const;
    bool isNull(int column) const;
    // Reads columns 0, 1, … into `fields` in order, each as its type: int64_t, int, QString,
    // std::optional<int64_t>, QDate or QDateTime.
    template<typename... Fields>
    void columns(Fields&... fields) const
    {
        [[maybe_unused]] int column = 0;
        (read(column++, fields), ...);
    }

private:
    void read(int column, int64_t& value) const { value = int64(column); }
    void read(int column, int& value) const { value = int(int64(column)); }
    void read(int column, bool& value) const { value = int64(column) != 0; }
    void read(int column, QString& value) const { value = text(column); }
    void read(int column, std::optional<int64_t>& value) const { value = optionalInt64(column); }
    void read(int column, QDate& value) const
    {
        value = QDate::fromString(text(column), Qt::ISODate);
    }
    void read(int column, QDateTime& value) const
    {
        value = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    }

    friend class Connection;
    Statement(sqlite3_stmt* statement, Connection* connection);
    sqlite3_stmt* m_statement = nullptr;
    Connection* m_connection = nullptr;
};

// What a row reader (a callable taking `const Statement&`) makes of one row.
template<typename Reader>
using RowOf = std::invoke_result_t<Reader&, const Statement&>;

// One database connection, and the query layer the store is written in: prepare, bind,
// step and read in one call, errors as values. Use it from one thread at a time.
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
    // Runs a script of statements without parameters (migrations, PRAGMAs, transactions).
    std::expected<void, StoreError> exec(const QString& sql);
    std::expected<Statement, StoreError> prepare(const QString& sql);
    // Prepares one statement with `binds` bound to ?1, ?2, … in order. A bind is an int64_t, a
    // QString, a QDate (NULL when invalid), a QDateTime, a std::optional of those or std::nullopt.
    template<typename First, typename... Rest>
    std::expected<Statement, StoreError> prepare(const QString& sql, const First& first,
                                                 const Rest&... rest);

    // Runs one statement that returns no rows.
    template<typename... Binds>
    std::expected<void, StoreError> execute(const QString& sql, const Binds&... binds);
    // The first row, made by `read`, or nullopt when there is none.
    template<typename Reader, typename... Binds>
    std::expected<std::optional<RowOf<Reader>>, StoreError>
    queryOne(const QString& sql, Reader read, const Binds&... binds);
    // Every row, made by `read`, in the order the query gives them.
    template<typename Reader, typename... Binds>
    std::expected<std::vector<RowOf<Reader>>, StoreError> queryAll(const QString& sql, Reader read,
                                                                   const Binds&... binds);
    // The first column of the first row (0 when there is none), for PRAGMA and count queries.
    template<typename... Binds>
    std::expected<int64_t, StoreError> scalar(const QString& sql, const Binds&... binds);

    // Copies the write-ahead log into the file and empties it, without waiting for readers:
    // false when another connection still reads an older snapshot (it is kept for later).
    std::expected<bool, StoreError> truncateWal();
    int64_t lastInsertId() const;
    int changes() const;
    // The error the database reported last, as a StoreError for the user.
    StoreError lastError(const QString& context = {}) const;
    sqlite3* handle() const { return m_db; }
    // How many PrivateTablesDenied guards are open on this connection (they nest).
    int& privateTablesDenied() { return m_privateTablesDenied; }
    QString path() const { return m_path; }

private:
    // Calls `onRow` for each row of `sql` while it returns true.
    template<typename OnRow, typename... Binds>
    std::expected<void, StoreError> eachRow(const QString& sql, OnRow onRow, const Binds&... binds);
    template<typename Out, typename Reader, typename... Binds>
    std::expected<Out, StoreError> collect(const QString& sql, Reader read, const Binds&... binds);

    sqlite3* m_db = nullptr;
    int m_privateTablesDenied = 0;
    QString m_path;
    QString m_readOnlyReason;
};

// BEGIN IMMEDIATE … COMMIT, or a SAVEPOINT when a transaction is already open, so that
// store operations compose. Rolls back unless commit() succeeded. On the connection's thread.
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
// so that no query there can return private text, whatever it says. On the connection's thread.
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

template<typename First, typename... Rest>
std::expected<Statement, StoreError> Connection::prepare(const QString& sql, const First& first,
                                                         const Rest&... rest)
{
    auto statement = prepare(sql);
    if (statement)
        statement->bindAll(first, rest...);
    return statement;
}

template<typename... Binds>
std::expected<void, StoreError> Connection::execute(const QString& sql, const Binds&... binds)
{
    auto statement = prepare(sql, binds...);
    if (!statement)
        return std::unexpected(statement.error());
    return statement->run();
}

template<typename OnRow, typename... Binds>
std::expected<void, StoreError> Connection::eachRow(const QString& sql, OnRow onRow,
                                                    const Binds&... binds)
{
    auto statement = prepare(sql, binds...);
    if (!statement)
        return std::unexpected(statement.error());
    for (;;) {
        auto row = statement->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row || !onRow(std::as_const(*statement)))
            return {};
    }
}

// Reads rows into `Out`: the first one into a std::optional, every one into a std::vector.
template<typename Out, typename Reader, typename... Binds>
std::expected<Out, StoreError> Connection::collect(const QString& sql, Reader read,
                                                   const Binds&... binds)
{
    Out out;
    auto done = eachRow(
        sql,
        [&](const Statement& row) {
            if constexpr (std::is_same_v<Out, std::vector<RowOf<Reader>>>) {
                out.push_back(read(row));
                return true;
            } else {
                out = read(row);
                return false; // the first row is enough
            }
        },
        binds...);
    if (!done)
        return std::unexpected(done.error());
    return out;
}

template<typename Reader, typename... Binds>
std::expected<std::optional<RowOf<Reader>>, StoreError>
Connection::queryOne(const QString& sql, Reader read, const Binds&... binds)
{
    return collect<std::optional<RowOf<Reader>>>(sql, read, binds...);
}

template<typename Reader, typename... Binds>
std::expected<std::vector<RowOf<Reader>>, StoreError>
Connection::queryAll(const QString& sql, Reader read, const Binds&... binds)
{
    return collect<std::vector<RowOf<Reader>>>(sql, read, binds...);
}

template<typename... Binds>
std::expected<int64_t, StoreError> Connection::scalar(const QString& sql, const Binds&... binds)
{
    auto first = queryOne(
        sql, [](const Statement& row) { return row.int64(0); }, binds...);
    if (!first)
        return std::unexpected(first.error());
    return first->value_or(0);
}

} // namespace coachtrack::annotations::sql
