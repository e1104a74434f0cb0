// `coachtrack session show|set`: a review session's template, objectives, the rep's own view,
// next steps, date and cap.
#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/NotePhrasing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

int runSession(const GlobalOptions& global, const QStringList& args)
{
    static const std::vector<Action> actions = {
        {QStringLiteral("show"),
         QStringLiteral("show a call's review session: objectives, next steps, date, focus")},
        {QStringLiteral("set"),
         QStringLiteral("change a review session's objectives, the rep's own view, next steps, "
                        "next coaching date or focus cap")},
    };
    if (int rc = checkAction(QStringLiteral("session"),
                             QStringLiteral("A recording's review session: the template it "
                                            "follows, what the review looks at, the rep's own "
                                            "view, what happens next and how many focus items it "
                                            "may hold."),
                             actions, args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("session ") + action, actionSentence(actions, action));
    if (action == u"set")
        cmd.parser().addOptions(
            {{QStringLiteral("objectives"), QStringLiteral("What this review looks at."),
              QStringLiteral("T")},
             {QStringLiteral("next-steps"), QStringLiteral("What happens next."),
              QStringLiteral("T")},
             {QStringLiteral("next-date"),
              QStringLiteral("Next coaching conversation ('' clears)."),
              QStringLiteral("YYYY-MM-DD")},
             {QStringLiteral("cap"), QStringLiteral("Focus items allowed, 1 to 5."),
              QStringLiteral("N")},
             {QStringLiteral("self-went-well"),
              QStringLiteral("What the rep thinks went well, in their words."),
              QStringLiteral("T")},
             {QStringLiteral("self-would-change"),
              QStringLiteral("What the rep would change, in their words."), QStringLiteral("T")},
             {QStringLiteral("template"),
              QStringLiteral("The session template the session follows ('' : the library's "
                             "default; see `template list`)."),
              QStringLiteral("NAME")}});
    cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print the session as JSON.")});
    const auto rec = cmd.parseRecording(args.mid(1));
    if (!rec)
        return rec.error();
    SessionChanges changes;
    if (action == u"set") {
        if (cmd.isSet(QStringLiteral("objectives")))
            changes.objectives = cmd.value(QStringLiteral("objectives"));
        if (cmd.isSet(QStringLiteral("next-steps")))
            changes.nextSteps = cmd.value(QStringLiteral("next-steps"));
        if (cmd.isSet(QStringLiteral("self-went-well")))
            changes.selfWentWell = cmd.value(QStringLiteral("self-went-well"));
        if (cmd.isSet(QStringLiteral("self-would-change")))
            changes.selfWouldChange = cmd.value(QStringLiteral("self-would-change"));
        if (cmd.isSet(QStringLiteral("next-date"))) {
            changes.nextCoachingDate = cmd.date(cmd.value(QStringLiteral("next-date")));
            if (!changes.nextCoachingDate)
                return 1;
        }
        if (cmd.isSet(QStringLiteral("cap"))) {
            bool ok = false;
            changes.focusCap = cmd.value(QStringLiteral("cap")).toInt(&ok);
            if (!ok)
                return cmd.fail(QStringLiteral("--cap must be a number from 1 to 5"), 2);
        }
    }
    auto opened = cmd.openCurrentSession(global, *rec);
    if (!opened)
        return 1;
    const auto& store = opened->store;
    ReviewSession& session = opened->session;
    if (cmd.isSet(QStringLiteral("template"))) {
        const QString name = cmd.value(QStringLiteral("template")).trimmed();
        auto chosen = name.isEmpty() ? Result<SessionTemplate>() : store->sessionTemplate(name);
        if (!chosen)
            return cmd.fail(chosen.error().message);
        changes.templateId = chosen->id;
    }
    if (action == u"set") {
        auto updated = store->updateSession(session.id, changes);
        if (!updated)
            return cmd.fail(updated.error().message);
        session = *updated;
    }
    if (action == u"show" || cmd.isSet(QStringLiteral("json"))) {
        auto focus = store->focusCount(session.id);
        // Each focus item's opening question and practice plan, by note id (a missing question
        // is what to write next).
        QJsonArray questions, plans;
        int withoutQuestion = focus.value_or(0);
        if (auto guides = store->focusGuides(session.id))
            for (const auto& [noteId, guide] : *guides) {
                if (!guide.question.isEmpty())
                    questions.append(QJsonObject{{QStringLiteral("focus"), qint64(noteId)},
                                                 {QStringLiteral("text"), guide.question}});
                if (!guide.practicePlan.isEmpty())
                    plans.append(QJsonObject{{QStringLiteral("focus"), qint64(noteId)},
                                             {QStringLiteral("text"), guide.practicePlan}});
                withoutQuestion -= guide.question.isEmpty() ? 0 : 1;
            }
        auto followed = store->templateOfSession(session.id);
        if (!followed)
            return cmd.fail(followed.error().message);
        QJsonObject o{
            {QStringLiteral("id"), qint64(session.id)},
            {QStringLiteral("recording"), qint64(*rec)},
            {QStringLiteral("objectives"), session.objectives},
            {QStringLiteral("next_steps"), session.nextSteps},
            {QStringLiteral("next_date"), jsonOrNull(isoDateOrEmpty(session.nextCoachingDate))},
            {QStringLiteral("focus_cap"), session.focusCap},
            {QStringLiteral("focus_items"), focus.value_or(0)},
            {QStringLiteral("rep_self_assessment"),
             QJsonObject{{QStringLiteral("went_well"), session.selfWentWell},
                         {QStringLiteral("would_change"), session.selfWouldChange}}},
            {QStringLiteral("questions"), questions},
            {QStringLiteral("practice_plans"), plans},
            {QStringLiteral("template"), templateJson(*followed)}};
        // How the shareable notes are phrased: for the manager only (never on a debrief, nor
        // shown from a shareable copy, which is the rep's).
        const auto managers = store->isShareableCopy();
        if (!managers)
            return cmd.fail(managers.error().message);
        std::optional<workflows::CoachingStyle> style;
        if (!*managers)
            if (auto notes = store->shareableNotes(session.id)) {
                QStringList texts;
                for (const auto& n : *notes)
                    texts << n.text;
                style = workflows::coachingStyleOf(texts, workflows::libraryPhrasingRules(*store));
            }
        o.insert(QStringLiteral("coaching_style"),
                 style
                     ? QJsonValue(QJsonObject{{QStringLiteral("observations"), style->observations},
                                              {QStringLiteral("questions"), style->questions},
                                              {QStringLiteral("directives"), style->directives},
                                              {QStringLiteral("praise"), style->praise},
                                              {QStringLiteral("to_change"), style->toChange}})
                     : QJsonValue());
        if (cmd.isSet(QStringLiteral("json")))
            cmd.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        else
            cmd.out() << "session " << session.id << " of recording " << *rec << "\n  template    "
                      << followed->name << "\n  objectives  " << session.objectives
                      << "\n  rep: well   " << session.selfWentWell << "\n  rep: change "
                      << session.selfWouldChange << "\n  next steps  " << session.nextSteps
                      << "\n  next date   " << isoDateOrEmpty(session.nextCoachingDate)
                      << "\n  focus       " << focus.value_or(0) << " of " << session.focusCap
                      << (withoutQuestion > 0
                              ? QStringLiteral(" (%1 without a question for the rep: note "
                                               "question ID --text …)")
                                    .arg(withoutQuestion)
                              : QString())
                      << '\n';
        if (!cmd.isSet(QStringLiteral("json")) && style)
            cmd.out() << "  phrasing    " << style->questions << " questions, "
                      << style->observations << " observations, " << style->directives
                      << " directives, " << style->praise << " praise; " << style->toChange
                      << " to change\n";
        if (style && style->laundryList())
            cmd.inform(QStringLiteral("%1 things to change for one call reads like a laundry list: "
                                      "the focus items are what the rep works on")
                           .arg(style->toChange));
    }
    return 0;
}

} // namespace coachtrack::app::cli
