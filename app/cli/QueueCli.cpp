// `coachtrack queue [--json] [--limit N]`: the calls to review next, in the order the window's
// Go ▸ Next Call to Review takes them (workflows/ReviewQueue.h).
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "workflows/ReviewQueue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace coachtrack::app::cli {

namespace {

QString titleOf(const annotations::Recording& r)
{
    return r.title.isEmpty() ? QFileInfo(r.path).completeBaseName() : r.title;
}

QString dueText(const workflows::RepStanding& s)
{
    if (!s.lastSession)
        return QStringLiteral("never coached");
    return s.overdue ? QStringLiteral("%1 days overdue").arg(s.daysOverdue)
                     : QStringLiteral("due %1").arg(isoDateOrEmpty(s.due));
}

} // namespace

int runQueue(const GlobalOptions& global, const QStringList& args)
{
    CliContext cmd(QStringLiteral("queue"),
                   QStringLiteral("The calls to review next: those no coaching session has "
                                  "reviewed yet, the reps due soonest first (overdue, then by due "
                                  "date), each rep's newest call first, then calls with no rep. "
                                  "The window's Go > Next Call to Review (Ctrl+Shift+N) opens "
                                  "them in this order."));
    cmd.parser().addOptions(
        {{QStringLiteral("json"), QStringLiteral("Print JSON.")},
         {QStringLiteral("limit"), QStringLiteral("At most N calls."), QStringLiteral("N")}});
    if (int rc = cmd.parse(args, 0, 0); rc >= 0)
        return rc;
    int limit = -1;
    if (cmd.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = cmd.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return cmd.fail(QStringLiteral("--limit needs a whole number above 0"), 2);
    }
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    auto queue = workflows::reviewQueue(*store, QDate::currentDate());
    if (!queue)
        return cmd.fail(queue.error().message);
    if (limit > 0 && int(queue->size()) > limit)
        queue->resize(size_t(limit));
    if (cmd.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const workflows::QueuedCall& q : *queue)
            array.append(QJsonObject{
                {QStringLiteral("rec"), qint64(q.recording.id)},
                {QStringLiteral("title"), titleOf(q.recording)},
                {QStringLiteral("path"), q.recording.path},
                {QStringLiteral("call_date"), jsonOrNull(isoDateOrEmpty(q.recording.callDate))},
                {QStringLiteral("rep"), q.rep ? QJsonValue(q.rep->rep.name) : QJsonValue()},
                {QStringLiteral("due"),
                 q.rep ? QJsonValue(isoDateOrEmpty(q.rep->due)) : QJsonValue()},
                {QStringLiteral("overdue"), q.rep && q.rep->overdue}});
        cmd.out() << jsonText(array);
        return 0;
    }
    if (queue->empty()) {
        cmd.out() << "Every call in the library has been reviewed.\n";
        return 0;
    }
    int n = 0;
    for (const workflows::QueuedCall& q : *queue)
        cmd.out() << QStringLiteral("%1. rec %2  %3  %4  %5\n")
                         .arg(++n, 2)
                         .arg(q.recording.id, -4)
                         .arg(isoDateOrEmpty(q.recording.callDate), -10)
                         .arg(titleOf(q.recording), -30)
                         .arg(q.rep
                                  ? QStringLiteral("%1 (%2)").arg(q.rep->rep.name, dueText(*q.rep))
                                  : QStringLiteral("no rep"));
    return 0;
}

} // namespace coachtrack::app::cli
