#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace coachtrack::app {

// Installs the window's translations for a locale: Coachtrack's own (built into the program
// from translations/*.ts) and Qt's for its standard dialogs and buttons (Debian's
// qt6-translations-l10n). English needs none. Returns the languages that were found, e.g.
// {"coachtrack_de", "qtbase_de"}. Main thread, before the window is built.
QStringList installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

// The languages Coachtrack ships a translation for, besides English ("de", ...).
QStringList shippedLanguages();

} // namespace coachtrack::app
