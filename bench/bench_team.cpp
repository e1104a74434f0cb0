// The team library under load and faults: 50 managers (threads, each with a library of its
// own) publish 2,000 review sessions to one PostgreSQL 15 server of the bench's own while the
// server is killed (SIGKILL, every backend) and restarted twice; each client reconnects and
// syncs again until nothing is due. Then every rep marks their focus items and every manager
// syncs them in. Prints throughput and latencies, and checks the counts: no session lost, none
// twice. Then Qt's PostgreSQL driver against libpq (the one sync/ uses) on the same server.
// Figures, not a timed test: run with `make bench`.
#include "annotations/Store.h"
#include "sync/PgConnection.h"
#include "sync/TeamRoster.h"
#include "sync/TeamSchema.h"
#include "sync/TeamSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <thread>

using namespace coachtrack;

namespace {

constexpr int kClients = 50;
constexpr int kSessions = 2000;
constexpr int kNotes = 3; // per session, the first a focus item

[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(why));
    std::exit(1);
}

bool script(const QString& action, const QString& dir)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"),
            {QStringLiteral(COACHTRACK_SOURCE_DIR "/scripts/pg_test_server.sh"), action, dir});
    return p.waitForFinished(180000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

std::map<QString, QString> readEnv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        die(QStringLiteral("cannot read %1").arg(path));
    std::map<QString, QString> env;
    for (const QByteArray& line : file.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            env[QString::fromUtf8(line.left(eq))] = QString::fromUtf8(line.mid(eq + 1));
    return env;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

struct Server
{
    QString dir = QDir::tempPath() + QStringLiteral("/coachtrack-bench-pg-") +
                  QUuid::createUuid().toString(QUuid::Id128).left(10);
    std::map<QString, QString> env;

    QString url(const QString& user, const QString& password,
                const QString& db = QStringLiteral("team")) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 password=%5 connect_timeout=10")
            .arg(env.at(QStringLiteral("PGHOST")), env.at(QStringLiteral("PGPORT")), db, user,
                 password);
    }
    QString adminUrl(const QString& db = QStringLiteral("team")) const
    {
        return url(QStringLiteral("postgres"), env.at(QStringLiteral("PGPASSWORD")), db);
    }
};

std::unique_ptr<sync::PgConnection> connectOrDie(const QString& url)
{
    auto c = sync::PgConnection::open(url);
    if (!c)
        die(c.error().message);
    return std::move(*c);
}

// One manager: a library in memory with their sessions, all queued.
struct Client
{
    QString manager;
    QString rep;
    std::unique_ptr<annotations::Store> store;
    std::vector<double> publishMs; // each session's publish, from the sync's progress
    std::vector<double> syncMs;    // each sync call
    int reconnects = 0;
    int pulled = 0;
};

void fillLibrary(Client& c, int first, int count)
{
    auto store = annotations::Store::open(QStringLiteral(":memory:"));
    if (!store)
        die(store.error().message);
    c.store = std::move(*store);
    for (int i = first; i < first + count; ++i) {
        annotations::NewRecording r;
        r.path = QStringLiteral("/calls/%1.mp3").arg(i);
        r.fingerprint = QStringLiteral("fp-%1").arg(i);
        r.durationMs = 600'000;
        r.callDate = QDate(2026, 1, 1).addDays(i % 300);
        r.title = QStringLiteral("Call %1").arg(i);
        r.repName = QStringLiteral("Rep of %1").arg(c.manager);
        auto rec = c.store->addRecording(r);
        if (!rec)
            die(rec.error().message);
        auto session = c.store->currentSession(rec->id);
        if (!session)
            die(session.error().message);
        for (int n = 0; n < kNotes; ++n)
            if (!c.store->addShareableNote({session->id,
                                            10'000 * (n + 1),
                                            {},
                                            QStringLiteral("Note %1.%2").arg(i).arg(n),
                                            {},
                                            {}},
                                           n == 0))
                die(QStringLiteral("cannot add a note"));
        if (!c.store->queueForTeam(session->id))
            die(QStringLiteral("cannot queue"));
    }
}

// Syncs until nothing is due, reconnecting after the server went away.
void syncUntilDone(Client& c, const Server& server, const QString& password,
                   std::atomic<int>& published)
{
    for (int attempt = 0; attempt < 500; ++attempt) {
        auto connection = sync::PgConnection::open(server.url(c.manager, password));
        if (!connection) {
            ++c.reconnects;
            QThread::msleep(100);
            continue;
        }
        QElapsedTimer session;
        session.start();
        QElapsedTimer whole;
        whole.start();
        auto report = sync::syncTeam(*c.store, **connection, {}, [&](int, int) {
            c.publishMs.push_back(double(session.nsecsElapsed()) / 1e6);
            session.restart();
            ++published;
            return true;
        });
        c.syncMs.push_back(double(whole.nsecsElapsed()) / 1e6);
        if (report) {
            c.pulled += report->pulled.focusStatuses;
            auto due = sync::dueSessions(*c.store);
            if (due && due->empty())
                return;
            continue;
        }
        if (!report.error().connectionLost())
            die(QStringLiteral("%1: %2").arg(c.manager, report.error().message));
        ++c.reconnects;
        QThread::msleep(100);
    }
    die(QStringLiteral("%1 never finished").arg(c.manager));
}

void qtDriverAgainstLibpq(const Server& server)
{
    constexpr int kRows = 2000;
    auto admin = connectOrDie(server.adminUrl());
    if (!admin->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS public.driver_bench (id int, "
                                    "text text)")))
        die(QStringLiteral("cannot make the driver table"));
    const auto libpqRun = [&] {
        QElapsedTimer t;
        t.start();
        (void)admin->exec(QStringLiteral("TRUNCATE public.driver_bench"));
        (void)admin->begin();
        for (int i = 0; i < kRows; ++i)
            (void)admin->exec(QStringLiteral("INSERT INTO public.driver_bench VALUES ($1, $2)"),
                              {i, QStringLiteral("note text %1").arg(i)});
        (void)admin->commit();
        auto rows = admin->exec(QStringLiteral("SELECT id, text FROM public.driver_bench"));
        qint64 sum = 0;
        for (int r = 0; rows && r < rows->rows(); ++r)
            sum += rows->number(r, 0) + rows->text(r, 1).size();
        return std::pair(double(t.nsecsElapsed()) / 1e6, sum);
    };
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        std::printf("Qt's QPSQL driver is not installed (libqt6sql6-psql): not compared\n");
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench"));
    db.setHostName(server.env.at(QStringLiteral("PGHOST")));
    db.setPort(server.env.at(QStringLiteral("PGPORT")).toInt());
    db.setDatabaseName(QStringLiteral("team"));
    db.setUserName(QStringLiteral("postgres"));
    db.setPassword(server.env.at(QStringLiteral("PGPASSWORD")));
    if (!db.open())
        die(db.lastError().text());
    const auto qtRun = [&] {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db);
        q.exec(QStringLiteral("TRUNCATE public.driver_bench"));
        db.transaction();
        q.prepare(QStringLiteral("INSERT INTO public.driver_bench VALUES (?, ?)"));
        for (int i = 0; i < kRows; ++i) {
            q.bindValue(0, i);
            q.bindValue(1, QStringLiteral("note text %1").arg(i));
            q.exec();
        }
        db.commit();
        q.exec(QStringLiteral("SELECT id, text FROM public.driver_bench"));
        qint64 sum = 0;
        while (q.next())
            sum += q.value(0).toLongLong() + q.value(1).toString().size();
        return std::pair(double(t.nsecsElapsed()) / 1e6, sum);
    };
    std::vector<double> libpq, qt;
    qint64 libpqSum = 0, qtSum = 0;
    for (int round = 0; round < 9; ++round) { // alternated, so both see the same machine
        auto [a, s1] = libpqRun();
        auto [b, s2] = qtRun();
        libpq.push_back(a);
        qt.push_back(b);
        libpqSum = s1;
        qtSum = s2;
    }
    if (libpqSum != qtSum)
        die(QStringLiteral("the two drivers read different rows"));
    const double l = percentile(libpq, 0.5);
    const double q = percentile(qt, 0.5);
    std::printf("%d parameterised inserts in a transaction and reading them back (median of 9):\n"
                "  libpq (sync/PgConnection) %.1f ms, Qt QPSQL driver %.1f ms: Qt takes %.2fx "
                "libpq's time\n",
                kRows, l, q, q / l);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Server server;
    if (!script(QStringLiteral("start"), server.dir))
        die(QStringLiteral("PostgreSQL did not start"));
    server.env = readEnv(server.dir + QStringLiteral("/server.env"));
    {
        auto admin = connectOrDie(server.adminUrl(QStringLiteral("postgres")));
        if (!admin->exec(QStringLiteral("CREATE DATABASE team")))
            die(QStringLiteral("cannot create the database"));
    }
    const QString password = QStringLiteral("bench-password");
    std::vector<Client> clients(kClients);
    {
        auto admin = connectOrDie(server.adminUrl());
        if (auto ok = sync::TeamSchema::ensure(*admin); !ok)
            die(ok.error().message);
        for (int i = 0; i < kClients; ++i) {
            clients[size_t(i)].manager = QStringLiteral("bench_mgr_%1").arg(i);
            clients[size_t(i)].rep = QStringLiteral("bench_rep_%1").arg(i);
            if (auto ok =
                    sync::TeamSchema::addManager(*admin, clients[size_t(i)].manager, password);
                !ok)
                die(ok.error().message);
            auto asManager = connectOrDie(server.url(clients[size_t(i)].manager, password));
            if (auto ok = sync::TeamRoster::addRep(
                    *asManager, QStringLiteral("Rep of %1").arg(clients[size_t(i)].manager),
                    clients[size_t(i)].rep, password);
                !ok)
                die(ok.error().message);
        }
    }
    const int perClient = kSessions / kClients;
    for (int i = 0; i < kClients; ++i)
        fillLibrary(clients[size_t(i)], i * perClient, perClient);

    // Publishing, with the server killed and restarted at a third and two thirds of the way.
    std::atomic<int> published{0};
    std::atomic<bool> done{false};
    int restarts = 0;
    std::thread faults([&] {
        for (const int at : {kSessions / 3, 2 * kSessions / 3}) {
            while (published.load() < at && !done.load())
                QThread::msleep(5);
            if (done.load())
                return;
            if (!script(QStringLiteral("kill"), server.dir) ||
                !script(QStringLiteral("restart"), server.dir))
                die(QStringLiteral("the server did not come back"));
            ++restarts;
        }
    });
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (Client& c : clients)
        threads.emplace_back([&c, &server, &password, &published] {
            syncUntilDone(c, server, password, published);
        });
    for (std::thread& t : threads)
        t.join();
    const double publishSeconds = double(wall.nsecsElapsed()) / 1e9;
    done = true;
    faults.join();

    // Every rep marks their focus items; every manager's sync takes them in, all at once.
    for (const Client& c : clients) {
        auto asRep = connectOrDie(server.url(c.rep, password));
        if (!asRep->exec(QStringLiteral("UPDATE coachtrack.notes SET focus_status = 'practising' "
                                        "WHERE focus_number IS NOT NULL")))
            die(QStringLiteral("a rep could not mark their items"));
    }
    wall.restart();
    threads.clear();
    for (Client& c : clients)
        threads.emplace_back([&c, &server, &password, &published] {
            syncUntilDone(c, server, password, published);
        });
    for (std::thread& t : threads)
        t.join();
    const double pullSeconds = double(wall.nsecsElapsed()) / 1e9;

    auto admin = connectOrDie(server.adminUrl());
    auto counts = admin->exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM coachtrack.sessions), "
        "(SELECT count(DISTINCT (library_id, local_id)) FROM coachtrack.sessions), "
        "(SELECT count(*) FROM coachtrack.notes), "
        "(SELECT count(*) FROM coachtrack.focus_history WHERE status = 'practising')"));
    if (!counts)
        die(counts.error().message);
    std::vector<double> publishMs, syncMs;
    int reconnects = 0, pulled = 0, due = 0;
    for (const Client& c : clients) {
        publishMs.insert(publishMs.end(), c.publishMs.begin(), c.publishMs.end());
        syncMs.insert(syncMs.end(), c.syncMs.begin(), c.syncMs.end());
        reconnects += c.reconnects;
        pulled += c.pulled;
        if (auto left = sync::dueSessions(*c.store))
            due += int(left->size());
    }
    const qint64 sessions = counts->number(0, 0);
    const qint64 lost = kSessions - counts->number(0, 1);
    const qint64 duplicated = sessions - counts->number(0, 1);
    std::printf("%d clients published %d sessions (%d notes each) in %.1f s: %.0f sessions/s, "
                "with the server killed and restarted %d times (%d reconnects)\n",
                kClients, kSessions, kNotes, publishSeconds, kSessions / publishSeconds, restarts,
                reconnects);
    std::printf("  one session's publish: p50 %.1f ms, p95 %.1f ms; one sync call: p50 %.0f ms, "
                "p95 %.0f ms\n",
                percentile(publishMs, 0.5), percentile(publishMs, 0.95), percentile(syncMs, 0.5),
                percentile(syncMs, 0.95));
    std::printf("  then every manager took in their rep's %d focus statuses in %.1f s (%d in "
                "all)\n",
                perClient, pullSeconds, pulled);
    std::printf("  on the server: %lld sessions, %lld notes, %lld statuses set by reps; lost %lld, "
                "duplicated %lld; still due in the libraries: %d\n",
                sessions, counts->number(0, 2), counts->number(0, 3), lost, duplicated, due);
    const bool whole = lost == 0 && duplicated == 0 && counts->number(0, 2) == kSessions * kNotes &&
                       pulled == kSessions && due == 0 && restarts == 2;
    qtDriverAgainstLibpq(server);
    admin.reset();
    script(QStringLiteral("stop"), server.dir);
    if (!whole) {
        std::printf("FAILED: the counts above are not whole\n");
        return 1;
    }
    return 0;
}
