// Audacity label files: "start<TAB>end<TAB>text" per label, times in seconds; a line
// "\<TAB>f0<TAB>f1" after a label gives its frequency range, which notes do not need.
#include "exchange/import/NotesImport.h"
#include "exchange/import/TextDecoding.h"

#include <algorithm>
#include <cmath>

namespace coachtrack::exchange {

namespace {

// Seconds as Audacity writes them ("12.345000"), in milliseconds; nullopt when it is not a
// time (negative, not a number, beyond a year).
std::optional<int64_t> labelTime(const QString& field)
{
    bool ok = false;
    const double seconds = field.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0 || seconds > 366.0 * 24 * 3600)
        return std::nullopt;
    return std::llround(seconds * 1000.0);
}

} // namespace

NotesResult readAudacityLabels(const QString& text)
{
    QString unix = withUnixLineEnds(text);
    if (unix.startsWith(QChar(0xFEFF)))
        unix.remove(0, 1);
    const QStringList lines = unix.split(u'\n');
    ImportedTier tier;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        const int number = int(i + 1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(u'\\')) { // the frequency range of the label before
            if (tier.notes.empty() || tier.notes.back().line != number - 1)
                return std::unexpected(TranscriptError{
                    number, QStringLiteral("a frequency line (\\ f0 f1) must follow a label")});
            continue;
        }
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 2)
            return std::unexpected(TranscriptError{
                number, QStringLiteral("expected START<TAB>END<TAB>TEXT (times in seconds), "
                                       "found \u201C%1\u201D")
                            .arg(line.left(60))});
        const auto start = labelTime(fields[0]);
        const auto end = labelTime(fields[1]);
        if (!start || !end)
            return std::unexpected(
                TranscriptError{number, QStringLiteral("\u201C%1\u201D is not a time in seconds")
                                            .arg((start ? fields[1] : fields[0]).left(40))});
        if (*end < *start)
            return std::unexpected(TranscriptError{
                number, QStringLiteral("the label ends (%1 s) before it starts (%2 s)")
                            .arg(fields[1].trimmed(), fields[0].trimmed())});
        // Label text has no tabs; should one be there, it is kept as a space.
        tier.notes.push_back({*start, *end > *start ? std::optional(*end) : std::nullopt,
                              fields.mid(2).join(u' '), number});
    }
    std::stable_sort(
        tier.notes.begin(), tier.notes.end(),
        [](const ImportedNote& a, const ImportedNote& b) { return a.startMs < b.startMs; });
    return NotesFile{NotesFormat::AudacityLabels, {std::move(tier)}};
}

} // namespace coachtrack::exchange
