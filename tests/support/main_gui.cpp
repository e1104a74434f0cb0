// Catch2 runner for UI tests: a QApplication, offscreen unless the caller chose a platform
// (test discovery runs this binary at build time, where there may be no display).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and data go to ~/.qttest, not the user's
    return Catch::Session().run(argc, argv);
}
