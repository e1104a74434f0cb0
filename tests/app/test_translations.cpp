// The window's translations: a pseudo-language proves every text on screen went through tr()
// (a literal that bypassed it shows up unmarked); the German translation built into the program
// is found and used, with Qt's own for standard buttons; dates and numbers follow the locale.
#include "app/ReviewWorkspace.h"
#include "app/ScreenTexts.h"
#include "app/gui/LocaleText.h"
#include "app/gui/Translations.h"
#include "app/gui/coaching/MyCoachingWindow.h"
#include "app/gui/dialogs/CallDetailsDialog.h"
#include "app/gui/dialogs/EncryptDialog.h"
#include "app/gui/dialogs/ExportDialog.h"
#include "app/gui/dialogs/FocusGuideDialog.h"
#include "app/gui/dialogs/FocusSwapDialog.h"
#include "app/gui/dialogs/RephraseDialog.h"
#include "app/gui/dialogs/ReviewPreferences.h"
#include "app/gui/dialogs/ScorecardDialog.h"
#include "app/gui/panels/TransportBar.h"
#include "app/gui/window/ShortcutMap.h"

#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTranslator>
#include <algorithm>
#include <memory>

using namespace coachtrack;
using namespace coachtrack::testing;

namespace {

// Wraps every translated text in ⟦…⟧, whatever its context: a text with words but no ⟦ did
// not go through tr() (or QCoreApplication::translate).
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

// The texts with a word in them that carry no mark, leaving out `data` (file names, the user's
// own words) that the window shows as they are.
std::string unmarked(const QStringList& texts, const QStringList& data)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList longestFirst = data;
    std::sort(longestFirst.begin(), longestFirst.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    QStringList out;
    for (QString text : texts) {
        for (const QString& d : longestFirst)
            text.remove(d);
        if (text.startsWith(u'/')) // a file's path
            continue;
        if (!text.contains(u'⟦') && text.contains(word))
            out << text;
    }
    out.removeDuplicates();
    return out.join(u'\n').toStdString();
}

} // namespace

TEST_CASE("every text the window and its dialogs show goes through tr()", "[app][translations]")
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    Workspace w;
    const QStringList data{QFileInfo(w.call).completeBaseName(), QFileInfo(w.call).fileName(),
                           w.call, w.db, QFileInfo(w.db).fileName()};
    CHECK(unmarked(screenTexts(w.window.get()), data) == "");

    std::vector<std::unique_ptr<QWidget>> dialogs;
    dialogs.emplace_back(new app::PreferencesDialog(app::ReviewPreferences{}, w.db));
    dialogs.emplace_back(new app::EncryptDialog(QString()));
    dialogs.emplace_back(new app::RephraseDialog(QStringLiteral("1")));
    dialogs.emplace_back(new app::FocusGuideDialog(QStringLiteral("1"), {}, QStringLiteral("2")));
    dialogs.emplace_back(
        new app::FocusSwapDialog(3, QStringLiteral("1"), {{7, QStringLiteral("2")}}));
    dialogs.emplace_back(new app::ScorecardDialog(
        QStringLiteral("1"), {annotations::Skill{1, QStringLiteral("2"), 0}}, {}));
    dialogs.emplace_back(new app::CallDetailsDialog(w.review().recording(), QString(), {}, false));
    dialogs.emplace_back(new app::ExportDialog(w.db, w.review().session().id, QStringLiteral("1")));
    dialogs.emplace_back(new app::CheatSheetDialog(w.window->shortcuts()));
    // The rep's window, before its server answers (nothing listens on port 1).
    dialogs.emplace_back(new app::MyCoachingWindow(
        QStringLiteral("host=127.0.0.1 port=1 dbname=x user=x connect_timeout=2"), {}));
    for (const auto& dialog : dialogs) {
        INFO(dialog->metaObject()->className());
        CHECK(unmarked(screenTexts(dialog.get()), data) == "");
    }
    QCoreApplication::removeTranslator(&pseudo);
}

TEST_CASE("the pseudo-language check finds a text that bypassed tr()", "[app][translations]")
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Hard-coded words"), &window);
    auto* button = new QPushButton(QObject::tr("Translated"), &window);
    (void)button;
    CHECK(unmarked(screenTexts(&window), {}) == label->text().toStdString());
    QCoreApplication::removeTranslator(&pseudo);
}

TEST_CASE("in German the window speaks German: its own words, Qt's buttons, dates and numbers",
          "[app][translations]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    REQUIRE(app::shippedLanguages().contains(QStringLiteral("de")));
    const QStringList installed = app::installTranslations(*QCoreApplication::instance(), german);
    CHECK(installed == QStringList{QStringLiteral("coachtrack_de"), QStringLiteral("qtbase_de")});

    Workspace w;
    QStringList menus;
    for (QAction* menu : w.window->menuBar()->actions())
        menus << menu->text();
    CHECK(menus.contains(QStringLiteral("&Datei")));
    CHECK(menus.contains(QStringLiteral("&Wiedergabe")));
    CHECK_FALSE(menus.contains(QStringLiteral("&File")));

    // Qt's standard buttons come from Qt's German translation.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text().toStdString() == "Abbrechen");

    // Numbers: the speed reads 1,5×.
    w.player().setRate(1.5);
    auto* transport = w.window->findChild<app::TransportBar*>();
    REQUIRE(transport);
    const QStringList transportTexts = screenTexts(transport);
    CHECK(transportTexts.contains(QStringLiteral("1,5×")));
    // Dates: the German month and pattern.
    CHECK(german.toString(QDate(2026, 12, 5), app::dayMonthYearPattern()).toStdString() ==
          "5. Dez. 2026");
    QLocale::setDefault(QLocale::c());
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

TEST_CASE("English needs no translation and a language Coachtrack lacks falls back to English",
          "[app][translations]")
{
    CHECK(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English))
              .isEmpty());
    CHECK(app::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese))
              .isEmpty());
    CHECK(QCoreApplication::translate("coachtrack::app::MainWindow", "&File").toStdString() ==
          "&File");
}
