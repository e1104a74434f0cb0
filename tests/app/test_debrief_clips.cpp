// The HTML debrief the rep can listen to: each focus moment's clip inside the sheet (a data:
// URL) or beside it in a folder the sheet links to relatively, played by a real browser
// (Debian's chromium, headless), which reports each player's length or its error. Private notes
// stay out of the clips and the page.
#include "CliLibrary.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("OTTERCANARY");

// What chromium makes of the sheet's players once their metadata loaded: "duration 15.02" or
// "error N" per player, in page order. The sheet is copied beside itself with a probe script.
QStringList playersInBrowser(const QString& sheet)
{
    QFile in(sheet);
    REQUIRE(in.open(QIODevice::ReadOnly));
    QString html = QString::fromUtf8(in.readAll());
    html.replace(
        QStringLiteral("</body>"),
        QStringLiteral(
            "<script>const players = [...document.querySelectorAll('.clip')];"
            "Promise.all(players.map(p => new Promise(done => {"
            "  if (p.readyState >= 1) done();"
            "  p.addEventListener('loadedmetadata', done); p.addEventListener('error', done);"
            "}))).then(() => { const out = document.createElement('pre'); out.id = 'probe';"
            "  out.textContent = players.map(p => p.error ? 'error ' + p.error.code"
            "    : 'duration ' + p.duration.toFixed(2) + (p.videoWidth ? ' video' : '')).join(';');"
            "  document.body.appendChild(out); });</script></body>"));
    const QString probe = QFileInfo(sheet).absoluteDir().filePath(QStringLiteral("probe.html"));
    writeFile(probe, html.toUtf8());
    const ToolRun browser =
        runTool(QStringLiteral("chromium"),
                {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                 QStringLiteral("--disable-gpu"),
                 QStringLiteral("--user-data-dir=") + QFileInfo(sheet).absolutePath() +
                     QStringLiteral("/chromium"),
                 QStringLiteral("--virtual-time-budget=20000"), QStringLiteral("--dump-dom"),
                 QUrl::fromLocalFile(probe).toString()});
    INFO(browser.err.toStdString());
    REQUIRE(browser.exitCode == 0);
    const auto found = QRegularExpression(QStringLiteral("<pre id=\"probe\">([^<]*)</pre>"))
                           .match(QString::fromUtf8(browser.out));
    REQUIRE(found.hasMatch());
    return found.captured(1).split(u';', Qt::SkipEmptyParts);
}

double durationOf(const QString& player)
{
    return player.section(u' ', 1, 1).toDouble();
}

} // namespace

TEST_CASE("the HTML debrief plays each focus moment's clip in a browser, inside the page or "
          "beside it",
          "[app][cli][export][clips][browser]")
{
    Library lib;
    const QString call = copyOfDemoCall(lib, QStringLiteral("demo call.mp3"));
    const QString rec = lib.ok(
        {QStringLiteral("add"), call, QStringLiteral("--title"), QStringLiteral("Acme discovery")});
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("0:44"),
                    QStringLiteral("Ask what it costs them")) +
           QStringList{QStringLiteral("--focus")});
    lib.ok(noteArgs(rec, QStringLiteral("shareable"), QStringLiteral("2:09"),
                    QStringLiteral("Anchor before the price")) +
           QStringList{QStringLiteral("--focus")});
    lib.ok(noteArgs(rec, QStringLiteral("private"), QStringLiteral("0:45"),
                    kCanary + QStringLiteral(" rambling")));

    // Inside the page: one file, two players of 15 s each (5 s before to 10 s after).
    const QString sheet = lib.file(QStringLiteral("inside/debrief.html"));
    QDir().mkpath(QFileInfo(sheet).absolutePath());
    CHECK(lib.ok({QStringLiteral("export"), rec, QStringLiteral("--embed-clips"),
                  QStringLiteral("-o"), sheet}) == QStringLiteral("wrote ") + sheet);
    QFile page(sheet);
    REQUIRE(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    CHECK(bytes.count("<audio class=\"clip\" controls preload=\"metadata\" "
                      "src=\"data:audio/mpeg;base64,") == 2);
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    // Each clip's only metadata is its focus item's title; no private word is in it.
    auto clips = QRegularExpression(QStringLiteral("data:audio/mpeg;base64,([A-Za-z0-9+/=]+)"))
                     .globalMatch(QString::fromLatin1(bytes));
    int embedded = 0;
    while (clips.hasNext()) {
        const QByteArray clip = QByteArray::fromBase64(clips.next().captured(1).toLatin1());
        CHECK(clip.contains("Focus " + QByteArray::number(++embedded) + ": "));
        CHECK_FALSE(clip.contains(kCanary.toUtf8()));
    }
    CHECK(embedded == 2);
    const QStringList inside = playersInBrowser(sheet);
    REQUIRE(inside.size() == 2);
    for (const QString& player : inside) {
        INFO(player.toStdString());
        CHECK(player.startsWith(QStringLiteral("duration ")));
        CHECK(durationOf(player) == Approx(15.0).margin(0.3));
    }

    // Beside it: the clips in a folder, linked by a relative path, so the two travel together.
    const QString folder = lib.file(QStringLiteral("beside"));
    const QString linked = QDir(folder).filePath(QStringLiteral("debrief.html"));
    QDir().mkpath(folder);
    const QString out =
        lib.ok({QStringLiteral("export"), rec, QStringLiteral("-o"), linked,
                QStringLiteral("--clips"), QDir(folder).filePath(QStringLiteral("clips"))});
    CHECK(out.count(QStringLiteral("clip  ")) == 2);
    QFile linkedPage(linked);
    REQUIRE(linkedPage.open(QIODevice::ReadOnly));
    CHECK(linkedPage.readAll().contains(
        "src=\"clips/Acme-discovery_focus-1_00-00-44.mp3\" title=\"Focus 1, from the call\""));
    const QStringList beside = playersInBrowser(linked);
    REQUIRE(beside.size() == 2);
    CHECK(durationOf(beside[1]) == Approx(15.0).margin(0.3));
    // A folder name a URL would misread ("#", spaces) is percent-encoded in the link.
    const QString odd = QDir(folder).filePath(QStringLiteral("Q3 #1.html"));
    lib.ok({QStringLiteral("export"), rec, QStringLiteral("-o"), odd, QStringLiteral("--clips"),
            QDir(folder).filePath(QStringLiteral("Q3 #1 clips"))});
    QFile oddPage(odd);
    REQUIRE(oddPage.open(QIODevice::ReadOnly));
    CHECK(oddPage.readAll().contains(
        "src=\"Q3%20%231%20clips/Acme-discovery_focus-1_00-00-44.mp3\""));
    CHECK(durationOf(playersInBrowser(odd)[0]) == Approx(15.0).margin(0.3));

    // A video call: a video player that plays the clip with its pictures.
    const QString video =
        videoCall(lib.file(QStringLiteral("call.mp4")),
                  QStringLiteral("testsrc=size=160x120:rate=25:duration=30"),
                  QStringLiteral("sine=f=440:duration=30"),
                  {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                   QStringLiteral("yuv420p"), QStringLiteral("-g"), QStringLiteral("25"),
                   QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest")});
    const QString videoRec = lib.ok({QStringLiteral("add"), video});
    lib.ok(noteArgs(videoRec, QStringLiteral("shareable"), QStringLiteral("0:12"),
                    QStringLiteral("Look at the buyer")) +
           QStringList{QStringLiteral("--focus")});
    const QString videoSheet = lib.file(QStringLiteral("video/debrief.html"));
    QDir().mkpath(QFileInfo(videoSheet).absolutePath());
    lib.ok({QStringLiteral("export"), videoRec, QStringLiteral("--embed-clips"),
            QStringLiteral("-o"), videoSheet});
    const QStringList played = playersInBrowser(videoSheet);
    REQUIRE(played.size() == 1);
    CHECK(played[0].endsWith(QStringLiteral(" video")));
    CHECK(durationOf(played[0]) == Approx(15.0).margin(0.3)); // key frames every second

    // The clips are the HTML sheet's alone.
    lib.checkRefused(
        {{QStringLiteral("export"), rec, QStringLiteral("--embed-clips"), QStringLiteral("-o"),
          lib.file(QStringLiteral("d.pdf"))},
         {QStringLiteral("export"), rec, QStringLiteral("--embed-clips"), QStringLiteral("--clips"),
          folder, QStringLiteral("-o"), lib.file(QStringLiteral("d.html"))}});
}
