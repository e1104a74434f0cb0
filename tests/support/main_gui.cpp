// Catch2 runner for UI tests: a QApplication, offscreen unless the caller chose a platform
// (test discovery runs this binary at build time, where there may be no display). Settings,
// the library and caches live in a fresh folder per process, so tests neither see the
// user's files nor each other's (CTest runs every case in its own process).
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, QDir(home.path()).filePath(QString::fromLatin1(name)).toLocal8Bit());
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
