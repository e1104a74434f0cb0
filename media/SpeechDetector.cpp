#include "media/SpeechDetector.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace coachtrack::media {

namespace {

constexpr float kNoEnergy = -std::numeric_limits<float>::infinity();

double percentile(std::vector<float> values, double p)
{
    if (values.empty())
        return -120;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

// One channel's smoothed energy in dB and the levels the detector compares it with. The dB
// are floats (a 3-hour call has a million blocks per channel; float resolves 1e-5 dB here).
struct Levels
{
    std::vector<float> db;
    double speechDb = 0, floorDb = 0, onDb = 0, offDb = 0, edgeDb = 0;
    bool hasSpeech = false; // some level stands clearly above the floor
};

Levels levelsOf(const std::vector<float>& meanSquare, int blockMs,
                const SpeechDetectorOptions& options)
{
    Levels l;
    // Smoothed over options.smoothingMs (three 10 ms blocks) so that a single quiet block
    // inside a syllable does not end speech and a single loud click does not start it.
    const size_t n = meanSquare.size();
    const int64_t radius = std::max<int64_t>(0, (options.smoothingMs / blockMs - 1) / 2);
    l.db.resize(n);
    for (size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (int64_t d = -radius; d <= radius; ++d)
            sum += meanSquare[size_t(std::clamp<int64_t>(int64_t(i) + d, 0, int64_t(n) - 1))];
        l.db[i] = float(10.0 * std::log10(sum / double(2 * radius + 1) + 1e-12));
    }
    l.speechDb = percentile(l.db, 0.95);
    l.floorDb = std::max(percentile(l.db, 0.10), l.speechDb - options.maxFloorBelowSpeechDb);
    const double spread = l.speechDb - l.floorDb;
    l.hasSpeech = spread >= options.minOnAboveFloorDb + 2; // else silence, or unbroken noise
    l.onDb = l.floorDb + std::max(options.minOnAboveFloorDb, 0.30 * spread);
    l.offDb = l.floorDb + std::max(options.minOnAboveFloorDb * 0.6, 0.20 * spread);
    l.edgeDb = std::max(l.offDb, l.speechDb - options.edgeBelowSpeechDb);
    return l;
}

std::vector<SpeechSegment> segmentsOf(const Levels& l, int blockMs, int64_t durationMs,
                                      const SpeechDetectorOptions& options)
{
    std::vector<SpeechSegment> out;
    if (!l.hasSpeech)
        return out;
    const std::vector<float>& db = l.db;
    const auto msAt = [&](size_t block) {
        return std::min<int64_t>(int64_t(block) * blockMs, durationMs);
    };
    const int64_t hangoverBlocks = std::max<int64_t>(1, options.hangoverMs / blockMs);
    const auto close = [&](size_t first, size_t last) {
        // A segment ends at its last block above the edge level (see edgeBelowSpeechDb). Its
        // start is the onset, or earlier where the rising edge was above the edge level: a
        // start is not moved later, as a soft first sound that lacks its high band (an
        // 8 kHz call) would then start later than the same sound at 16 kHz.
        while (last > first && db[last] <= l.edgeDb)
            --last;
        out.push_back({msAt(first), msAt(last + 1)});
    };

    bool inSpeech = false;
    size_t start = 0, lastVoiced = 0;
    for (size_t i = 0; i < db.size(); ++i) {
        if (!inSpeech) {
            if (db[i] > l.onDb) {
                inSpeech = true;
                start = i;
                // Walk back over the rising edge that was already above the edge level.
                while (start > 0 && db[start - 1] > l.edgeDb &&
                       (lastVoiced == 0 || start - 1 > lastVoiced))
                    --start;
                lastVoiced = i;
            }
            continue;
        }
        if (db[i] > l.offDb)
            lastVoiced = i;
        else if (int64_t(i - lastVoiced) > hangoverBlocks) {
            close(start, lastVoiced);
            inSpeech = false;
        }
    }
    if (inSpeech)
        close(start, lastVoiced);
    std::erase_if(out, [&](const SpeechSegment& s) { return s.lengthMs() < options.minSpeechMs; });
    return out;
}

} // namespace

std::vector<SpeechSegment> detectSpeech(const std::vector<float>& meanSquare, int blockMs,
                                        int64_t durationMs, const SpeechDetectorOptions& options)
{
    if (meanSquare.empty() || blockMs <= 0)
        return {};
    return segmentsOf(levelsOf(meanSquare, blockMs, options), blockMs, durationMs, options);
}

std::vector<std::vector<SpeechSegment>>
detectSpeechPerChannel(const std::vector<std::vector<float>>& meanSquare, int blockMs,
                       int64_t durationMs, const SpeechDetectorOptions& options)
{
    std::vector<std::vector<SpeechSegment>> out;
    if (meanSquare.size() != 2 || blockMs <= 0 || meanSquare[0].empty() || meanSquare[1].empty()) {
        for (const auto& channel : meanSquare)
            out.push_back(detectSpeech(channel, blockMs, durationMs, options));
        return out;
    }
    Levels levels[2] = {levelsOf(meanSquare[0], blockMs, options),
                        levelsOf(meanSquare[1], blockMs, options)};
    // Crosstalk is judged on both channels' own levels before either is changed. A channel
    // with no speech of its own leaks nothing worth removing.
    const size_t n = std::min(levels[0].db.size(), levels[1].db.size());
    std::vector<bool> leaks[2];
    for (int c = 0; c < 2; ++c) {
        const Levels &self = levels[c], &other = levels[1 - c];
        if (!other.hasSpeech)
            continue;
        leaks[c].resize(n);
        for (size_t i = 0; i < n; ++i)
            leaks[c][i] =
                other.db[i] > other.offDb &&
                self.db[i] - self.speechDb < other.db[i] - other.speechDb - options.crosstalkDb;
    }
    for (int c = 0; c < 2; ++c) {
        for (size_t i = 0; i < leaks[c].size(); ++i)
            if (leaks[c][i])
                levels[c].db[i] = kNoEnergy;
        out.push_back(segmentsOf(levels[c], blockMs, durationMs, options));
    }
    return out;
}

} // namespace coachtrack::media
