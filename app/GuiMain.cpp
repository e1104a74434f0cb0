#include "app/GuiMain.h"

#include "app/MainWindow.h"
#include "app/ScreenshotTaker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace coachtrack::app {

namespace {

QString subcommandHelp()
{
    QString text;
    for (const Subcommand& s : subcommands())
        text += QStringLiteral("\n  %1  %2").arg(s.name, -10).arg(s.summary);
    if (text.isEmpty())
        return {};
    return QStringLiteral("\n\nSub-commands (coachtrack [--db PATH] COMMAND --help for details):") + text;
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
           || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int runGui(int argc, char** argv, const GlobalOptions& global)
{
    Q_UNUSED(global) // the library view arrives with the annotation store
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Coachtrack: coach sales reps from recordings of their calls.\n"
                       "Opens FILE (any audio or video recording) and plays it.")
        + subcommandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Use the library database at PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Load FILE, start playback, save the window as a PNG to OUT and exit "
                       "(exit code 1 when playback failed; the PNG then shows the error)."),
        QStringLiteral("OUT"));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Recording to open."),
                                 QStringLiteral("[FILE]"));

    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << "coachtrack: " << parser.errorText() << "\nTry 'coachtrack --help'.\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("coachtrack"));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "coachtrack " << COACHTRACK_VERSION << '\n';
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << "coachtrack: unknown command or too many files: " << positional.join(u' ')
            << "\nTry 'coachtrack --help'.\n";
        return 2;
    }
    const QString screenshotPath = parser.value(screenshotOption);

    if (!hasDisplay()) {
        if (screenshotPath.isEmpty()) {
            err << "coachtrack: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it from a desktop session, or under a virtual display:\n"
                   "  xvfb-run -a coachtrack [FILE]\n"
                   "A screenshot needs no display: coachtrack --screenshot OUT.png [FILE]\n";
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    MainWindow window;
    window.resize(1100, 680);
    if (!screenshotPath.isEmpty()) // owned by the window
        new ScreenshotTaker(&window, screenshotPath, /*waitForPlayback=*/!positional.isEmpty());
    window.show();
    if (!positional.isEmpty())
        window.openRecording(positional.first(), /*autoplay=*/true);
    return app.exec();
}

} // namespace coachtrack::app
