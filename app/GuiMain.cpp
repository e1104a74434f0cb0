#include "app/GuiMain.h"

#include "annotations/Store.h"
#include "annotations/TimeCode.h"
#include "app/GitVersion.h"
#include "app/SingleInstance.h"
#include "app/gui/Translations.h"
#include "app/gui/coaching/MyCoachingWindow.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ScreenshotTaker.h"
#include "media/Player.h"
#include "media/VideoPresenter.h"
#include "sync/PgConnection.h"
#include "workflows/TeamKeyring.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>
#include <memory>
#include <optional>

namespace coachtrack::app {

namespace {

QString subcommandHelp()
{
    QString text;
    for (const cli::Verb& s : cli::verbs())
        text += QStringLiteral("\n  %1  %2").arg(s.name, -10).arg(s.summary);
    if (text.isEmpty())
        return {};
    return QStringLiteral("\n\nSub-commands (coachtrack [--db PATH] COMMAND --help for details):") +
           text;
}

// "0.1.0 (git 8d6d476abc)": the version set once in CMake, and the commit built from.
QString versionText()
{
    const QString commit = QStringLiteral(COACHTRACK_GIT_COMMIT);
    return commit.isEmpty() ? QStringLiteral(COACHTRACK_VERSION)
                            : QStringLiteral(COACHTRACK_VERSION " (git %1)").arg(commit);
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// What a second `coachtrack` on this library asked for: share-safe first (before a file's notes
// show), the speed, the file played from its start time, and the window to the front.
void takeOver(MainWindow& window, const OpenRequest& r)
{
    if (r.shareSafe)
        window.setShareSafe(true);
    if (r.rate)
        window.player()->setRate(*r.rate);
    if (!r.file.isEmpty()) {
        window.openRecording(r.file, /*autoplay=*/!r.startMs);
        media::Player* player = window.player();
        if (r.startMs && player->state() != media::Player::State::Empty) {
            if (*r.startMs < player->duration())
                player->seek(*r.startMs);
            else
                window.statusBar()->showMessage(
                    QObject::tr("%1 is past the end of the call (%2): playing from the start")
                        .arg(annotations::formatClock(*r.startMs),
                             annotations::formatClock(player->duration())),
                    8000);
            player->play();
        }
    }
    window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
    window.raise();
    window.activateWindow();
}

// `coachtrack --team URL --rep`: the rep's window. The password comes from the secret store,
// PGPASSWORD or ~/.pgpass, else it is asked for once and kept in the secret store.
int runMyCoaching(const GlobalOptions& global, const QString& screenshotPath)
{
    QTextStream err(stderr);
    if (global.teamUrl.isEmpty() || sync::urlHasPassword(global.teamUrl)) {
        err << "coachtrack: --rep needs --team URL, without a password in it (the window asks "
               "for it and keeps it in the desktop's secret store)\n";
        return 2;
    }
    QString password = workflows::teamkeyring::passwordFor(global.teamUrl);
    const bool libpqHasOne = !qEnvironmentVariableIsEmpty("PGPASSWORD") ||
                             QFileInfo::exists(QDir::homePath() + QStringLiteral("/.pgpass"));
    if (password.isEmpty() && !libpqHasOne && screenshotPath.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("MyCoachingWindow", "Sign In"),
            QCoreApplication::translate("MyCoachingWindow",
                                        "Your password for the team library (kept in the "
                                        "desktop's secret store):"),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return 1;
    }
    MyCoachingWindow window(global.teamUrl, password);
    if (!password.isEmpty() && workflows::teamkeyring::passwordFor(global.teamUrl) != password)
        window.rememberPasswordOnSignIn(); // typed: kept once it has signed in
    if (!screenshotPath.isEmpty()) {
        auto shoot = [&window, screenshotPath](int code) {
            QTimer::singleShot(300, &window, [&window, screenshotPath, code] {
                const bool saved = window.grab().save(screenshotPath);
                QCoreApplication::exit(saved ? code : 1);
            });
        };
        QObject::connect(&window, &MyCoachingWindow::loaded, &window, [shoot] { shoot(0); });
        QObject::connect(&window, &MyCoachingWindow::failed, &window, [shoot] { shoot(1); });
    }
    window.show();
    return QApplication::exec();
}

} // namespace

int runGui(int argc, char** argv, const GlobalOptions& global)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Coachtrack: coach sales reps from recordings of their calls.\n"
                       "Opens FILE (any audio or video recording) and plays it.") +
        subcommandHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Use the library database at PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Load FILE, start playback, save the window as a PNG to OUT and exit "
                       "(exit code 1 when playback failed; the PNG then shows the error)."),
        QStringLiteral("OUT"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QStringLiteral("Play at R times speed (0.5-3, 0.1 steps; the pitch is kept). Without "
                       "it, the speed last chosen."),
        QStringLiteral("R"), QStringLiteral("1.0"));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         QStringLiteral("Start at TIME ([[hh:]mm:]ss[.mmm])."),
                                         QStringLiteral("TIME"));
    const QCommandLineOption quitAfterOption(
        QStringLiteral("quit-after"),
        QStringLiteral("Play for SECONDS of real time, print where playback went, and exit (needs "
                       "no display)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption skipSilenceOption(
        QStringLiteral("skip-silence"),
        QStringLiteral("Shorten pauses where nobody speaks (over 0.8 s) to 0.3 s while playing, "
                       "for this run (G in the window switches it and is remembered); playback "
                       "starts once the call's speech is known."));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Play only the rep's turns (each with the buyer's second before) or only "
                       "the buyer's: rep, buyer or all (two-channel calls)."),
        QStringLiteral("WHO"), QStringLiteral("all"));
    const QCommandLineOption shareSafeOption(
        QStringLiteral("share-safe"),
        QStringLiteral(
            "Start in share-safe mode (no private notes on screen; stays on until turned off)."));
    parser.addOption(dbOption);
    // Read by CommandLine (GlobalOptions) before this; accepted here so that the window's own
    // options parse beside them.
    parser.addOption(
        {QStringLiteral("team"),
         QStringLiteral("The team library's PostgreSQL URL (with --rep: My coaching)."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("rep"),
                      QStringLiteral("Open My coaching: a rep's own sessions on the team library "
                                     "at --team URL.")});
    parser.addOption(shareSafeOption);
    parser.addOption(screenshotOption);
    parser.addOption(rateOption);
    parser.addOption(startOption);
    parser.addOption(quitAfterOption);
    parser.addOption(skipSilenceOption);
    parser.addOption(listenOption);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Recording to open."),
                                 QStringLiteral("[FILE]"));

    QTextStream err(stderr);
    if (!parser.parse(args)) {
        err << "coachtrack: " << parser.errorText() << "\nTry 'coachtrack --help'.\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("<executable_name>"),
                                                         QStringLiteral("coachtrack"));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << "coachtrack " << versionText() << '\n';
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    // `coachtrack nonsense`: a mistyped sub-command, not a recording to open (no such file,
    // and nothing that makes it look like a path: no folder, no extension).
    if (const QString first = positional.value(0); !first.isEmpty() && !QFileInfo::exists(first) &&
                                                   !first.contains(u'/') && !first.contains(u'.')) {
        err << "coachtrack: unknown command '" << first << "' (see coachtrack --help)\n";
        return 2;
    }
    if (positional.size() > 1) {
        err << "coachtrack: unknown command or too many files: " << positional.join(u' ')
            << "\nTry 'coachtrack --help'.\n";
        return 2;
    }
    const QString screenshotPath = parser.value(screenshotOption);
    bool ok = false;
    const double rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || rate < media::Player::kMinRate - 1e-9 || rate > media::Player::kMaxRate + 1e-9) {
        err << "coachtrack: --rate must be a number from 0.5 to 3, e.g. 1.5\n";
        return 2;
    }
    std::optional<int64_t> start;
    if (parser.isSet(startOption)) {
        const auto parsed = annotations::parseTimeCode(parser.value(startOption));
        if (!parsed) {
            err << "coachtrack: --start: " << parsed.error() << '\n';
            return 2;
        }
        start = *parsed;
    }
    double quitAfter = 0;
    if (parser.isSet(quitAfterOption)) {
        quitAfter = parser.value(quitAfterOption).toDouble(&ok);
        if (!ok || quitAfter <= 0 || positional.isEmpty()) {
            err << "coachtrack: --quit-after needs a number of seconds above 0 and a FILE\n";
            return 2;
        }
    }
    const bool headlessRun = !screenshotPath.isEmpty() || quitAfter > 0;
    const QStringList listenChoices{QStringLiteral("all"), QStringLiteral("rep"),
                                    QStringLiteral("buyer")};
    const auto listen = media::FocusSpeaker(listenChoices.indexOf(parser.value(listenOption)));
    if (int(listen) < 0) {
        err << "coachtrack: --listen must be rep, buyer or all\n";
        return 2;
    }
    // Skipping needs the call's speech: playback waits for it rather than play pauses first.
    const bool waitForSpeech =
        parser.isSet(skipSilenceOption) || listen != media::FocusSpeaker::Everyone;

    if (!hasDisplay()) {
        if (!headlessRun) {
            err << "coachtrack: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "Run it from a desktop session, or under a virtual display:\n"
                   "  xvfb-run -a coachtrack [FILE]\n"
                   "A screenshot needs no display: coachtrack --screenshot OUT.png [FILE]\n";
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    installTranslations(app); // the user's language, when Coachtrack speaks it
    if (global.rep)           // "My coaching": the rep's window on the team library
        return runMyCoaching(global, screenshotPath);
    // One window per library: a recording opened while one is open goes to that window.
    const QString libraryPath =
        global.databasePath.isEmpty() ? annotations::Store::defaultPath() : global.databasePath;
    std::unique_ptr<SingleInstance> instance;
    if (!headlessRun) {
        instance = std::make_unique<SingleInstance>(libraryPath);
        if (!instance->isFirst()) {
            const OpenRequest request{positional.value(0),
                                      parser.isSet(rateOption) ? std::optional(rate) : std::nullopt,
                                      start, parser.isSet(shareSafeOption)};
            if (!instance->handOver(request)) {
                err << "coachtrack: a Coachtrack window is open on " << libraryPath
                    << " but does not answer; close it, or open another library with --db\n";
                return 1;
            }
            QTextStream(stdout) << (positional.isEmpty()
                                        ? QStringLiteral("coachtrack: raised the window already "
                                                         "open on %1\n")
                                              .arg(libraryPath)
                                        : QStringLiteral("coachtrack: opened %1 in the window "
                                                         "already open on %2\n")
                                              .arg(positional.first(), libraryPath));
            return 0;
        }
    }
    MainWindow window(global.databasePath);
    if (instance)
        QObject::connect(instance.get(), &SingleInstance::openRequested, &window,
                         [&window](const OpenRequest& r) { takeOver(window, r); });
    if (parser.isSet(shareSafeOption))
        window.setShareSafe(true);
    if (!screenshotPath.isEmpty()) // owned by the window
        new ScreenshotTaker(&window, screenshotPath, /*waitForPlayback=*/!positional.isEmpty());
    window.show();
    if (parser.isSet(rateOption)) // otherwise the speed last chosen, which the window restored
        window.player()->setRate(rate);
    // From the command line, for this run only; a --quit-after run skips only when asked to.
    if (parser.isSet(skipSilenceOption) || quitAfter > 0)
        window.setSkipSilence(parser.isSet(skipSilenceOption), /*remember=*/false);
    if (parser.isSet(listenOption))
        window.setFocusListening(listen);
    if (!positional.isEmpty()) {
        window.openRecording(positional.first(), /*autoplay=*/!start && !waitForSpeech);
        if (start && window.player()->state() != media::Player::State::Empty &&
            *start >= window.player()->duration()) {
            QTextStream(stderr) << "coachtrack: --start " << annotations::formatClock(*start, true)
                                << " is past the end of " << positional.first()
                                << ", whose audio ends at "
                                << annotations::formatClock(window.player()->duration(), true)
                                << '\n';
            return 1;
        }
        auto begin = [&window, start] {
            if (start)
                window.player()->seek(*start);
            window.player()->play();
        };
        if (!waitForSpeech) {
            if (start)
                begin();
        } else if (!window.isAnalysing()) {
            begin();
        } else {
            QObject::connect(&window, &MainWindow::analysisFinished, &window, begin,
                             Qt::SingleShotConnection);
        }
    }
    auto report = [&window, start, listen] {
        media::Player* p = window.player();
        if (!window.shownError().isEmpty() || p->state() == media::Player::State::Empty) {
            QTextStream(stderr) << "coachtrack: " << window.shownError() << '\n';
            QCoreApplication::exit(1);
            return;
        }
        // Stopped first, so that every figure below is of the same moment.
        p->pause();
        const qint64 position = p->position();
        const qint64 skipped = p->skippedMs();
        QString video;
        if (const media::VideoPresenter* v = window.videoPresenter(); v->hasVideo())
            video = QStringLiteral(
                        ", video %1 frames shown, %2 dropped, lip-sync median %3 ms, max %4 ms")
                        .arg(v->stats().framesShown())
                        .arg(v->stats().framesDropped())
                        .arg(v->stats().medianErrorMs())
                        .arg(v->stats().maxErrorMs());
        QString listened;
        if (skipped > 0 || window.skipSilence() || listen != media::FocusSpeaker::Everyone)
            listened =
                QStringLiteral(", %1 of the recording heard, %2 skipped")
                    .arg(annotations::formatClock(
                             std::max<qint64>(0, position - start.value_or(0) - skipped), true),
                         annotations::formatClock(skipped, true));
        const QString modes[] = {QString(), QStringLiteral(" (the rep's turns)"),
                                 QStringLiteral(" (the buyer's turns)")};
        if (listen != window.focusListening())
            listened += window.talk() && window.talk()->perSpeaker
                            ? QStringLiteral(" (the whole call: that speaker says nothing in it)")
                            : QStringLiteral(" (the whole call: focus listening needs the rep and "
                                             "the buyer on two channels)");
        else
            listened += modes[int(listen)];
        QTextStream(stdout) << QStringLiteral("played %1 to %2 at %3x on %4%5%6\n")
                                   .arg(annotations::formatClock(start.value_or(0), true),
                                        annotations::formatClock(position, true))
                                   .arg(p->rate(), 0, 'f', 1)
                                   .arg(p->outputName(), listened, video);
        QCoreApplication::exit(0);
    };
    // SECONDS of playing: counted from when playback starts after waiting for the speech.
    auto armQuit = [&window, quitAfter, report] {
        QTimer::singleShot(int(quitAfter * 1000), &window, report);
    };
    if (quitAfter > 0 && waitForSpeech && window.isAnalysing())
        QObject::connect(&window, &MainWindow::analysisFinished, &window, armQuit,
                         Qt::SingleShotConnection);
    else if (quitAfter > 0)
        armQuit();
    if (instance && !instance->listen())
        err << "coachtrack: other Coachtrack windows cannot hand files to this one ("
            << SingleInstance::socketPath(libraryPath) << " cannot be listened on)\n";
    return app.exec();
}

} // namespace coachtrack::app
