#pragma once

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <cstdint>
#include <functional>

namespace coachtrack::workflows {

// Where the window's sync with the team library stands.
struct TeamSyncState
{
    enum class Phase
    {
        NotConnected, // the library has no team server
        Syncing,
        UpToDate,
        Offline, // the server cannot be reached; what is due stays queued
        Problem, // the server refused something (detail says what)
    };
    Phase phase = Phase::NotConnected;
    int queued = 0; // sessions due: queued for publishing, or changed since
    int done = 0;   // while syncing: sessions published so far, of `total`
    int total = 0;
    QDateTime lastSync; // UTC; invalid: never
    QString detail;     // why offline, or what was refused (one line each)
};

// Keeps the manager's library in sync with its team server while the window is open, without
// ever blocking the review: each sync (take in the reps' changes, publish what is queued or
// changed, with the debrief documents) runs on a worker thread with connections of its own,
// at start, every few minutes, and when asked (a session queued, "Sync Now"). Publishing
// queues first, so nothing is lost offline. Lives on the GUI thread; one sync at a time (a
// request during one runs after it).
class TeamSyncAgent : public QObject
{
    Q_OBJECT
public:
    explicit TeamSyncAgent(QString libraryPath, QObject* parent = nullptr);
    ~TeamSyncAgent() override;

    // Syncs now, then every `intervalMs`.
    void start(int intervalMs = 3 * 60 * 1000);
    void syncNow();
    // Queues the session for publishing and syncs; false (and failed()) when the library
    // refuses it.
    bool publish(int64_t sessionId);
    // Takes a published session off the rep's screen (or, `deleted`, off the server) in the
    // background, or at the next sync when the server cannot be reached; the answer comes as
    // withdrawn() or failed().
    void withdraw(int64_t sessionId, bool deleted);
    TeamSyncState state() const { return m_state; }
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void stateChanged(const coachtrack::workflows::TeamSyncState& state);
    // `waiting`: the server could not be reached; it happens at the next sync.
    void withdrawn(int64_t sessionId, bool deleted, bool waiting);
    void failed(const QString& message);

private:
    using Job = std::function<TeamSyncState()>;
    void run(Job job);
    void finished();
    void setState(const TeamSyncState& state);

    QString m_libraryPath;
    QTimer m_timer;
    QFutureWatcher<TeamSyncState> m_watcher;
    TeamSyncState m_state;
    bool m_syncPending = false;
    std::vector<Job> m_waiting;
};

} // namespace coachtrack::workflows

Q_DECLARE_METATYPE(coachtrack::workflows::TeamSyncState)
