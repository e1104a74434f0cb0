// `coachtrack rep NAME delete --yes`: a rep with their review sessions and every note in them.
// (The rep tracker's `rep NAME` views come later, under the same noun.)
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

namespace coachtrack::app::cli {

using namespace annotations;

int runRep(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("rep"),
                   QStringLiteral("A rep in the library. `rep NAME delete --yes` removes the rep "
                                  "with their review sessions and every note in them (private "
                                  "text wiped); their calls stay in the library, without a rep."));
    cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The rep's name."));
    cmd.parser().addPositionalArgument(QStringLiteral("ACTION"), QStringLiteral("delete"));
    cmd.parser().addOption(
        {QStringLiteral("yes"), QStringLiteral("Really delete: this cannot be undone.")});
    if (int rc = cmd.parse(args, 2, 2); rc >= 0)
        return rc;
    const QString name = cmd.positional(0);
    if (cmd.positional(1) != u"delete")
        return cmd.fail(
            QStringLiteral("unknown action '%1' (rep NAME delete --yes)").arg(cmd.positional(1)),
            2);
    if (!cmd.isSet(QStringLiteral("yes")))
        return cmd.fail(QStringLiteral("deleting rep %1 removes their review sessions and notes "
                                       "for good; add --yes to do it")
                            .arg(name),
                        2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto reps = store->reps();
    if (!reps)
        return cmd.fail(reps.error().message);
    for (const Rep& rep : *reps)
        if (rep.name.compare(name, Qt::CaseInsensitive) == 0) {
            if (auto ok = store->deleteRep(rep.id); !ok)
                return cmd.fail(ok.error().message);
            cmd.out() << "deleted rep " << rep.name << " and their review sessions\n";
            cmd.out().flush();
            if (!store->residueWarning().isEmpty())
                cmd.inform(store->residueWarning());
            return 0;
        }
    return cmd.fail(QStringLiteral("there is no rep named %1").arg(name));
}

} // namespace coachtrack::app::cli
