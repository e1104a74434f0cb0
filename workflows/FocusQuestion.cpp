#include "workflows/FocusQuestion.h"

#include "annotations/TimeCode.h"
#include "workflows/NotePhrasing.h"

namespace coachtrack::workflows {

namespace {

// How far before a note (the manager stamps after hearing it) and after it a line is taken as
// what was said at its moment.
constexpr int64_t kBeforeMs = 8000;
constexpr int64_t kAfterMs = 2000;

// The buyer's (or anyone not on the selling side's) question at the note's moment.
const annotations::TranscriptLine* askedThen(const annotations::ShareableNote& note,
                                             const annotations::RecordingTranscript& transcript)
{
    using annotations::SpeakerRole;
    const annotations::TranscriptLine* found = nullptr;
    for (const auto& line : transcript.lines) {
        if (line.endMs < note.startMs - kBeforeMs || line.startMs > note.startMs + kAfterMs ||
            !line.text.contains(u'?'))
            continue;
        std::optional<SpeakerRole> role;
        for (const auto& s : transcript.speakers)
            if (s.name == line.speaker)
                role = s.role;
        if (role == SpeakerRole::Rep || role == SpeakerRole::Manager)
            continue;
        found = &line; // the latest one before the note wins
    }
    return found;
}

} // namespace

QString suggestedFocusQuestion(const annotations::ShareableNote& note,
                               const annotations::RecordingTranscript* transcript)
{
    const QString at = annotations::formatClock(note.startMs);
    if (transcript)
        if (const auto* line = askedThen(note, *transcript)) {
            QString said = QString(line->text).replace(u'\n', u' ').simplified();
            if (said.size() > 120)
                said = said.left(117) + QStringLiteral("…");
            return QStringLiteral("At %1 %2 asked “%3” — what did you want to happen next?")
                .arg(annotations::formatClock(line->startMs),
                     line->speaker.isEmpty() ? QStringLiteral("the buyer") : line->speaker, said);
        }
    if (const auto asked = directiveAsQuestion(note.text))
        return *asked;
    return QStringLiteral("At %1 — what would you do differently here?").arg(at);
}

} // namespace coachtrack::workflows
