// Out of tell mode, gently: a shareable note that commands gets a quiet "Ask instead" beside
// the line, which rephrases it as a question; a private note is never judged.
#include "ReviewWorkspace.h"
#include "app/gui/panels/NoteEntryBar.h"

#include <QLineEdit>
#include <QPushButton>

using namespace coachtrack;
using namespace coachtrack::testing;
using annotations::Track;

TEST_CASE("a commanding shareable note is offered as a question, one key away",
          "[app][review][phrasing]")
{
    Workspace w;
    app::NoteEntryBar* entry = w.window->noteEntry();
    QPushButton* ask = entry->askInsteadButton();
    w.window->beginNote(Track::Shareable);
    REQUIRE(entry->isActive());
    QTest::keyClicks(entry->editor(), QStringLiteral("Great opener"));
    CHECK_FALSE(ask->isVisible()); // praise: nothing to say
    entry->editor()->clear();
    QTest::keyClicks(entry->editor(), QStringLiteral("You need to ask about budget earlier."));
    REQUIRE(ask->isVisible());
    CHECK(ask->text() == u"Ask instead (Alt+Q)");
    CHECK(ask->toolTip().contains(QStringLiteral("“you need to” tells the rep what to do")));
    CHECK(ask->toolTip().contains(QStringLiteral("How could you ask about budget earlier?")));
    if (const QByteArray shots = qgetenv("COACHTRACK_SHOTS"); !shots.isEmpty()) {
        QTest::qWait(100); // the bar lays out the button
        w.window->grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/ask-instead.png"));
    }
    QTest::keyClick(entry->editor(), Qt::Key_Q, Qt::AltModifier);
    CHECK(entry->editor()->text() == u"How could you ask about budget earlier?");
    CHECK_FALSE(ask->isVisible()); // a question now
    QTest::keyClick(entry->editor(), Qt::Key_Return);
    REQUIRE(w.review().shareableNotes().size() == 1);
    CHECK(w.review().shareableNotes().front().text == u"How could you ask about budget earlier?");

    // The private track is where the manager vents: never judged.
    w.window->beginNote(Track::Private);
    QTest::keyClicks(entry->editor(), QStringLiteral("You need to stop rambling."));
    CHECK_FALSE(ask->isVisible());
    entry->cancel();
}

TEST_CASE("the note line judges by the library's own phrasing rules", "[app][review][phrasing]")
{
    Workspace w;
    app::NoteEntryBar* entry = w.window->noteEntry();
    QPushButton* ask = entry->askInsteadButton();
    auto flagged = [&](const QString& text) {
        w.window->beginNote(Track::Shareable);
        QTest::keyClicks(entry->editor(), text);
        const bool shown = ask->isVisible();
        entry->cancel();
        return shown;
    };
    CHECK(flagged(QStringLiteral("You need to ask about budget earlier.")));
    // The manager's list keeps only "^ask".
    REQUIRE(w.review()
                .store()
                ->setPhrasingRules(QStringList{QStringLiteral("directive: ^ask")})
                .has_value());
    w.review().reload();
    CHECK_FALSE(flagged(QStringLiteral("You need to ask about budget earlier.")));
    CHECK(flagged(QStringLiteral("Ask about budget earlier.")));
    CHECK_FALSE(flagged(QStringLiteral("Don't pitch yet.")));
}
