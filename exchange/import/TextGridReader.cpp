// Praat TextGrids in the long and the short text form. Both hold the same numbers, strings and
// <exists> flags in the same order; the long form adds labels ("xmin =", "item [1]:"), which
// are skipped, as Praat itself reads them. Hand-written: Qt has no reader for Praat's format.
#include "exchange/import/NotesImport.h"

#include <algorithm>
#include <cmath>

namespace coachtrack::exchange {

namespace {

struct Token
{
    enum Kind
    {
        Number,
        String,
        Flag
    } kind = Number;
    QString text;
    double number = 0;
    int line = 0;
};

using Tokens = std::expected<std::vector<Token>, TranscriptError>;

bool inNumber(QChar c)
{
    return c.isDigit() || c == u'.' || c == u'-' || c == u'+' || c == u'e' || c == u'E';
}

Tokens tokenize(const QString& text)
{
    std::vector<Token> tokens;
    int line = 1;
    bool valueDue = false; // after "xmin =": a number or a string must come
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = text[i];
        const bool wasDue = valueDue;
        if (c == u'=')
            valueDue = true;
        else if (c != u' ' && c != u'\t')
            valueDue = false;
        if (c == u'\n') {
            ++line;
            ++i;
        } else if (c == u'"') { // a string; "" is a quote
            const int first = line;
            QString value;
            for (++i;; ++i) {
                if (i >= n)
                    return std::unexpected(
                        TranscriptError{first, QStringLiteral("a text in quotes is never closed")});
                if (text[i] == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"') {
                        value += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                if (text[i] == u'\n')
                    ++line;
                value += text[i];
            }
            tokens.push_back({Token::String, value, 0, first});
        } else if (c == u'!') { // a comment to the end of the line
            while (i < n && text[i] != u'\n')
                ++i;
        } else if (c == u'<' || c == u'[') { // a flag (<exists>), or an index ([1]) to skip
            const QChar close = c == u'<' ? u'>' : u']';
            const qsizetype end = text.indexOf(close, i);
            // A line break before the close, looked for up to the close only (searching the
            // rest of the file from every bracket was quadratic on a line of "[]" pairs).
            if (end < 0 || QStringView(text).sliced(i, end - i).contains(u'\n'))
                return std::unexpected(
                    TranscriptError{line, QStringLiteral("\u201C%1\u201D is not closed").arg(c)});
            if (c == u'<')
                tokens.push_back({Token::Flag, text.mid(i, end - i + 1), 0, line});
            i = end + 1;
        } else if (c.isDigit() || c == u'-' || c == u'+' || c == u'.') {
            const qsizetype start = i;
            while (i < n && inNumber(text[i]))
                ++i;
            bool ok = false;
            const double value = text.mid(start, i - start).toDouble(&ok);
            if (!ok || !std::isfinite(value))
                return std::unexpected(TranscriptError{
                    line, QStringLiteral("\u201C%1\u201D is not a number")
                              .arg(text.mid(start, std::min<qsizetype>(i - start, 40)))});
            tokens.push_back({Token::Number, {}, value, line});
        } else if (c.isLetter() || c == u'_') { // a label word: xmin, intervals, size …
            const qsizetype start = i;
            while (i < n && (text[i].isLetterOrNumber() || text[i] == u'_'))
                ++i;
            if (wasDue)
                return std::unexpected(TranscriptError{
                    line,
                    QStringLiteral("expected a number or a text in quotes after \u201C=\u201D, "
                                   "found \u201C%1\u201D")
                        .arg(text.mid(start, std::min<qsizetype>(i - start, 40)))});
        } else {
            ++i; // spaces, "=", ":", "?"
        }
    }
    return tokens;
}

// Reads a TextGrid from its tokens, saying what it expected where it fails. Used once, on the
// calling thread.
class Parser
{
public:
    explicit Parser(std::vector<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }
    NotesResult read();

private:
    std::expected<const Token*, TranscriptError> next(Token::Kind kind, const QString& what);
    std::expected<double, TranscriptError> number(const QString& what);
    std::expected<int64_t, TranscriptError> time(const QString& what);
    std::expected<QString, TranscriptError> string(const QString& what);
    std::expected<int, TranscriptError> count(const QString& what);
    TranscriptError problem(const QString& text) const;

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
};

TranscriptError Parser::problem(const QString& text) const
{
    const int line = m_pos < m_tokens.size() ? m_tokens[m_pos].line
                     : m_tokens.empty()      ? 1
                                             : m_tokens.back().line;
    return {line, text};
}

std::expected<const Token*, TranscriptError> Parser::next(Token::Kind kind, const QString& what)
{
    if (m_pos >= m_tokens.size())
        return std::unexpected(problem(QStringLiteral("the file ends before %1").arg(what)));
    const Token& token = m_tokens[m_pos];
    if (token.kind != kind) {
        const QString found = token.kind == Token::Number   ? QString::number(token.number)
                              : token.kind == Token::String ? u'"' + token.text.left(40) + u'"'
                                                            : token.text;
        return std::unexpected(problem(QStringLiteral("expected %1, found %2").arg(what, found)));
    }
    ++m_pos;
    return &token;
}

std::expected<double, TranscriptError> Parser::number(const QString& what)
{
    auto token = next(Token::Number, what);
    if (!token)
        return std::unexpected(token.error());
    return (*token)->number;
}

std::expected<int64_t, TranscriptError> Parser::time(const QString& what)
{
    auto seconds = number(what);
    if (!seconds)
        return std::unexpected(seconds.error());
    if (std::abs(*seconds) > 1e9) {
        --m_pos;
        return std::unexpected(problem(QStringLiteral("%1 is out of range").arg(what)));
    }
    return std::llround(*seconds * 1000.0);
}

std::expected<QString, TranscriptError> Parser::string(const QString& what)
{
    auto token = next(Token::String, what);
    if (!token)
        return std::unexpected(token.error());
    return (*token)->text;
}

std::expected<int, TranscriptError> Parser::count(const QString& what)
{
    auto value = number(what);
    if (!value)
        return std::unexpected(value.error());
    // Each item is at least two more tokens, so a larger count cannot be right.
    if (*value < 0 || *value != std::floor(*value) ||
        *value > double(m_tokens.size() - m_pos) / 2.0) {
        --m_pos;
        return std::unexpected(
            problem(QStringLiteral("%1 is %2, more than the file holds").arg(what).arg(*value)));
    }
    return int(*value);
}

NotesResult Parser::read()
{
    const auto fileType = string(QStringLiteral("File type = \"ooTextFile\""));
    if (!fileType)
        return std::unexpected(fileType.error());
    if (!fileType->startsWith(QStringLiteral("ooTextFile")))
        return std::unexpected(TranscriptError{
            1, QStringLiteral("a Praat file of the type \"%1\": save it as a text file")
                   .arg(*fileType)});
    const auto objectClass = string(QStringLiteral("the object class"));
    if (!objectClass)
        return std::unexpected(objectClass.error());
    if (*objectClass != u"TextGrid")
        return std::unexpected(TranscriptError{
            m_tokens[m_pos - 1].line,
            QStringLiteral("this Praat file holds a %1, not a TextGrid").arg(*objectClass)});
    for (const char* what : {"the grid's start (xmin)", "the grid's end (xmax)"})
        if (auto ok = number(QString::fromLatin1(what)); !ok)
            return std::unexpected(ok.error());
    const auto exists = next(Token::Flag, QStringLiteral("<exists> or <absent>"));
    if (!exists)
        return std::unexpected(exists.error());
    NotesFile file{NotesFormat::TextGrid, {}};
    if ((*exists)->text != u"<exists>")
        return file;
    const auto tiers = count(QStringLiteral("the number of tiers"));
    if (!tiers)
        return std::unexpected(tiers.error());
    for (int t = 1; t <= *tiers; ++t) {
        const auto kind = string(QStringLiteral("the class of tier %1").arg(t));
        const auto name = kind ? string(QStringLiteral("the name of tier %1").arg(t)) : kind;
        if (!name)
            return std::unexpected(name.error());
        const bool intervals = *kind == u"IntervalTier";
        if (!intervals && *kind != u"TextTier") {
            --m_pos;
            --m_pos;
            return std::unexpected(
                problem(QStringLiteral("tier %1 is a \"%2\", not an IntervalTier or a TextTier")
                            .arg(t)
                            .arg(*kind)));
        }
        ImportedTier tier{*name, {}};
        const QString where = QStringLiteral("in tier %1 (%2)").arg(t).arg(*name);
        for (const QString& what : {QStringLiteral("the start (xmin) of tier %1").arg(t),
                                    QStringLiteral("the end (xmax) of tier %1").arg(t)})
            if (auto ok = number(what); !ok)
                return std::unexpected(ok.error());
        const auto items = count(
            QStringLiteral("the number of %1 %2")
                .arg(intervals ? QStringLiteral("intervals") : QStringLiteral("points"), where));
        if (!items)
            return std::unexpected(items.error());
        for (int i = 1; i <= *items; ++i) {
            const QString item =
                QStringLiteral("%1 %2 %3")
                    .arg(intervals ? QStringLiteral("interval") : QStringLiteral("point"))
                    .arg(i)
                    .arg(where);
            const int line = m_pos < m_tokens.size() ? m_tokens[m_pos].line : 0;
            const auto start = time(QStringLiteral("the start of ") + item);
            const auto end =
                intervals && start ? time(QStringLiteral("the end of ") + item) : start;
            const auto text =
                end ? string(QStringLiteral("the text of ") + item)
                    : std::expected<QString, TranscriptError>(std::unexpected(end.error()));
            if (!text)
                return std::unexpected(text.error());
            if (*end < *start)
                return std::unexpected(
                    TranscriptError{line, QStringLiteral("%1 ends before it starts").arg(item)});
            tier.notes.push_back({*start,
                                  intervals && *end > *start ? std::optional(*end) : std::nullopt,
                                  *text, line});
        }
        std::stable_sort(
            tier.notes.begin(), tier.notes.end(),
            [](const ImportedNote& a, const ImportedNote& b) { return a.startMs < b.startMs; });
        file.tiers.push_back(std::move(tier));
    }
    return file;
}

} // namespace

NotesResult readTextGrid(const QString& text)
{
    QString body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body.remove(0, 1);
    if (body.startsWith(QStringLiteral("ooBinaryFile")))
        return std::unexpected(TranscriptError{
            1, QStringLiteral("a binary Praat file: save it from Praat as a text file")});
    auto tokens = tokenize(body);
    if (!tokens)
        return std::unexpected(tokens.error());
    return Parser(std::move(*tokens)).read();
}

} // namespace coachtrack::exchange
