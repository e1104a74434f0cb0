#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <optional>

namespace coachtrack::workflows {

// Keeps the library's "forget private notes after N days" promise while the window is open:
// purges expired private notes (wiped, leaving no trace) when started and then every hour,
// each time through a connection of its own, and reads or changes the setting for the
// Preferences dialog. GUI thread; each purge is quick (one DELETE and an index merge).
class PrivateRetention : public QObject
{
    Q_OBJECT
public:
    explicit PrivateRetention(QString libraryPath, QObject* parent = nullptr);

    // Purges now, then every `intervalMs` (an hour unless tests ask otherwise).
    void start(int intervalMs = 60 * 60 * 1000);
    // Purges the expired private notes now; how many, or nullopt after failed() was emitted.
    // A library that does not exist yet holds nothing to purge and is not created.
    std::optional<int> purgeNow();
    // The library's setting (nullopt: kept until deleted), or nullopt when it cannot be read.
    std::optional<int> days() const;
    // Changes the setting and purges at once; false after failed() was emitted.
    bool setDays(std::optional<int> days);

Q_SIGNALS:
    // `count` private notes were forgotten (only emitted when count > 0).
    void purged(int count);
    void failed(const QString& message);

private:
    QString m_libraryPath;
    QTimer m_timer;
};

// "12 days left", "1 day left", "forgotten today": what the Notes panel says of a private
// note written at `created` when the library keeps private notes `days` days.
QString timeLeftText(const QDateTime& created, int days, const QDateTime& now);

} // namespace coachtrack::workflows
