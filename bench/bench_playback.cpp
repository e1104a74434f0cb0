// Playback benchmark: the CPU cost of pitch-keeping playback of a 60-minute call at 2x —
// decode + time-stretch, as PlaybackPipeline does it — against real time and against
// `ffmpeg -f null` decoding of the same file; and the two time-stretch algorithms alone.
#include "BenchSupport.h"
#include "media/AudioDecoder.h"
#include "media/PlaybackPipeline.h"
#include "media/TempoFilter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <cstdlib>

using namespace coachtrack;
using namespace coachtrack::bench;

namespace {

[[noreturn]] void die(const QString& what)
{
    QTextStream(stderr) << "bench_playback: " << what << '\n';
    std::exit(1);
}

double pipelineSeconds(const QString& file, double tempo)
{
    return medianSeconds(3, [&] {
        auto p = media::PlaybackPipeline::open(file, tempo);
        if (!p)
            die(p.error().message);
        std::vector<int16_t> out;
        while (!p->atEnd()) {
            out.clear();
            if (!p->read(out, 4096))
                die(QStringLiteral("read failed"));
        }
    });
}

// The stretch alone on decoded audio (5 minutes, so that both algorithms fit in memory).
double stretchSeconds(const media::PcmBlock& pcm, media::TempoAlgorithm algorithm)
{
    return medianSeconds(3, [&] {
        auto f =
            media::TempoFilter::create(pcm.sampleRate, int(pcm.channels.size()), 2.0, algorithm);
        if (!f)
            die(f.error().message);
        std::vector<int16_t> out;
        media::PcmBlock slice;
        slice.sampleRate = pcm.sampleRate;
        slice.channels.resize(pcm.channels.size());
        for (int64_t at = 0; at < pcm.frames(); at += 4096) {
            const int64_t n = std::min<int64_t>(4096, pcm.frames() - at);
            for (size_t c = 0; c < pcm.channels.size(); ++c)
                slice.channels[c].assign(pcm.channels[c].begin() + at,
                                         pcm.channels[c].begin() + at + n);
            (void)f->push(slice);
            out.clear();
            (void)f->pull(out);
        }
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString mp3 = makeLongCall(QStringLiteral("call60.mp3"),
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("32k")});
    const double hour = 3600;
    const double decode = medianSeconds(3, [&] {
        runOrDie(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("quiet"), QStringLiteral("-threads"),
                  QStringLiteral("1"), QStringLiteral("-i"), mp3, QStringLiteral("-f"),
                  QStringLiteral("null"), QStringLiteral("-")});
    });
    out << "Playback of a 60-minute stereo 16 kHz MP3 (median of 3, one thread)\n";
    out << QStringLiteral("  ffmpeg -f null decode: %1 s\n").arg(decode, 0, 'f', 2);
    for (double tempo : {1.0, 2.0, 3.0}) {
        const double s = pipelineSeconds(mp3, tempo);
        out << QStringLiteral("  decode + WSOLA at %1x: %2 s = %3% of one core while playing (%4x "
                              "ffmpeg decode)\n")
                   .arg(tempo, 0, 'f', 1)
                   .arg(s, 0, 'f', 2)
                   .arg(100 * s / (hour / tempo), 0, 'f', 2)
                   .arg(s / decode, 0, 'f', 2);
    }
    auto decoder = media::AudioDecoder::open(mp3);
    if (!decoder)
        die(decoder.error().message);
    media::PcmBlock pcm;
    while (pcm.frames() < 300 * decoder->sampleRate() && decoder->readInto(pcm).value_or(false)) {
    }
    const double minutes = double(pcm.frames()) / decoder->sampleRate() / 60;
    const double wsola = stretchSeconds(pcm, media::TempoAlgorithm::Wsola);
    const double vocoder = stretchSeconds(pcm, media::TempoAlgorithm::PhaseVocoder);
    out << QStringLiteral("  time-stretch alone, %1 min at 2x: atempo (WSOLA) %2 s, rubberband %3 "
                          "s (%4x the cost)\n")
               .arg(minutes, 0, 'f', 0)
               .arg(wsola, 0, 'f', 3)
               .arg(vocoder, 0, 'f', 3)
               .arg(vocoder / wsola, 0, 'f', 1);
    out << QStringLiteral("peak RSS %1 MiB\n").arg(peakRssMiB(), 0, 'f', 0);
    return 0;
}
