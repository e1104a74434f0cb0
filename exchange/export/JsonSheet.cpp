#include "exchange/export/JsonSheet.h"

#include "annotations/TimeCode.h"

#include <QJsonArray>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

QJsonValue optionalDate(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

template<typename T>
QJsonValue optional(const std::optional<T>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

QJsonObject talkToJson(const DebriefTalk& talk)
{
    return {{QStringLiteral("perSpeaker"), talk.perSpeaker},
            {QStringLiteral("repShare"), optional(talk.repShare)},
            {QStringLiteral("repLongestMonologueMs"), optional(talk.repLongestMonologueMs)},
            {QStringLiteral("buyerLongestMonologueMs"), optional(talk.buyerLongestMonologueMs)},
            {QStringLiteral("patienceMs"), optional(talk.patienceMs)},
            {QStringLiteral("switchesPerMinute"), optional(talk.switchesPerMinute)},
            {QStringLiteral("note"), talk.note}};
}

QJsonObject transcriptToJson(const DebriefTranscript& t)
{
    return {{QStringLiteral("repQuestions"), t.repQuestions},
            {QStringLiteral("repQuestionsPer10Min"), t.repQuestionsPer10Min},
            {QStringLiteral("buyerQuestions"), optional(t.buyerQuestions)},
            {QStringLiteral("repWordsPerMinute"), t.repWordsPerMinute},
            {QStringLiteral("repFillersPerMinute"), t.repFillersPerMinute},
            {QStringLiteral("managerShare"), optional(t.managerShare)}};
}

} // namespace

QJsonObject sheetToJson(const DebriefSheet& sheet)
{
    QJsonArray focus;
    for (const FocusLine& line : sheet.focus)
        focus.append(QJsonObject{
            {QStringLiteral("number"), line.number},
            {QStringLiteral("startMs"), double(line.note.startMs)},
            {QStringLiteral("start"), formatClock(line.note.startMs)},
            {QStringLiteral("text"), line.note.text},
            {QStringLiteral("status"), focusStatusName(line.status)},
            {QStringLiteral("question"),
             line.question.isEmpty() ? QJsonValue() : QJsonValue(line.question)},
            {QStringLiteral("practicePlan"),
             line.practicePlan.isEmpty() ? QJsonValue() : QJsonValue(line.practicePlan)}});
    // The session's structure, as the sheet is laid out (the manager's prompts stay behind).
    QJsonArray structure;
    for (const TemplatePart& part : sheet.layout.parts)
        structure.append(QJsonObject{{QStringLiteral("section"), templateSectionKey(part.section)},
                                     {QStringLiteral("heading"), part.heading}});
    QJsonArray lastTime;
    for (const CarriedFocus& item : sheet.lastTime)
        lastTime.append(QJsonObject{{QStringLiteral("text"), item.text},
                                    {QStringLiteral("status"), focusStatusName(item.status)},
                                    {QStringLiteral("startMs"), double(item.startMs)},
                                    {QStringLiteral("callTitle"), item.callTitle},
                                    {QStringLiteral("callDate"), optionalDate(item.callDate)}});
    QJsonArray notes;
    for (const ShareableNote& note : sheet.notes) {
        const int number = sheet.focusNumber(note.id);
        notes.append(
            QJsonObject{{QStringLiteral("track"), QStringLiteral("shareable")},
                        {QStringLiteral("startMs"), double(note.startMs)},
                        {QStringLiteral("endMs"), optional(note.endMs)},
                        {QStringLiteral("start"), formatClock(note.startMs)},
                        {QStringLiteral("text"), note.text},
                        {QStringLiteral("tags"), note.tags},
                        {QStringLiteral("focus"), number ? QJsonValue(number) : QJsonValue()},
                        {QStringLiteral("focusStatus"),
                         note.focus ? QJsonValue(focusStatusName(*note.focus)) : QJsonValue()}});
    }
    return {
        {QStringLiteral("format"), QStringLiteral("coachtrack-debrief")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("rep"), sheet.repName},
        {QStringLiteral("call"),
         QJsonObject{{QStringLiteral("title"), sheet.callTitle},
                     {QStringLiteral("date"), optionalDate(sheet.callDate)},
                     {QStringLiteral("durationMs"), double(sheet.durationMs)},
                     {QStringLiteral("account"), sheet.account},
                     {QStringLiteral("outcome"), outcomeName(sheet.outcome)}}},
        {QStringLiteral("session"),
         QJsonObject{{QStringLiteral("objectives"), sheet.objectives},
                     {QStringLiteral("selfWentWell"), sheet.selfWentWell},
                     {QStringLiteral("selfWouldChange"), sheet.selfWouldChange},
                     {QStringLiteral("nextSteps"), sheet.nextSteps},
                     {QStringLiteral("nextCoachingDate"), optionalDate(sheet.nextCoachingDate)},
                     {QStringLiteral("focusCap"), sheet.focusCap},
                     {QStringLiteral("template"), sheet.layout.name},
                     {QStringLiteral("structure"), structure}}},
        {QStringLiteral("focus"), focus},
        {QStringLiteral("lastTime"), lastTime},
        {QStringLiteral("talk"), sheet.talk ? QJsonValue(talkToJson(*sheet.talk)) : QJsonValue()},
        {QStringLiteral("transcript"),
         sheet.transcript ? QJsonValue(transcriptToJson(*sheet.transcript)) : QJsonValue()},
        {QStringLiteral("notes"), notes}};
}

} // namespace coachtrack::exchange
