#include "exchange/export/DebriefMarkdown.h"

#include "annotations/TimeCode.h"
#include "exchange/export/DebriefText.h"

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

// Escapes what CommonMark would read as markup so that a note is shown as written: inline
// punctuation everywhere, block markers (#, -, +, >, =, "1.") at the start of a line. Line
// breaks become hard breaks (or spaces inside a table cell).
QString esc(const QString& text, bool inTable = false)
{
    static const QString kInline = QStringLiteral("\\`*_[]<>|~&!");
    static const QString kLineStart = QStringLiteral("#-+=");
    QString out;
    out.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\r'))
            continue;
        if (c == QLatin1Char('\n')) {
            out += inTable ? QStringLiteral(" ") : QStringLiteral("\\\n");
            lineStart = !inTable;
            continue;
        }
        if (lineStart && c.isSpace())
            continue; // leading spaces would make an indented code block
        if (kInline.contains(c) || (lineStart && kLineStart.contains(c)))
            out += QLatin1Char('\\');
        if (lineStart && c.isDigit()) {
            qsizetype j = i;
            while (j < text.size() && text[j].isDigit())
                ++j;
            if (j < text.size() && (text[j] == QLatin1Char('.') || text[j] == QLatin1Char(')'))) {
                out += text.mid(i, j - i) + QLatin1Char('\\') + text[j];
                i = j;
                lineStart = false;
                continue;
            }
        }
        out += c;
        lineStart = false;
    }
    return out;
}

QString focusList(const DebriefSheet& sheet)
{
    if (sheet.focus.empty())
        return QStringLiteral("No focus items were chosen in this session.\n");
    QString md;
    for (const FocusLine& line : sheet.focus) {
        md += QStringLiteral("%1. **%2** at %3: %4\n")
                  .arg(line.number)
                  .arg(text::statusLabel(line.status), formatClock(line.note.startMs),
                       esc(line.note.text));
        if (!line.question.isEmpty())
            md += QStringLiteral("   *Before we talk:* %1\n").arg(esc(line.question));
        if (!line.practicePlan.isEmpty())
            md += QStringLiteral("   **Practice:** %1\n").arg(esc(line.practicePlan));
    }
    return md;
}

QString lastTimeList(const DebriefSheet& sheet)
{
    QString md;
    for (const CarriedFocus& item : sheet.lastTime)
        md += QStringLiteral("- %1 — **%2** (%3)\n")
                  .arg(esc(item.text), text::statusLabel(item.status),
                       esc(item.callTitle.isEmpty() ? text::longDate(item.callDate)
                                                    : item.callTitle + QStringLiteral(", ") +
                                                          text::longDate(item.callDate)));
    return md;
}

QString metricsTable(const DebriefSheet& sheet)
{
    QString md;
    const auto lines = text::talkLines(sheet);
    if (!lines.empty()) {
        md += QStringLiteral("| Metric | This call | For comparison |\n|---|---|---|\n");
        for (const text::MetricLine& line : lines)
            md += QStringLiteral("| %1 | %2 | %3 |\n")
                      .arg(esc(line.name, true), esc(line.value, true), esc(line.reference, true));
    }
    if (sheet.talk && !sheet.talk->note.isEmpty())
        md += QStringLiteral("\n%1\n").arg(esc(sheet.talk->note));
    return md;
}

QString notesTable(const DebriefSheet& sheet)
{
    if (sheet.notes.empty())
        return QStringLiteral("No notes.\n");
    QString md = QStringLiteral("| Time | Note |\n|---|---|\n");
    for (const ShareableNote& note : sheet.notes) {
        const int number = sheet.focusNumber(note.id);
        md += QStringLiteral("| %1 | %2%3 |\n")
                  .arg(formatClock(note.startMs),
                       number ? QStringLiteral("**Focus %1:** ").arg(number) : QString(),
                       esc(note.text, true));
    }
    return md;
}

QString blockMarkdown(const DebriefSheet& sheet, text::Block block)
{
    auto filled = [](const QString& t) { return !t.trimmed().isEmpty(); };
    QString md;
    switch (block) {
    case text::Block::Objectives: return esc(sheet.objectives) + QStringLiteral("\n");
    case text::Block::SelfAssessment:
        if (filled(sheet.selfWentWell))
            md += QStringLiteral("**What went well:** %1\n\n").arg(esc(sheet.selfWentWell));
        if (filled(sheet.selfWouldChange))
            md += QStringLiteral("**What you would change:** %1\n").arg(esc(sheet.selfWouldChange));
        return md;
    case text::Block::Metrics: return metricsTable(sheet);
    case text::Block::Observations: return notesTable(sheet);
    case text::Block::Focus: return focusList(sheet);
    case text::Block::LastTime: return lastTimeList(sheet);
    case text::Block::Commitment:
        if (filled(sheet.nextSteps))
            md += esc(sheet.nextSteps) + QStringLiteral("\n");
        if (sheet.nextCoachingDate.isValid())
            md += QStringLiteral("\nOur next coaching conversation: **%1**\n")
                      .arg(text::longDate(sheet.nextCoachingDate));
        return md;
    }
    return md;
}

} // namespace

QString debriefMarkdown(const DebriefSheet& sheet)
{
    QString md = QStringLiteral("# %1\n\n").arg(esc(text::sheetTitle(sheet)));
    for (const text::Fact& fact : text::callFacts(sheet))
        md += QStringLiteral("- **%1:** %2\n").arg(fact.label, esc(fact.value));
    for (const text::SheetBlock& block : text::sheetBlocks(sheet))
        md += QStringLiteral("\n## %1\n\n").arg(esc(block.heading)) +
              blockMarkdown(sheet, block.block);
    md += QStringLiteral("\n---\n\n*%1*\n").arg(esc(text::footer()));
    return md;
}

} // namespace coachtrack::exchange
