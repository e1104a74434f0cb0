#include "app/MainWindow.h"

#include "annotations/TimeCode.h"
#include "annotations/Store.h"
#include "app/ExportDialog.h"
#include "app/LibraryLink.h"
#include "app/PlaybackErrors.h"
#include "app/TransportBar.h"
#include "app/VideoSync.h"
#include "app/VideoView.h"
#include "media/MediaError.h"
#include "media/Player.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMediaPlayer>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace coachtrack::app {

namespace {
constexpr qint64 kSkipMs = 5000;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_player(new media::Player(this))
    , m_videoPlayer(new QMediaPlayer(this))
    , m_sync(new VideoSync(m_player, m_videoPlayer, this))
{
    setWindowTitle(QStringLiteral("Coachtrack"));
    m_libraryPath = annotations::Store::defaultPath();

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("errorBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel#errorBanner { background: #fdecea; color: #7a1c14; border-bottom: 1px solid #f5c2bd;"
        " padding: 10px 14px; font-size: 13px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stage = new QStackedWidget(central);
    auto* card = new QWidget(m_stage);
    card->setObjectName(QStringLiteral("recordingCard"));
    card->setStyleSheet(QStringLiteral("QWidget#recordingCard { background: #1f2933; }"));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->addStretch(1);
    m_cardTitle = new QLabel(tr("No recording open"), card);
    m_cardTitle->setAlignment(Qt::AlignCenter);
    m_cardTitle->setStyleSheet(QStringLiteral("color: #f5f7fa; font-size: 22px; font-weight: 600;"));
    m_cardDetail = new QLabel(tr("Open a call recording with File ▸ Open… (Ctrl+O)"), card);
    m_cardDetail->setAlignment(Qt::AlignCenter);
    m_cardDetail->setStyleSheet(QStringLiteral("color: #9aa5b1; font-size: 14px;"));
    cardLayout->addWidget(m_cardTitle);
    cardLayout->addWidget(m_cardDetail);
    cardLayout->addStretch(1);
    m_video = new VideoView(m_stage);
    m_stage->addWidget(card);
    m_stage->addWidget(m_video);
    layout->addWidget(m_stage, 1);

    m_transport = new TransportBar(m_player, central);
    layout->addWidget(m_transport);
    setCentralWidget(central);

    // The sound comes from m_player; m_videoPlayer has no audio output and only draws frames.
    m_videoPlayer->setVideoSink(m_video->videoSink());
    connect(m_video, &VideoView::frameShown, m_sync, &VideoSync::noteFrame);
    connect(m_player, &media::Player::opened, this, &MainWindow::updateStage);
    connect(m_player, &media::Player::errorOccurred, this, [this](const QString& message) {
        if (m_player->state() == media::Player::State::Empty)
            showError(tr("%1\nCheck that the file is a complete recording, or open another one with File ▸ Open… "
                         "(Ctrl+O).").arg(message));
        else
            showError(message);
    });
    connect(m_player, &media::Player::rateChanged, this, [this](double rate) {
        statusBar()->showMessage(tr("Speed %1× — the voice keeps its pitch").arg(rate, 0, 'f', 1), 3000);
    });
    connect(m_videoPlayer, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error error, const QString& detail) {
        if (error != QMediaPlayer::NoError)
            showError(tr("The sound plays, but the picture cannot be shown: %1")
                          .arg(describePlaybackError(m_path, error, detail)));
    });

    buildMenus();
    statusBar()->showMessage(tr("Space play/pause · ←/→ skip 5 s · [ ] speed · Ctrl+O open"));
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Recording…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    QAction* exportAction = file->addAction(tr("&Export Debrief…"), this, &MainWindow::exportDebrief);
    exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    QAction* play = playback->addAction(tr("&Play / Pause"), this, &MainWindow::togglePlayback);
    play->setShortcut(Qt::Key_Space);
    QAction* back = playback->addAction(tr("Skip &Back 5 s"), this, [this] { skipBy(-kSkipMs); });
    back->setShortcut(Qt::Key_Left);
    QAction* forward = playback->addAction(tr("Skip &Forward 5 s"), this, [this] { skipBy(kSkipMs); });
    forward->setShortcut(Qt::Key_Right);
    playback->addSeparator();
    QAction* slower = playback->addAction(tr("&Slower (−0.1×)"), this, [this] { m_player->setRate(m_player->rate() - 0.1); });
    slower->setShortcut(Qt::Key_BracketLeft);
    QAction* faster = playback->addAction(tr("&Faster (+0.1×)"), this, [this] { m_player->setRate(m_player->rate() + 0.1); });
    faster->setShortcut(Qt::Key_BracketRight);
    QAction* normal = playback->addAction(tr("&Normal Speed"), this, [this] { m_player->setRate(1.0); });
    normal->setShortcut(Qt::Key_Backslash);
}

void MainWindow::exportDebrief()
{
    if (m_path.isEmpty()) {
        statusBar()->showMessage(tr("Open a recording first: the debrief is the review of one call"), 5000);
        return;
    }
    const auto linked = linkRecording(m_libraryPath, m_path);
    if (!linked) {
        QMessageBox::warning(this, tr("Export Debrief"), tr("Cannot export: %1").arg(linked.error()));
        return;
    }
    auto* dialog = new ExportDialog(m_libraryPath, linked->sessionId, linked->title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openRecording(const QString& path, bool autoplay)
{
    m_path = QFileInfo(path).absoluteFilePath();
    clearError();
    m_player->close();
    m_videoPlayer->stop();
    m_videoPlayer->setSource(QUrl());
    m_video->clear();
    setWindowTitle(tr("%1 — Coachtrack").arg(QFileInfo(path).fileName()));
    m_cardTitle->setText(QFileInfo(path).fileName());
    m_cardDetail->setText(tr("Loading…"));
    m_stage->setCurrentIndex(0);

    if (auto problem = media::checkReadableFile(path)) {
        m_cardDetail->setText(tr("Cannot be played"));
        showError(describeFileProblem(*problem));
        return;
    }
    if (!m_player->open(m_path)) {
        m_cardDetail->setText(tr("Cannot be played"));
        return;
    }
    if (m_player->hasVideo())
        m_videoPlayer->setSource(QUrl::fromLocalFile(m_path));
    if (autoplay)
        m_player->play();
}

QString MainWindow::shownError() const
{
    return m_banner->isVisible() || !m_banner->isHidden() ? m_banner->text() : QString();
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Recording"), QFileInfo(m_path).absolutePath(),
        tr("Recordings (*.wav *.mp3 *.m4a *.aac *.mp4 *.m4v *.mov *.webm *.mkv *.ogg *.oga *.opus "
           "*.flac *.amr *.3gp *.gsm);;All files (*)"));
    if (!path.isEmpty())
        openRecording(path, true);
}

void MainWindow::togglePlayback()
{
    if (m_path.isEmpty())
        return;
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
    statusBar()->showMessage(tr("Playback problem — see the message at the top"));
    Q_EMIT playbackFailed(message);
}

void MainWindow::clearError()
{
    m_banner->clear();
    m_banner->hide();
}

void MainWindow::updateStage()
{
    if (m_player->hasVideo()) {
        m_stage->setCurrentWidget(m_video);
        return;
    }
    m_stage->setCurrentIndex(0);
    if (m_player->duration() > 0)
        m_cardDetail->setText(tr("Audio recording · %1").arg(annotations::formatClock(m_player->duration())));
}

} // namespace coachtrack::app
