#pragma once

// Row helpers shared by the Store's implementation files. Private to annotations/.

#include "annotations/Sqlite.h"
#include "annotations/Types.h"

namespace coachtrack::annotations::rows {

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A reader for queries of one integer column.
inline int64_t firstInt64(const sql::Statement& s)
{
    return s.int64(0);
}

inline StoreError notFound(const QString& what, int64_t id)
{
    return {StoreErrorCode::NotFound,
            QStringLiteral("there is no %1 with id %2").arg(what).arg(id)};
}

inline StoreError invalid(const QString& why)
{
    return {StoreErrorCode::InvalidInput, why};
}

// The row a query found, or "there is no `what` with id `id`" when it found none.
template<typename T>
Result<T> found(Result<std::optional<T>> row, const QString& what, int64_t id)
{
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::unexpected(notFound(what, id));
    return std::move(**row);
}

} // namespace coachtrack::annotations::rows
