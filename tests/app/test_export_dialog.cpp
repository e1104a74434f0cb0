// File ▸ Export Debrief… driven offscreen: the dialog exports on a worker thread with
// progress, reports where it saved (or why it could not), and never exports private text.
#include "annotations/Store.h"
#include "app/gui/dialogs/ExportDialog.h"
#include "app/gui/window/MainWindow.h"
#include "support/Fixtures.h"
#include "workflows/LibraryLink.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("OTTERCANARY");

// A window with the demo call open and a library holding a review of it.
struct ReviewWindow : DemoCallFolder
{
    app::MainWindow window;

    ReviewWindow()
    {
        window.setLibraryPath(db);
        window.resize(900, 560);
        window.show();
        window.openRecording(call, false);
    }

    // Adds notes to the session the window links the recording to.
    void addNotes()
    {
        auto store = annotations::Store::open(db);
        REQUIRE(store.has_value());
        auto sessions = workflows::linkRecording(db, call);
        REQUIRE(sessions.has_value());
        const int64_t session = sessions->sessionId;
        REQUIRE(
            (*store)
                ->addShareableNote(
                    {session, 44'000, {}, QStringLiteral("Ask what it costs them"), {}, {}}, true)
                .has_value());
        REQUIRE((*store)
                    ->addPrivateNote(
                        {session, 65'000, {}, kCanary + QStringLiteral(" brochure again"), {}, {}})
                    .has_value());
    }

    app::ExportDialog* openDialog()
    {
        window.exportDebrief();
        auto* dialog = window.findChild<app::ExportDialog*>();
        REQUIRE(dialog != nullptr);
        return dialog;
    }
};

bool visibleIn(QWidget* root, const QString& text)
{
    for (auto* label : root->findChildren<QLabel*>())
        if (label->isVisible() && label->text().contains(text))
            return true;
    return false;
}

} // namespace

TEST_CASE("Export Debrief writes the chosen format with progress and offers the folder",
          "[app][export][ui]")
{
    ReviewWindow w;
    w.addNotes();
    app::ExportDialog* dialog = w.openDialog();
    CHECK(visibleIn(dialog, QStringLiteral("private notes never leave")));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("html")));
    const QString out = w.dir.file(QStringLiteral("sheet.html"));
    dialog->pathEdit()->setText(out);
    dialog->clipsBox()->setChecked(true);
    REQUIRE(dialog->embedClipsBox()->isEnabled()); // an HTML sheet can carry its clips
    dialog->embedClipsBox()->setChecked(false);    // here they go in a folder beside it
    QSignalSpy done(dialog, &app::ExportDialog::exportFinished);
    dialog->startExport();
    CHECK(dialog->progressBar()->isVisible());
    REQUIRE(done.wait(60000));
    CHECK(done.first().first().toBool());
    CHECK(dialog->progressBar()->value() == 1000);
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("Saved to")));
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("1 clip")));
    const QByteArray html = readFile(out);
    CHECK(html.contains("Ask what it costs them"));
    CHECK_FALSE(html.contains(kCanary.toUtf8()));
    CHECK(QDir(w.dir.file(QStringLiteral("sheet clips"))).entryList(QDir::Files).size() == 1);
    const auto buttons = dialog->findChildren<QPushButton*>();
    CHECK(std::any_of(buttons.begin(), buttons.end(), [](QPushButton* b) {
        return b->isVisible() && b->text() == u"Open &Folder";
    }));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty())
        dialog->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/export-dialog.png"));

    // Inside the page: one file that plays offline.
    dialog->embedClipsBox()->setChecked(true);
    const QString inside = w.dir.file(QStringLiteral("inside.html"));
    dialog->pathEdit()->setText(inside);
    dialog->startExport();
    REQUIRE(done.wait(60000));
    CHECK(done.last().first().toBool());
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("1 clip inside the page")));
    CHECK(readFile(inside).contains("<audio class=\"clip\" controls preload=\"metadata\" "
                                    "src=\"data:audio/mpeg;base64,"));
    CHECK_FALSE(QFileInfo::exists(w.dir.file(QStringLiteral("inside clips"))));
    // Not for other formats.
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("pdf")));
    CHECK_FALSE(dialog->embedClipsBox()->isEnabled());
}

TEST_CASE("Export Debrief says plainly when the file cannot be written",
          "[app][export][ui][errors]")
{
    ReviewWindow w;
    app::ExportDialog* dialog = w.openDialog();
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("csv")));
    const QString out = w.dir.file(QStringLiteral("no/such/folder/notes.csv"));
    dialog->pathEdit()->setText(out);
    QSignalSpy done(dialog, &app::ExportDialog::exportFinished);
    dialog->startExport();
    REQUIRE(done.wait(60000));
    CHECK_FALSE(done.first().first().toBool());
    CHECK(dialog->resultLabel()->text().contains(QStringLiteral("Not exported")));
    CHECK(dialog->resultLabel()->text().contains(out));
}

TEST_CASE("changing the format changes the file's suffix and paper applies to PDF only",
          "[app][export][ui]")
{
    ReviewWindow w;
    app::ExportDialog* dialog = w.openDialog();
    dialog->pathEdit()->setText(w.dir.file(QStringLiteral("debrief.pdf")));
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("vtt")));
    CHECK(dialog->pathEdit()->text().endsWith(QStringLiteral("debrief.vtt")));
    const auto combos = dialog->findChildren<QComboBox*>();
    const auto paper = std::find_if(combos.begin(), combos.end(), [](QComboBox* c) {
        return c->findData(QStringLiteral("letter")) >= 0;
    });
    REQUIRE(paper != combos.end());
    CHECK_FALSE((*paper)->isEnabled());
    dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("pdf")));
    CHECK((*paper)->isEnabled());
}

TEST_CASE("Export Debrief also writes the notes for ELAN, Audacity and Praat, shareable only",
          "[app][export][ui]")
{
    ReviewWindow w;
    w.addNotes();
    app::ExportDialog* dialog = w.openDialog();
    dialog->pathEdit()->setText(w.dir.file(QStringLiteral("notes.pdf")));
    const struct
    {
        const char* format;
        const char* file;
        const char* inside;
    } cases[] = {{"eaf", "notes.eaf", "<ANNOTATION_DOCUMENT"},
                 {"audacity", "notes.txt", "44.000000\t44.000000\tAsk what it costs them"},
                 {"textgrid", "notes.TextGrid", "ooTextFile"}};
    for (const auto& c : cases) {
        INFO(c.format);
        const int index = dialog->formatBox()->findData(QString::fromLatin1(c.format));
        REQUIRE(index >= 0);
        dialog->formatBox()->setCurrentIndex(index);
        CHECK(dialog->pathEdit()->text() == w.dir.file(QString::fromLatin1(c.file)));
        QSignalSpy done(dialog, &app::ExportDialog::exportFinished);
        dialog->startExport();
        REQUIRE(done.wait(60000));
        REQUIRE(done.first().first().toBool());
        const QByteArray bytes = readFile(w.dir.file(QString::fromLatin1(c.file)));
        CHECK(bytes.contains(c.inside));
        CHECK(bytes.contains("Ask what it costs them"));
        CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    }
}
