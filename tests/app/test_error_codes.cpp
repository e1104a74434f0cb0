// The window acts on the code an error had where it happened, not on its wording.
#include "annotations/Store.h"
#include "app/gui/window/MainWindow.h"
#include "media/Player.h"
#include "support/Fixtures.h"

#include <QFile>
#include <QTest>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("a call that is not in a read-only library plays, with a warning instead of an error",
          "[app][errors]")
{
    TempDir dir;
    const QString db = dir.file(QStringLiteral("library.sqlite"));
    {
        auto store = annotations::Store::open(db);
        REQUIRE(store.has_value());
    }
    const QString call = dir.file(QStringLiteral("call.mp3"));
    REQUIRE(QFile::copy(demoCallPath(), call));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner));
    const QByteArray before = readFile(db);

    {
        app::MainWindow window(db);
        window.resize(900, 560);
        window.show();
        window.openRecording(call, true);
        CHECK(window.player()->state() == media::Player::State::Playing);
        CHECK(window.shownError().isEmpty());
        CHECK(window.shownWarning().contains(QStringLiteral("read-only")));
        CHECK(window.shownWarning().contains(QStringLiteral("call.mp3")));
        window.player()->close();
    }
    CHECK(readFile(db) == before);
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
}
