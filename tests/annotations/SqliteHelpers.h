#pragma once

// Raw SQLite access for tests that write a library the way another version or program would.

#include "support/Fixtures.h"

#include <QFile>
#include <QString>
#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace coachtrack::testing {

// Runs `sqlText` on the file at `path` with a plain sqlite3 connection; REQUIREs success.
inline void sqliteExec(const QString& path, const char* sqlText)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sqlText, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

// The first column of the first row of `sqlText` on the file at `path`.
inline int64_t sqliteScalar(const QString& path, const char* sqlText)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sqlText, -1, &statement, nullptr) == SQLITE_OK);
    const int64_t value =
        sqlite3_step(statement) == SQLITE_ROW ? sqlite3_column_int64(statement, 0) : 0;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return value;
}

// A library as schema version 1 wrote it: the released v1 schema (migrations/0001_init.sql, never
// edited), the rows of fixtures/library-v1.sql, then `extraSql`.
inline void makeV1Library(const QString& path, const QByteArray& extraSql = {})
{
    sqliteExec(
        path,
        (readFile(sourceDir() + QStringLiteral("/annotations/migrations/0001_init.sql")) +
         readFile(sourceDir() + QStringLiteral("/tests/annotations/fixtures/library-v1.sql")) +
         extraSql)
            .constData());
}

} // namespace coachtrack::testing
