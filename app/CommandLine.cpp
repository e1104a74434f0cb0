#include "app/CommandLine.h"

#include "app/GuiMain.h"
#include "app/cli/CliRegistry.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

namespace coachtrack::app {

namespace {

void quietQtNotices(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        QTextStream(stderr) << "coachtrack: " << message << '\n';
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("coachtrack"));
    QCoreApplication::setOrganizationName(QStringLiteral("Coachtrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COACHTRACK_VERSION));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // Global options stand before the sub-command: `coachtrack --db PATH note add …`.
    GlobalOptions global;
    qsizetype i = 1;
    while (i < args.size()) {
        if (args[i] == u"--db") {
            if (i + 1 >= args.size()) {
                QTextStream(stderr) << "coachtrack: --db needs a path\n";
                return 2;
            }
            global.databasePath = args[i + 1];
            i += 2;
        } else if (args[i].startsWith(u"--db=")) {
            global.databasePath = args[i].mid(5);
            ++i;
        } else if (args[i] == u"--team") {
            if (i + 1 >= args.size()) {
                QTextStream(stderr) << "coachtrack: --team needs a URL\n";
                return 2;
            }
            global.teamUrl = args[i + 1];
            i += 2;
        } else if (args[i] == u"--rep") {
            global.rep = true;
            ++i;
        } else {
            break;
        }
    }
    if (i < args.size() && !args[i].startsWith(u'-')) {
        if (const cli::Verb* verb = cli::findVerb(args[i])) {
            // Scripts read the commands' output: one form for numbers and dates whatever the
            // user's locale, and no translation (only the window is translated).
            QLocale::setDefault(QLocale::c());
            // stderr carries one line per problem: Qt's own notices (a missing
            // XDG_RUNTIME_DIR, …) are not problems of the command's.
            if (qEnvironmentVariableIsEmpty("COACHTRACK_QT_WARNINGS"))
                qInstallMessageHandler(quietQtNotices);
            if (verb->needsGui) {
                if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                    qputenv("QT_QPA_PLATFORM", "offscreen");
                if (verb->needsWidgets) {
                    QApplication app(argc, argv);
                    return verb->run(global, args.mid(i));
                }
                QGuiApplication app(argc, argv);
                return verb->run(global, args.mid(i));
            }
            QCoreApplication app(argc, argv);
            return verb->run(global, args.mid(i));
        }
    }
    return runGui(argc, argv, global);
}

} // namespace coachtrack::app
