// The review queue (issue 18): `coachtrack queue` and Go ▸ Next Call to Review (Ctrl+Shift+N)
// take the unreviewed calls of the reps due soonest first, each rep's newest call first, then
// the calls with no rep; a call counts as reviewed once a shareable note makes its session a
// coaching session.
#include "CliLibrary.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "workflows/ReviewModel.h"

#include <QApplication>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// A library with: Ana coached today on one call and two calls waiting (Nov 20 and 25); Ben
// never coached with one call waiting (Nov 10); one call with no rep (Nov 28).
struct QueueLibrary : Library
{
    QString ana1, ana2, ana3, ben1, none1;

    QString call(const QString& name, int hz, const QString& rep, const QString& date)
    {
        const QString path = ffmpeg(file(name + QStringLiteral(".wav")),
                                    lavfi(QStringLiteral("sine=f=%1:d=3").arg(hz)));
        QStringList args{QStringLiteral("add"),     path, QStringLiteral("--call-date"), date,
                         QStringLiteral("--title"), name};
        if (!rep.isEmpty())
            args << QStringLiteral("--rep") << rep;
        return ok(args);
    }

    QueueLibrary()
    {
        ana1 = call(QStringLiteral("Ana first"), 300, QStringLiteral("Ana"),
                    QStringLiteral("2026-11-01"));
        ana2 = call(QStringLiteral("Ana renewal"), 310, QStringLiteral("Ana"),
                    QStringLiteral("2026-11-20"));
        ana3 = call(QStringLiteral("Ana pricing"), 320, QStringLiteral("Ana"),
                    QStringLiteral("2026-11-25"));
        ben1 = call(QStringLiteral("Ben discovery"), 330, QStringLiteral("Ben"),
                    QStringLiteral("2026-11-10"));
        none1 = call(QStringLiteral("Unassigned"), 340, {}, QStringLiteral("2026-11-28"));
        note(ana1, QStringLiteral("shareable"));
        note(ana3, QStringLiteral("private")); // a private note alone is no coaching session
    }

    void note(const QString& rec, const QString& track)
    {
        ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"), track,
            QStringLiteral("--at"), QStringLiteral("1"), QStringLiteral("--text"),
            QStringLiteral("Slow down at the start.")});
    }

    QStringList queue() const
    {
        QStringList recs;
        const QJsonArray array =
            QJsonDocument::fromJson(
                ok({QStringLiteral("queue"), QStringLiteral("--json")}).toUtf8())
                .array();
        for (const QJsonValue& v : array)
            recs << QString::number(v.toObject().value(QStringLiteral("rec")).toInteger());
        return recs;
    }
};

// The window on `lib`, shown and active.
void showOn(app::MainWindow& window, const QueueLibrary& lib)
{
    window.setLibraryPath(lib.db());
    window.resize(1200, 760);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("queue lists the unreviewed calls of the reps due soonest first, newest call first",
          "[app][cli][queue]")
{
    QueueLibrary lib;
    // Ben was never coached: he comes first. Ana is due in a week: her newest call, then the
    // older one. The call with no rep comes last.
    CHECK(lib.queue() == QStringList{lib.ben1, lib.ana3, lib.ana2, lib.none1});
    const QString text = lib.ok({QStringLiteral("queue")});
    CHECK(text.contains(QStringLiteral("Ben discovery")));
    CHECK(text.contains(QStringLiteral("Ben (never coached)")));
    CHECK(text.contains(QStringLiteral("no rep")));
    const QJsonObject first =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("queue"), QStringLiteral("--json"),
                                        QStringLiteral("--limit"), QStringLiteral("1")})
                                    .toUtf8())
            .array()
            .first()
            .toObject();
    CHECK(first.value(QStringLiteral("rep")).toString() == u"Ben");
    CHECK(first.value(QStringLiteral("overdue")).toBool());
    CHECK(first.value(QStringLiteral("call_date")).toString() == u"2026-11-10");

    // A shareable note reviews Ben's call; Ana and Ben are then both due in a week (by name).
    lib.note(lib.ben1, QStringLiteral("shareable"));
    CHECK(lib.queue() == QStringList{lib.ana3, lib.ana2, lib.none1});
    lib.checkRefused({{QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("0")},
                      {QStringLiteral("queue"), QStringLiteral("extra")}});
}

TEST_CASE("Ctrl+Shift+N opens and plays the next call to review, one after another, then says "
          "none is left",
          "[app][ui][queue]")
{
    QueueLibrary lib;
    app::MainWindow window;
    showOn(window, lib);
    QStringList opened;
    for (int i = 0; i < 4; ++i) {
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(window.review()->isOpen());
        opened << QString::number(window.review()->recording().id);
        CHECK(window.player()->state() == media::Player::State::Playing);
        if (i == 0)
            CHECK(window.statusBar()->currentMessage().contains(
                QStringLiteral("Ben, never coached")));
    }
    CHECK(opened == QStringList{lib.ben1, lib.ana3, lib.ana2, lib.none1});
    window.player()->pause();
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.review()->recording().id == lib.none1.toLongLong());
    CHECK(window.statusBar()->currentMessage() == u"No other call is waiting for a review");
}

TEST_CASE("the review queue waits for a note being typed and passes over a call whose file moved",
          "[app][ui][queue]")
{
    QueueLibrary lib;
    app::MainWindow window;
    showOn(window, lib);
    // Ben's call moved away: Ana's newest comes first, and the status bar says why.
    QJsonArray queue = QJsonDocument::fromJson(
                           lib.ok({QStringLiteral("queue"), QStringLiteral("--json")}).toUtf8())
                           .array();
    const QString benPath = queue.first().toObject().value(QStringLiteral("path")).toString();
    REQUIRE(QFile::rename(benPath, benPath + QStringLiteral(".moved")));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(window.review()->isOpen());
    CHECK(window.review()->recording().id == lib.ana3.toLongLong());
    window.player()->pause();

    // A note being typed is never thrown away for the next call.
    QTest::keyClick(&window, Qt::Key_S);
    REQUIRE(window.noteEntry()->isActive());
    QTest::keyClicks(window.noteEntry()->editor(), QStringLiteral("Half a thought"));
    QTest::keyClick(window.noteEntry()->editor(), Qt::Key_N,
                    Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.noteEntry()->isActive());
    CHECK(window.noteEntry()->editor()->text() == u"Half a thought");
    CHECK(window.review()->recording().id == lib.ana3.toLongLong());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Save the note first")));
}
