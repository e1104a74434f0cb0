#include "annotations/TimeCode.h"
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"
#include "media/MediaInfo.h"
#include "media/PeakExport.h"
#include "media/RecordingAnalyser.h"
#include "workflows/RecordingTalk.h"

#include <QFileInfo>
#include <QSaveFile>

namespace coachtrack::app::cli {

using annotations::formatClock;

namespace {

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")};
}

QCommandLineOption threadsOption()
{
    return {QStringLiteral("threads"), QStringLiteral("Decode with N threads (default 2)."),
            QStringLiteral("N"), QStringLiteral("2")};
}

std::expected<media::AnalysisOutcome, media::Error> analyse(const QString& path, int threads)
{
    media::NoProgress progress;
    media::CancelToken cancel;
    media::AnalysisOptions options;
    options.threads = threads;
    return media::analyseRecording(path, media::PeakCache(), options, progress, cancel);
}

} // namespace

int runProbe(const GlobalOptions&, const QStringList& args)
{
    CliContext cmd(QStringLiteral("probe"),
                   QStringLiteral("Describe a recording: format, streams, length, fingerprint."));
    cmd.parser().addOption(jsonOption());
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The recording."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    auto info = media::probeMedia(cmd.parser().positionalArguments().first());
    if (!info)
        return cmd.fail(info.error().message);
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        cmd.out() << QString::fromUtf8(media::mediaInfoToJson(*info));
        return 0;
    }
    QTextStream& out = cmd.out();
    out << info->path << '\n'
        << "  format       " << info->format << '\n'
        << "  duration     " << formatClock(info->durationMs, true) << " (" << info->durationMs
        << " ms)\n";
    if (info->audio)
        out << "  audio        " << info->audio->codec << ", " << info->audio->sampleRate << " Hz, "
            << info->audio->channels << (info->audio->channels == 1 ? " channel" : " channels")
            << (info->audio->bitRate ? QStringLiteral(", %1 kb/s").arg(info->audio->bitRate / 1000)
                                     : QString())
            << '\n';
    else
        out << "  audio        none\n";
    if (info->video)
        out << "  video        " << info->video->codec << ", " << info->video->width << "x"
            << info->video->height
            << QStringLiteral(", %1 fps").arg(info->video->frameRate, 0, 'f', 2) << '\n';
    out << "  fingerprint  " << info->fingerprint << '\n';
    return 0;
}

int runPeaks(const GlobalOptions&, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("peaks"),
        QStringLiteral("Write waveform peaks in BBC audiowaveform's .dat or JSON format "
                       "(one channel: version 1; more: version 2, channels interleaved)."));
    const QCommandLineOption spp(
        QStringLiteral("samples-per-peak"),
        QStringLiteral("Samples per peak at the file's own rate, a multiple of 64 (default 256)."),
        QStringLiteral("N"), QStringLiteral("256"));
    const QCommandLineOption bits(QStringLiteral("bits"), QStringLiteral("8 or 16 (default 16)."),
                                  QStringLiteral("B"), QStringLiteral("16"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file: .dat or .json."),
                                    QStringLiteral("OUT"));
    cmd.parser().addOptions({spp, bits, output, threadsOption()});
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The recording."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    bool ok = false;
    const qint64 samplesPerPeak = cmd.parser().value(spp).toLongLong(&ok);
    if (!ok || samplesPerPeak < 64 || samplesPerPeak % 64 != 0)
        return cmd.fail(
            QStringLiteral(
                "--samples-per-peak must be a multiple of 64 (64, 128, 256, …), got '%1'")
                .arg(cmd.parser().value(spp)),
            2);
    const int bitDepth = cmd.parser().value(bits).toInt(&ok);
    if (!ok || (bitDepth != 8 && bitDepth != 16))
        return cmd.fail(QStringLiteral("--bits must be 8 or 16"), 2);
    const QString out = cmd.parser().value(output);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != u"dat" && suffix != u"json"))
        return cmd.fail(QStringLiteral("give an output file ending in .dat or .json with -o"), 2);

    auto outcome = analyse(cmd.parser().positionalArguments().first(),
                           cmd.parser().value(threadsOption()).toInt());
    if (!outcome)
        return cmd.fail(outcome.error().message);
    const media::WaveformData data =
        media::waveformFromPyramid(outcome->analysis.peaks, samplesPerPeak, bitDepth);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return cmd.fail(QStringLiteral("%1: %2").arg(out, file.errorString()));
    file.write(suffix == u"dat" ? media::toAudiowaveformDat(data)
                                : media::toAudiowaveformJson(data));
    if (!file.commit())
        return cmd.fail(QStringLiteral("%1: %2").arg(out, file.errorString()));
    return 0;
}

int runTalk(const GlobalOptions&, const QStringList& args)
{
    CliContext cmd(
        QStringLiteral("talk"),
        QStringLiteral(
            "Speech activity per channel and talk metrics. Dual-channel calls: one speaker "
            "per channel (rep on the left unless told otherwise)."));
    const QCommandLineOption repChannel(QStringLiteral("rep-channel"),
                                        QStringLiteral("left (default) or right."),
                                        QStringLiteral("SIDE"), QStringLiteral("left"));
    cmd.parser().addOptions({jsonOption(), repChannel, threadsOption()});
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The recording."));
    if (int rc = cmd.parse(args, 1, 1); rc >= 0)
        return rc;
    const QString side = cmd.parser().value(repChannel);
    if (side != u"left" && side != u"right")
        return cmd.fail(QStringLiteral("--rep-channel must be left or right"), 2);
    auto outcome = analyse(cmd.parser().positionalArguments().first(),
                           cmd.parser().value(threadsOption()).toInt());
    if (!outcome)
        return cmd.fail(outcome.error().message);
    const media::TalkMetrics m =
        workflows::talkOf(outcome->analysis, side == u"left" ? 0 : 1).metrics;
    if (cmd.parser().isSet(QStringLiteral("json"))) {
        cmd.out() << QString::fromUtf8(media::talkMetricsToJson(m));
        return 0;
    }
    QTextStream& out = cmd.out();
    out << "duration        " << formatClock(m.durationMs) << '\n';
    for (const auto& ch : m.channels) {
        out << "channel " << ch.index
            << (ch.role.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(ch.role)) << ": speech "
            << formatClock(ch.speechMs) << " in " << ch.segments.size() << " segments";
        if (ch.share)
            out << QStringLiteral(", talk share %1%").arg(*ch.share * 100, 0, 'f', 0);
        if (ch.longestMonologueMs)
            out << ", longest monologue " << formatClock(*ch.longestMonologueMs);
        out << '\n';
    }
    if (m.switchesPerMinute)
        out << QStringLiteral("switches/minute %1\n").arg(*m.switchesPerMinute, 0, 'f', 1);
    if (m.patienceMs)
        out << "patience        " << *m.patienceMs << " ms\n";
    out << QStringLiteral("silence         %1 s\n").arg(double(m.silenceMs) / 1000.0, 0, 'f', 1);
    if (m.overlapMs)
        out << QStringLiteral("overlap         %1 s\n")
                   .arg(double(*m.overlapMs) / 1000.0, 0, 'f', 1);
    if (!m.note.isEmpty())
        out << "note            " << m.note << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
