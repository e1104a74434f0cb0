#include "workflows/PrivateRetention.h"

#include "annotations/Store.h"

#include <QDateTime>
#include <QFileInfo>

namespace coachtrack::workflows {

using annotations::Store;

PrivateRetention::PrivateRetention(QString libraryPath, QObject* parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    connect(&m_timer, &QTimer::timeout, this, [this] { purgeNow(); });
}

void PrivateRetention::start(int intervalMs)
{
    purgeNow();
    m_timer.start(intervalMs);
}

std::optional<int> PrivateRetention::purgeNow()
{
    if (!QFileInfo::exists(m_libraryPath))
        return 0;
    auto store = Store::open(m_libraryPath);
    if (!store || (*store)->isReadOnly()) {
        if (!store)
            Q_EMIT failed(store.error().message);
        return store ? std::optional<int>(0) : std::nullopt;
    }
    auto count = (*store)->purgeExpiredPrivateNotes();
    if (!count) {
        Q_EMIT failed(count.error().message);
        return std::nullopt;
    }
    if (*count > 0)
        Q_EMIT purged(*count);
    if (!(*store)->residueWarning().isEmpty())
        Q_EMIT failed((*store)->residueWarning());
    return *count;
}

std::optional<int> PrivateRetention::days() const
{
    if (!QFileInfo::exists(m_libraryPath))
        return std::nullopt;
    auto store = Store::open(m_libraryPath);
    if (!store)
        return std::nullopt;
    return (*store)->privateRetentionDays().value_or(std::nullopt);
}

bool PrivateRetention::setDays(std::optional<int> days)
{
    auto store = Store::open(m_libraryPath);
    if (!store) {
        Q_EMIT failed(store.error().message);
        return false;
    }
    if (auto ok = (*store)->setPrivateRetentionDays(days); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    store->reset();
    return purgeNow().has_value();
}

QString timeLeftText(const QDateTime& created, int days, const QDateTime& now)
{
    const qint64 left = now.toUTC().daysTo(created.toUTC().addDays(days));
    if (left <= 0)
        return QObject::tr("forgotten today");
    return left == 1 ? QObject::tr("1 day left") : QObject::tr("%1 days left").arg(left);
}

} // namespace coachtrack::workflows
