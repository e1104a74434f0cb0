#include "app/gui/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace coachtrack::app {

namespace {

const QString kOwnTranslations = QStringLiteral(":/i18n");

// "coachtrack_de" when found, else empty.
QString install(QCoreApplication& app, const QLocale& locale, const QString& name,
                const QString& folder)
{
    auto* translator = new QTranslator(&app);
    // Tries each of the locale's UI languages in turn (de_AT, then de); English finds none.
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return QFileInfo(translator->filePath()).completeBaseName();
}

} // namespace

QStringList installTranslations(QCoreApplication& app, const QLocale& locale)
{
    const QString own = install(app, locale, QStringLiteral("coachtrack"), kOwnTranslations);
    if (own.isEmpty())
        return {}; // no Coachtrack translation: Qt's alone would mix two languages
    const QString qt = install(app, locale, QStringLiteral("qtbase"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return qt.isEmpty() ? QStringList{own} : QStringList{own, qt};
}

QStringList shippedLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kOwnTranslations).entryList({QStringLiteral("coachtrack_*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << file.mid(int(qstrlen("coachtrack_"))).chopped(3);
    return languages;
}

} // namespace coachtrack::app
