// `coachtrack transcript parse|import|show`: a meeting tool's transcript read, kept with a
// recording (speaker roles remembered by name for the next call), and shown with each
// speaker's metrics; a broken file names its line and imports nothing.
#include "CliLibrary.h"
#include "exchange/DocxWriter.h"
#include "support/Recordings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

const QByteArray kZoom = "WEBVTT\n\n"
                         "1\n00:00:01.000 --> 00:00:04.000\nDana Rep: Hi Sam, how is the quarter "
                         "going? What does success look like?\n\n"
                         "2\n00:00:04.500 --> 00:00:09.500\nSam Buyer: Busy. Um, we are, like, "
                         "behind on the rollout.\n\n"
                         "3\n00:00:10.000 --> 00:00:12.000\nDana Rep: Why is that?\n";

// A 20-second mono call (a tone), distinct per frequency.
QString monoCall(const Library& lib, int hz)
{
    return ffmpeg(lib.file(QStringLiteral("call-%1.wav").arg(hz)),
                  lavfi(QStringLiteral("sine=frequency=%1:duration=20:sample_rate=8000").arg(hz)));
}

} // namespace

TEST_CASE("transcript parse prints the cues of any supported file, touching no library",
          "[app][cli][transcript]")
{
    Library lib;
    const QString vtt = writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom);
    const ToolRun r = runCoachtrack(
        {QStringLiteral("transcript"), QStringLiteral("parse"), vtt, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray cues = QJsonDocument::fromJson(r.out).array();
    REQUIRE(cues.size() == 3);
    CHECK(cues[0].toObject() ==
          QJsonObject{{QStringLiteral("start_ms"), 1000},
                      {QStringLiteral("end_ms"), 4000},
                      {QStringLiteral("speaker"), QStringLiteral("Dana Rep")},
                      {QStringLiteral("text"),
                       QStringLiteral("Hi Sam, how is the quarter going? What does success "
                                      "look like?")}});
    CHECK_FALSE(QFileInfo::exists(lib.db()));

    const QString broken =
        writeFile(lib.file(QStringLiteral("broken.srt")),
                  "1\n00:00:01,000 --> 00:00:02,000\nfine\n\n2\nnot a time\nx\n");
    const ToolRun bad =
        runCoachtrack({QStringLiteral("transcript"), QStringLiteral("parse"), broken});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("broken.srt, line ")));
    CHECK(bad.out.isEmpty());
}

TEST_CASE("transcript import keeps it with the recording, show gives each speaker's metrics",
          "[app][cli][transcript]")
{
    Library lib;
    // A mono call: no roles are proposed from its audio.
    const QString rec = lib.ok({QStringLiteral("add"), monoCall(lib, 440)});
    const QString vtt = writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom);
    const ToolRun imported =
        lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt,
                 QStringLiteral("--speaker"), QStringLiteral("Dana Rep=rep")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.text() ==
          QStringLiteral("imported 3 lines (webvtt) for recording %1\n").arg(rec));
    CHECK(imported.err.contains(QStringLiteral("1 speaker without a role")));

    const QJsonObject shown =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("transcript"), QStringLiteral("show"), rec,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object();
    const QJsonArray speakers = shown.value(QStringLiteral("speakers")).toArray();
    REQUIRE(speakers.size() == 2);
    const QJsonObject dana = speakers[0].toObject();
    CHECK(dana.value(QStringLiteral("name")).toString() == u"Dana Rep");
    CHECK(dana.value(QStringLiteral("role")).toString() == u"rep");
    CHECK(dana.value(QStringLiteral("talk_ms")).toInteger() == 5000);
    CHECK(dana.value(QStringLiteral("questions")).toInt() == 3);
    CHECK(dana.value(QStringLiteral("share")).toDouble() == Approx(0.5));
    const QJsonObject sam = speakers[1].toObject();
    CHECK(sam.value(QStringLiteral("role")).isNull());
    CHECK(sam.value(QStringLiteral("questions")).toInt() == 0);
    CHECK(sam.value(QStringLiteral("fillers_per_minute")).toDouble() == Approx(2 * 60.0 / 5));
    CHECK(sam.value(QStringLiteral("longest_monologue_ms")).toInteger() == 5000);
    CHECK(shown.value(QStringLiteral("cues")).toArray().size() == 3);

    // The role given once is remembered for the next call.
    const QString rec2 = lib.ok({QStringLiteral("add"), monoCall(lib, 300)});
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec2, vtt});
    const QJsonObject second =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("transcript"), QStringLiteral("show"), rec2,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object();
    CHECK(second.value(QStringLiteral("speakers"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("role")) == QStringLiteral("rep"));
}

TEST_CASE("a two-channel call's speakers get roles proposed from its audio",
          "[app][cli][transcript]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const ToolRun r =
        lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, demoVttPath()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("Alex speaks on the left channel: proposed rep")));
    CHECK_FALSE(r.err.contains(QStringLiteral("without a role")));
    const QJsonArray speakers =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("transcript"), QStringLiteral("show"), rec,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object()
            .value(QStringLiteral("speakers"))
            .toArray();
    REQUIRE(speakers.size() == 2);
    for (const auto& s : speakers) {
        const QJsonObject o = s.toObject();
        INFO(o.value(QStringLiteral("name")).toString().toStdString());
        CHECK(o.value(QStringLiteral("role")).toString() ==
              (o.value(QStringLiteral("name")).toString() == u"Alex" ? u"rep" : u"buyer"));
        CHECK(o.value(QStringLiteral("role_confidence")).toDouble() > 0.9);
    }
}

TEST_CASE("a broken transcript or a wrong speaker imports nothing and says why",
          "[app][cli][transcript][bad-input]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString vtt = writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom);
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt});
    const QByteArray before = lib.dump();

    const QString broken = writeFile(lib.file(QStringLiteral("teams.vtt")),
                                     "WEBVTT\n\n0:0:1.0 --> 0:0:2.0\n<v A>one</v>\n\n"
                                     "0:0:x --> 0:0:4.0\n<v B>two</v>\n");
    ToolRun r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, broken});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("teams.vtt, line 6: the time range cannot be read")));
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt,
                 QStringLiteral("--speaker"), QStringLiteral("Nobody=rep")});
    CHECK(r.exitCode == 2);
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt,
                 QStringLiteral("--speaker"), QStringLiteral("Dana Rep=boss")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("rep|buyer|manager|other")));
    // Another call's transcript: its lines start after this 3-minute call has ended.
    const QString late = writeFile(lib.file(QStringLiteral("late.vtt")),
                                   "WEBVTT\n\n00:12:15.000 --> 00:12:18.000\n<v A>budget?</v>\n");
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, late});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("late.vtt: its line at 12:15 starts after the call ends "
                                        "(3:01): is it the transcript of another call?")));
    CHECK(lib.dump() == before); // the transcript it had is still there, as it was
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("999")});
    CHECK(r.exitCode == 1);
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("speaker"), QStringLiteral("999"),
                 QStringLiteral("A=rep")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("999")));
    CHECK_FALSE(r.err.contains(QStringLiteral("no transcript")));
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
                 QStringLiteral("Nobody=rep")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("(it has: Dana Rep, Sam Buyer)")));
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
                 QStringLiteral("Sam Buyer=manager"), QStringLiteral("Sam Buyer=rep")});
    CHECK(r.exitCode == 2);
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("fillers"), QStringLiteral("--set"),
                 QStringLiteral("um"), QStringLiteral("--reset")});
    CHECK(r.exitCode == 2);
    CHECK(lib.dump() == before);
}

TEST_CASE("a role given against the call's channels is warned about, proposals are said once",
          "[app][cli][transcript]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    ToolRun r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, demoVttPath(),
                         QStringLiteral("--speaker"), QStringLiteral("Alex=buyer")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.err.contains(QStringLiteral("warning: Alex speaks on the left channel, the rep's "
                                        "side, but is the buyer here")));
    CHECK(r.err.contains(QStringLiteral("Jordan speaks on the right channel: proposed buyer")));
    CHECK_FALSE(r.err.contains(QStringLiteral("Alex speaks on the left channel: proposed")));
    // Remembered now: a second import proposes nothing for Alex, and warns again.
    lib.ok(
        {QStringLiteral("transcript"), QStringLiteral("speaker"), rec, QStringLiteral("Alex=rep")});
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("import"), rec, demoVttPath()});
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.err.contains(QStringLiteral("Alex speaks on the left channel: proposed")));
    CHECK_FALSE(r.err.contains(QStringLiteral("warning")));
    // The text form lists the lines too.
    const QString shown = lib.ok({QStringLiteral("transcript"), QStringLiteral("show"), rec});
    CHECK(shown.contains(QStringLiteral("Alex (rep): 61% of the talk")));
    CHECK(shown.contains(QStringLiteral("Jordan: Right now it is mostly spreadsheets")));
}

TEST_CASE("transcript parse reads a Teams .docx by its content, whatever its name",
          "[app][cli][transcript][teams-docx]")
{
    using namespace coachtrack::testing::docx;
    Library lib;
    const QByteArray docx = docxOf({
        paragraph(QStringLiteral("Pipeline review")),
        paragraph({run(QStringLiteral("Dana ")), run(QStringLiteral("Rep")), kTab,
                   run(QStringLiteral("0:01"))}),
        paragraph(QStringLiteral("Hi Sam, how is the quarter going?")),
        paragraph({run(QStringLiteral("Sam Buyer   0:04")), kBreak, run(QStringLiteral("Busy."))}),
    });
    const QString file = writeFile(lib.file(QStringLiteral("meeting.transcript")), docx);
    const ToolRun r = runCoachtrack(
        {QStringLiteral("transcript"), QStringLiteral("parse"), file, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QJsonArray cues = QJsonDocument::fromJson(r.out).array();
    REQUIRE(cues.size() == 2);
    CHECK(cues[0].toObject() ==
          QJsonObject{{QStringLiteral("start_ms"), 1000},
                      {QStringLiteral("end_ms"), 4000},
                      {QStringLiteral("speaker"), QStringLiteral("Dana Rep")},
                      {QStringLiteral("text"), QStringLiteral("Hi Sam, how is the quarter going?")},
                      {QStringLiteral("estimated"), true}});
    CHECK(cues[1].toObject()[QStringLiteral("end_ms")].toInt() == 5000); // one word: 1 s

    const ToolRun plain =
        runCoachtrack({QStringLiteral("transcript"), QStringLiteral("parse"), file});
    CHECK(plain.exitCode == 0);
    CHECK(plain.err.contains(QStringLiteral("2 cues (teams-docx)")));

    const QString cut = writeFile(lib.file(QStringLiteral("cut.docx")), docx.left(docx.size() / 2));
    const ToolRun bad = runCoachtrack({QStringLiteral("transcript"), QStringLiteral("parse"), cut});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("cut.docx: the file is a ZIP archive")));
    CHECK_FALSE(bad.err.contains(QStringLiteral("QBuffer"))); // no library chatter
    CHECK(bad.out.isEmpty());
}

TEST_CASE("roles are given after import, the debrief shows what the words tell",
          "[app][cli][transcript]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), monoCall(lib, 440)});
    const QString vtt = writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom);
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt});
    auto sheet = [&] {
        const QString out = lib.file(QStringLiteral("sheet.json"));
        QFile::remove(out);
        lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("json"),
                QStringLiteral("-o"), out});
        return QJsonDocument::fromJson(readFile(out)).object();
    };
    // No speaker is the rep yet: the sheet says nothing the words would tell, and what is
    // missing is the roles, not a transcript.
    const QJsonObject before = sheet();
    CHECK(before.value(QStringLiteral("transcript")).isNull());
    CHECK(before.value(QStringLiteral("talk"))
              .toObject()
              .value(QStringLiteral("note"))
              .toString()
              .contains(QStringLiteral("once its speakers have roles")));

    CHECK(lib.ok({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
                  QStringLiteral("Dana Rep=rep"), QStringLiteral("Sam Buyer=buyer")}) ==
          QStringLiteral("Dana Rep is the rep (remembered for the next call)\n"
                         "Sam Buyer is the buyer (remembered for the next call)"));
    QJsonObject s = sheet();
    const QJsonObject words = s.value(QStringLiteral("transcript")).toObject();
    CHECK(words.value(QStringLiteral("repQuestions")).toInt() == 3);
    CHECK(words.value(QStringLiteral("buyerQuestions")).toInt() == 0);
    CHECK(words.value(QStringLiteral("managerShare")).isNull());
    // A mono call gets the rep's share and monologues from the transcript's speakers.
    const QJsonObject talk = s.value(QStringLiteral("talk")).toObject();
    CHECK(talk.value(QStringLiteral("repShare")).toDouble() == Approx(0.5));
    CHECK(talk.value(QStringLiteral("buyerLongestMonologueMs")).toInteger() == 5000);

    // A team call: the manager's share of the selling side, with its reference on the sheet.
    lib.ok({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
            QStringLiteral("Sam Buyer=manager")});
    CHECK(sheet()
              .value(QStringLiteral("transcript"))
              .toObject()
              .value(QStringLiteral("managerShare"))
              .toDouble() == Approx(0.5));
    const QString md = lib.file(QStringLiteral("sheet.md"));
    lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), md});
    const QString text = QString::fromUtf8(readFile(md));
    CHECK(text.contains(QStringLiteral("| Questions you asked | 3 | ")));
    CHECK(text.contains(QStringLiteral("| Manager's share (team call) | 50% | the rep leads: "
                                       "the manager takes 10%–15% |")));

    // Wrong names and roles change nothing.
    CHECK(lib.run({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
                   QStringLiteral("Nobody=rep")})
              .exitCode == 2);
    CHECK(lib.run({QStringLiteral("transcript"), QStringLiteral("speaker"), rec,
                   QStringLiteral("Dana Rep=boss")})
              .exitCode == 2);
}

TEST_CASE("the filler list is the library's own, edited and reset from the command line",
          "[app][cli][transcript]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), monoCall(lib, 440)});
    const QString vtt = writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom);
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec, vtt});
    auto samFillers = [&] {
        const QJsonArray speakers =
            QJsonDocument::fromJson(lib.ok({QStringLiteral("transcript"), QStringLiteral("show"),
                                            rec, QStringLiteral("--json")})
                                        .toUtf8())
                .object()
                .value(QStringLiteral("speakers"))
                .toArray();
        return speakers[1].toObject().value(QStringLiteral("fillers_per_minute")).toDouble();
    };
    CHECK(lib.ok({QStringLiteral("transcript"), QStringLiteral("fillers")}).startsWith(u"um, uh"));
    CHECK(samFillers() == Approx(2 * 60.0 / 5)); // "Um" and "like"
    CHECK(lib.ok({QStringLiteral("transcript"), QStringLiteral("fillers"), QStringLiteral("--set"),
                  QStringLiteral(" like ,LIKE, we are,rollout")}) ==
          QStringLiteral("like, we are, rollout"));
    CHECK(samFillers() == Approx(3 * 60.0 / 5)); // "we are", "like", "rollout"
    lib.ok({QStringLiteral("transcript"), QStringLiteral("fillers"), QStringLiteral("--reset")});
    CHECK(samFillers() == Approx(2 * 60.0 / 5));
    CHECK(lib.run({QStringLiteral("transcript"), QStringLiteral("fillers"), QStringLiteral("--set"),
                   QString(61, u'x')})
              .exitCode == 2);
}

TEST_CASE("search finds what was said beside the notes", "[app][cli][transcript][search]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), monoCall(lib, 440)});
    lib.ok({QStringLiteral("transcript"), QStringLiteral("import"), rec,
            writeFile(lib.file(QStringLiteral("zoom.vtt")), kZoom)});
    lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
            QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("5"),
            QStringLiteral("--text"), QStringLiteral("Ask what the rollout delay costs")});
    const QJsonArray all =
        QJsonDocument::fromJson(
            lib.ok({QStringLiteral("search"), QStringLiteral("rollout"), QStringLiteral("--json")})
                .toUtf8())
            .array();
    REQUIRE(all.size() == 2);
    QJsonObject said;
    for (const auto& hit : all)
        if (hit.toObject().value(QStringLiteral("track")).toString() == u"transcript")
            said = hit.toObject();
    CHECK(said.value(QStringLiteral("speaker")).toString() == u"Sam Buyer");
    CHECK(said.value(QStringLiteral("start_ms")).toInteger() == 4500);
    CHECK(said.value(QStringLiteral("session")).isNull());
    CHECK(said.value(QStringLiteral("snippet")).toString().contains(u"[rollout]"));
    CHECK(lib.ok({QStringLiteral("search"), QStringLiteral("rollout"), QStringLiteral("--track"),
                  QStringLiteral("transcript")})
              .contains(QStringLiteral("transcript  Sam Buyer: ")));
    const ToolRun shareable = lib.run({QStringLiteral("search"), QStringLiteral("quarter"),
                                       QStringLiteral("--track"), QStringLiteral("shareable")});
    CHECK(shareable.out.isEmpty());
    CHECK(shareable.err.contains(QStringLiteral("nothing in shareable matches 'quarter'")));
}
