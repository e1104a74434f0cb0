// A question for every focus item: set from the command line, read by the rep under the item
// on the debrief (every sheet format and the shareable copy), counted by `session show`.
#include "CliLibrary.h"
#include "ReviewWorkspace.h"
#include "app/gui/dialogs/FocusGuideDialog.h"
#include "app/gui/panels/NotesPanel.h"
#include "support/Recordings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace coachtrack;
using namespace coachtrack::testing;

TEST_CASE("a focus item's opening question goes under it on the debrief",
          "[app][cli][focus][question]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QString focus =
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("51"),
                QStringLiteral("--text"), QStringLiteral("Pitched before the buyer finished"),
                QStringLiteral("--focus")});
    const QString plain =
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QStringLiteral("70"),
                QStringLiteral("--text"), QStringLiteral("Good recap")});
    const QString question =
        QStringLiteral("At 0:51 the buyer asked about pricing — what did you want to happen next?");
    CHECK(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec})
              .contains(QStringLiteral("1 without a question for the rep")));
    lib.ok({QStringLiteral("note"), QStringLiteral("question"), focus, QStringLiteral("--text"),
            question});

    const QJsonObject session =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object();
    const QJsonArray questions = session.value(QStringLiteral("questions")).toArray();
    REQUIRE(questions.size() == 1);
    CHECK(questions[0].toObject().value(QStringLiteral("focus")).toInteger() == focus.toLongLong());
    CHECK(questions[0].toObject().value(QStringLiteral("text")).toString() == question);

    for (const char* format : {"md", "html", "json"}) {
        INFO(format);
        const QString out = lib.file(QStringLiteral("sheet.") + QLatin1String(format));
        lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"),
                QString::fromLatin1(format), QStringLiteral("-o"), out});
        const QString text = QString::fromUtf8(readFile(out));
        CHECK(text.contains(QStringLiteral("what did you want to happen next?")));
    }
    const QString md = QString::fromUtf8(readFile(lib.file(QStringLiteral("sheet.md"))));
    CHECK(md.contains(QStringLiteral("1. **New** at 0:51: Pitched before the buyer finished\n"
                                     "   *Before we talk:* At 0:51 the buyer asked")));

    // The shareable copy keeps it: the rep reads it.
    const QString copy = lib.file(QStringLiteral("copy.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack({QStringLiteral("--db"), copy, QStringLiteral("session"),
                                          QStringLiteral("show"), rec, QStringLiteral("--json")},
                                         isolatedEnvironment(lib.file(QStringLiteral("home"))));
    REQUIRE(inCopy.exitCode == 0);
    CHECK(inCopy.text().contains(QStringLiteral("what did you want to happen next?")));

    // Only a focus item takes one; empty text removes it; a question has a size.
    ToolRun r = lib.run({QStringLiteral("note"), QStringLiteral("question"), plain,
                         QStringLiteral("--text"), QStringLiteral("Why?")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("is not a focus item")));
    r = lib.run({QStringLiteral("note"), QStringLiteral("question"), focus});
    CHECK(r.exitCode == 2);
    r = lib.run({QStringLiteral("note"), QStringLiteral("question"), focus,
                 QStringLiteral("--text"), QString(2001, u'?')});
    CHECK(r.exitCode == 1);
    lib.ok({QStringLiteral("note"), QStringLiteral("question"), focus, QStringLiteral("--text"),
            QString()});
    CHECK(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec})
              .contains(QStringLiteral("1 without a question for the rep")));
}

TEST_CASE("Ctrl+K writes a focus item's question, suggested from the transcript, and its "
          "practice plan",
          "[app][review][focus][question]")
{
    Workspace w;
    w.window->importTranscript(demoVttPath());
    // Jordan (the buyer) asks "So what does it cost?" at 2:06; the manager stamps just after.
    const int64_t id = w.note(annotations::Track::Shareable, 130'000,
                              QStringLiteral("Answered with a feature list"));
    REQUIRE(w.review().promote(id) == workflows::ReviewModel::FocusOutcome::Done);
    QTreeWidget* list = w.window->notesPanel()->shareableList();
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(2).endsWith(QStringLiteral("· no question")));
    w.window->notesPanel()->selectNote(id);

    QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier);
    app::FocusGuideDialog* dialog = nullptr;
    REQUIRE(waitFor([&] {
        dialog = w.window->findChild<app::FocusGuideDialog*>(QStringLiteral("focusGuideDialog"));
        return dialog && dialog->isVisible();
    }));
    const QString suggested = dialog->questionEdit()->text();
    CHECK(dialog->planEdit()->toPlainText().isEmpty());
    dialog->questionEdit()->setText(QStringLiteral("What did Jordan need to hear at 2:06?"));
    // Tab reaches the plan; Ctrl+Enter there saves both.
    dialog->planEdit()->setFocus();
    QTest::keyClicks(dialog->planEdit(), QStringLiteral("Price first, then value, in two calls"));
    QTest::keyClick(dialog->planEdit(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitFor([&] { return !w.review().focusGuide(id).question.isEmpty(); }));
    INFO(suggested.toStdString());
    CHECK(suggested == QStringLiteral("At 2:06 Jordan asked “Okay. So what does it cost?” — what "
                                      "did you want to happen next?"));
    CHECK(w.review().focusGuide(id).question == u"What did Jordan need to hear at 2:06?");
    CHECK(w.review().focusGuide(id).practicePlan == u"Price first, then value, in two calls");
    CHECK_FALSE(list->topLevelItem(0)->text(2).contains(QStringLiteral("no question")));
    CHECK(list->topLevelItem(0)->toolTip(2).contains(QStringLiteral("What did Jordan need")));
    // One undo step takes both back.
    w.window->review()->undoStack()->undo();
    CHECK(w.review().focusGuide(id) == annotations::FocusGuide{});
}

TEST_CASE("session show tells the manager how the notes are phrased, and never the rep",
          "[app][cli][phrasing]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    const QStringList texts = {QStringLiteral("Great opener"),
                               QStringLiteral("What did you want to happen next?"),
                               QStringLiteral("You need to ask about budget."),
                               QStringLiteral("Don't rush the close."),
                               QStringLiteral("The buyer mentioned budget twice."),
                               QStringLiteral("Slow down here."),
                               QStringLiteral("Pricing came up before discovery."),
                               QStringLiteral("Listen more."),
                               QStringLiteral("Never discount early."),
                               QStringLiteral("Why did you skip the agenda?")};
    int at = 10;
    for (const QString& text : texts)
        lib.ok({QStringLiteral("note"), QStringLiteral("add"), rec, QStringLiteral("--track"),
                QStringLiteral("shareable"), QStringLiteral("--at"), QString::number(at += 5),
                QStringLiteral("--text"), text});
    const QJsonObject style =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object()
            .value(QStringLiteral("coaching_style"))
            .toObject();
    CHECK(style.value(QStringLiteral("praise")).toInt() == 1);
    CHECK(style.value(QStringLiteral("questions")).toInt() == 2);
    CHECK(style.value(QStringLiteral("directives")).toInt() == 5);
    CHECK(style.value(QStringLiteral("observations")).toInt() == 2);
    CHECK(style.value(QStringLiteral("to_change")).toInt() == 9);
    const ToolRun shown = lib.run({QStringLiteral("session"), QStringLiteral("show"), rec});
    CHECK(shown.text().contains(QStringLiteral("2 questions, 2 observations, 5 directives")));
    CHECK(shown.err.contains(QStringLiteral("9 things to change for one call reads like a "
                                            "laundry list")));
    // Nor does the rep's shareable copy show it.
    const QString copy = lib.file(QStringLiteral("for-the-rep.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack({QStringLiteral("--db"), copy, QStringLiteral("session"),
                                          QStringLiteral("show"), rec, QStringLiteral("--json")},
                                         isolatedEnvironment(lib.file(QStringLiteral("home"))));
    REQUIRE(inCopy.exitCode == 0);
    CHECK(QJsonDocument::fromJson(inCopy.out)
              .object()
              .value(QStringLiteral("coaching_style"))
              .isNull());
    CHECK_FALSE(inCopy.err.contains(QStringLiteral("laundry")));
    // No format the rep reads carries any of it.
    for (const char* format : {"json", "md", "html", "csv", "vtt", "odt"}) {
        INFO(format);
        const QString out = lib.file(QStringLiteral("sheet.") + QLatin1String(format));
        lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"),
                QString::fromLatin1(format), QStringLiteral("-o"), out});
        QByteArray sheet = readFile(out);
        if (QLatin1String(format) == u"odt") { // a zip: its text is content.xml
            const ToolRun unzipped =
                runTool(QStringLiteral("unzip"),
                        {QStringLiteral("-p"), out, QStringLiteral("content.xml")});
            REQUIRE(unzipped.exitCode == 0);
            sheet = unzipped.out;
        }
        REQUIRE(sheet.contains("Pricing came up before discovery"));
        // ("observations" alone is the name of a template part, which the JSON sheet lists.)
        for (const char* word : {"coaching_style", "coaching style", "directive", "laundry",
                                 "phrasing", "\"observations\": 2", "to_change"})
            CHECK_FALSE(sheet.toLower().contains(word));
    }
}

TEST_CASE("the rep's own view is asked first, kept with the session and printed back to them",
          "[app][cli][self-assessment]")
{
    Library lib;
    const QString rec = lib.ok({QStringLiteral("add"), demoCallPath()});
    lib.ok({QStringLiteral("session"), QStringLiteral("set"), rec,
            QStringLiteral("--self-went-well"), QStringLiteral("The opening felt natural"),
            QStringLiteral("--self-would-change"), QStringLiteral("Ask about budget sooner")});
    const QJsonObject self =
        QJsonDocument::fromJson(lib.ok({QStringLiteral("session"), QStringLiteral("show"), rec,
                                        QStringLiteral("--json")})
                                    .toUtf8())
            .object()
            .value(QStringLiteral("rep_self_assessment"))
            .toObject();
    CHECK(self.value(QStringLiteral("went_well")).toString() == u"The opening felt natural");
    CHECK(self.value(QStringLiteral("would_change")).toString() == u"Ask about budget sooner");
    const QString md = lib.file(QStringLiteral("sheet.md"));
    lib.ok({QStringLiteral("export"), rec, QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("-o"), md});
    const QString text = QString::fromUtf8(readFile(md));
    CHECK(text.contains(QStringLiteral("## In your words\n\n**What went well:** The opening felt "
                                       "natural\n\n**What you would change:** Ask about budget "
                                       "sooner\n")));
    // The shareable copy keeps the rep's words: they are theirs.
    const QString copy = lib.file(QStringLiteral("copy.sqlite"));
    lib.ok({QStringLiteral("share-copy"), QStringLiteral("-o"), copy});
    const ToolRun inCopy = runCoachtrack({QStringLiteral("--db"), copy, QStringLiteral("session"),
                                          QStringLiteral("show"), rec, QStringLiteral("--json")},
                                         isolatedEnvironment(lib.file(QStringLiteral("home"))));
    CHECK(inCopy.text().contains(QStringLiteral("Ask about budget sooner")));
}

TEST_CASE("the Session panel takes the rep's view from the keyboard, one undo step a field",
          "[app][review][self-assessment]")
{
    Workspace w;
    auto* wentWell = w.window->findChild<QPlainTextEdit*>(QStringLiteral("selfWentWell"));
    REQUIRE(wentWell);
    wentWell->setFocus();
    QTest::keyClicks(wentWell, QStringLiteral("Kept it short"));
    CHECK(w.review().session().selfWentWell == u"Kept it short");
    w.window->review()->undoStack()->undo(); // typing merges into one step
    CHECK(w.review().session().selfWentWell.isEmpty());
    w.reopen();
    CHECK(w.window->findChild<QPlainTextEdit*>(QStringLiteral("selfWentWell"))
              ->toPlainText()
              .isEmpty());
}
