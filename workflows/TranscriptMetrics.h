#pragma once

#include "annotations/Types.h"

#include <QStringList>
#include <vector>

namespace coachtrack::workflows {

// What a speaker's lines say about how they talked on the call.
struct SpeakerMetrics
{
    QString name;
    std::optional<annotations::SpeakerRole> role;
    int64_t talkMs = 0;
    double share = 0; // of all talk on the transcript, 0..1
    int64_t longestMonologueMs = 0;
    int questions = 0;
    double questionsPer10Min = 0; // of the call's length
    double wordsPerMinute = 0;    // over their own talk time
    double fillersPerMinute = 0;  // over their own talk time
};

// The filler words counted by default (case-insensitive, whole words or phrases).
QStringList defaultFillerWords();

// Questions in a line: sentences that end with a question mark (also ¿…? and the full-width
// ？), so "Right? And what's the budget?" asks two.
int countQuestions(const QString& text);

// Per-speaker metrics of a transcript. A monologue is a run of one speaker's lines with no
// other speaker between them and no pause over `pauseMs`. Lines without a speaker count for
// nobody. `callMs` is the recording's length (for questions per 10 minutes).
std::vector<SpeakerMetrics> transcriptMetrics(const annotations::RecordingTranscript& transcript,
                                              int64_t callMs,
                                              const QStringList& fillers = defaultFillerWords(),
                                              int64_t pauseMs = 2000);

} // namespace coachtrack::workflows
