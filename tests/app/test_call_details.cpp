// A call needs its rep, title and date (issue 13): the call-details editor, by key and from the
// library, and the rep asked for when a file is added.
#include "app/ReviewWorkspace.h"
#include "app/gui/dialogs/CallDetailsDialog.h"
#include "app/gui/panels/LibraryPanel.h"
#include "workflows/LibraryAdder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

app::CallDetailsDialog* openDialog(app::MainWindow* window)
{
    app::CallDetailsDialog* dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window->findChild<app::CallDetailsDialog*>();
            return dialog && dialog->isVisible();
        },
        10000));
    return dialog;
}

QStringList groups(QTreeWidget* tree)
{
    QStringList names;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        names << tree->topLevelItem(i)->text(0);
    return names;
}

} // namespace

TEST_CASE("Ctrl+I edits the call's rep, title, date and account, the library shows them",
          "[app][ui][details]")
{
    Workspace w;
    QTest::keyClick(w.window.get(), Qt::Key_I, Qt::ControlModifier);
    app::CallDetailsDialog* dialog = openDialog(w.window.get());
    CHECK(QTest::qWaitFor([&] { return dialog->repBox()->hasFocus(); }, 5000)); // the rep first
    dialog->repBox()->setCurrentText(QStringLiteral("Sam"));
    dialog->titleEdit()->setText(QStringLiteral("Acme discovery"));
    dialog->dateEdit()->setDate(QDate(2026, 11, 20));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/call-details.png"));
    dialog->accept();

    const annotations::Recording& recording = w.review().recording();
    CHECK(recording.title == QStringLiteral("Acme discovery"));
    CHECK(recording.callDate == QDate(2026, 11, 20));
    CHECK(recording.repId.has_value());
    QTreeWidget* tree = w.window->libraryPanel()->tree();
    CHECK(groups(tree).contains(QStringLiteral("Sam")));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Sam")));
    CHECK(w.window->windowTitle().contains(QStringLiteral("Acme discovery")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        w.window->grab().save(QString::fromLocal8Bit(shots) +
                              QStringLiteral("/window-details.png"));

    // Nothing changed: nothing is written, and the window says so.
    QApplication::setActiveWindow(w.window.get()); // as the window manager does after a dialog
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    QTest::keyClick(w.window.get(), Qt::Key_I, Qt::ControlModifier);
    dialog = openDialog(w.window.get());
    CHECK(dialog->repBox()->currentText() == QStringLiteral("Sam"));
    CHECK(dialog->changes().title == std::nullopt);
    dialog->accept();
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Nothing changed")));
}

TEST_CASE("adding a file asks whose call it is", "[app][ui][details]")
{
    Workspace w;
    const QString second = ffmpeg(w.dir.file(QStringLiteral("second call.wav")),
                                  lavfi(QStringLiteral("sine=f=300:d=5:sample_rate=8000")));
    QSignalSpy added(w.window->findChild<workflows::LibraryAdder*>(),
                     &workflows::LibraryAdder::finished);
    w.window->addRecordings({second});
    REQUIRE(added.wait(60000));
    app::CallDetailsDialog* dialog = openDialog(w.window.get());
    CHECK(dialog->titleEdit()->text() == QStringLiteral("second call"));
    dialog->repBox()->setCurrentText(QStringLiteral("Priya"));
    dialog->accept();
    QTreeWidget* tree = w.window->libraryPanel()->tree();
    REQUIRE(groups(tree).contains(QStringLiteral("Priya")));
}
