#pragma once

#include "app/GlobalOptions.h"

#include <QStringList>
#include <cstdint>

// The entry point of every sub-command, one file per noun. Each prints results on stdout,
// one line per problem on stderr, and returns the exit code (0 done, 1 failed, 2 usage).
namespace coachtrack::app::cli {

// LibraryCli.cpp: the library's recordings.
int runAdd(const GlobalOptions& global, const QStringList& args);
int runList(const GlobalOptions& global, const QStringList& args);
int runRelink(const GlobalOptions& global, const QStringList& args);
// RecordingCli.cpp: `recording show|set`, one recording's call details.
int runRecording(const GlobalOptions& global, const QStringList& args);
// SessionCli.cpp: a review session's details.
int runSession(const GlobalOptions& global, const QStringList& args);
// ScoreCli.cpp: `score REC …` (a call's scorecard) and `skills …` (the skill list).
int runScore(const GlobalOptions& global, const QStringList& args);
int runSkills(const GlobalOptions& global, const QStringList& args);
// PhrasingCli.cpp: `phrasing list|set|reset|check`, the editable list of phrasing rules.
int runPhrasing(const GlobalOptions& global, const QStringList& args);
// TemplateCli.cpp: `template list|show|save|default|delete`, the session templates.
int runTemplate(const GlobalOptions& global, const QStringList& args);
// SearchCli.cpp: full-text search over notes.
int runSearch(const GlobalOptions& global, const QStringList& args);
// NoteCli.cpp: notes of both tracks and focus items.
int runNote(const GlobalOptions& global, const QStringList& args);
// RepCli.cpp: `reps` (the team overview) and `rep NAME [show|set|delete]`.
int runReps(const GlobalOptions& global, const QStringList& args);
int runRep(const GlobalOptions& global, const QStringList& args);
// `measure [--rep NAME]`: the talk of reviewed calls not measured yet, kept for the tracker.
int runMeasure(const GlobalOptions& global, const QStringList& args);
// PrivateCli.cpp: `private purge|retention`, forgetting private notes.
int runPrivate(const GlobalOptions& global, const QStringList& args);
// CheckCli.cpp: `check [--recover-to NEW]`.
int runCheck(const GlobalOptions& global, const QStringList& args);
// ShareCopyCli.cpp: `share-copy -o OUT`, a library of the shareable track only.
int runShareCopy(const GlobalOptions& global, const QStringList& args);
// ExportCli.cpp: `export`; runs under a QGuiApplication (fonts for PDF and pictures).
int runExport(const GlobalOptions& global, const QStringList& args);
// ReportCli.cpp: `report`, a rep's progress report; runs under a QApplication (Qt Charts).
int runReport(const GlobalOptions& global, const QStringList& args);
// TranscriptCli.cpp: `transcript parse`, transcripts as meeting tools export them.
int runTranscript(const GlobalOptions& global, const QStringList& args);
// MediaCli.cpp: `probe`, `peaks` and `talk`, the media engine from the command line.
int runProbe(const GlobalOptions& global, const QStringList& args);
int runPeaks(const GlobalOptions& global, const QStringList& args);
int runTalk(const GlobalOptions& global, const QStringList& args);
// MomentsCli.cpp: `moments FILE|--rec REC`, the moments of a call worth hearing; `moments
// keywords`, the words they watch for.
int runMoments(const GlobalOptions& global, const QStringList& args);
// QueueCli.cpp: `queue`, the calls to review next.
int runQueue(const GlobalOptions& global, const QStringList& args);
int runTeam(const GlobalOptions& global, const QStringList& args);
// After a debrief export: when the library publishes on export, queues the session and syncs
// with the team server (or says it stays queued); never fails the export.
class CliContext;
void publishOnExport(CliContext& cmd, const GlobalOptions& global, int64_t sessionId);
int runSessions(const GlobalOptions& global, const QStringList& args);

} // namespace coachtrack::app::cli
