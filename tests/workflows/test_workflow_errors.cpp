// Errors keep their kind on the way through workflows/, so that the window and the command
// line can act on what went wrong, not on the wording of a message.
#include "annotations/Store.h"
#include "annotations/StoreError.h"
#include "media/Jobs.h"
#include "media/MediaError.h"
#include "support/Fixtures.h"
#include "workflows/DebriefExport.h"
#include "workflows/LibraryLink.h"
#include "workflows/WorkflowError.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;
using workflows::WorkflowErrorCode;
using SC = annotations::StoreErrorCode;
using MC = media::ErrorCode;

TEST_CASE("library and media errors arrive with their own code", "[workflows]")
{
    for (SC code :
         {SC::NotFound, SC::InvalidInput, SC::CapReached, SC::NewerSchema, SC::NotOurDatabase,
          SC::DiskFull, SC::ReadOnly, SC::Busy, SC::Corrupt, SC::Io}) {
        const auto error = workflows::fromStore({code, QStringLiteral("store says")});
        CHECK(error.message == QStringLiteral("store says"));
        CHECK(error.is(code));
        CHECK_FALSE(error.is(MC::FileNotFound));
    }
    for (MC code : {MC::FileNotFound, MC::NotAFile, MC::PermissionDenied, MC::EmptyFile,
                    MC::UnrecognisedFormat, MC::NoAudioStream, MC::UnsupportedCodec,
                    MC::DecodeFailed, MC::Cancelled, MC::IoError}) {
        const auto error = workflows::fromMedia({code, QStringLiteral("media says")});
        CHECK(error.message == QStringLiteral("media says"));
        CHECK(error.is(code));
        CHECK_FALSE(error.is(SC::NotFound));
    }
}

TEST_CASE("linking and relinking report what went wrong by kind", "[workflows]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));

    SECTION("a file that is not there")
    {
        auto linked = workflows::linkRecording(db, dir.file(QStringLiteral("gone.mp3")));
        REQUIRE_FALSE(linked.has_value());
        CHECK(linked.error().is(MC::FileNotFound));
        CHECK(linked.error().message.contains(QStringLiteral("gone.mp3")));
    }
    SECTION("a file that is not a recording")
    {
        const QString text = writeFile(dir.file(QStringLiteral("notes.mp3")), "not audio at all\n");
        auto linked = workflows::linkRecording(db, text);
        REQUIRE_FALSE(linked.has_value());
        CHECK(linked.error().is(MC::UnrecognisedFormat));
    }
    SECTION("a library from a newer Coachtrack")
    {
        {
            auto store = annotations::Store::open(db);
            REQUIRE(store.has_value());
        }
        REQUIRE(
            runTool(QStringLiteral("sqlite3"), {db, QStringLiteral("PRAGMA user_version = 999;")})
                .exitCode == 0);
        auto linked = workflows::linkRecording(db, demoCallPath());
        REQUIRE_FALSE(linked.has_value());
        CHECK(linked.error().is(SC::NewerSchema));
    }
    SECTION("relinking to a file with other content")
    {
        auto linked = workflows::linkRecording(db, demoCallPath());
        REQUIRE(linked.has_value());
        const QString other = ffmpeg(dir.file(QStringLiteral("other.wav")),
                                     lavfi(QStringLiteral("sine=frequency=440:duration=2")));
        auto store = annotations::Store::open(db);
        REQUIRE(store.has_value());
        auto relinked = workflows::relinkRecording(**store, linked->recordingId, other);
        REQUIRE_FALSE(relinked.has_value());
        CHECK(relinked.error().is(WorkflowErrorCode::DifferentRecording));
        auto unknown = workflows::relinkRecording(**store, linked->recordingId + 100, other);
        REQUIRE_FALSE(unknown.has_value());
        CHECK(unknown.error().is(SC::NotFound));
    }
    SECTION("an unknown file in a read-only library")
    {
        {
            auto store = annotations::Store::open(db);
            REQUIRE(store.has_value());
        }
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner));
        auto linked = workflows::linkRecording(db, demoCallPath());
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
        REQUIRE_FALSE(linked.has_value());
        CHECK(linked.error().is(WorkflowErrorCode::NotInReadOnlyLibrary));
    }
}

TEST_CASE("an export over the library is refused as a protected output", "[workflows]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));
    auto linked = workflows::linkRecording(db, demoCallPath());
    REQUIRE(linked.has_value());
    const QByteArray before = readFile(db);

    workflows::ExportRequest request;
    request.databasePath = db;
    request.sessionId = linked->sessionId;
    request.format = exchange::ExportFormat::Csv;
    request.outputPath = db;
    media::NoProgress progress;
    media::CancelToken cancel;
    auto report = workflows::runDebriefExport(request, progress, cancel);
    REQUIRE_FALSE(report.has_value());
    CHECK(report.error().is(WorkflowErrorCode::ProtectedOutput));
    CHECK(readFile(db) == before);

    request.outputPath = dir.file(QStringLiteral("sheet.csv"));
    request.sessionId = linked->sessionId + 100;
    auto missing = workflows::runDebriefExport(request, progress, cancel);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().is(SC::NotFound));
}
