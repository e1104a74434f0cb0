#pragma once

#include "annotations/Debrief.h"
#include "annotations/Store.h"
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

// The filler words counted by default (case-insensitive, whole words or phrases; "like" only
// when a comma sets it off, as in "we are, like, behind").
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

// The manager's share of the selling side's talk (rep and manager) on a team call; nullopt when
// no speaker is the manager or the selling side said nothing.
std::optional<double> managerShareOfSellingSide(const std::vector<SpeakerMetrics>& speakers);

// The library's filler list: the one the user set, else defaultFillerWords(). Falls back to
// the default when the library cannot be read.
QStringList libraryFillerWords(annotations::Store& store);

// A recording's transcript metrics with the library's filler list; empty without a
// transcript (or when it cannot be read).
std::vector<SpeakerMetrics> recordingTranscriptMetrics(annotations::Store& store,
                                                       int64_t recordingId, int64_t callMs);

// The debrief's view of the metrics: the rep's questions, pace and fillers, the buyer's
// questions and the manager's share; nullopt when no speaker is the rep.
std::optional<annotations::DebriefTranscript>
debriefTranscriptOf(const std::vector<SpeakerMetrics>& speakers);

// Fills a mono call's talk figures (rep share, longest monologues) from the transcript's
// speakers, which two channels would otherwise give; changes nothing when the talk already
// has them per speaker. Creates the talk when there is none. Without a rep among the
// speakers, only the note changes: it says the roles are missing.
void fillTalkFromTranscript(std::optional<annotations::DebriefTalk>& talk,
                            const std::vector<SpeakerMetrics>& speakers);

} // namespace coachtrack::workflows
