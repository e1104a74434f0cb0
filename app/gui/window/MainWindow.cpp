#include "app/gui/window/MainWindow.h"

#include "annotations/Store.h"
#include "annotations/TimeCode.h"
#include "app/gui/dialogs/ExportDialog.h"
#include "app/gui/media/VideoView.h"
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/MomentsPanel.h"
#include "app/gui/panels/NoteEntryBar.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/panels/TeamPanel.h"
#include "app/gui/panels/TranscriptPanel.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/FileProblemText.h"
#include "app/gui/window/InputKeyRouter.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/MediaError.h"
#include "media/Player.h"
#include "media/VideoPresenter.h"
#include "workflows/LibraryAdder.h"
#include "workflows/LibraryLink.h"
#include "workflows/PrivateRetention.h"
#include "workflows/ReviewModel.h"
#include "workflows/WaveformLoader.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace coachtrack::app {

using namespace workflows;

MainWindow::MainWindow(const QString& libraryPath, QWidget* parent)
    : QMainWindow(parent)
    , m_player(new media::Player(this))
    , m_videoPresenter(new media::VideoPresenter(m_player, this))
    , m_loader(new WaveformLoader(this))
    , m_adder(new LibraryAdder(this))
    , m_review(new ReviewModel(this))
    , m_retention(new PrivateRetention(
          libraryPath.isEmpty() ? annotations::Store::defaultPath() : libraryPath, this))
    , m_shortcuts(new ShortcutMap(this))
    , m_libraryPath(libraryPath.isEmpty() ? annotations::Store::defaultPath() : libraryPath)
    , m_prefs(ReviewPreferences::load())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setCentralWidget(buildCentre());
    buildDocks();

    connect(m_videoPresenter, &media::VideoPresenter::frameShown, m_video, &VideoView::setFrame);
    connect(m_videoPresenter, &media::VideoPresenter::cleared, m_video, &VideoView::clear);
    connect(m_player, &media::Player::opened, this, &MainWindow::updateStage);
    connect(m_player, &media::Player::errorOccurred, this, [this](const QString& message) {
        if (m_player->state() == media::Player::State::Empty)
            showError(tr("%1\nCheck that the file is a complete recording, or open another one "
                         "with File ▸ Open… "
                         "(Ctrl+O).")
                          .arg(message));
        else
            showError(message);
    });
    connect(m_player, &media::Player::rateChanged, this, [this](double rate) {
        statusBar()->showMessage(tr("Speed %L1× — the voice keeps its pitch").arg(rate, 0, 'f', 1),
                                 3000);
    });
    connect(m_player, &media::Player::positionChanged, m_waveform, &WaveformView::setPosition);
    connect(m_transport, &TransportBar::playPauseClicked, this, &MainWindow::togglePlayback);
    connect(m_videoPresenter, &media::VideoPresenter::errorOccurred, this,
            [this](const QString& message) {
                showError(tr("The sound plays, but the picture cannot be shown: %1").arg(message));
            });
    m_player->setRate(ReviewPreferences::lastRate()); // before connectReview() remembers it
    connectReview();
    connectTranscript();
    connectMoments();
    connectRetention();
    connectTeamSync();
    buildMenus();
    new InputKeyRouter(this);
    statusBar()->showMessage(
        tr("Space play/pause · P private note · S shareable note · F1 all shortcuts"));

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_sizeDocksOnShow = !restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    setShareSafe(settings.value(QStringLiteral("shareSafe"), false).toBool());
    m_library->setLibraryPath(m_libraryPath);
    m_team->setLibraryPath(m_libraryPath);
    updateTitle();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::buildCentre()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_shareSafeBanner =
        new QLabel(tr("SHARE-SAFE — private notes are hidden. Turn off with View ▸ Share-Safe Mode "
                      "(Ctrl+Shift+S) when you stop sharing."),
                   central);
    m_shareSafeBanner->setObjectName(QStringLiteral("shareSafeBanner"));
    m_shareSafeBanner->setAlignment(Qt::AlignCenter);
    m_shareSafeBanner->setWordWrap(true);
    m_shareSafeBanner->setStyleSheet(
        QStringLiteral("QLabel#shareSafeBanner { background: #1b7f3b; color: white; "
                       "font-weight: 600; padding: 6px; }"));
    m_shareSafeBanner->hide();
    layout->addWidget(m_shareSafeBanner);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel#errorBanner { background: #fdecea; color: "
                                           "#7a1c14; border-bottom: 1px solid #f5c2bd;"
                                           " padding: 10px 14px; font-size: 13px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    auto* splitter = m_splitter = new QSplitter(Qt::Vertical, central);
    splitter->setObjectName(QStringLiteral("centreSplitter"));
    m_stage = new QStackedWidget(splitter);
    auto* card = new QWidget(m_stage);
    card->setObjectName(QStringLiteral("recordingCard"));
    card->setStyleSheet(QStringLiteral("QWidget#recordingCard { background: #1f2933; }"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addStretch(1);
    m_cardTitle = new QLabel(tr("No recording open"), card);
    m_cardTitle->setAlignment(Qt::AlignCenter);
    m_cardTitle->setWordWrap(true);
    m_cardTitle->setStyleSheet(
        QStringLiteral("color: #f5f7fa; font-size: 20px; font-weight: 600;"));
    m_cardDetail = new QLabel(
        tr("Open a call recording with File ▸ Open… (Ctrl+O), or pick one in the library"), card);
    m_cardDetail->setAlignment(Qt::AlignCenter);
    m_cardDetail->setWordWrap(true); // a long line in another language must not widen the window
    m_cardDetail->setStyleSheet(QStringLiteral("color: #9aa5b1; font-size: 13px;"));
    cardLayout->addWidget(m_cardTitle);
    cardLayout->addWidget(m_cardDetail);
    cardLayout->addStretch(1);
    m_video = new VideoView(m_stage);
    m_stage->addWidget(card);
    m_stage->addWidget(m_video);
    m_waveform = new WaveformView(splitter);
    splitter->addWidget(m_stage);
    splitter->addWidget(m_waveform);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_entry = new NoteEntryBar(central);
    layout->addWidget(m_entry);
    m_transport = new TransportBar(m_player, central);
    layout->addWidget(m_transport);
    return central;
}

void MainWindow::buildDocks()
{
    auto dock = [this](QWidget* content, const QString& title, const QString& name,
                       Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        d->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                       QDockWidget::DockWidgetFloatable);
        addDockWidget(area, d);
        return d;
    };
    m_library = new LibraryPanel(this);
    QDockWidget* library =
        dock(m_library, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    m_team = new TeamPanel(this);
    QDockWidget* team =
        dock(m_team, tr("Team"), QStringLiteral("teamDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(library, team);
    library->raise();
    // The overview is read when it is shown, and again as reviews change while it is.
    connect(team, &QDockWidget::visibilityChanged, m_team, [this](bool shown) {
        if (shown)
            m_team->refresh();
    });
    m_notes = new NotesPanel(this);
    dock(m_notes, tr("Notes"), QStringLiteral("notesDock"), Qt::RightDockWidgetArea);
    m_sessionPanel = new SessionPanel(this);
    QDockWidget* session =
        dock(m_sessionPanel, tr("Session"), QStringLiteral("sessionDock"), Qt::RightDockWidgetArea);
    m_transcript = new TranscriptPanel(this);
    tabifyDockWidget(session, dock(m_transcript, tr("Transcript"), QStringLiteral("transcriptDock"),
                                   Qt::RightDockWidgetArea));
    m_momentsPanel = new MomentsPanel(this);
    tabifyDockWidget(session, dock(m_momentsPanel, tr("Moments"), QStringLiteral("momentsDock"),
                                   Qt::RightDockWidgetArea));
    session->raise();
}

void MainWindow::setLibraryPath(const QString& path)
{
    m_libraryPath = path;
    m_library->setLibraryPath(path);
    m_team->setLibraryPath(path);
    delete m_retention;
    m_retention = new PrivateRetention(path, this);
    connectRetention();
    connectTeamSync();
}

void MainWindow::exportDebrief()
{
    if (m_path.isEmpty() || !m_review->isOpen()) {
        statusBar()->showMessage(
            tr("Open a recording first: the debrief is the review of one call"), 5000);
        return;
    }
    const QString title = m_review->recording().title.isEmpty()
                              ? QFileInfo(m_path).completeBaseName()
                              : m_review->recording().title;
    const int64_t sessionId = m_review->session().id;
    auto* dialog = new ExportDialog(m_libraryPath, sessionId, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this, sessionId](bool ok) {
        if (ok)
            exportFinished(sessionId);
    });
    dialog->open();
}

void MainWindow::openRecording(const QString& path, bool autoplay)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_callEnded = false;
    clearError();
    m_entry->cancel();
    m_player->close();
    m_loader->cancel();
    m_video->clear();
    m_waveform->clear();
    m_talk.reset();
    m_sessionPanel->setTalk(nullptr);
    updateMoments();        // none until the new call is analysed
    enableFocusModes(true); // known once it is analysed
    m_cardTitle->setText(QFileInfo(path).fileName());
    m_cardDetail->setText(tr("Loading…"));
    m_stage->setCurrentIndex(0);

    if (auto problem = media::checkReadableFile(path)) {
        m_cardDetail->setText(tr("Cannot be played"));
        m_review->close();
        updateTitle();
        showError(describeFileProblem(*problem));
        return;
    }
    if (!m_player->open(m_path)) {
        m_cardDetail->setText(tr("Cannot be played"));
        m_review->close();
        updateTitle();
        return;
    }
    m_review->open(m_libraryPath, m_path); // a library problem is shown; playback goes on
    updateTitle();
    m_waveform->setDuration(m_player->duration());
    m_analysisPending = true;
    m_loader->load(m_path);
    if (autoplay)
        m_player->play();
}

void MainWindow::updateTitle()
{
    QString title = QStringLiteral("Coachtrack");
    if (m_review->isOpen() && !m_review->recording().title.isEmpty())
        title = tr("%1 — Coachtrack").arg(m_review->recording().title);
    else if (!m_path.isEmpty())
        title = tr("%1 — Coachtrack").arg(QFileInfo(m_path).fileName());
    if (m_shareSafe)
        title += tr(" (share-safe)");
    setWindowTitle(title);
    if (m_review->isOpen())
        m_cardTitle->setText(m_review->recording().title.isEmpty() ? QFileInfo(m_path).fileName()
                                                                   : m_review->recording().title);
}

bool MainWindow::isAnalysing() const
{
    return m_analysisPending || m_loader->isLoading();
}

QString MainWindow::shownError() const
{
    return !m_banner->isHidden() && m_bannerIsError ? m_banner->text() : QString();
}

QString MainWindow::shownWarning() const
{
    return !m_banner->isHidden() && !m_bannerIsError ? m_banner->text() : QString();
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Recording"), QFileInfo(m_path).absolutePath(), recordingFileFilter());
    if (!path.isEmpty())
        openRecording(path, true);
}

void MainWindow::togglePlayback()
{
    if (m_path.isEmpty())
        return;
    if (m_player->state() == media::Player::State::Paused && m_prefs.autoRewindMs > 0 &&
        m_player->position() > 0)
        m_player->seek(std::max<qint64>(0, m_player->position() - m_prefs.autoRewindMs));
    m_player->togglePlay();
}

void MainWindow::skipBy(qint64 deltaMs)
{
    m_player->seek(std::clamp(m_player->position() + deltaMs, qint64(0), m_player->duration()));
}

void MainWindow::showError(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
    m_bannerIsError = true;
    statusBar()->showMessage(tr("Problem — see the message at the top"));
    Q_EMIT playbackFailed(message);
}

void MainWindow::showWarning(const QString& message)
{
    m_banner->setText(message);
    m_banner->show();
    m_bannerIsError = false;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_review->pickUpOutsideChanges(); // back from the terminal: show what changed there
}

void MainWindow::clearError()
{
    m_banner->clear();
    m_banner->hide();
}

void MainWindow::updateStage()
{
    const int height = m_splitter->height();
    if (m_player->hasVideo()) {
        m_stage->setCurrentWidget(m_video);
        m_splitter->setSizes(
            {height * 3 / 5, height * 2 / 5}); // the picture matters on a video call
        return;
    }
    m_stage->setCurrentIndex(0);
    m_splitter->setSizes({height / 3, height * 2 / 3});
    if (m_player->duration() > 0)
        m_cardDetail->setText(
            tr("Audio recording · %1").arg(annotations::formatClock(m_player->duration())));
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_sizeDocksOnShow)
        return;
    m_sizeDocksOnShow = false; // first run: give the side panels room once the window is laid out
    QTimer::singleShot(0, this, [this] {
        const QList<QDockWidget*> docks = findChildren<QDockWidget*>();
        QList<int> widths;
        for (QDockWidget* dock : docks)
            widths << (dockWidgetArea(dock) == Qt::LeftDockWidgetArea ? 270 : 400);
        resizeDocks(docks, widths, Qt::Horizontal);
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace coachtrack::app
