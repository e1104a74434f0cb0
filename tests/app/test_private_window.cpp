// The private track's privacy in the window: "forget private notes after N days" (expired notes
// purged when the window opens, the days left of each, the setting in Preferences), and
// encrypting private notes (the dialog, the passphrase asked for when a review opens, locked
// notes shown as such).
#include "ReviewWorkspace.h"
#include "annotations/Store.h"
#include "app/gui/dialogs/EncryptDialog.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "app/gui/panels/LibraryPanel.h"
#include "app/gui/panels/NotesPanel.h"
#include "workflows/PrivateLock.h"
#include "workflows/PrivateRetention.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <sqlite3.h>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::Track;

namespace {

// Saves `widget` as docs-style picture NAME.png when COACHTRACK_SHOTS names a folder.
void shoot(QWidget& widget, const char* name)
{
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        widget.grab().save(QString::fromLocal8Bit(shots) + u'/' + QLatin1String(name) +
                           QStringLiteral(".png"));
}

// Backdates the private note `id` by `days` days, as if it had been written then.
void backdate(const QString& db, int64_t id, int days)
{
    sqlite3* handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(db).constData(), &handle) == SQLITE_OK);
    const QByteArray sql =
        QStringLiteral("UPDATE private_notes SET created_at = '%1' WHERE id = %2")
            .arg(QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs))
            .arg(id)
            .toUtf8();
    REQUIRE(sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(handle);
}

QStringList keptColumn(app::MainWindow& window)
{
    QStringList texts;
    QTreeWidget* list = window.notesPanel()->privateList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts << list->topLevelItem(i)->text(2);
    return texts;
}

} // namespace

TEST_CASE("the window forgets expired private notes when it opens and shows the days left",
          "[app][privacy][retention]")
{
    Workspace w;
    const int64_t recent = w.note(Track::Private, 1000, QStringLiteral("recent venting"));
    const int64_t old = w.note(Track::Private, 2000, QStringLiteral("Zqxexpiredcanary"));
    w.note(Track::Shareable, 3000, QStringLiteral("shareable stays"));
    CHECK(w.window->notesPanel()->privateList()->isColumnHidden(2)); // off by default
    backdate(w.db, recent, 25);
    backdate(w.db, old, 40);
    REQUIRE(w.window->retention()->setDays(30));
    // Setting it purges at once; the window picks the change up and counts down.
    REQUIRE(waitFor([&] { return w.review().privateNotes().size() == 1; }, 5000));
    CHECK(w.review().privateNotes().front().id == recent);
    CHECK(w.review().shareableNotes().size() == 1);
    CHECK(!readFile(w.db).contains("Zqxexpiredcanary"));

    w.reopen();
    CHECK_FALSE(w.window->notesPanel()->privateList()->isColumnHidden(2));
    CHECK(keptColumn(*w.window) == QStringList{QStringLiteral("5 days left")});
    w.window->notesPanel()->focusList(Track::Private);
    shoot(*w.window, "private-days-left");

    // A note that expires while the window is closed is gone when it opens again.
    backdate(w.db, recent, 31);
    w.reopen();
    REQUIRE(waitFor([&] { return w.review().privateNotes().empty(); }, 5000));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Forgot 1 private")));
}

TEST_CASE("Preferences offers never, 7, 30 and 90 days and sets the library's retention",
          "[app][privacy][retention]")
{
    TempDir dir;
    app::PreferencesDialog dialog(app::ReviewPreferences{},
                                  dir.file(QStringLiteral("none.sqlite")));
    auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("privateRetention"));
    REQUIRE(combo);
    CHECK(combo->count() == 4);
    dialog.setRetentionDays(std::nullopt);
    CHECK(combo->currentIndex() == 0);
    CHECK_FALSE(dialog.retentionDays().has_value());
    combo->setCurrentIndex(2);
    CHECK(dialog.retentionDays() == 30);
    dialog.setRetentionDays(45); // set elsewhere (the command line): offered as it is
    CHECK(combo->currentText() == QStringLiteral("45 days"));
    CHECK(dialog.retentionDays() == 45);

    CHECK(workflows::timeLeftText(QDateTime::currentDateTimeUtc().addDays(-29), 30,
                                  QDateTime::currentDateTimeUtc()) == QStringLiteral("1 day left"));
    CHECK(workflows::timeLeftText(QDateTime::currentDateTimeUtc().addDays(-31), 30,
                                  QDateTime::currentDateTimeUtc()) ==
          QStringLiteral("forgotten today"));
}

namespace {

// Answers the next passphrase dialog with `text` (nullopt: Cancel) once it shows: a timer
// looks for it, since it runs in the nested event loop of the window's prompt.
void answerPassphrase(std::optional<QString> text)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text] {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QInputDialog*>(w); dialog && dialog->isVisible()) {
                poll->stop();
                poll->deleteLater();
                if (text) {
                    dialog->setTextValue(*text);
                    dialog->accept();
                } else {
                    dialog->reject();
                }
                return;
            }
    });
    poll->start(20);
}

} // namespace

TEST_CASE("private notes encrypted from the window are locked without the passphrase and open "
          "with it",
          "[app][privacy][encryption]")
{
    Workspace w;
    const int64_t note = w.note(Track::Private, 1000, QStringLiteral("Zqxwindowcanary"));
    w.note(Track::Shareable, 2000, QStringLiteral("shareable stays"));
    REQUIRE(w.window->encryptPrivateNotesWith(QStringLiteral("long enough phrase")));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("passphrase")));
    CHECK(w.review().privateNotes().front().text == u"Zqxwindowcanary"); // still unlocked
    CHECK_FALSE(readFile(w.db).contains("Zqxwindowcanary"));

    // A new process: the passphrase is asked for; Cancel reviews with private notes locked.
    workflows::forgetRememberedKeys();
    answerPassphrase(std::nullopt);
    w.reopen();
    REQUIRE(w.review().privateNotes().size() == 1);
    CHECK(w.review().privateNotes().front().access == annotations::PrivateAccess::Locked);
    CHECK(w.window->notesPanel()->privateList()->topLevelItem(0)->text(1).startsWith(
        QStringLiteral("Locked: ")));
    CHECK(w.window->shownWarning().contains(QStringLiteral("locked")));
    w.window->notesPanel()->focusList(Track::Private);
    shoot(*w.window, "private-locked");
    CHECK(w.review().shareableNotes().size() == 1);
    CHECK_FALSE(w.review().addNote(Track::Private, 3000, QStringLiteral("x")).has_value());

    // The right passphrase opens them.
    answerPassphrase(QStringLiteral("long enough phrase"));
    w.reopen();
    CHECK(w.review().privateNotes().front().id == note);
    CHECK(w.window->notesPanel()->privateList()->topLevelItem(0)->text(1) ==
          QStringLiteral("Zqxwindowcanary"));
    CHECK(w.window->shownWarning().isEmpty());
}

TEST_CASE("the encrypt dialog needs a matching passphrase of 8 characters, or the secret store",
          "[app][privacy][encryption]")
{
    app::EncryptDialog without(QStringLiteral("no D-Bus session"));
    CHECK_FALSE(without.keyringChoice()->isEnabled());
    CHECK(without.passphraseChoice()->isChecked());
    CHECK_FALSE(without.okButton()->isEnabled());
    without.passphraseField()->setText(QStringLiteral("short"));
    without.repeatField()->setText(QStringLiteral("short"));
    CHECK_FALSE(without.okButton()->isEnabled());
    without.passphraseField()->setText(QStringLiteral("long enough"));
    CHECK_FALSE(without.okButton()->isEnabled()); // the two differ
    without.repeatField()->setText(QStringLiteral("long enough"));
    CHECK(without.okButton()->isEnabled());
    CHECK(without.passphrase() == QStringLiteral("long enough"));
    without.show();
    shoot(without, "encrypt-dialog");

    app::EncryptDialog with(QString{});
    CHECK(with.keyringChoice()->isChecked());
    CHECK(with.okButton()->isEnabled());
    CHECK(with.passphrase().isEmpty());
}

TEST_CASE("Remove from Library closes the open review and wipes the call's private notes",
          "[app][privacy]")
{
    Workspace w;
    w.note(Track::Private, 1000, QStringLiteral("Zqxremovecanary"));
    const int64_t id = w.review().recording().id;
    REQUIRE(w.window->removeRecording(id, false));
    CHECK_FALSE(w.review().isOpen());
    CHECK(w.window->statusBar()->currentMessage().startsWith(QStringLiteral("Removed")));
    CHECK(w.window->libraryPanel()
              ->tree()
              ->findItems(QStringLiteral("demo_call"), Qt::MatchContains | Qt::MatchRecursive)
              .isEmpty());
    CHECK_FALSE(readFile(w.db).contains("Zqxremovecanary"));
    CHECK(QFileInfo::exists(w.call)); // the file itself stays
}
