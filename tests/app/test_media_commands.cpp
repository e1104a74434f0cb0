// `coachtrack probe|peaks|talk` as scripts call them: JSON on stdout, one line on stderr
// and a non-zero exit (never a signal) for bad input.
#include "support/Fixtures.h"

#include <QDataStream>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <catch2/catch.hpp>

using namespace coachtrack::testing;

namespace {

ToolRun runTool(const QStringList& args, const QString& home)
{
    return runCoachtrack(args, isolatedEnvironment(home));
}

QJsonObject json(const QByteArray& bytes)
{
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(bytes, &e);
    INFO(bytes.toStdString());
    REQUIRE(e.error == QJsonParseError::NoError);
    return d.object();
}

// What `coachtrack COMMAND <demo call> --json` prints, run with its caches in `home`; the run
// is REQUIREd to succeed.
QJsonObject demoJson(const QString& command, const QString& home)
{
    const ToolRun r = runTool({command, demoCallPath(), QStringLiteral("--json")}, home);
    REQUIRE(r.exitCode == 0);
    return json(r.out);
}

} // namespace

TEST_CASE("probe --json prints the documented fields", "[app][cli][media]")
{
    TempDir dir;
    const QJsonObject o = demoJson(QStringLiteral("probe"), dir.path());
    CHECK(o[QStringLiteral("duration_ms")].toInteger() == Approx(181'633).margin(20));
    CHECK(o[QStringLiteral("format")].toString() == QStringLiteral("mp3"));
    CHECK(o[QStringLiteral("audio")].toObject()[QStringLiteral("codec")].toString() ==
          QStringLiteral("mp3"));
    CHECK(o[QStringLiteral("audio")].toObject()[QStringLiteral("sample_rate")].toInt() == 16000);
    CHECK(o[QStringLiteral("audio")].toObject()[QStringLiteral("channels")].toInt() == 2);
    CHECK(o[QStringLiteral("video")].isNull());
    CHECK(o[QStringLiteral("fingerprint")].toString().size() == 32);
}

TEST_CASE("probe of bad input exits 1 with one line naming the file", "[app][cli][media]")
{
    TempDir dir;
    const QString text =
        writeFile(dir.file(QStringLiteral("minutes.mp3")), "Minutes of the meeting\n");
    for (const QString& path : {text, dir.file(QStringLiteral("nowhere.wav")), dir.path(),
                                writeFile(dir.file(QStringLiteral("empty.m4a")), {})}) {
        QElapsedTimer t;
        t.start();
        const ToolRun r =
            runCoachtrack({QStringLiteral("probe"), path}, isolatedEnvironment(dir.path()));
        CHECK(t.elapsed() < 5000);
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.err.startsWith(QStringLiteral("coachtrack probe: ")));
        CHECK(r.err.contains(QFileInfo(path).fileName()));
        CHECK(r.err.count(u'\n') == 1);
    }
    const ToolRun usage = runCoachtrack({QStringLiteral("probe")}, isolatedEnvironment(dir.path()));
    CHECK(usage.exitCode == 2);
}

TEST_CASE("peaks writes audiowaveform .dat and JSON that agree", "[app][cli][media]")
{
    TempDir dir;
    const QString dat = dir.file(QStringLiteral("call.dat")),
                  js = dir.file(QStringLiteral("call.json"));
    REQUIRE(runCoachtrack({QStringLiteral("peaks"), demoCallPath(), QStringLiteral("-o"), dat},
                          isolatedEnvironment(dir.path()))
                .exitCode == 0);
    REQUIRE(runTool({QStringLiteral("peaks"), demoCallPath(), QStringLiteral("--samples-per-peak"),
                     QStringLiteral("512"), QStringLiteral("--bits"), QStringLiteral("8"),
                     QStringLiteral("-o"), js},
                    dir.path())
                .exitCode == 0);
    const QByteArray bytes = readFile(dat);
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    qint32 version, rate, spp, channels;
    quint32 flags, length;
    in >> version >> flags >> rate >> spp >> length >> channels;
    CHECK(version == 2);
    CHECK(flags == 0);
    CHECK(rate == 16000);
    CHECK(spp == 256);
    CHECK(channels == 2);
    const qint64 frames = 181'633 * 16;
    CHECK(qint64(length) == Approx((frames + 255) / 256).margin(2));
    CHECK(bytes.size() == 24 + qint64(length) * 2 * 2 * 2);

    const QJsonObject o = json(readFile(js));
    CHECK(o[QStringLiteral("version")].toInt() == 2);
    CHECK(o[QStringLiteral("bits")].toInt() == 8);
    CHECK(o[QStringLiteral("samples_per_pixel")].toInt() == 512);
    CHECK(o[QStringLiteral("data")].toArray().size() == o[QStringLiteral("length")].toInt() * 4);
    // Something is said on the left channel early on: its peaks are far from silence.
    const QJsonArray data = o[QStringLiteral("data")].toArray();
    int loud = 0;
    for (qsizetype i = 0; i < 4 * 200; i += 4)
        loud += data[i + 1].toInt() > 20;
    CHECK(loud > 50);

    const ToolRun bad =
        runTool({QStringLiteral("peaks"), demoCallPath(), QStringLiteral("--samples-per-peak"),
                 QStringLiteral("100"), QStringLiteral("-o"), dat},
                dir.path());
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("multiple of 64")));
    CHECK(runTool({QStringLiteral("peaks"), demoCallPath(), QStringLiteral("-o"),
                   dir.file(QStringLiteral("x.png"))},
                  dir.path())
              .exitCode == 2);
}

TEST_CASE("talk --json reports per-speaker metrics for the dual-channel demo", "[app][cli][media]")
{
    TempDir dir;
    const QJsonObject o = demoJson(QStringLiteral("talk"), dir.path());
    const QJsonArray channels = o[QStringLiteral("channels")].toArray();
    REQUIRE(channels.size() == 2);
    const QJsonObject rep = channels[0].toObject(), buyer = channels[1].toObject();
    CHECK(rep[QStringLiteral("role")].toString() == QStringLiteral("rep"));
    CHECK(rep[QStringLiteral("share")].toDouble() == Approx(0.6).margin(0.03));
    CHECK(rep[QStringLiteral("share")].toDouble() + buyer[QStringLiteral("share")].toDouble() ==
          Approx(1.0).margin(0.002));
    CHECK(rep[QStringLiteral("longest_monologue_ms")].toInteger() > 30'000);
    CHECK(rep[QStringLiteral("segments")].toArray().size() == 16);
    CHECK(o[QStringLiteral("overlap_ms")].toInteger() == Approx(900).margin(300));
    CHECK(o[QStringLiteral("switches_per_minute")].toDouble() > 5);
    CHECK(o[QStringLiteral("patience_ms")].toInteger() > 200);
    CHECK(o.contains(QStringLiteral("silence_ms")));
    // The second run reads the cache and says the same.
    CHECK(json(runCoachtrack({QStringLiteral("talk"), demoCallPath(), QStringLiteral("--json")},
                             isolatedEnvironment(dir.path()))
                   .out) == o);
    // Which channel is the rep is a setting.
    const QJsonObject swapped =
        json(runTool({QStringLiteral("talk"), demoCallPath(), QStringLiteral("--json"),
                      QStringLiteral("--rep-channel"), QStringLiteral("right")},
                     dir.path())
                 .out);
    CHECK(swapped[QStringLiteral("channels")]
              .toArray()[1]
              .toObject()[QStringLiteral("role")]
              .toString() == QStringLiteral("rep"));
}
