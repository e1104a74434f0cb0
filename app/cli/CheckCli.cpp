// `coachtrack check`: SQLite's full integrity check of the library, and recovery of what can
// still be read into a new library.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

#include <QFileInfo>

namespace coachtrack::app::cli {

using namespace annotations;

int runCheck(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("check"),
                   QStringLiteral("Check every page of the library (SQLite's integrity_check). "
                                  "Exit code 0 when it is sound, 1 when it is damaged."));
    const QCommandLineOption recover(
        QStringLiteral("recover-to"),
        QStringLiteral("Copy every row that can still be read into a new library NEW "
                       "(the damaged one is never written to)."),
        QStringLiteral("NEW"));
    cmd.parser().addOption(recover);
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    const QString path = global.databasePath.isEmpty() ? Store::defaultPath() : global.databasePath;
    if (!QFileInfo::exists(path))
        return cmd.fail(QStringLiteral("%1: there is no library there").arg(path));
    auto store = Store::open(path);
    if (!store)
        return cmd.fail(store.error().message);
    auto ok = (*store)->integrityOk();
    if (!ok)
        return cmd.fail(ok.error().message);
    const QString where = QFileInfo(path).absoluteFilePath();
    if (*ok)
        cmd.out() << "ok: " << where << " passed SQLite's integrity check\n";
    else {
        cmd.out() << "damaged: " << where << '\n';
        for (const QString& problem : (*store)->integrityProblems())
            cmd.out() << "  " << problem << '\n';
    }
    if (cmd.isSet(recover)) {
        auto report = (*store)->recoverInto(cmd.value(recover));
        if (!report)
            return cmd.fail(report.error().message);
        cmd.out() << "recovered " << report->rowsCopied << " rows into " << report->path;
        if (report->rowsLost > 0 || !report->damagedTables.isEmpty())
            cmd.out() << "; " << report->rowsLost << " rows could not be kept"
                      << (report->damagedTables.isEmpty()
                              ? QString()
                              : QStringLiteral(", and parts of %1 could not be read")
                                    .arg(report->damagedTables.join(QStringLiteral(", "))));
        cmd.out() << '\n';
    } else if (!*ok) {
        cmd.out() << "Copy what can be read into a new library with: coachtrack --db " << where
                  << " check --recover-to NEW.sqlite\n";
    }
    cmd.out().flush();
    return *ok ? 0 : 1;
}

} // namespace coachtrack::app::cli
