#pragma once

// Raw SQLite helpers for the benchmarks that generate a library row by row (through the
// schema's own tables and triggers). Each failure ends the benchmark with SQLite's message.
// Header-only; main thread.

#include "annotations/Store.h"

#include <QString>
#include <QTextStream>
#include <cstdlib>
#include <sqlite3.h>

namespace coachtrack::bench {

// The running benchmark's name, for its messages (main() sets it).
inline const char*& benchName()
{
    static const char* name = "bench";
    return name;
}

// Prints "NAME: what" on stderr and ends the benchmark.
[[noreturn]] inline void die(const QString& what)
{
    QTextStream(stderr) << benchName() << ": " << what << '\n';
    std::exit(1);
}

inline void exec(sqlite3* db, const char* sql);

// A new library at `path` (made and migrated by the Store), opened raw for bulk writing: no
// syncing, foreign keys on, a transaction begun. The caller commits and closes it.
inline sqlite3* openForGeneration(const QString& path)
{
    {
        auto store = annotations::Store::open(path);
        if (!store)
            die(store.error().message);
    }
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        die(QStringLiteral("cannot open %1").arg(path));
    exec(db, "PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON; BEGIN");
    return db;
}

inline void exec(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        die(QString::fromUtf8(error));
}

inline sqlite3_stmt* prepare(sqlite3* db, const char* sql)
{
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    return s;
}

// Runs an INSERT or UPDATE and resets it for the next row.
inline void step(sqlite3* db, sqlite3_stmt* s)
{
    if (sqlite3_step(s) != SQLITE_DONE)
        die(QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_reset(s);
}

inline void bindText(sqlite3_stmt* s, int i, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace coachtrack::bench
