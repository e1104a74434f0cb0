// Annotation store benchmark: a generated library of 100k recordings and 2M notes.
// Prints the time to open it, full-text search latency (p50/p95 over a query mix, against the
// bare FTS5 MATCH of the same queries as a reference), and the time to load one review
// session (session, both tracks, focus items). The library is generated once into the build
// folder and reused by later runs.
#include "BenchSqlite.h"
#include "BenchSupport.h"
#include "annotations/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

using namespace coachtrack;
using namespace coachtrack::bench;

namespace {

constexpr int kRecordings = 100'000;
constexpr int kReps = 250;
constexpr int kShareablePerSession = 14;
constexpr int kPrivatePerSession = 6; // 20 notes per session: 2M notes
constexpr int kFocusPerSession = 2;
constexpr int kVocabulary = 6'000;

QTextStream out(stdout);

// Coaching words first (the frequent ones), then a long tail of account and product names.
QStringList vocabulary()
{
    QStringList words = QStringLiteral("budget pricing discount objection timeline decision maker "
                                       "champion competitor demo trial contract renewal "
                                       "discovery question follow up next steps agenda rapport "
                                       "listen pause interrupt monologue value roi pain "
                                       "priority integration security onboarding procurement legal "
                                       "approval stakeholder quote proposal negotiate "
                                       "close urgency summary recap empathy tone pace clarify "
                                       "confirm qualify authority need budgetary forecast "
                                       "pipeline quarter churn expansion upsell license seat "
                                       "migration rollout pilot success metric benchmark")
                            .split(u' ');
    for (int i = words.size(); i < kVocabulary; ++i)
        words << QStringLiteral("acct%1x").arg(i * 7919 % 100'000, 5, 10, QChar(u'0'));
    return words;
}

// A Zipf-like pick: low indexes are much more frequent.
int zipf(QRandomGenerator& rng, int n)
{
    const double u = rng.generateDouble();
    return std::min(n - 1, int(std::pow(double(n), u)) - 1);
}

QString sentence(QRandomGenerator& rng, const QStringList& words)
{
    QStringList s;
    const int length = 5 + int(rng.bounded(10));
    for (int i = 0; i < length; ++i)
        s << words[zipf(rng, int(words.size()))];
    return s.join(u' ');
}

// Fills a new library through the schema's own tables and triggers (FTS, focus cap).
void generate(const QString& path, const QStringList& words)
{
    sqlite3* db = openForGeneration(path);
    QRandomGenerator rng(2026);
    auto* rep = prepare(
        db, "INSERT INTO reps (id, name, created_at) VALUES (?, ?, '2026-01-01T00:00:00Z')");
    for (int r = 1; r <= kReps; ++r) {
        sqlite3_bind_int(rep, 1, r);
        bindText(rep, 2, QStringLiteral("Rep %1").arg(r));
        step(db, rep);
    }
    auto* rec = prepare(db, "INSERT INTO recordings (id, path, fingerprint, duration_ms, "
                            "call_date, title, rep_id, added_at) "
                            "VALUES (?, ?, ?, 1800000, ?, ?, ?, '2026-01-01T00:00:00Z')");
    auto* session =
        prepare(db, "INSERT INTO sessions (id, recording_id, rep_id, created_at, updated_at) "
                    "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    auto* noteId = prepare(db, "INSERT INTO note_ids (track) VALUES (?)");
    auto* shareable = prepare(
        db, "INSERT INTO shareable_notes (id, session_id, start_ms, text, created_at, edited_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    auto* privateNote = prepare(
        db, "INSERT INTO private_notes (id, session_id, start_ms, text, created_at, edited_at) "
            "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    auto* focus =
        prepare(db, "INSERT INTO focus_items (note_id, session_id, promoted_at, status_changed_at) "
                    "VALUES (?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    auto addNote = [&](sqlite3_stmt* table, const char* track, int s) {
        sqlite3_bind_text(noteId, 1, track, -1, SQLITE_STATIC);
        step(db, noteId);
        const sqlite3_int64 id = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(table, 1, id);
        sqlite3_bind_int(table, 2, s);
        sqlite3_bind_int(table, 3, int(rng.bounded(1'800'000)));
        bindText(table, 4, sentence(rng, words));
        step(db, table);
        return id;
    };
    for (int r = 1; r <= kRecordings; ++r) {
        const int repId = 1 + r % kReps;
        sqlite3_bind_int(rec, 1, r);
        bindText(rec, 2, QStringLiteral("/calls/2026/rep%1/call-%2.mp3").arg(repId).arg(r));
        bindText(rec, 3, QStringLiteral("%1").arg(r, 32, 16, QChar(u'0')));
        bindText(rec, 4, QDate(2024, 1, 1).addDays(r % 1000).toString(Qt::ISODate));
        bindText(rec, 5, QStringLiteral("Call %1").arg(r));
        sqlite3_bind_int(rec, 6, repId);
        step(db, rec);
        sqlite3_bind_int(session, 1, r);
        sqlite3_bind_int(session, 2, r);
        sqlite3_bind_int(session, 3, repId);
        step(db, session);
        for (int n = 0; n < kShareablePerSession; ++n) {
            const sqlite3_int64 id = addNote(shareable, "shareable", r);
            if (n < kFocusPerSession) {
                sqlite3_bind_int64(focus, 1, id);
                sqlite3_bind_int(focus, 2, r);
                step(db, focus);
            }
        }
        for (int n = 0; n < kPrivatePerSession; ++n)
            addNote(privateNote, "private", r);
        if (r % 10'000 == 0) {
            out << "  generated " << r << " recordings\n";
            out.flush();
        }
    }
    for (auto* s : {rep, rec, session, noteId, shareable, privateNote, focus})
        sqlite3_finalize(s);
    exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE");
    sqlite3_close(db);
}

struct Percentiles
{
    double p50 = 0, p95 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[size_t(double(ms.size()) * 0.95)], ms.back()};
}

QString show(const Percentiles& p)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms")
        .arg(p.p50, 0, 'f', 2)
        .arg(p.p95, 0, 'f', 2)
        .arg(p.max, 0, 'f', 2);
}

// The bare FTS5 lookup of the same query, limited the same way: what SQLite alone costs.
double referenceSearchMs(sqlite3* db, const QString& word)
{
    static sqlite3_stmt* s =
        prepare(db, "SELECT rowid FROM shareable_fts WHERE shareable_fts MATCH ? "
                    "ORDER BY rowid DESC LIMIT 50");
    return timedMs([&] {
        bindText(s, 1, QStringLiteral("\"%1\"*").arg(word));
        while (sqlite3_step(s) == SQLITE_ROW) {
        }
        sqlite3_reset(s);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchName() = "bench_store";
    const QString dir = QCoreApplication::applicationDirPath();
    const QString path = dir + QStringLiteral("/store-bench.sqlite");
    const QString marker = path + QStringLiteral(".complete");
    const QStringList words = vocabulary();
    if (!QFile::exists(marker)) {
        for (const QString& f :
             {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QFile::remove(f);
        out << "Generating " << kRecordings << " recordings and "
            << kRecordings * (kShareablePerSession + kPrivatePerSession) << " notes into " << path
            << " …\n";
        out.flush();
        const double s = timedMs([&] { generate(path, words); }) / 1000;
        QFile(marker).open(QIODevice::WriteOnly);
        out << QStringLiteral("  generated in %1 s, %2 MiB\n")
                   .arg(s, 0, 'f', 1)
                   .arg(double(QFileInfo(path).size()) / 1048576, 0, 'f', 0);
    }

    std::vector<double> opens;
    for (int i = 0; i < 5; ++i)
        opens.push_back(timedMs([&] {
            if (!annotations::Store::open(path))
                die(QStringLiteral("open failed"));
        }));
    out << QStringLiteral("open (100k recordings, 2M notes): median %1 ms (target <= 1000 ms)\n")
               .arg(percentiles(opens).p50, 0, 'f', 1);

    auto store = annotations::Store::open(path);
    if (!store)
        die(store.error().message);

    // A query mix: one word (any word equally likely, so mostly specific terms), two words,
    // and prefixes as typed; plus the ten most frequent words on their own.
    QRandomGenerator rng(7);
    std::vector<double> ours, reference, frequent, frequentBare;
    sqlite3* raw = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
    for (int q = 0; q < 400; ++q) {
        const QString a = words[rng.bounded(int(words.size()))];
        QString query = a;
        if (q % 5 == 1)
            query += u' ' + words[rng.bounded(int(words.size()))];
        else if (q % 5 == 2)
            query = a.left(std::max<qsizetype>(3, a.size() - 2));
        ours.push_back(timedMs([&] {
            if (!(*store)->searchShareable(query))
                die(QStringLiteral("search failed"));
        }));
        reference.push_back(referenceSearchMs(raw, a));
    }
    for (int w = 0; w < 10; ++w) {
        frequent.push_back(timedMs([&] { (void)(*store)->searchShareable(words[w]); }));
        frequentBare.push_back(referenceSearchMs(raw, words[w]));
    }
    sqlite3_close(raw);
    const Percentiles search = percentiles(ours), bare = percentiles(reference);
    out << "search, 400 queries: " << show(search) << " (target p95 <= 30 ms)\n";
    out << "  bare FTS5 MATCH of the same words: " << show(bare)
        << QStringLiteral("; ratio p95 %1\n")
               .arg(search.p95 / std::max(bare.p95, 0.001), 0, 'f', 1);
    out << "  the 10 most frequent words (each in ~10-60% of notes): "
        << show(percentiles(frequent)) << "; bare FTS5: " << show(percentiles(frequentBare))
        << '\n';

    std::vector<double> loads;
    for (int i = 0; i < 400; ++i) {
        const int64_t recording = 1 + rng.bounded(kRecordings);
        loads.push_back(timedMs([&] {
            auto session = (*store)->currentSession(recording);
            if (!session || !(*store)->shareableNotes(session->id) ||
                !(*store)->privateNotes(session->id))
                die(QStringLiteral("session load failed"));
        }));
    }
    out << "session load (session, 14 shareable + 6 private notes, focus): "
        << show(percentiles(loads)) << " (target p95 <= 50 ms)\n";
    out << QStringLiteral("peak RSS %1 MiB\n").arg(peakRssMiB(), 0, 'f', 0);
    return 0;
}
