// The Session panel laid out by the session's template, the figures it shows the manager (and
// hides while the screen is shared), and the Session Templates dialog.
#include "ReviewWorkspace.h"
#include "app/gui/dialogs/SessionTemplateDialog.h"
#include "app/gui/panels/SessionPanel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::SessionTemplate;
using annotations::TemplateSection;

namespace {

void shoot(QWidget* widget, const QString& name)
{
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        QTest::qWait(150); // layouts settle
        widget->grab().save(QString::fromLocal8Bit(shots) + u'/' + name);
    }
}

SessionTemplate drill()
{
    return {0,
            QStringLiteral("Discovery drill"),
            false,
            {{TemplateSection::SelfAssessment, QStringLiteral("Your view first"),
              QStringLiteral("Ask before you say anything")},
             {TemplateSection::Focus, QStringLiteral("What to practise"), {}},
             {TemplateSection::Commitment, QStringLiteral("Your commitment"), {}}}};
}

} // namespace

TEST_CASE("the Session panel follows the session's template, part by part",
          "[app][templates][session]")
{
    Workspace w;
    app::SessionPanel* panel = w.window->sessionPanel();
    CHECK(panel->partHeadings() == QStringList{QStringLiteral("1  What we looked at"),
                                               QStringLiteral("2  In your words"),
                                               QStringLiteral("3  Notes from the call"),
                                               QStringLiteral("4  Focus for next time"),
                                               QStringLiteral("5  Commitment and next session")});
    REQUIRE(panel->templateBox()->count() == 1);
    CHECK(panel->templateBox()->currentText() == u"Standard review (default)");

    // The manager's notes and focus items, and what the panel makes of them.
    for (const char* text :
         {"You need to ask about budget earlier.", "Don't pitch yet.",
          "What did you want to happen next?", "Great opener", "Stop talking over the buyer.",
          "Always confirm next steps.", "You should slow down.", "Never discount first.",
          "You need to summarise.", "Don't rush the close.",
          "The buyer mentioned a competitor at 3:10"})
        w.note(annotations::Track::Shareable, 10'000 * (1 + int(std::strlen(text) % 20)),
               QString::fromUtf8(text));
    const int64_t focus = w.note(annotations::Track::Shareable, 51'000,
                                 QStringLiteral("Pitched before the buyer finished"));
    REQUIRE(w.review().promote(focus) == workflows::ReviewModel::FocusOutcome::Done);
    REQUIRE(waitFor([&] { return panel->styleLabel()->text().contains(QStringLiteral("%")); }));
    const QString style = panel->styleLabel()->text();
    INFO(style.toStdString());
    CHECK(style.contains(QStringLiteral("laundry list")));
    CHECK(style.contains(QStringLiteral("1 question, 2 observations, 8 directives")));
    CHECK(panel->findChild<QLabel*>(QStringLiteral("focusCount"))
              ->text()
              .contains(QStringLiteral("1 without a question, 1 without a practice plan")));
    CHECK(panel->findChild<QLabel*>(QStringLiteral("observationCount"))
              ->text()
              .startsWith(QStringLiteral("12 shareable notes")));
    if (!qgetenv("COACHTRACK_SHOTS").isEmpty()) {
        w.window->resize(1280, 1080); // room for the notes and every part of the session
        shoot(w.window.get(), QStringLiteral("session-template.png"));
    }

    // The rep may see the screen: how the manager phrases notes is not shown.
    w.window->setShareSafe(true);
    CHECK(panel->styleLabel()->isHidden());
    w.window->setShareSafe(false);
    CHECK_FALSE(panel->styleLabel()->isHidden());

    // Another template, chosen in the panel: its parts in its order; Alt+3 goes to its first
    // field; one undo step puts the default back.
    REQUIRE(w.review().store()->saveSessionTemplate(drill()).has_value());
    w.review().reload();
    REQUIRE(panel->templateBox()->count() == 2);
    const int index = panel->templateBox()->findText(QStringLiteral("Discovery drill"));
    REQUIRE(index >= 0);
    panel->templateBox()->setCurrentIndex(index);
    Q_EMIT panel->templateBox()->activated(index);
    REQUIRE(waitFor([&] { return w.review().sessionTemplate().name == u"Discovery drill"; }));
    CHECK(panel->partHeadings() == QStringList{QStringLiteral("1  Your view first"),
                                               QStringLiteral("2  What to practise"),
                                               QStringLiteral("3  Your commitment")});
    CHECK_FALSE(panel->objectivesEdit()->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_3, Qt::AltModifier);
    CHECK(QApplication::focusWidget() ==
          panel->findChild<QPlainTextEdit*>(QStringLiteral("selfWentWell")));
    w.review().undoStack()->undo();
    REQUIRE(waitFor([&] { return w.review().sessionTemplate().name == u"Standard review"; }));
    CHECK(panel->partHeadings().size() == 5);
    CHECK(panel->templateBox()->currentText() == u"Standard review (default)");
}

TEST_CASE("the Session Templates dialog edits, orders and adds templates, Cancel keeps the "
          "library as it was",
          "[app][templates][dialog]")
{
    Workspace w;
    app::SessionPanel* panel = w.window->sessionPanel();
    auto openDialog = [&] {
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("editTemplates")),
                          Qt::LeftButton);
        app::SessionTemplateDialog* dialog = nullptr;
        REQUIRE(waitFor([&] {
            dialog = w.window->findChild<app::SessionTemplateDialog*>(
                QStringLiteral("sessionTemplateDialog"));
            return dialog && dialog->isVisible();
        }));
        return dialog;
    };

    // Cancel: nothing written.
    app::SessionTemplateDialog* dialog = openDialog();
    dialog->nameEdit()->setText(QStringLiteral("Renamed"));
    dialog->reject();
    REQUIRE(waitFor([&] { return !dialog || !dialog->isVisible(); }));
    QTest::qWait(50);
    CHECK(w.review().store()->sessionTemplates()->front().name == u"Standard review");

    dialog = openDialog();
    QTableWidget* parts = dialog->partsTable();
    REQUIRE(parts->rowCount() == 5);
    // The default's first heading renamed; objectives left out; the rep's view moved to the
    // top with Alt+Up.
    parts->item(0, 2)->setText(QStringLiteral("Our goal today"));
    parts->item(0, 0)->setCheckState(Qt::Unchecked);
    parts->setFocus();
    parts->setCurrentCell(1, 2);
    QTest::keyClick(parts, Qt::Key_Up, Qt::AltModifier);
    CHECK(parts->item(0, 2)->text() == u"In your words");
    // The focus part cannot be left out.
    CHECK_FALSE(parts->item(3, 0)->flags().testFlag(Qt::ItemIsUserCheckable));
    shoot(dialog, QStringLiteral("session-templates-dialog.png"));
    // A new template, made the default.
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text() == u"&New")
            QTest::mouseClick(b, Qt::LeftButton);
    REQUIRE(dialog->templateList()->count() == 2);
    dialog->nameEdit()->selectAll();
    QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Quick check-in"));
    CHECK(dialog->templateList()->currentItem()->text() == u"Quick check-in");
    for (QPushButton* b : dialog->findChildren<QPushButton*>())
        if (b->text() == u"Make &Default")
            QTest::mouseClick(b, Qt::LeftButton);
    dialog->accept();
    // The open session keeps the template it was made with, as edited; new sessions take the
    // new default.
    REQUIRE(waitFor([&] { return panel->templateBox()->count() == 2; }));
    CHECK(w.review().sessionTemplate().name == u"Standard review");
    CHECK(panel->partHeadings().first() == u"1  In your words");
    CHECK(panel->partHeadings().size() == 4);
    CHECK(panel->templateBox()->findText(QStringLiteral("Quick check-in (default)")) >= 0);

    const auto standard = w.review().store()->sessionTemplate(QStringLiteral("Standard review"));
    REQUIRE(standard.has_value());
    CHECK_FALSE(standard->isDefault);
    CHECK_FALSE(standard->part(TemplateSection::Objectives));
    CHECK(standard->parts.front().section == TemplateSection::SelfAssessment);
    CHECK(panel->templateBox()->currentText() == u"Standard review");
    CHECK(w.review().store()->sessionTemplate(QStringLiteral("Quick check-in"))->isDefault);
}

TEST_CASE("the Session Templates dialog refuses a template it cannot keep and writes nothing",
          "[app][templates][dialog]")
{
    Workspace w;
    auto all = w.review().store()->sessionTemplates();
    REQUIRE(all.has_value());
    app::SessionTemplateDialog dialog(*w.review().store(), *all, all->front().id, w.window.get());
    dialog.show();
    dialog.nameEdit()->clear();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("templateProblem"))
              ->text()
              .contains(QStringLiteral("needs a name")));
    dialog.nameEdit()->setText(QStringLiteral("Standard review"));
    dialog.partsTable()->item(2, 2)->setText(QString());
    dialog.accept();
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("templateProblem"))
              ->text()
              .contains(QStringLiteral("needs a heading")));
    CHECK(*w.review().store()->sessionTemplates() == *all);
}
