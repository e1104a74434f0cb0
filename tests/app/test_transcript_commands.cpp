// `coachtrack transcript parse|import|show`: a meeting tool's transcript read, kept with a
// recording (speaker roles remembered by name for the next call), and shown with each
// speaker's metrics; a broken file names its line and imports nothing.
#include "CliLibrary.h"
#include "support/Recordings.h"

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

TEST_CASE("transcript import keeps it with the recording; show gives each speaker's metrics",
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
    CHECK(lib.dump() == before); // the transcript it had is still there, as it was
    r = lib.run({QStringLiteral("transcript"), QStringLiteral("show"), QStringLiteral("999")});
    CHECK(r.exitCode == 1);
}
