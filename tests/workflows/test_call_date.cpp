// A new recording's call date: the recording date the file's metadata gives (creation_time,
// date), else the day the file was last modified; never a day in the future.
#include "annotations/Store.h"
#include "media/MediaInfo.h"
#include "support/Fixtures.h"
#include "workflows/LibraryLink.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// Two seconds of tone, with `metadata` (-metadata key=value pairs), modified on `modified`.
QString toneWith(const TempDir& dir, const QString& name, const QStringList& metadata,
                 const QDate& modified)
{
    QStringList args{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("sine=frequency=440:duration=2")};
    for (const QString& pair : metadata)
        args << QStringLiteral("-metadata") << pair;
    const QString path = ffmpeg(dir.file(name), args);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.setFileTime(QDateTime(modified, QTime(12, 0)), QFileDevice::FileModificationTime));
    return path;
}

media::MediaInfo probed(const QString& path)
{
    auto info = media::probeMedia(path);
    INFO((info ? std::string() : info.error().message.toStdString()));
    REQUIRE(info.has_value());
    return *info;
}

} // namespace

TEST_CASE("a file's creation_time is its call date", "[workflows][library][call-date]")
{
    TempDir dir;
    for (const QString& name : {QStringLiteral("call.m4a"), QStringLiteral("call.mp4"),
                                QStringLiteral("call.mkv"), QStringLiteral("call.mp3")}) {
        INFO(name.toStdString());
        const media::MediaInfo info = probed(toneWith(
            dir, name, {QStringLiteral("creation_time=2026-03-04T10:20:30Z")}, QDate(2025, 6, 1)));
        REQUIRE(info.recordedAt.has_value());
        CHECK(info.recordedAt->toUTC() == QDateTime(QDate(2026, 3, 4), QTime(10, 20, 30), Qt::UTC));
        const QDate local = info.recordedAt->toLocalTime().date();
        CHECK(workflows::callDateOf(info) == local);
        CHECK(workflows::newRecordingFor(info).callDate == local);
        CHECK(QString::fromUtf8(media::mediaInfoToJson(info))
                  .contains(QStringLiteral("\"recorded_at\": \"2026-03-04T10:20:30Z\"")));
    }
}

TEST_CASE("a date tag gives the call date when there is no creation_time",
          "[workflows][library][call-date]")
{
    TempDir dir;
    const media::MediaInfo dated = probed(toneWith(
        dir, QStringLiteral("dated.mp3"), {QStringLiteral("date=2026-03-05")}, QDate(2025, 6, 1)));
    REQUIRE(dated.recordedAt.has_value());
    CHECK(workflows::callDateOf(dated) == QDate(2026, 3, 5));
    // A bare year names no day: the file's own date is used.
    const media::MediaInfo year = probed(toneWith(
        dir, QStringLiteral("year.mp3"), {QStringLiteral("date=2026")}, QDate(2025, 6, 1)));
    CHECK_FALSE(year.recordedAt.has_value());
    CHECK(workflows::callDateOf(year) == QDate(2025, 6, 1));
}

TEST_CASE("without a recording date the file's modification day is the call date",
          "[workflows][library][call-date]")
{
    TempDir dir;
    const media::MediaInfo plain =
        probed(toneWith(dir, QStringLiteral("plain.wav"), {}, QDate(2025, 6, 1)));
    CHECK_FALSE(plain.recordedAt.has_value());
    CHECK(workflows::newRecordingFor(plain).callDate == QDate(2025, 6, 1));
    CHECK(QString::fromUtf8(media::mediaInfoToJson(plain))
              .contains(QStringLiteral("\"recorded_at\": null")));

    // A recorder whose clock says 2099 is not believed; neither is a file touched in 2099.
    const media::MediaInfo future =
        probed(toneWith(dir, QStringLiteral("future.m4a"),
                        {QStringLiteral("creation_time=2099-01-01T00:00:00Z")}, QDate(2025, 6, 2)));
    CHECK(workflows::callDateOf(future) == QDate(2025, 6, 2));
    const media::MediaInfo touched =
        probed(toneWith(dir, QStringLiteral("touched.wav"), {}, QDate::currentDate().addYears(70)));
    CHECK_FALSE(workflows::callDateOf(touched).isValid());
}

TEST_CASE("a file added to the library is dated by its metadata", "[workflows][library][call-date]")
{
    TempDir dir;
    const QString call =
        toneWith(dir, QStringLiteral("call.m4a"),
                 {QStringLiteral("creation_time=2026-03-04T10:20:30Z")}, QDate(2025, 6, 1));
    auto linked = workflows::linkRecording(dir.file(QStringLiteral("library.sqlite")), call);
    INFO((linked ? std::string() : linked.error().message.toStdString()));
    REQUIRE(linked.has_value());
    auto store = annotations::Store::open(dir.file(QStringLiteral("library.sqlite")));
    REQUIRE(store.has_value());
    auto recording = (*store)->recording(linked->recordingId);
    REQUIRE(recording.has_value());
    CHECK(recording->callDate ==
          QDateTime(QDate(2026, 3, 4), QTime(10, 20, 30), Qt::UTC).toLocalTime().date());
}
