// MainWindow: menus and every shortcut, registered with the ShortcutMap so that they can
// be rebound and are listed in the cheat sheet (F1).
#include "app/gui/media/WaveformView.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/MomentsPanel.h"
#include "app/gui/panels/NotesPanel.h"
#include "app/gui/panels/SessionPanel.h"
#include "app/gui/panels/TeamPanel.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/MainWindow.h"
#include "app/gui/window/ShortcutMap.h"
#include "media/Player.h"
#include "workflows/ReviewModel.h"
#include "workflows/TeamSyncAgent.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace coachtrack::app {

using namespace workflows;

using annotations::Track;

void MainWindow::buildMenus()
{
    auto add = [this](QMenu* menu, const QString& id, const QString& text, const QKeySequence& key,
                      auto slot) {
        QAction* action = menu->addAction(text);
        connect(action, &QAction::triggered, this, slot);
        return m_shortcuts->add(id, action, key);
    };

    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, QStringLiteral("open"), tr("&Open Recording…"), QKeySequence::Open,
        [this] { chooseAndOpen(); });
    add(file, QStringLiteral("export"), tr("&Export Debrief…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        [this] { exportDebrief(); });
    add(file, QStringLiteral("import-transcript"), tr("Import &Transcript…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { importTranscript(); });
    add(file, QStringLiteral("share-copy"), tr("Save &Shareable Copy…"), QKeySequence(),
        [this] { saveShareableCopy(); });
    add(file, QStringLiteral("encrypt-private"), tr("Encrypt &Private Notes…"), QKeySequence(),
        [this] { encryptPrivateNotes(); });
    file->addSeparator();
    add(file, QStringLiteral("team-publish"), tr("P&ublish to Team Library"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U), [this] { publishToTeam(); });
    add(file, QStringLiteral("team-withdraw"), tr("&Withdraw from Team Library…"), QKeySequence(),
        [this] { withdrawFromTeam(); });
    add(file, QStringLiteral("team-sync"), tr("S&ync with Team Library"), QKeySequence(Qt::Key_F5),
        [this] { m_teamSync->syncNow(); });
    file->addSeparator();
    add(file, QStringLiteral("call-details"), tr("Call &Details…"),
        QKeySequence(Qt::CTRL | Qt::Key_I),
        [this] { editCallDetails(m_review->isOpen() ? m_review->recording().id : 0); });
    file->addSeparator();
    add(file, QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_review->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction* redo = m_review->undoStack()->createRedoAction(this, tr("&Redo"));
    edit->addAction(m_shortcuts->add(QStringLiteral("undo"), undo, QKeySequence::Undo));
    edit->addAction(m_shortcuts->add(QStringLiteral("redo"), redo,
                                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    edit->addSeparator();
    add(edit, QStringLiteral("edit-note"), tr("Edit Selected Note"), QKeySequence(Qt::Key_F2),
        [this] { m_notes->editSelected(); });
    add(edit, QStringLiteral("focus-note"), tr("Toggle Focus Item"), QKeySequence(Qt::Key_F),
        [this] {
            const int64_t id = m_notes->selectedNote();
            for (const auto* item : m_review->focusItems())
                if (item->id == id) {
                    m_review->demote(id);
                    return;
                }
            if (id)
                promote(id);
        });
    add(edit, QStringLiteral("delete-note"), tr("Delete Selected Note"),
        QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] {
            if (const int64_t id = m_notes->selectedNote())
                m_review->deleteNote(id);
        });
    edit->addSeparator();
    add(edit, QStringLiteral("preferences"), tr("&Preferences…"),
        QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] { editPreferences(); });

    QMenu* notes = menuBar()->addMenu(tr("&Notes"));
    add(notes, QStringLiteral("private-note"), tr("New &Private Note"), QKeySequence(Qt::Key_P),
        [this] { beginNote(Track::Private); });
    add(notes, QStringLiteral("shareable-note"), tr("New &Shareable Note"), QKeySequence(Qt::Key_S),
        [this] { beginNote(Track::Shareable); });
    add(notes, QStringLiteral("previous-note"), tr("Jump to Previous Note"),
        QKeySequence(Qt::CTRL | Qt::Key_Left), [this] { jumpToNote(-1); });
    add(notes, QStringLiteral("next-note"), tr("Jump to Next Note"),
        QKeySequence(Qt::CTRL | Qt::Key_Right), [this] { jumpToNote(+1); });
    add(notes, QStringLiteral("moment-shareable-note"), tr("Shareable Note on This &Moment"),
        QKeySequence(Qt::SHIFT | Qt::Key_S),
        [this] { noteOnMoment(chosenMoment(), Track::Shareable); });
    add(notes, QStringLiteral("moment-private-note"), tr("Private Note on This Mo&ment"),
        QKeySequence(Qt::SHIFT | Qt::Key_P),
        [this] { noteOnMoment(chosenMoment(), Track::Private); });
    notes->addSeparator();
    add(notes, QStringLiteral("rephrase-note"), tr("&Rephrase for the Rep…"),
        QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
            const int64_t id = m_notes->selectedNote();
            const auto note = m_review->findNote(id);
            if (note && note->track == Track::Private)
                rephrase(id);
            else
                statusBar()->showMessage(tr("Select a private note to rephrase (Alt+2)"), 4000);
        });

    add(notes, QStringLiteral("focus-question"), tr("&Question and Practice Plan…"),
        QKeySequence(Qt::CTRL | Qt::Key_K), [this] { askFocusQuestion(m_notes->selectedNote()); });
    add(notes, QStringLiteral("session-templates"), tr("Session &Templates…"), QKeySequence(),
        [this] { editSessionTemplates(); });

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    add(go, QStringLiteral("go-shareable"), tr("&Shareable Notes"),
        QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_notes->focusList(Track::Shareable); });
    add(go, QStringLiteral("go-private"), tr("&Private Notes"), QKeySequence(Qt::ALT | Qt::Key_2),
        [this] {
            if (!m_shareSafe)
                m_notes->focusList(Track::Private);
        });
    add(go, QStringLiteral("go-session"), tr("S&ession"), QKeySequence(Qt::ALT | Qt::Key_3),
        [this] { m_sessionPanel->focusFirstField(); });
    add(go, QStringLiteral("go-library"), tr("&Library"), QKeySequence(Qt::ALT | Qt::Key_4),
        [this] { m_library->focusCalls(); });
    add(go, QStringLiteral("go-team"), tr("&Team Overview"), QKeySequence(Qt::ALT | Qt::Key_5),
        [this] {
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("teamDock"))) {
                dock->show();
                dock->raise();
            }
            m_team->focusList();
        });
    add(go, QStringLiteral("next-call"), tr("&Next Call to Review"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { openNextToReview(); });
    add(go, QStringLiteral("go-moments"), tr("&Moments"), QKeySequence(Qt::ALT | Qt::Key_6),
        [this] {
            if (auto* dock = findChild<QDockWidget*>(QStringLiteral("momentsDock"))) {
                dock->show();
                dock->raise();
            }
            m_momentsPanel->focusList();
        });
    add(go, QStringLiteral("go-call"), tr("The &Call (waveform)"),
        QKeySequence(Qt::ALT | Qt::Key_0),
        [this] { m_waveform->setFocus(Qt::ShortcutFocusReason); });

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    add(playback, QStringLiteral("play"), tr("&Play / Pause"), QKeySequence(Qt::Key_Space),
        [this] { togglePlayback(); });
    add(playback, QStringLiteral("back"), tr("Skip &Back"), QKeySequence(Qt::Key_Left),
        [this] { skipBy(-m_prefs.skipMs); });
    add(playback, QStringLiteral("forward"), tr("Skip &Forward"), QKeySequence(Qt::Key_Right),
        [this] { skipBy(m_prefs.skipMs); });
    add(playback, QStringLiteral("next-moment"), tr("Next &Moment"), QKeySequence(Qt::Key_N),
        [this] { jumpToMoment(+1); });
    add(playback, QStringLiteral("previous-moment"), tr("Previous M&oment"),
        QKeySequence(Qt::SHIFT | Qt::Key_N), [this] { jumpToMoment(-1); });
    playback->addSeparator();
    buildListeningMenu(playback);
    playback->addSeparator();
    add(playback, QStringLiteral("slower"), tr("&Slower (−0.1×)"),
        QKeySequence(Qt::Key_BracketLeft), [this] { m_player->setRate(m_player->rate() - 0.1); });
    add(playback, QStringLiteral("faster"), tr("&Faster (+0.1×)"),
        QKeySequence(Qt::Key_BracketRight), [this] { m_player->setRate(m_player->rate() + 0.1); });
    add(playback, QStringLiteral("normal-speed"), tr("&Normal Speed"),
        QKeySequence(Qt::Key_Backslash), [this] { m_player->setRate(1.0); });
    // Presets on Shift+1…4. Shortcuts are matched on the keys pressed, not the character they
    // type: for a real Shift+1 every Qt platform (xcb, Wayland, Windows, macOS) offers the
    // unshifted key with Shift among the candidates, so Shift+1 matches on any layout whose
    // digit row types digits, though US keys type '!'. A synthetic event that names the
    // shifted character (Shift+!, as a US layout would) is bound too, unlisted.
    struct Preset
    {
        const char* id;
        double rate;
        Qt::Key digit, shifted;
    };
    for (const Preset& preset : {Preset{"speed-1", 1.0, Qt::Key_1, Qt::Key_Exclam},
                                 Preset{"speed-1.5", 1.5, Qt::Key_2, Qt::Key_At},
                                 Preset{"speed-2", 2.0, Qt::Key_3, Qt::Key_NumberSign},
                                 Preset{"speed-2.5", 2.5, Qt::Key_4, Qt::Key_Dollar}}) {
        QAction* action = playback->addAction(tr("Speed %L1×").arg(preset.rate));
        connect(action, &QAction::triggered, this,
                [this, rate = preset.rate] { m_player->setRate(rate); });
        m_shortcuts->add(QString::fromLatin1(preset.id), action,
                         QKeySequence(Qt::SHIFT | preset.digit),
                         {QKeySequence(Qt::SHIFT | preset.shifted)});
    }
    playback->addSeparator();
    add(playback, QStringLiteral("louder"), tr("Louder"), QKeySequence(Qt::CTRL | Qt::Key_Up),
        [this] {
            m_transport->volumeSlider()->setValue(m_transport->volumeSlider()->value() + 10);
        });
    add(playback, QStringLiteral("quieter"), tr("Quieter"), QKeySequence(Qt::CTRL | Qt::Key_Down),
        [this] {
            m_transport->volumeSlider()->setValue(m_transport->volumeSlider()->value() - 10);
        });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_shareSafeAction =
        add(view, QStringLiteral("share-safe"), tr("&Share-Safe Mode"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), [this] { setShareSafe(!m_shareSafe); });
    m_shareSafeAction->setCheckable(true);
    view->addSeparator();
    add(view, QStringLiteral("zoom-in"), tr("Zoom &In"), QKeySequence(Qt::CTRL | Qt::Key_Equal),
        [this] { m_waveform->zoomBy(2.0, m_player->position()); });
    add(view, QStringLiteral("zoom-out"), tr("Zoom &Out"), QKeySequence(Qt::CTRL | Qt::Key_Minus),
        [this] { m_waveform->zoomBy(0.5, m_player->position()); });
    add(view, QStringLiteral("zoom-fit"), tr("&Whole Call"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { m_waveform->zoomToFit(); });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    // The toolbar: what a manager reaches for with the mouse, above all the share-safe switch.
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_shortcuts->action(QStringLiteral("open")));
    bar->addAction(m_shortcuts->action(QStringLiteral("export")));
    bar->addAction(m_shortcuts->action(QStringLiteral("next-call")));
    bar->addSeparator();
    bar->addAction(m_shortcuts->action(QStringLiteral("private-note")));
    bar->addAction(m_shortcuts->action(QStringLiteral("shareable-note")));
    bar->addSeparator();
    bar->addAction(m_shareSafeAction);
    if (QWidget* button = bar->widgetForAction(m_shareSafeAction)) {
        button->setObjectName(QStringLiteral("shareSafeButton"));
        button->setStyleSheet(QStringLiteral(
            "QToolButton:checked { background: #1b7f3b; color: white; font-weight: 600; }"));
    }
    view->addAction(bar->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, QStringLiteral("cheat-sheet"), tr("&Keyboard Shortcuts…"), QKeySequence(Qt::Key_F1),
        [this] {
            auto* dialog = new CheatSheetDialog(m_shortcuts, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

} // namespace coachtrack::app
