// Store: a recording's call details (rep, title, call date, account, outcome, rep channel),
// checked and changed field by field.
#include "annotations/NameTable.h"
#include "annotations/Sqlite.h"
#include "annotations/Store.h"
#include "annotations/StoreRows.h"

namespace coachtrack::annotations {

using namespace rows;

namespace {

constexpr Named<RecordingField> kFields[] = {{RecordingField::Rep, "rep"},
                                             {RecordingField::Title, "title"},
                                             {RecordingField::CallDate, "call date"},
                                             {RecordingField::Account, "account"},
                                             {RecordingField::Outcome, "outcome"},
                                             {RecordingField::RepChannel, "rep channel"}};

// Longest title, account or rep name, in characters.
constexpr qsizetype kMaxDetailLength = 500;

// Why `value` cannot be the recording's `what` (a one-line field), or "" when it can.
QString lineProblem(const QString& what, const QString& value)
{
    if (value.size() > kMaxDetailLength)
        return QStringLiteral("a %1 holds at most %2 characters, not %3")
            .arg(what)
            .arg(kMaxDetailLength)
            .arg(value.size());
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return QStringLiteral("a %1 is one line of text, without line breaks or tabs")
                .arg(what);
    return {};
}

QString repName(Store& store, std::optional<int64_t> repId)
{
    if (!repId)
        return {};
    return store.rep(*repId).value_or(Rep{}).name;
}

} // namespace

QString recordingFieldName(RecordingField field)
{
    return nameIn(kFields, field);
}

Result<void> Store::checkDetails(const RecordingChanges& details, bool newRecording)
{
    QString problem;
    if (details.repName && details.repName->trimmed().isEmpty() && !details.repName->isEmpty())
        problem = QStringLiteral("a rep's name cannot be blank (an empty name clears the rep)");
    else if (details.repName)
        problem = lineProblem(QStringLiteral("rep's name"), details.repName->trimmed());
    if (problem.isEmpty() && details.title) {
        if (details.title->trimmed().isEmpty() && !(newRecording && details.title->isEmpty()))
            problem = QStringLiteral("a recording needs a title");
        else
            problem = lineProblem(QStringLiteral("title"), details.title->trimmed());
    }
    if (problem.isEmpty() && details.account)
        problem = lineProblem(QStringLiteral("account"), details.account->trimmed());
    // A day of slack for a call made this morning somewhere east of here.
    if (problem.isEmpty() && details.callDate && details.callDate->isValid() &&
        *details.callDate > QDate::currentDate().addDays(1))
        problem = QStringLiteral("%1 is in the future; the call date is the day the call happened")
                      .arg(details.callDate->toString(Qt::ISODate));
    if (problem.isEmpty() && details.repChannel && *details.repChannel != 0 &&
        *details.repChannel != 1)
        problem = QStringLiteral("the rep channel is 0 (left) or 1 (right), not %1")
                      .arg(*details.repChannel);
    if (!problem.isEmpty())
        return std::unexpected(invalid(problem));
    return {};
}

Result<UpdatedRecording> Store::updateRecording(int64_t id, const RecordingChanges& changes)
{
    if (auto ok = checkDetails(changes, false); !ok)
        return std::unexpected(ok.error());
    sql::Transaction transaction(*m_db);
    if (auto ok = transaction.begin(); !ok)
        return std::unexpected(ok.error());
    auto before = recording(id);
    if (!before)
        return std::unexpected(before.error());
    UpdatedRecording result{*before, {}};
    Recording& after = result.recording;
    auto changed = [&](RecordingField field, const QString& from, const QString& to) {
        if (from != to)
            result.changes.push_back({field, from, to});
        return from != to;
    };

    // Each field has its own parameter; those of fields not written are bound but unused.
    QStringList sets;
    const QString repBefore = repName(*this, before->repId);
    if (changes.repName) {
        const QString name = changes.repName->trimmed();
        // Names are compared as the reps table does (case-insensitively): "sam" is Sam.
        if (name.isEmpty())
            after.repId.reset();
        else if (name.compare(repBefore, Qt::CaseInsensitive) != 0) {
            auto rep = ensureRep(name);
            if (!rep)
                return std::unexpected(rep.error());
            after.repId = rep->id;
        }
        if (changed(RecordingField::Rep, repBefore, repName(*this, after.repId)))
            sets << QStringLiteral("rep_id = ?1");
    }
    if (changes.title) {
        after.title = changes.title->trimmed();
        if (changed(RecordingField::Title, before->title, after.title))
            sets << QStringLiteral("title = ?2");
    }
    if (changes.callDate) {
        after.callDate = *changes.callDate;
        const auto iso = [](const QDate& d) {
            return d.isValid() ? d.toString(Qt::ISODate) : QString();
        };
        if (changed(RecordingField::CallDate, iso(before->callDate), iso(after.callDate)))
            sets << QStringLiteral("call_date = ?3");
    }
    if (changes.account) {
        after.account = changes.account->trimmed();
        if (changed(RecordingField::Account, before->account, after.account))
            sets << QStringLiteral("account = ?4");
    }
    if (changes.outcome) {
        after.outcome = *changes.outcome;
        if (changed(RecordingField::Outcome, outcomeName(before->outcome),
                    outcomeName(after.outcome)))
            sets << QStringLiteral("outcome = ?5");
    }
    if (changes.repChannel) {
        after.repChannel = *changes.repChannel;
        if (changed(RecordingField::RepChannel, repChannelName(before->repChannel),
                    repChannelName(after.repChannel)))
            sets << QStringLiteral("rep_channel = ?6");
    }
    if (sets.isEmpty())
        return result; // nothing to write; the transaction ends unused
    if (auto ok = m_db->execute(QStringLiteral("UPDATE recordings SET %1 WHERE id = ?7")
                                    .arg(sets.join(QStringLiteral(", "))),
                                after.repId, after.title, after.callDate, after.account,
                                outcomeName(after.outcome), int64_t(after.repChannel), id);
        !ok)
        return std::unexpected(ok.error());
    // A review session is of the recording's rep: those of the old rep follow the new one.
    if (after.repId != before->repId)
        if (auto ok = m_db->execute(QStringLiteral("UPDATE sessions SET rep_id = ?1 "
                                                   "WHERE recording_id = ?2 AND rep_id IS ?3"),
                                    after.repId, id, before->repId);
            !ok)
            return std::unexpected(ok.error());
    if (auto ok = transaction.commit(); !ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace coachtrack::annotations
