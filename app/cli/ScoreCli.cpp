// `coachtrack score REC …` (a call's scorecard) and `coachtrack skills list|add|rename|remove`
// (the library's skill list).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/SelfRatingImport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace coachtrack::app::cli {

using namespace annotations;

namespace {

QJsonValue rating(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

// The rating given with --OPTION: 1..5, 0 when the option is not given, -1 (after saying
// why) when it is not a rating.
int parseRating(CliContext& cmd, const QString& option)
{
    if (!cmd.isSet(option))
        return 0;
    bool ok = false;
    const int value = cmd.value(option).toInt(&ok);
    if (!ok || value < 1 || value > 5) {
        cmd.fail(QStringLiteral("--%1 is a rating from 1 to 5").arg(option), 2);
        return -1;
    }
    return value;
}

std::optional<int> given(int rating, std::optional<int> otherwise)
{
    return rating > 0 ? std::optional(rating) : otherwise;
}

// `score form REC [-o FILE]`: the CSV a rep fills with their own ratings of the call.
int writeForm(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("score form"),
                   QStringLiteral("Writes the form a rep fills to rate their own call: CSV with "
                                  "one line per skill (recording, call, skill, self); they fill "
                                  "the self column with 1 to 5 and `score import` reads it."));
    cmd.parser().addOption({{QStringLiteral("o"), QStringLiteral("output")},
                            QStringLiteral("Write to FILE (default: stdout)."),
                            QStringLiteral("FILE")});
    const auto rec = cmd.parseRecording(args.mid(1));
    if (!rec)
        return rec.error();
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto recording = store->recording(*rec);
    auto skills = store->skills();
    if (!recording || !skills)
        return cmd.fail(!recording ? recording.error().message : skills.error().message);
    auto field = [](QString v) {
        return v.contains(u',') || v.contains(u'"') || v.contains(u'\n')
                   ? u'"' + v.replace(u'"', QStringLiteral("\"\"")) + u'"'
                   : v;
    };
    QString csv = QStringLiteral("recording,call,skill,self\r\n");
    for (const Skill& k : *skills)
        csv +=
            QStringLiteral("%1,%2,%3,\r\n").arg(*rec).arg(field(recording->title), field(k.name));
    if (!cmd.isSet(QStringLiteral("output"))) {
        cmd.out() << csv;
        return 0;
    }
    QSaveFile file(cmd.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.toUtf8()) < 0 || !file.commit())
        return cmd.fail(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    cmd.out() << "wrote " << file.fileName() << '\n';
    return 0;
}

// `score import FILE`: the rep's own ratings from the form they filled (CSV or JSON), all or
// none.
int runScoreImport(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("score import"),
                   QStringLiteral("Reads a rep's own ratings of their calls from the form they "
                                  "filled (CSV: recording,skill,self; or JSON: {\"recording\": "
                                  "ID, \"ratings\": [{\"skill\", \"self\"}]}) into each call's "
                                  "review session: all or none; the manager's ratings stay."));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The filled form."));
    if (int rc = cmd.parse(args.mid(1), 1, 1); rc >= 0)
        return rc;
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    const auto imported = workflows::importSelfRatings(*store, cmd.positional(0));
    if (!imported)
        return cmd.fail(imported.error().message);
    cmd.out() << "imported " << imported->ratings
              << (imported->ratings == 1 ? " self rating" : " self ratings") << " for "
              << imported->calls << (imported->calls == 1 ? " call" : " calls") << '\n';
    return 0;
}

} // namespace

int runScore(const GlobalOptions& global, const QStringList& args)
{
    if (args.value(1) == u"form")
        return writeForm(global, args);
    if (args.value(1) == u"import")
        return runScoreImport(global, args);
    CliContext cmd(QStringLiteral("score"),
                   QStringLiteral("A call's scorecard: with --skill, rates one skill for the "
                                  "call's review session — the manager's rating, the rep's own "
                                  "(1 to 5) and a comment for the rep; without, lists the "
                                  "scores and the gap between the rep's view and the "
                                  "manager's. `score form REC` writes the form a rep fills with "
                                  "their own ratings; `score import FILE` reads it back."));
    cmd.parser().addOptions(
        {{QStringLiteral("skill"), QStringLiteral("The skill (see `skills list`)."),
          QStringLiteral("NAME")},
         {QStringLiteral("manager"), QStringLiteral("The manager's rating, 1 to 5."),
          QStringLiteral("N")},
         {QStringLiteral("self"), QStringLiteral("The rep's own rating, 1 to 5."),
          QStringLiteral("N")},
         {QStringLiteral("comment"),
          QStringLiteral("A comment for the rep (alone: changes the comment of a score)."),
          QStringLiteral("T")},
         {QStringLiteral("clear"), QStringLiteral("Remove the skill's score from the call.")},
         {QStringLiteral("json"), QStringLiteral("Print the scores as JSON.")}});
    const auto rec = cmd.parseRecording(args);
    if (!rec)
        return rec.error();
    const bool setting = cmd.isSet(QStringLiteral("skill"));
    const bool clearing = cmd.isSet(QStringLiteral("clear"));
    if (!setting && (cmd.isSet(QStringLiteral("manager")) || cmd.isSet(QStringLiteral("self")) ||
                     cmd.isSet(QStringLiteral("comment")) || clearing))
        return cmd.fail(QStringLiteral("say which skill with --skill NAME"), 2);
    const auto manager = parseRating(cmd, QStringLiteral("manager"));
    const auto self = parseRating(cmd, QStringLiteral("self"));
    if (manager < 0 || self < 0)
        return 2;
    if (clearing && (manager != 0 || self != 0 || cmd.isSet(QStringLiteral("comment"))))
        return cmd.fail(QStringLiteral("--clear removes the score: give no rating or comment"), 2);
    if (setting && !clearing && manager == 0 && self == 0 && !cmd.isSet(QStringLiteral("comment")))
        return cmd.fail(QStringLiteral("give --manager N and/or --self N (or --comment T, or "
                                       "--clear)"),
                        2);
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    Store& store = *opened->store;
    if (setting) {
        const auto skill = findSkill(cmd, store, cmd.value(QStringLiteral("skill")));
        if (!skill)
            return 1;
        // A rating not given keeps the one the score had.
        auto before = store.scores(opened->session.id);
        if (!before)
            return cmd.fail(before.error().message);
        Score kept;
        for (const Score& s : *before)
            if (s.skill.id == skill->id)
                kept = s;
        if (manager == 0 && self == 0 && !clearing && !kept.manager && !kept.self)
            return cmd.fail(QStringLiteral("%1 has no rating on this call yet: a comment goes with "
                                           "a rating (--manager N)")
                                .arg(skill->name));
        if (clearing) {
            if (auto ok = store.setScore(opened->session.id, skill->id, std::nullopt, std::nullopt,
                                         QString());
                !ok)
                return cmd.fail(ok.error().message);
        } else if (auto ok = store.setScore(opened->session.id, skill->id,
                                            given(manager, kept.manager), given(self, kept.self),
                                            cmd.isSet(QStringLiteral("comment"))
                                                ? cmd.value(QStringLiteral("comment"))
                                                : kept.comment);
                   !ok)
            return cmd.fail(ok.error().message);
    }
    if (setting) // kept either way; the tracker counts the session once it is coached
        if (auto shared = store.shareableNotes(opened->session.id); shared && shared->empty())
            cmd.inform(QStringLiteral("note: this call's review has no shareable note yet, so "
                                      "the rep page and report show its scores once it has one"));
    auto scores = store.scores(opened->session.id);
    if (!scores)
        return cmd.fail(scores.error().message);
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Score& s : *scores)
            array.append(QJsonObject{{QStringLiteral("skill"), s.skill.name},
                                     {QStringLiteral("manager"), rating(s.manager)},
                                     {QStringLiteral("self"), rating(s.self)},
                                     {QStringLiteral("gap"), rating(s.gap())},
                                     {QStringLiteral("comment"), s.comment}});
        cmd.out() << jsonText(array);
        return 0;
    }
    if (setting)
        return 0;
    for (const Score& s : *scores) {
        auto shown = [](std::optional<int> v) {
            return v ? QString::number(*v) : QStringLiteral("-");
        };
        cmd.out() << s.skill.name << ": manager " << shown(s.manager) << ", rep " << shown(s.self);
        if (const auto gap = s.gap())
            cmd.out() << ", gap " << (*gap > 0 ? "+" : "") << *gap;
        if (!s.comment.isEmpty())
            cmd.out() << " — " << s.comment;
        cmd.out() << '\n';
    }
    if (scores->empty())
        cmd.inform(QStringLiteral("no scores yet: score REC --skill NAME --manager N"));
    return 0;
}

int runSkills(const GlobalOptions& global, const QStringList& args)
{
    static const std::vector<Action> actions = {
        {QStringLiteral("list"), QStringLiteral("the skills of the scorecard, in order")},
        {QStringLiteral("add"), QStringLiteral("add a skill at the end")},
        {QStringLiteral("rename"), QStringLiteral("rename a skill (--to NEW); its scores stay")},
        {QStringLiteral("remove"),
         QStringLiteral(
             "remove a skill; one with scores or coaching plans needs --yes (they go too)")},
    };
    if (int rc = checkAction(QStringLiteral("skills"),
                             QStringLiteral("The skills a call is scored on (1 to 5, by the "
                                            "manager and by the rep)."),
                             actions, args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("skills ") + action, actionSentence(actions, action));
    const bool named = action != u"list";
    if (named)
        cmd.parser().addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The skill."));
    if (action == u"rename")
        cmd.parser().addOption(
            {QStringLiteral("to"), QStringLiteral("The new name."), QStringLiteral("NEW")});
    if (action == u"remove")
        cmd.parser().addOption(
            {QStringLiteral("yes"), QStringLiteral("Remove its scores and plans too.")});
    if (int rc = cmd.parse(args.mid(1), named ? 1 : 0, named ? 1 : 0); rc >= 0)
        return rc;
    if (action == u"rename" && !cmd.isSet(QStringLiteral("to")))
        return cmd.fail(QStringLiteral("give the new name with --to NEW"), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    if (action == u"list") {
        auto all = store->skills();
        if (!all)
            return cmd.fail(all.error().message);
        for (const Skill& s : *all)
            cmd.out() << s.name << '\n';
        return 0;
    }
    if (action == u"add") {
        auto added = store->addSkill(cmd.positional(0));
        if (!added)
            return cmd.fail(added.error().message);
        cmd.out() << "added skill " << added->name << '\n';
        return 0;
    }
    const auto skill = findSkill(cmd, *store, cmd.positional(0));
    if (!skill)
        return 1;
    auto done = action == u"rename"
                    ? store->renameSkill(skill->id, cmd.value(QStringLiteral("to")))
                    : store->removeSkill(skill->id, cmd.isSet(QStringLiteral("yes")));
    if (!done)
        return cmd.fail(done.error().message +
                        (action == u"remove" ? QStringLiteral(" (add --yes)") : QString()));
    cmd.out() << (action == u"rename" ? "renamed skill " : "removed skill ") << skill->name << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
