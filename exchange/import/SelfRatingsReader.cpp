#include "exchange/import/SelfRatingsReader.h"

#include "exchange/import/TextDecoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace coachtrack::exchange {

namespace {

using Rows = std::expected<std::vector<SelfRatingRow>, QString>;

// The fields of one CSV record (RFC 4180: quoted fields may hold commas, quotes doubled and
// line breaks), starting at `pos`; advances `pos` past the record and counts its lines.
std::expected<QStringList, QString> csvRecord(const QString& text, qsizetype& pos, int& line,
                                              QChar separator)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    const int startLine = line;
    while (pos < text.size()) {
        const QChar c = text[pos++];
        if (quoted) {
            if (c == u'"' && pos < text.size() && text[pos] == u'"') {
                field += u'"';
                ++pos;
            } else if (c == u'"') {
                quoted = false;
            } else {
                line += c == u'\n' ? 1 : 0;
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == separator) {
            fields << field.trimmed();
            field.clear();
        } else if (c == u'\n') {
            ++line;
            break;
        } else {
            field += c;
        }
    }
    if (quoted)
        return std::unexpected(
            QStringLiteral("line %1: a quoted field is not closed").arg(startLine));
    fields << field.trimmed();
    return fields;
}

std::expected<int, QString> ratingOf(const QString& text, int line)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 1 || value > 5)
        return std::unexpected(
            QStringLiteral("line %1: the self rating is a whole number 1 to 5, not '%2'")
                .arg(line)
                .arg(text));
    return value;
}

Rows readCsv(const QString& text)
{
    if (text.trimmed().isEmpty())
        return std::unexpected(QStringLiteral("the file is empty"));
    qsizetype pos = 0;
    int line = 1;
    // A spreadsheet saving CSV where the decimal mark is a comma separates with semicolons.
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar separator =
        firstLine.contains(u';') && !firstLine.contains(u',') ? QChar(u';') : QChar(u',');
    auto header = csvRecord(text, pos, line, separator);
    if (!header)
        return std::unexpected(header.error());
    QStringList names;
    for (const QString& h : *header)
        names << h.toLower();
    const auto recording = names.indexOf(QStringLiteral("recording"));
    const auto skill = names.indexOf(QStringLiteral("skill"));
    const auto self = names.indexOf(QStringLiteral("self"));
    if (recording < 0 || skill < 0 || self < 0)
        return std::unexpected(QStringLiteral("line 1: the header names the columns recording, "
                                              "skill and self (found: %1)")
                                   .arg(header->join(QStringLiteral(", "))));
    std::vector<SelfRatingRow> rows;
    while (pos < text.size()) {
        const int at = line;
        auto fields = csvRecord(text, pos, line, separator);
        if (!fields)
            return std::unexpected(fields.error());
        if (fields->join(QString()).trimmed().isEmpty())
            continue; // a blank line
        if (fields->size() != header->size())
            return std::unexpected(QStringLiteral("line %1: %2 fields where the header has %3")
                                       .arg(at)
                                       .arg(fields->size())
                                       .arg(header->size()));
        if (fields->at(self).isEmpty())
            continue; // not rated
        bool ok = false;
        const int64_t rec = fields->at(recording).toLongLong(&ok);
        if (!ok || rec <= 0)
            return std::unexpected(QStringLiteral("line %1: '%2' is not a recording id")
                                       .arg(at)
                                       .arg(fields->at(recording)));
        auto rating = ratingOf(fields->at(self), at);
        if (!rating)
            return std::unexpected(rating.error());
        if (fields->at(skill).isEmpty())
            return std::unexpected(QStringLiteral("line %1: the skill is missing").arg(at));
        rows.push_back({rec, fields->at(skill), *rating, QStringLiteral("line %1").arg(at)});
    }
    return rows;
}

std::expected<void, QString> readJsonCall(const QJsonObject& call, int& number,
                                          std::vector<SelfRatingRow>& rows)
{
    const QJsonValue rec = call.value(QStringLiteral("recording"));
    if (!rec.isDouble() || rec.toDouble() < 1 || rec.toDouble() != double(rec.toInteger()))
        return std::unexpected(QStringLiteral("\"recording\" is the call's recording id"));
    const QJsonValue ratings = call.value(QStringLiteral("ratings"));
    if (!ratings.isArray())
        return std::unexpected(QStringLiteral("\"ratings\" is a list of {\"skill\", \"self\"}"));
    for (const QJsonValue& v : ratings.toArray()) {
        ++number;
        const QJsonObject r = v.toObject();
        const QString skill = r.value(QStringLiteral("skill")).toString().trimmed();
        const QJsonValue self = r.value(QStringLiteral("self"));
        if (skill.isEmpty())
            return std::unexpected(QStringLiteral("rating %1: the skill is missing").arg(number));
        if (self.isNull() || self.isUndefined())
            continue;
        if (!self.isDouble() || self.toDouble() != double(self.toInt()) || self.toInt() < 1 ||
            self.toInt() > 5)
            return std::unexpected(
                QStringLiteral("rating %1 (%2): the self rating is a whole number 1 to 5")
                    .arg(number)
                    .arg(skill));
        rows.push_back(
            {rec.toInteger(), skill, self.toInt(), QStringLiteral("rating %1").arg(number)});
    }
    return {};
}

Rows readJson(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull())
        return std::unexpected(QStringLiteral("not valid JSON at byte %1: %2")
                                   .arg(error.offset)
                                   .arg(error.errorString()));
    QJsonArray calls = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    std::vector<SelfRatingRow> rows;
    int number = 0;
    for (const QJsonValue& call : calls)
        if (auto ok = readJsonCall(call.toObject(), number, rows); !ok)
            return std::unexpected(ok.error());
    return rows;
}

// A skill rated twice for one call is a mistake the rep should fix, not a last-one-wins.
Rows withoutRepeats(Rows rows)
{
    if (!rows)
        return rows;
    for (size_t i = 0; i < rows->size(); ++i)
        for (size_t j = 0; j < i; ++j) {
            const SelfRatingRow& a = (*rows)[j];
            const SelfRatingRow& b = (*rows)[i];
            if (a.recordingId == b.recordingId &&
                a.skill.simplified().compare(b.skill.simplified(), Qt::CaseInsensitive) == 0)
                return std::unexpected(QStringLiteral("%1: %2 of recording %3 is rated twice "
                                                      "(%4 too)")
                                           .arg(b.where, b.skill)
                                           .arg(b.recordingId)
                                           .arg(a.where));
        }
    return rows;
}

} // namespace

std::expected<std::vector<SelfRatingRow>, QString> readSelfRatings(const QByteArray& bytes)
{
    const QString text = withUnixLineEnds(decodeTranscriptText(bytes));
    const QString start = text.trimmed().left(1);
    if (start == u"{" || start == u"[")
        return withoutRepeats(readJson(text.toUtf8()));
    return withoutRepeats(readCsv(text));
}

} // namespace coachtrack::exchange
