// `coachtrack private purge|retention|encrypt|status`: forgetting private notes on demand or
// after N days, and encrypting them at rest. Prints counts and settings only, never a note's
// text.
#include "app/cli/CliContext.h"
#include "app/cli/CliPassphrase.h"
#include "app/cli/CliVerbs.h"
#include "workflows/PrivateLock.h"

namespace coachtrack::app::cli {

using namespace annotations;

namespace {

constexpr int kMinPassphrase = 8;

// "30 days", "until deleted".
QString keptFor(std::optional<int> days)
{
    return days ? QStringLiteral("%1 day%2")
                      .arg(*days)
                      .arg(*days == 1 ? QString() : QStringLiteral("s"))
                : QStringLiteral("until deleted");
}

int purge(CliContext& cmd, Store& store)
{
    Result<int> purged = 0;
    if (cmd.isSet(QStringLiteral("older-than"))) {
        bool ok = false;
        const int days = cmd.value(QStringLiteral("older-than")).toInt(&ok);
        if (!ok || days < 0)
            return cmd.fail(QStringLiteral("--older-than must be a number of days, 0 or more"), 2);
        purged = store.purgePrivateNotes(days);
    } else {
        auto days = store.privateRetentionDays();
        if (days && !*days)
            return cmd.fail(QStringLiteral("this library keeps private notes until they are "
                                           "deleted: give --older-than DAYS, or set a retention "
                                           "with `private retention DAYS`"),
                            2);
        purged =
            days ? store.purgeExpiredPrivateNotes() : Result<int>(std::unexpected(days.error()));
    }
    if (!purged)
        return cmd.fail(purged.error().message);
    cmd.out() << "purged " << *purged << " private note" << (*purged == 1 ? "" : "s") << '\n';
    cmd.out().flush();
    if (!store.residueWarning().isEmpty())
        cmd.inform(store.residueWarning());
    return 0;
}

int retention(CliContext& cmd, Store& store)
{
    const QString wanted = cmd.positional(0);
    if (!wanted.isEmpty()) {
        std::optional<int> days;
        if (wanted != u"off") {
            bool ok = false;
            days = wanted.toInt(&ok);
            if (!ok)
                return cmd.fail(
                    QStringLiteral("DAYS must be a number of days (7, 30, 90, …) or off, not '%1'")
                        .arg(wanted),
                    2);
        }
        if (auto ok = store.setPrivateRetentionDays(days); !ok)
            return cmd.fail(ok.error().message, 2);
    }
    auto days = store.privateRetentionDays();
    if (!days)
        return cmd.fail(days.error().message);
    cmd.out() << "private notes are kept " << keptFor(*days) << '\n';
    return 0;
}

int encrypt(CliContext& cmd, Store& store)
{
    QString passphrase;
    if (cmd.isSet(QStringLiteral("passphrase"))) {
        const std::optional<QString> typed = readPassphrase(true, true);
        if (!typed)
            return cmd.fail(QStringLiteral("no passphrase given, or the two typed differ "
                                           "(COACHTRACK_PASSPHRASE, the terminal, or a line on "
                                           "standard input)"),
                            2);
        if (typed->trimmed().size() < kMinPassphrase)
            return cmd.fail(
                QStringLiteral("a passphrase needs at least %1 characters").arg(kMinPassphrase), 2);
        passphrase = *typed;
    }
    if (auto ok = workflows::encryptPrivateNotes(store, passphrase); !ok)
        return cmd.fail(ok.error().message);
    cmd.out() << workflows::describePrivateLock(store) << '\n';
    cmd.out().flush();
    if (!store.residueWarning().isEmpty())
        cmd.inform(store.residueWarning());
    return 0;
}

} // namespace

int runPrivate(const GlobalOptions& global, const QStringList& args)
{
    static const std::vector<Action> actions = {
        {QStringLiteral("purge"),
         QStringLiteral("forget private notes written more than --older-than DAYS ago (or as "
                        "the library's retention says), leaving no trace; prints how many")},
        {QStringLiteral("retention"),
         QStringLiteral("show, or set to DAYS or off, how long the library keeps private notes "
                        "(the window purges expired ones at start-up and hourly)")},
        {QStringLiteral("encrypt"),
         QStringLiteral("encrypt private notes at rest, the key in the desktop's secret store "
                        "(or, with --passphrase, unlocked by a passphrase)")},
        {QStringLiteral("status"),
         QStringLiteral("say whether private notes are encrypted, where their key is, and "
                        "whether it opened them")},
    };
    if (int rc = checkAction(QStringLiteral("private"),
                             QStringLiteral("The manager's private track: forget private notes "
                                            "after a number of days (their text is wiped from "
                                            "the library, its journal, its index and its "
                                            "backups), or encrypt them at rest."),
                             actions, args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("private ") + action, actionSentence(actions, action));
    if (action == u"purge")
        cmd.parser().addOption({QStringLiteral("older-than"),
                                QStringLiteral("Purge the private notes written more than DAYS "
                                               "days ago (0: all of them)."),
                                QStringLiteral("DAYS")});
    else if (action == u"encrypt")
        cmd.parser().addOption(
            {QStringLiteral("passphrase"),
             QStringLiteral("Keep the key in the library, unlocked by a passphrase (from "
                            "COACHTRACK_PASSPHRASE, the terminal, or standard input), instead "
                            "of in the desktop's secret store.")});
    else if (action == u"retention")
        cmd.parser().addPositionalArgument(QStringLiteral("DAYS"),
                                           QStringLiteral("1 to 3650, or off (keep until "
                                                          "deleted). Without it, shows the "
                                                          "setting."),
                                           QStringLiteral("[DAYS|off]"));
    if (int rc = cmd.parse(args.mid(1), 0, action == u"retention" ? 1 : 0); rc >= 0)
        return rc;
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (action == u"status") {
        cmd.out() << workflows::describePrivateLock(*store) << '\n';
        return 0;
    }
    if (action == u"encrypt")
        return encrypt(cmd, *store);
    return action == u"purge" ? purge(cmd, *store) : retention(cmd, *store);
}

} // namespace coachtrack::app::cli
