#include "workflows/TeamSyncAgent.h"

#include "annotations/Store.h"
#include "sync/PgConnection.h"
#include "sync/TeamSchema.h"
#include "sync/TeamSync.h"
#include "workflows/TeamDocuments.h"
#include "workflows/TeamKeyring.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace coachtrack::workflows {

using Phase = TeamSyncState::Phase;

namespace {

// The library and its server, opened on the worker; `state` says what could not be.
struct Opened
{
    std::unique_ptr<annotations::Store> store;
    std::unique_ptr<sync::PgConnection> server;
    TeamSyncState state;
    bool ready = false;
};

void countDue(annotations::Store& store, TeamSyncState& state)
{
    if (auto due = sync::dueSessions(store))
        state.queued = int(due->size());
    if (auto last = store.teamLastSync())
        state.lastSync = *last;
}

Opened openBoth(const QString& libraryPath)
{
    Opened o;
    if (!QFileInfo::exists(libraryPath)) // a library not made yet has no team server
        return o;
    auto store = annotations::Store::open(libraryPath);
    if (!store) // the window tells of the library's own problems
        return o;
    o.store = std::move(*store);
    auto url = o.store->teamUrl();
    if (!url || url->isEmpty()) {
        o.state.phase = Phase::NotConnected;
        return o;
    }
    countDue(*o.store, o.state);
    auto server = sync::PgConnection::open(*url, teamkeyring::passwordFor(*url));
    if (!server) {
        o.state.phase = server.error().connectionLost() ? Phase::Offline : Phase::Problem;
        o.state.detail = server.error().message;
        return o;
    }
    if (auto ok = sync::TeamSchema::check(**server); !ok) {
        o.state.phase = Phase::Problem;
        o.state.detail = ok.error().message;
        return o;
    }
    o.server = std::move(*server);
    o.ready = true;
    return o;
}

} // namespace

TeamSyncAgent::TeamSyncAgent(QString libraryPath, QObject* parent)
    : QObject(parent)
    , m_libraryPath(std::move(libraryPath))
{
    qRegisterMetaType<TeamSyncState>();
    connect(&m_timer, &QTimer::timeout, this, &TeamSyncAgent::syncNow);
    connect(&m_watcher, &QFutureWatcher<TeamSyncState>::finished, this, &TeamSyncAgent::finished);
}

TeamSyncAgent::~TeamSyncAgent()
{
    m_watcher.waitForFinished();
}

void TeamSyncAgent::start(int intervalMs)
{
    m_timer.start(intervalMs);
    syncNow();
}

void TeamSyncAgent::syncNow()
{
    if (m_watcher.isRunning()) {
        m_syncPending = true;
        return;
    }
    const QString path = m_libraryPath;
    const QPointer<TeamSyncAgent> self(this);
    run([path, self] {
        Opened o = openBoth(path);
        if (!o.ready)
            return o.state;
        const auto options = o.store->teamOptions().value_or(annotations::TeamOptions{});
        TeamSyncState progress = o.state;
        progress.phase = Phase::Syncing;
        auto report = sync::syncTeam(*o.store, *o.server, teamDocumentSource(path, {options.clips}),
                                     [&progress, self](int done, int total) {
                                         progress.done = done;
                                         progress.total = total;
                                         QMetaObject::invokeMethod(
                                             self.data(),
                                             [self, progress] {
                                                 if (self)
                                                     self->setState(progress);
                                             },
                                             Qt::QueuedConnection);
                                         return true;
                                     });
        TeamSyncState state;
        if (!report) {
            state.phase = report.error().connectionLost() ? Phase::Offline : Phase::Problem;
            state.detail = report.error().message;
        } else {
            state.phase = report->problems.isEmpty() ? Phase::UpToDate : Phase::Problem;
            state.detail = report->problems.join(u'\n');
        }
        countDue(*o.store, state);
        return state;
    });
}

bool TeamSyncAgent::publish(int64_t sessionId)
{
    auto store = annotations::Store::open(m_libraryPath);
    if (!store) {
        Q_EMIT failed(store.error().message);
        return false;
    }
    if (auto ok = (*store)->queueForTeam(sessionId); !ok) {
        Q_EMIT failed(ok.error().message);
        return false;
    }
    TeamSyncState queued = m_state;
    queued.queued += 1;
    setState(queued);
    syncNow();
    return true;
}

void TeamSyncAgent::withdraw(int64_t sessionId, bool deleted)
{
    const QString path = m_libraryPath;
    const QPointer<TeamSyncAgent> self(this);
    run([path, self, sessionId, deleted] {
        Opened o = openBoth(path);
        QString problem = o.state.detail;
        const bool waiting = !o.ready && o.state.phase == Phase::Offline && o.store;
        if (waiting) { // at the next sync
            auto queued = o.store->queueWithdrawal(sessionId, deleted);
            problem = queued ? QString() : queued.error().message;
        }
        if (o.ready) {
            auto gone = sync::TeamPublisher(*o.store, *o.server).withdraw(sessionId, deleted);
            if (!gone)
                problem = gone.error().message;
            else if (!*gone)
                problem = QObject::tr("This session was never published to the team library.");
            countDue(*o.store, o.state);
            o.state.phase = Phase::UpToDate;
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, sessionId, deleted, problem, waiting] {
                if (!self)
                    return;
                if (problem.isEmpty())
                    Q_EMIT self->withdrawn(sessionId, deleted, waiting);
                else
                    Q_EMIT self->failed(problem);
            },
            Qt::QueuedConnection);
        return o.state;
    });
}

void TeamSyncAgent::run(Job job)
{
    if (m_watcher.isRunning()) {
        m_waiting.push_back(std::move(job));
        return;
    }
    if (m_state.phase != Phase::NotConnected) { // a library without a server shows nothing
        TeamSyncState busy = m_state;
        busy.phase = Phase::Syncing;
        busy.done = busy.total = 0;
        setState(busy);
    }
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
}

void TeamSyncAgent::finished()
{
    setState(m_watcher.result());
    if (!m_waiting.empty()) {
        Job next = std::move(m_waiting.front());
        m_waiting.erase(m_waiting.begin());
        run(std::move(next));
    } else if (m_syncPending) {
        m_syncPending = false;
        syncNow();
    }
}

void TeamSyncAgent::setState(const TeamSyncState& state)
{
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

} // namespace coachtrack::workflows
