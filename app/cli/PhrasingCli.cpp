// `coachtrack phrasing list|set|reset|check`: the library's editable list of phrasing rules,
// which flags a shareable note that commands ("directive: you need to") and counts praise
// ("praise: great") for the manager's view of how the notes are phrased.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/NotePhrasing.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>

namespace coachtrack::app::cli {

using namespace annotations;

namespace {

const std::vector<Action>& phrasingActions()
{
    static const std::vector<Action> actions = {
        {QStringLiteral("list"),
         QStringLiteral("print the rules in use, one per line (\"directive: you need to\")")},
        {QStringLiteral("set"),
         QStringLiteral("use the rules of a text file (one per line, as `list` prints them) "
                        "instead of the built-in ones")},
        {QStringLiteral("reset"), QStringLiteral("go back to the built-in rules")},
        {QStringLiteral("check"),
         QStringLiteral("say how a sentence is phrased: question, directive, praise or "
                        "observation, and which words decided")},
    };
    return actions;
}

} // namespace

int runPhrasing(const GlobalOptions& global, const QStringList& args)
{
    if (int rc = checkAction(QStringLiteral("phrasing"),
                             QStringLiteral("How shareable notes are judged: the rules that flag "
                                            "a note that commands or prescribes and count "
                                            "praise (English; \"^\" before a phrase: only at "
                                            "a sentence's start). A question mark makes a "
                                            "question; anything else is an observation."),
                             phrasingActions(), args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("phrasing ") + action, actionSentence(phrasingActions(), action));
    if (action == u"set")
        cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                           QStringLiteral("A UTF-8 text file of rules."));
    if (action == u"check")
        cmd.parser().addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("A sentence."));
    if (action == u"list")
        cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    const int wanted = action == u"set" || action == u"check" ? 1 : 0;
    if (int rc = cmd.parse(args.mid(1), wanted, wanted); rc >= 0)
        return rc;
    std::optional<QStringList> lines;
    if (action == u"set") {
        QFile file(cmd.positional(0));
        if (!file.open(QIODevice::ReadOnly))
            return cmd.fail(QStringLiteral("%1: cannot be read (%2)")
                                .arg(cmd.positional(0), file.errorString()));
        const QByteArray bytes = file.read(1 << 20);
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString text = utf8(bytes);
        if (utf8.hasError())
            return cmd.fail(
                QStringLiteral("%1: not UTF-8 text; save it as UTF-8").arg(cmd.positional(0)));
        lines = text.split(u'\n');
        auto rules = workflows::phrasingRulesFromLines(*lines);
        if (!rules)
            return cmd.fail(QStringLiteral("%1: %2").arg(cmd.positional(0), rules.error()));
        if (rules->empty())
            return cmd.fail(QStringLiteral("%1: no rule in it (`phrasing reset` goes back to "
                                           "the built-in list)")
                                .arg(cmd.positional(0)));
        lines->clear();
        for (const workflows::PhrasingRule& rule : *rules)
            *lines << workflows::phrasingRuleLine(rule);
    }
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (action == u"set" || action == u"reset") {
        if (auto ok = store->setPhrasingRules(lines); !ok)
            return cmd.fail(ok.error().message);
        cmd.out() << (lines ? (lines->size() == 1
                                   ? QStringLiteral("using 1 phrasing rule")
                                   : QStringLiteral("using %1 phrasing rules").arg(lines->size()))
                            : QStringLiteral("using the built-in phrasing rules"))
                  << '\n';
        return 0;
    }
    const auto rules = workflows::libraryPhrasingRules(*store);
    if (action == u"check") {
        if (cmd.positional(0).trimmed().isEmpty())
            return cmd.fail(QStringLiteral("give a sentence to check"), 2);
        const auto verdict = workflows::classifyNote(cmd.positional(0), rules);
        cmd.out() << workflows::notePhrasingName(verdict.phrasing);
        if (!verdict.matched.isEmpty())
            cmd.out() << " (\"" << verdict.matched << "\")";
        cmd.out() << '\n';
        return 0;
    }
    const auto own = store->phrasingRules();
    const bool builtIn = !own || !*own;
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const workflows::PhrasingRule& rule : rules)
            array.append(
                QJsonObject{{QStringLiteral("label"), workflows::notePhrasingName(rule.phrasing)},
                            {QStringLiteral("phrase"), rule.phrase}});
        cmd.out() << jsonText(array);
        return 0;
    }
    cmd.out() << (builtIn ? "# the built-in rules" : "# this library's rules") << '\n';
    for (const workflows::PhrasingRule& rule : rules)
        cmd.out() << workflows::phrasingRuleLine(rule) << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
