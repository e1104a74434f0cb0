#pragma once

// Row helpers shared by the Store's implementation files. Private to annotations/.

#include "annotations/Sqlite.h"
#include "annotations/Types.h"

namespace coachtrack::annotations::rows {

inline QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
inline QDateTime timestamp(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }
inline QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

inline StoreError notFound(const QString& what, int64_t id)
{
    return {StoreErrorCode::NotFound, QStringLiteral("there is no %1 with id %2").arg(what).arg(id)};
}

inline StoreError invalid(const QString& why) { return {StoreErrorCode::InvalidInput, why}; }

// Binds an optional date as text or NULL.
inline void bindDate(sql::Statement& s, int index, const QDate& d)
{
    if (d.isValid())
        s.bind(index, dateText(d));
    else
        s.bindNull(index);
}

} // namespace coachtrack::annotations::rows
