// `coachtrack share-copy`: a new library holding only the shareable track and the calls'
// transcripts, to hand to a rep or another coach.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/OutputGuard.h"

#include <QFileInfo>

namespace coachtrack::app::cli {

using namespace annotations;

int runShareCopy(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("share-copy"),
                   QStringLiteral("Write a new library OUT holding what the rep may read: reps, "
                                  "recordings, review sessions, shareable notes, focus items and "
                                  "the calls' transcripts. No private note, tag or count is "
                                  "copied."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The new library file (must not exist)."),
                                    QStringLiteral("OUT"));
    cmd.parser().addOption(output);
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    if (!cmd.isSet(output))
        return cmd.fail(QStringLiteral("-o OUT is required"), 2);
    const QString path = global.databasePath.isEmpty() ? Store::defaultPath() : global.databasePath;
    if (!QFileInfo::exists(path))
        return cmd.fail(QStringLiteral("%1: there is no library there").arg(path));
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    const QString out = cmd.value(output);
    if (auto refused = workflows::OutputGuard::forLibrary(*store).refuse(out))
        return cmd.fail(*refused);
    auto report = store->writeShareableCopy(out);
    if (!report)
        return cmd.fail(report.error().message);
    cmd.out() << "wrote " << report->path << ": " << report->summary() << "; no private notes\n";
    cmd.out().flush();
    return 0;
}

} // namespace coachtrack::app::cli
