#include "workflows/DebriefExport.h"

#include "annotations/Store.h"
#include "exchange/pictures/TimelinePicture.h"
#include "media/ClipCutter.h"
#include "media/RecordingAnalyser.h"
#include "workflows/OutputGuard.h"
#include "workflows/PrivateLock.h"
#include "workflows/RecordingCheck.h"
#include "workflows/RecordingTalk.h"
#include "workflows/TranscriptMetrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <cmath>

namespace coachtrack::workflows {

using namespace annotations;
using namespace exchange;

namespace {

bool needsMedia(const ExportRequest& request)
{
    if (request.archive)
        return *request.archive == ArchiveFormat::Json;
    // Talk metrics and the timeline picture go on the sheet and into its JSON only.
    return request.format == ExportFormat::Pdf || request.format == ExportFormat::Html ||
           request.format == ExportFormat::Markdown || request.format == ExportFormat::Odt ||
           request.format == ExportFormat::Json;
}

TimelineLanes lanesOf(const media::AudioAnalysis& analysis, int repChannel, bool perSpeaker)
{
    constexpr int kColumns = 1400;
    TimelineLanes lanes;
    const media::PeakPyramid& peaks = analysis.peaks;
    std::vector<int> order;
    for (int c = 0; c < peaks.channelCount(); ++c)
        order.push_back(c);
    if (perSpeaker && repChannel > 0 && repChannel < peaks.channelCount())
        std::swap(order[0], order[size_t(repChannel)]); // the rep's lane on top
    for (int channel : order) {
        std::vector<float> envelope(kColumns);
        for (int x = 0; x < kColumns; ++x) {
            const int64_t from = peaks.frames() * x / kColumns;
            const int64_t to = std::max(from + 1, peaks.frames() * (x + 1) / kColumns);
            const media::MinMax m = peaks.range(channel, from, to);
            envelope[size_t(x)] =
                float(std::max(std::abs(int(m.min)), std::abs(int(m.max)))) / 32768.0f;
        }
        lanes.envelopes.push_back(std::move(envelope));
        lanes.labels << (!perSpeaker             ? QStringLiteral("Call")
                         : channel == repChannel ? QStringLiteral("You")
                                                 : QStringLiteral("Buyer"));
    }
    if (!perSpeaker && lanes.envelopes.size() > 1) { // one lane of the loudest channel
        for (size_t i = 1; i < lanes.envelopes.size(); ++i)
            for (size_t x = 0; x < lanes.envelopes[0].size(); ++x)
                lanes.envelopes[0][x] = std::max(lanes.envelopes[0][x], lanes.envelopes[i][x]);
        lanes.envelopes.resize(1);
        lanes.labels = QStringList{QStringLiteral("Call")};
    }
    return lanes;
}

// Adds talk metrics and the timeline picture; leaves them out (with a warning) when the
// recording cannot be read.
void addMediaFacts(Store& store, DebriefSheet& sheet, Recording& recording,
                   media::ProgressSink& progress, const media::CancelToken& cancel,
                   QStringList& warnings)
{
    const auto analysed = media::analyseRecording(recording.path, media::PeakCache(),
                                                  media::AnalysisOptions{}, progress, cancel);
    if (!analysed) {
        warnings << QStringLiteral("no talk metrics or timeline: %1").arg(analysed.error().message);
        return;
    }
    const media::AudioAnalysis& analysis = analysed->analysis;
    if (auto truncated = noteDecodedLength(store, recording, analysis.durationMs()))
        warnings << *truncated;
    if (sheet.durationMs <= 0 || recording.headerDurationMs)
        sheet.durationMs = analysis.durationMs();
    const RecordingTalk talk = talkOf(analysis, recording.repChannel);
    sheet.talk = debriefTalkOf(talk.metrics);
    // Kept for the rep tracker's charts; a library that cannot be written loses nothing here.
    (void)store.keepTalk(keptTalkOf(recording.id, recording.repChannel, talk.metrics));
    sheet.timeline =
        renderTimeline(sheet, lanesOf(analysis, recording.repChannel, talk.metrics.perSpeaker));
}

// One clip per focus line into `dir` (empty where one could not be cut, with a warning).
std::vector<QString> cutClips(const ExportRequest& request, const QString& dir,
                              const DebriefSheet& sheet, const Recording& recording,
                              const OutputGuard& guard, media::ProgressSink& progress,
                              const media::CancelToken& cancel, QStringList& warnings)
{
    std::vector<QString> clips(sheet.focus.size());
    if (!QDir().mkpath(dir)) {
        warnings << QStringLiteral("no clips: cannot create the folder %1").arg(dir);
        return clips;
    }
    for (size_t i = 0; i < sheet.focus.size() && !cancel.isCancelled(); ++i) {
        const FocusLine& line = sheet.focus[i];
        media::ClipRequest clip;
        clip.inputPath = recording.path;
        clip.startMs = std::max<int64_t>(0, line.note.startMs - request.clipBeforeMs);
        clip.endMs = line.note.endMs.value_or(line.note.startMs) + request.clipAfterMs;
        if (sheet.durationMs > 0)
            clip.endMs = std::min(clip.endMs, sheet.durationMs);
        clip.outputBase =
            QDir(dir).filePath(clipBaseName(sheet.callTitle, line.number, line.note.startMs));
        clip.title =
            QStringLiteral("Focus %1: %2").arg(line.number).arg(line.note.text.simplified());
        clip.refuseOutput = [&guard](const QString& path) { return guard.refuse(path); };
        auto made = media::cutClip(clip);
        if (made)
            clips[i] = made->path;
        else
            warnings << QStringLiteral("clip of focus item %1 not made: %2")
                            .arg(line.number)
                            .arg(made.error().message);
        progress.progress(double(i + 1) / double(sheet.focus.size()));
    }
    return clips;
}

// Whether a clip file holds pictures, by the containers the cutter writes for video.
bool isVideoClip(const QString& path)
{
    static const QStringList video = {QStringLiteral("mp4"),  QStringLiteral("m4v"),
                                      QStringLiteral("mov"),  QStringLiteral("mkv"),
                                      QStringLiteral("webm"), QStringLiteral("avi")};
    return video.contains(QFileInfo(path).suffix().toLower());
}

QString clipMime(const QString& path)
{
    static const std::pair<const char*, const char*> types[] = {
        {"mp3", "audio/mpeg"},      {"m4a", "audio/mp4"},   {"aac", "audio/aac"},
        {"wav", "audio/wav"},       {"ogg", "audio/ogg"},   {"oga", "audio/ogg"},
        {"opus", "audio/ogg"},      {"flac", "audio/flac"}, {"mka", "audio/webm"},
        {"webm", "video/webm"},     {"mp4", "video/mp4"},   {"m4v", "video/mp4"},
        {"mov", "video/quicktime"}, {"mkv", "video/webm"}};
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& [ext, mime] : types)
        if (suffix == QLatin1String(ext))
            return QString::fromLatin1(mime);
    return QStringLiteral("application/octet-stream");
}

// Gives each focus line of an HTML sheet the player for its clip: the clip inlined, or its
// path relative to the sheet.
void attachClips(DebriefSheet& sheet, const std::vector<QString>& clips, bool embed,
                 const QString& sheetPath, QStringList& warnings)
{
    const QDir sheetDir = QFileInfo(sheetPath).absoluteDir();
    for (size_t i = 0; i < clips.size() && i < sheet.focus.size(); ++i) {
        if (clips[i].isEmpty())
            continue;
        FocusLine& line = sheet.focus[i];
        line.clipIsVideo = isVideoClip(clips[i]);
        if (!embed) {
            // A relative URL: each path segment percent-encoded ("Q3 #1 clips/…").
            QStringList segments;
            for (const QString& segment :
                 sheetDir.relativeFilePath(QFileInfo(clips[i]).absoluteFilePath()).split(u'/'))
                segments << QString::fromLatin1(QUrl::toPercentEncoding(segment));
            line.clipSource = segments.join(u'/');
            continue;
        }
        QFile file(clips[i]);
        if (!file.open(QIODevice::ReadOnly)) {
            warnings << QStringLiteral("clip of focus item %1 not embedded: %2")
                            .arg(line.number)
                            .arg(file.errorString());
            continue;
        }
        line.clipSource = QStringLiteral("data:%1;base64,").arg(clipMime(clips[i])) +
                          QString::fromLatin1(file.readAll().toBase64());
    }
}

} // namespace

QString clipBaseName(const QString& callTitle, int focusNumber, int64_t startMs)
{
    QString title = callTitle.simplified();
    title.replace(QRegularExpression(QStringLiteral("[^\\w.-]+"),
                                     QRegularExpression::UseUnicodePropertiesOption),
                  QStringLiteral("-"));
    title = title.left(48);
    while (title.startsWith(u'.') || title.startsWith(u'-'))
        title.remove(0, 1);
    if (title.isEmpty())
        title = QStringLiteral("call");
    const int64_t s = startMs / 1000;
    return QStringLiteral("%1_focus-%2_%3-%4-%5")
        .arg(title)
        .arg(focusNumber)
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

Expected<ExportReport> runDebriefExport(const ExportRequest& request, media::ProgressSink& progress,
                                        const media::CancelToken& cancel)
{
    auto store = openWithKnownKey(request.databasePath); // the archive reads private notes
    if (!store)
        return std::unexpected(fromStore(store.error()));
    ExportReport report;
    report.outputPath = request.outputPath;
    auto sheet = (*store)->debriefSheet(request.sessionId);
    if (!sheet)
        return std::unexpected(fromStore(sheet.error()));
    auto recording = (*store)->recording(sheet->recordingId);
    if (!recording)
        return std::unexpected(fromStore(recording.error()));
    // Never write over the library, its companions or a recording, by any path.
    const OutputGuard guard = OutputGuard::forLibrary(**store);
    if (auto refused = guard.refuse(request.outputPath))
        return std::unexpected(Error{WorkflowErrorCode::ProtectedOutput, *refused});
    // Analyse and cut only the recording these notes were taken on.
    const RecordingFileCheck file = checkRecordingFile(**store, *recording);
    const bool mediaUsable = file.state == RecordingFileState::Same;
    if (!mediaUsable && needsMedia(request))
        report.warnings << QStringLiteral("no talk metrics or timeline: %1").arg(file.message);
    if (!mediaUsable && !request.clipsDir.isEmpty())
        report.warnings << QStringLiteral("no clips: %1").arg(file.message);
    const bool askedForClips = !request.clipsDir.isEmpty() || request.embedClips;
    if (!mediaUsable && request.embedClips)
        report.warnings << QStringLiteral("no clips: %1").arg(file.message);
    const bool wantClips = mediaUsable && askedForClips && !sheet->focus.empty();
    // An HTML sheet plays the clips, so they are cut before it is written.
    const bool clipsFirst = wantClips && !request.archive && request.format == ExportFormat::Html;
    if (needsMedia(request) && mediaUsable) {
        media::ScaledProgress part(progress, 0.0, wantClips ? 0.6 : 0.85);
        addMediaFacts(**store, *sheet, *recording, part, cancel, report.warnings);
    }
    if (needsMedia(request)) {
        // What only the transcript's words tell; a mono call's shares from its speakers.
        const auto speakers = recordingTranscriptMetrics(**store, recording->id, sheet->durationMs);
        sheet->transcript = debriefTranscriptOf(speakers);
        fillTalkFromTranscript(sheet->talk, speakers);
    }
    if (cancel.isCancelled())
        return std::unexpected(Error{media::ErrorCode::Cancelled,
                                     QStringLiteral("export cancelled; nothing was written")});
    progress.progress(wantClips ? 0.65 : 0.9);
    QTemporaryDir embedded; // the clips an HTML sheet carries inside, until it is written
    if (clipsFirst) {
        media::ScaledProgress part(progress, 0.65, 0.95);
        const auto clips =
            cutClips(request, request.embedClips ? embedded.path() : request.clipsDir, *sheet,
                     *recording, guard, part, cancel, report.warnings);
        if (cancel.isCancelled()) { // the page is not written: the clips cut go too
            for (const QString& clip : clips)
                if (!clip.isEmpty())
                    QFile::remove(clip);
            return std::unexpected(Error{media::ErrorCode::Cancelled,
                                         QStringLiteral("export cancelled; nothing was written")});
        }
        attachClips(*sheet, clips, request.embedClips, request.outputPath, report.warnings);
        if (request.embedClips)
            for (const FocusLine& line : sheet->focus)
                report.embeddedClips += line.clipSource.isEmpty() ? 0 : 1;
        if (!request.embedClips)
            for (const QString& clip : clips)
                if (!clip.isEmpty())
                    report.clips << clip;
    }

    QByteArray bytes;
    if (request.archive) {
        auto archive = (*store)->archiveSheet(request.sessionId);
        if (!archive)
            return std::unexpected(fromStore(archive.error()));
        archive->sheet = std::move(*sheet);
        bytes = renderArchive(*archive, *request.archive);
        sheet = std::move(archive->sheet);
    } else {
        bytes = renderDebrief(*sheet, request.format, request.options);
    }
    if (auto written = writeExportFile(bytes, request.outputPath, request.archive.has_value());
        !written)
        return std::unexpected(fromStore(written.error()));
    progress.progress(wantClips && !clipsFirst ? 0.7 : 1.0);
    if (wantClips && !clipsFirst) {
        media::ScaledProgress part(progress, 0.7, 1.0);
        for (const QString& clip : cutClips(request, request.clipsDir, *sheet, *recording, guard,
                                            part, cancel, report.warnings))
            if (!clip.isEmpty())
                report.clips << clip;
    }
    progress.progress(1.0);
    return report;
}

} // namespace coachtrack::workflows
