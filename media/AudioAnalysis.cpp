#include "media/AudioAnalysis.h"

#include "media/AudioDecoder.h"
#include "media/PeakBuilder.h"

#include <QElapsedTimer>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <mutex>
#include <optional>
#include <thread>

namespace coachtrack::media {

namespace {

constexpr int64_t kAlign = PeakPyramid::kBaseSamplesPerPeak * 1024; // 65536: every level aligns
constexpr int64_t kSeamWindow = 4096;                               // samples compared at a seam
constexpr int64_t kMinSegmentFrames = 8 * kAlign;
constexpr int kPublishIntervalMs = 100;

using Samples = std::vector<std::vector<float>>;

// State shared by the segment workers of one analysis.
struct Shared
{
    QString path;
    int channels = 0;
    int sampleRate = 0;
    int64_t prerollFrames = 0;
    float seamTolerance = 0; // 0: seams must be bit-identical
    bool speechEnergy = true;
    const CancelToken* cancel = nullptr;
    PartialPeaksSink* partial = nullptr;
    std::mutex partialMutex;
    std::atomic<int64_t> framesDone{0};

    // heads[k]: the first kSeamWindow samples segment k decoded at its start, or nullopt when
    // it could not produce them. Set once by worker k.
    std::mutex headMutex;
    std::condition_variable headReady;
    std::vector<std::optional<std::optional<Samples>>> heads;
    std::vector<std::atomic<bool>> abandon; // worker k stops: an earlier worker took its range

    explicit Shared(size_t segments)
        : heads(segments)
        , abandon(segments)
    {
    }

    void publishHead(size_t k, std::optional<Samples> head)
    {
        {
            std::lock_guard lock(headMutex);
            heads[k] = std::move(head);
        }
        headReady.notify_all();
    }
    std::optional<Samples> waitHead(size_t k)
    {
        std::unique_lock lock(headMutex);
        headReady.wait(lock, [&] { return heads[k].has_value(); });
        return *heads[k];
    }
};

struct SegmentResult
{
    std::optional<PeakBuilder> builder;
    std::optional<Error> error;
    size_t lastSegmentCovered = 0; // this worker's range ends where segment N ends
    int seamsVerified = 0;
    int seamsRedone = 0;
    int seamsWithinBound = 0;
    float worstSeamDifference = 0;
};

// The largest difference between two decodes of the same samples (of full scale).
float largestDifference(const Samples& a, const Samples& b)
{
    float worst = 0;
    for (size_t c = 0; c < a.size(); ++c)
        for (size_t i = 0; i < a[c].size() && i < b[c].size(); ++i)
            worst = std::max(worst, std::abs(a[c][i] - b[c][i]));
    return worst;
}

// Decodes segment k ([bounds[k], bounds[k+1])) and, when a later segment's start does not
// match its own continuation, carries on through that segment as well.
void runSegment(Shared& shared, const std::vector<int64_t>& bounds, size_t k, SegmentResult& result,
                ProgressSink* progress, int64_t estimatedFrames)
{
    const size_t segments = bounds.size() - 1;
    auto decoder = AudioDecoder::open(shared.path);
    if (!decoder) {
        result.error = decoder.error();
        if (k > 0)
            shared.publishHead(k, std::nullopt);
        return;
    }
    const int64_t start = bounds[k];
    if (k > 0) {
        if (auto jumped = decoder->startNear(std::max<int64_t>(0, start - shared.prerollFrames));
            !jumped) {
            shared.publishHead(k, std::nullopt);
            result.error = jumped.error();
            return;
        }
    }
    PeakBuilder& builder =
        result.builder.emplace(shared.channels, shared.sampleRate, start, shared.speechEnergy);
    // The first segment's vectors receive the later ones when stitched: reserved for the whole
    // file, they never reallocate (pages not yet written cost no memory).
    builder.reserve(k == 0 || bounds[k + 1] == INT64_MAX ? estimatedFrames * 101 / 100 - start
                                                         : bounds[k + 1] - start);
    size_t owned = k;                // last segment whose range this worker decodes
    int64_t end = bounds[owned + 1]; // exclusive; INT64_MAX for the last segment
    bool headPublished = (k == 0);
    Samples head(size_t(shared.channels)), overrun(size_t(shared.channels));
    int64_t published = 0;
    QElapsedTimer sincePublish;
    sincePublish.start();
    bool firstPublish = true;

    auto publishPartial = [&](bool force) {
        if (!shared.partial ||
            (!force && !firstPublish && sincePublish.elapsed() < kPublishIntervalMs))
            return;
        const auto& peaks = builder.peaks();
        const int64_t ready = int64_t(peaks.front().size());
        if (ready <= published)
            return;
        std::vector<std::vector<MinMax>> slice(size_t(shared.channels));
        for (size_t c = 0; c < slice.size(); ++c)
            slice[c].assign(peaks[c].begin() + published, peaks[c].end());
        {
            std::lock_guard lock(shared.partialMutex);
            shared.partial->partialPeaks(start / PeakPyramid::kBaseSamplesPerPeak + published,
                                         slice);
        }
        published = ready;
        firstPublish = false;
        sincePublish.restart();
    };

    PcmBlock block;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    for (;;) {
        if (shared.cancel->isCancelled() || shared.abandon[k].load()) {
            result.error = Error{ErrorCode::Cancelled,
                                 QStringLiteral("%1: analysis cancelled").arg(shared.path)};
            result.builder.reset(); // an earlier worker covers this range: free its peaks now
            if (!headPublished)
                shared.publishHead(k, std::nullopt);
            return;
        }
        block.clearSamples();
        auto more = decoder->readInto(block);
        if (!more) {
            result.error = more.error();
            if (!headPublished)
                shared.publishHead(k, std::nullopt);
            return;
        }
        const bool atEof = !*more;
        const int64_t idx = decoder->lastReadStart();
        const int64_t n = atEof ? 0 : block.frames();
        // Next sample this worker needs: its range so far, then the overrun past its end.
        const int64_t pos = start + builder.frames() + int64_t(overrun.front().size());
        if (!atEof && idx + n <= pos)
            continue; // pre-roll
        if (!atEof && idx > pos) {
            // A gap: this worker cannot continue exactly. At its start the earlier worker
            // covers for it; later on it is a damaged stream.
            if (!headPublished) {
                shared.publishHead(k, std::nullopt);
                return;
            }
            result.error =
                Error{ErrorCode::DecodeFailed,
                      QStringLiteral("%1: the audio timestamps jump; the file may be damaged")
                          .arg(shared.path)};
            return;
        }
        const int64_t skip = atEof ? 0 : pos - idx;
        const int64_t avail = n - skip;
        const int64_t take = std::clamp<int64_t>(end - pos, 0, avail);
        if (take > 0) {
            builder.push(block.channels, size_t(skip), size_t(take));
            shared.framesDone.fetch_add(take, std::memory_order_relaxed);
            if (!headPublished) {
                for (size_t c = 0; c < head.size(); ++c) {
                    const int64_t want =
                        std::min<int64_t>(take, kSeamWindow - int64_t(head[c].size()));
                    head[c].insert(head[c].end(), block.channels[c].begin() + skip,
                                   block.channels[c].begin() + skip + want);
                }
                if (int64_t(head.front().size()) >= kSeamWindow) {
                    shared.publishHead(k, head);
                    headPublished = true;
                }
            }
        }
        // Past our end: collect the overrun a seam check compares against.
        int64_t consumed = skip + take; // samples of this block used so far
        if (avail - take > 0 && owned + 1 < segments) {
            const int64_t want =
                std::min<int64_t>(avail - take, kSeamWindow - int64_t(overrun.front().size()));
            for (size_t c = 0; c < overrun.size(); ++c) {
                const auto from = block.channels[c].begin() + consumed;
                overrun[c].insert(overrun[c].end(), from, from + want);
            }
            consumed += want;
        }
        publishPartial(false);
        if (progress && sinceProgress.elapsed() >= 100) {
            progress->progress(std::min(0.99, double(shared.framesDone.load()) /
                                                  double(std::max<int64_t>(1, estimatedFrames))));
            sinceProgress.restart();
        }

        const bool seamReady =
            owned + 1 < segments && int64_t(overrun.front().size()) >= kSeamWindow;
        if (atEof && !headPublished)
            shared.publishHead(k, std::nullopt);
        if (atEof && owned + 1 < segments) {
            // The file ended inside our range or its overrun: later segments have nothing
            // to add, and what we decoded past our end is the file's tail.
            for (size_t later = owned + 1; later < segments; ++later)
                shared.abandon[later] = true;
            owned = segments - 1;
            builder.push(overrun, 0, overrun.front().size());
        }
        if (atEof)
            break;
        if (seamReady) {
            std::optional<Samples> next = shared.waitHead(owned + 1);
            const float difference =
                next ? largestDifference(*next, overrun) : std::numeric_limits<float>::infinity();
            if (next)
                result.worstSeamDifference = std::max(result.worstSeamDifference, difference);
            if (next && difference <= shared.seamTolerance) {
                if (*next == overrun)
                    ++result.seamsVerified;
                else
                    ++result.seamsWithinBound;
                // The energy block across the seam is ours to close (the next builder
                // starts at the first block boundary after it), from the samples just checked.
                builder.closeEnergyBlock(overrun);
                break; // segment owned+1 continues exactly where we stop
            }
            // Not bit-identical: decode the next segment ourselves, from where we are.
            ++result.seamsRedone;
            shared.abandon[owned + 1] = true;
            ++owned;
            end = bounds[owned + 1];
            // The samples already decoded past the seam start the new range: the overrun,
            // then whatever of this block followed it.
            const int64_t carried = int64_t(overrun.front().size()) + (n - consumed);
            builder.push(overrun, 0, overrun.front().size());
            builder.push(block.channels, size_t(consumed), size_t(n - consumed));
            shared.framesDone.fetch_add(carried, std::memory_order_relaxed);
            for (auto& c : overrun)
                c.clear();
        }
    }
    builder.finish();
    publishPartial(true);
    result.lastSegmentCovered = owned;
}

// AAC's noise substitution draws from pseudo-random state that never re-synchronises after a
// jump: on the demo call a seam that agreed within 0.004 of full scale was followed by peaks
// 2,007 steps of 16 bits (6%) apart, so agreement at the seam says nothing of what follows and
// AAC is decoded in one pass. Opus converges after the pre-roll to within float rounding
// (3.5e-10 measured), but not bit for bit: its seams are accepted within
// AnalysisOptions::divergentSeamTolerance. Any other codec must match bit for bit.
bool neverConverges(const QString& codec)
{
    return codec == u"aac";
}

bool convergesApproximately(const QString& codec)
{
    return codec == u"opus" || codec == u"libopus";
}

std::vector<int64_t> planSegments(int64_t estimatedFrames, int threads)
{
    std::vector<int64_t> bounds{0};
    const int n =
        int(std::clamp<int64_t>(estimatedFrames / kMinSegmentFrames, 1, std::max(1, threads)));
    for (int i = 1; i < n; ++i)
        bounds.push_back((estimatedFrames * i / n) / kAlign * kAlign);
    bounds.push_back(INT64_MAX);
    return bounds;
}

} // namespace

std::expected<AudioAnalysis, Error> analyseAudio(const QString& path,
                                                 const AnalysisOptions& options,
                                                 ProgressSink& progress, const CancelToken& cancel,
                                                 PartialPeaksSink* partial, AnalysisStats* stats)
{
    int rate = 0, channels = 0;
    int threads = options.threads;
    bool divergent = false;
    int64_t estimated = 0;
    {
        auto probe = AudioDecoder::open(path); // closed again: each worker opens its own
        if (!probe)
            return std::unexpected(probe.error());
        rate = probe->sampleRate();
        channels = probe->channelCount();
        estimated = probe->declaredDurationMs() * rate / 1000;
        divergent = convergesApproximately(probe->codecName());
        const bool exactOnly = neverConverges(probe->codecName()) ||
                               (divergent && options.divergentSeamTolerance <= 0);
        if (exactOnly && !options.parallelEvenIfDivergent)
            threads = 1; // every seam would be redone
        if (neverConverges(probe->codecName()))
            divergent = false; // forced into segments: only bit-identical seams are kept
        if (PeakBuilder::maxEnergyBlockFrames(rate) > kSeamWindow)
            threads = 1; // a seam's energy block is closed from the overrun, which must hold it
    }

    const std::vector<int64_t> bounds = planSegments(estimated, threads);
    const size_t segments = bounds.size() - 1;
    Shared shared(segments);
    shared.path = path;
    shared.channels = channels;
    shared.sampleRate = rate;
    shared.prerollFrames = options.prerollMs * rate / 1000;
    shared.seamTolerance = divergent ? std::max(0.0f, options.divergentSeamTolerance) : 0.0f;
    shared.speechEnergy = options.speechEnergy;
    shared.cancel = &cancel;
    shared.partial = partial;

    std::vector<SegmentResult> results(segments);
    std::vector<std::thread> helpers;
    for (size_t k = 1; k < segments; ++k)
        helpers.emplace_back(
            [&, k] { runSegment(shared, bounds, k, results[k], nullptr, estimated); });
    runSegment(shared, bounds, 0, results[0], &progress, estimated);
    for (auto& t : helpers)
        t.join();

    if (cancel.isCancelled())
        return std::unexpected(
            Error{ErrorCode::Cancelled, QStringLiteral("%1: analysis cancelled").arg(path)});

    // Stitch: follow the chain of workers whose ranges were kept.
    std::vector<size_t> chain;
    for (size_t k = 0; k < segments; k = results[k].lastSegmentCovered + 1) {
        if (results[k].error)
            return std::unexpected(*results[k].error);
        chain.push_back(k);
    }
    for (size_t k = 0; k < segments; ++k)
        if (std::find(chain.begin(), chain.end(), k) == chain.end())
            results[k].builder.reset(); // superseded by an earlier worker
    AnalysisStats s;
    s.segments = int(segments);
    std::vector<std::vector<MinMax>> base;
    std::vector<std::vector<float>> energy;
    int64_t frames = 0;
    for (size_t k : chain) {
        SegmentResult& r = results[k];
        PeakBuilder& b = *r.builder;
        if (base.empty()) {
            base = std::move(b.peaks());
            energy = std::move(b.energy());
        } else {
            for (size_t c = 0; c < size_t(channels); ++c) {
                base[c].insert(base[c].end(), b.peaks()[c].begin(), b.peaks()[c].end());
                energy[c].insert(energy[c].end(), b.energy()[c].begin(), b.energy()[c].end());
                std::vector<MinMax>().swap(b.peaks()[c]); // freed channel by channel
                std::vector<float>().swap(b.energy()[c]);
            }
        }
        frames += b.frames();
        s.seamsVerified += r.seamsVerified;
        s.seamsRedone += r.seamsRedone;
        s.seamsWithinBound += r.seamsWithinBound;
        s.worstSeamDifference = std::max(s.worstSeamDifference, r.worstSeamDifference);
        r.builder.reset(); // one copy of the peaks in memory, not two
    }
    if (stats)
        *stats = s;
    if (frames == 0)
        return std::unexpected(Error{ErrorCode::DecodeFailed,
                                     QStringLiteral("%1: no audio could be decoded").arg(path)});
    progress.progress(1.0);
    AudioAnalysis out;
    out.peaks = PeakPyramid(rate, frames, std::move(base));
    out.energy = std::move(energy);
    out.energyBlockMs = PeakBuilder::kEnergyBlockMs;
    return out;
}

} // namespace coachtrack::media
