// Rep tracker benchmark: a generated library of 50 reps with two years of weekly coaching
// sessions (5,200 sessions, 62,400 shareable notes, 10,400 focus items with their status
// history, two scores a session, talk metrics kept for every call, a coaching plan a rep) and
// one call per rep not reviewed yet. Prints the time to build the team overview with the
// trends of two watched metrics (goal: 100 ms) and a rep's page — their plans, sessions with
// scores, focus history, each call's questions (from transcripts), the chart series and the
// phrasing of every note (goal: 50 ms) — against a bare SQLite scan of the same sessions as the
// reference. Generated once into the build folder and reused.
#include "BenchSqlite.h"
#include "BenchSupport.h"
#include "annotations/Store.h"
#include "workflows/NotePhrasing.h"
#include "workflows/RepProgress.h"
#include "workflows/TeamOverview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>
#include <vector>

using namespace coachtrack;
using namespace coachtrack::bench;

namespace {

constexpr int kReps = 50;
constexpr int kWeeks = 104;
constexpr int kNotesPerSession = 12;
constexpr int kPrivatePerSession = 3;
constexpr int kFocusPerSession = 2;
constexpr int kRuns = 30;

QTextStream out(stdout);

const char* const kPhrases[] = {"You need to ask about budget earlier.",
                                "What did you want to happen next?",
                                "The buyer paused after the price.",
                                "Great opener",
                                "Don't pitch before the pain is clear.",
                                "You asked three open questions in a row.",
                                "Always confirm next steps.",
                                "Nice recap of the priorities",
                                "What made you move to pricing there?",
                                "The buyer mentioned a competitor.",
                                "Stop talking over the buyer.",
                                "You let the silence work."};

QString stamp(const QDate& day)
{
    return day.toString(Qt::ISODate) + QStringLiteral("T15:00:00.000Z");
}

// Fills a new library through the schema's own tables and triggers (focus history, indexes).
void generate(const QString& path, const QDate& today)
{
    sqlite3* db = openForGeneration(path);
    QRandomGenerator rng(2026);
    auto* rep = prepare(db, "INSERT INTO reps (id, name, cadence_days, created_at) "
                            "VALUES (?, ?, ?, '2024-01-01T00:00:00Z')");
    auto* rec = prepare(db, "INSERT INTO recordings (id, path, fingerprint, duration_ms, "
                            "call_date, title, rep_id, added_at) VALUES (?, ?, ?, 1800000, ?, "
                            "?, ?, ?)");
    auto* session = prepare(db, "INSERT INTO sessions (id, recording_id, rep_id, created_at, "
                                "updated_at) VALUES (?, ?, ?, ?, ?)");
    auto* noteId = prepare(db, "INSERT INTO note_ids (track) VALUES (?)");
    auto* shareable =
        prepare(db, "INSERT INTO shareable_notes (id, session_id, start_ms, text, created_at, "
                    "edited_at) VALUES (?, ?, ?, ?, ?, ?)");
    auto* privateNote =
        prepare(db, "INSERT INTO private_notes (id, session_id, start_ms, text, created_at, "
                    "edited_at) VALUES (?, ?, ?, 'Sigh', ?, ?)");
    auto* focus = prepare(db, "INSERT INTO focus_items (note_id, session_id, promoted_at, "
                              "status_changed_at) VALUES (?, ?, ?, ?)");
    auto* status = prepare(db, "UPDATE focus_items SET status = ?, status_changed_at = ? "
                               "WHERE note_id = ?");
    auto* talk = prepare(db, "INSERT INTO talk_metrics (recording_id, analyser_version, "
                             "rep_channel, measured_at, per_speaker, rep_share, rep_longest_ms, "
                             "buyer_longest_ms, patience_ms, switches_per_minute) "
                             "VALUES (?, 1, 0, ?, 1, ?, ?, ?, ?, ?)");
    auto* score = prepare(db, "INSERT INTO scores (session_id, skill_id, manager, self, comment, "
                              "updated_at) VALUES (?, ?, ?, ?, 'Keep going', ?)");
    auto* plan = prepare(db, "INSERT INTO coaching_plans (rep_id, skill_id, target, started_on, "
                             "created_at) VALUES (?, 1, 'Two open questions before the demo', "
                             "?, ?)");
    int recordingId = 0;
    auto addRecording = [&](int r, const QDate& day) {
        ++recordingId;
        sqlite3_bind_int(rec, 1, recordingId);
        bindText(rec, 2, QStringLiteral("/calls/rep%1/call-%2.mp3").arg(r).arg(recordingId));
        bindText(rec, 3, QStringLiteral("%1").arg(recordingId, 32, 16, QChar(u'0')));
        bindText(rec, 4, day.toString(Qt::ISODate));
        bindText(rec, 5, QStringLiteral("Call %1").arg(recordingId));
        sqlite3_bind_int(rec, 6, r);
        bindText(rec, 7, stamp(day));
        step(db, rec);
        return recordingId;
    };
    for (int r = 1; r <= kReps; ++r) {
        sqlite3_bind_int(rep, 1, r);
        bindText(rep, 2, QStringLiteral("Rep %1").arg(r, 2, 10, QChar(u'0')));
        sqlite3_bind_int(rep, 3, r % 5 == 0 ? 14 : 7);
        step(db, rep);
        for (int w = 0; w < kWeeks; ++w) {
            const QDate day = today.addDays(-7 * (kWeeks - w) - r % 10);
            const int id = addRecording(r, day.addDays(-1));
            sqlite3_bind_int(session, 1, id);
            sqlite3_bind_int(session, 2, id);
            sqlite3_bind_int(session, 3, r);
            bindText(session, 4, stamp(day));
            bindText(session, 5, stamp(day));
            step(db, session);
            for (int n = 0; n < kNotesPerSession; ++n) {
                sqlite3_bind_text(noteId, 1, "shareable", -1, SQLITE_STATIC);
                step(db, noteId);
                const sqlite3_int64 note = sqlite3_last_insert_rowid(db);
                sqlite3_bind_int64(shareable, 1, note);
                sqlite3_bind_int(shareable, 2, id);
                sqlite3_bind_int(shareable, 3, int(rng.bounded(1'800'000)));
                bindText(shareable, 4,
                         QString::fromUtf8(kPhrases[rng.bounded(int(std::size(kPhrases)))]));
                bindText(shareable, 5, stamp(day));
                bindText(shareable, 6, stamp(day));
                step(db, shareable);
                if (n < kFocusPerSession) {
                    sqlite3_bind_int64(focus, 1, note);
                    sqlite3_bind_int(focus, 2, id);
                    bindText(focus, 3, stamp(day));
                    bindText(focus, 4, stamp(day));
                    step(db, focus);
                    if (w < kWeeks - 4) { // older items moved on; the last month's are open
                        for (const char* s : {"practising", n == 0 ? "achieved" : "dropped"}) {
                            sqlite3_bind_text(status, 1, s, -1, SQLITE_STATIC);
                            bindText(status, 2, stamp(day.addDays(s[0] == 'p' ? 7 : 21)));
                            sqlite3_bind_int64(status, 3, note);
                            step(db, status);
                        }
                    }
                }
            }
            for (int n = 0; n < kPrivatePerSession; ++n) {
                sqlite3_bind_text(noteId, 1, "private", -1, SQLITE_STATIC);
                step(db, noteId);
                sqlite3_bind_int64(privateNote, 1, sqlite3_last_insert_rowid(db));
                sqlite3_bind_int(privateNote, 2, id);
                sqlite3_bind_int(privateNote, 3, int(rng.bounded(1'800'000)));
                bindText(privateNote, 4, stamp(day));
                bindText(privateNote, 5, stamp(day));
                step(db, privateNote);
            }
            sqlite3_bind_int(talk, 1, id);
            bindText(talk, 2, stamp(day));
            sqlite3_bind_double(talk, 3, 0.4 + rng.generateDouble() * 0.4);
            sqlite3_bind_int(talk, 4, 20'000 + int(rng.bounded(90'000)));
            sqlite3_bind_int(talk, 5, 10'000 + int(rng.bounded(40'000)));
            sqlite3_bind_int(talk, 6, 200 + int(rng.bounded(900)));
            sqlite3_bind_double(talk, 7, 3 + rng.generateDouble() * 8);
            step(db, talk);
            for (int skill : {1, 2 + int(rng.bounded(4))}) { // discovery, and one other
                sqlite3_bind_int(score, 1, id);
                sqlite3_bind_int(score, 2, skill);
                sqlite3_bind_int(score, 3, 1 + int(rng.bounded(5)));
                sqlite3_bind_int(score, 4, 1 + int(rng.bounded(5)));
                bindText(score, 5, stamp(day));
                step(db, score);
            }
        }
        sqlite3_bind_int(plan, 1, r);
        bindText(plan, 2, today.addMonths(-3).toString(Qt::ISODate));
        bindText(plan, 3, stamp(today.addMonths(-3)));
        step(db, plan);
        addRecording(r, today.addDays(-2)); // not reviewed yet
    }
    for (auto* s :
         {rep, rec, session, noteId, shareable, privateNote, focus, status, talk, score, plan})
        sqlite3_finalize(s);
    exec(db, "COMMIT; PRAGMA wal_checkpoint(TRUNCATE); ANALYZE");
    sqlite3_close(db);
}

struct Timing
{
    double p50 = 0, p95 = 0;
};

Timing timing(const std::function<void()>& f)
{
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i)
        ms.push_back(timedMs(f));
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[size_t(double(ms.size()) * 0.95)]};
}

QString shown(const Timing& t)
{
    return QStringLiteral("p50 %1 ms, p95 %2 ms").arg(t.p50, 0, 'f', 2).arg(t.p95, 0, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchName() = "bench_tracker";
    const QDate today(2026, 12, 7); // fixed, so that the library can be reused
    const QString path = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("tracker-bench-v2.sqlite"));
    if (!QFile::exists(path)) {
        out << "generating " << kReps << " reps x " << kWeeks << " weekly sessions…\n";
        out.flush();
        const double ms = timedMs([&] { generate(path, today); });
        out << "  generated in " << QString::number(ms / 1000, 'f', 1) << " s\n";
    }
    auto store = annotations::Store::open(path);
    if (!store)
        die(store.error().message);

    size_t reps = 0;
    const Timing overview = timing([&] {
        auto team = workflows::loadTeam(**store, today);
        if (!team)
            die(team.error().message);
        reps = team->size();
    });
    const auto team = *workflows::loadTeam(**store, today);
    const int64_t someone = team.front().rep.id;
    size_t sessions = 0, items = 0;
    const auto rules = workflows::defaultPhrasingRules();
    const Timing page = timing([&] {
        auto progress = workflows::loadRepProgress(**store, someone);
        if (!progress)
            die(progress.error().message);
        for (const auto& s : progress->sessions)
            (void)workflows::coachingStyleOf(s.shareableTexts, rules);
        (void)workflows::skillSeries(progress->sessions);
        (void)workflows::sessionsPerMonth(progress->sessions, today.addMonths(-11), today);
        sessions = progress->sessions.size();
        items = progress->focus.size();
    });

    // The reference: SQLite alone scanning every session for its latest per rep.
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* scan = prepare(db, "SELECT rep_id, max(created_at), count(*) FROM sessions "
                                     "GROUP BY rep_id");
    const Timing reference = timing([&] {
        while (sqlite3_step(scan) == SQLITE_ROW) {
        }
        sqlite3_reset(scan);
    });
    sqlite3_finalize(scan);
    sqlite3_close(db);

    out << "team overview (" << reps << " reps, " << kReps * kWeeks
        << " sessions): " << shown(overview) << "  goal 100 ms  ("
        << QString::number(overview.p50 / reference.p50, 'f', 1)
        << "x a bare GROUP BY over the sessions, " << shown(reference) << ")\n";
    out << "rep page (" << sessions << " sessions, " << items << " focus items, phrasing of "
        << sessions * kNotesPerSession << " notes): " << shown(page) << "  goal 50 ms\n";
    return 0;
}
