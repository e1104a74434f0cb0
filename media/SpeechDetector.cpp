#include "media/SpeechDetector.h"

#include <algorithm>
#include <cmath>

namespace coachtrack::media {

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return -120;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size() - 1)));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

} // namespace

std::vector<SpeechSegment> detectSpeech(const std::vector<float>& meanSquare, int blockSize, int sampleRate,
                                        int64_t frames, const SpeechDetectorOptions& options)
{
    std::vector<SpeechSegment> out;
    if (meanSquare.empty() || sampleRate <= 0)
        return out;
    // Energy in dB, lightly smoothed over three blocks so that a single quiet block inside a
    // syllable does not end speech and a single loud click does not start it.
    const size_t n = meanSquare.size();
    std::vector<double> db(n);
    for (size_t i = 0; i < n; ++i) {
        const double a = meanSquare[i > 0 ? i - 1 : 0], b = meanSquare[i], c = meanSquare[std::min(n - 1, i + 1)];
        db[i] = 10.0 * std::log10((a + b + c) / 3.0 + 1e-12);
    }
    const double floorDb = percentile(db, 0.10);
    const double speechDb = percentile(db, 0.95);
    const double spread = speechDb - floorDb;
    if (spread < options.minOnAboveFloorDb + 2)
        return out; // no level clearly above the floor: silence (or unbroken noise)
    const double onDb = floorDb + std::max(options.minOnAboveFloorDb, 0.30 * spread);
    const double offDb = floorDb + std::max(options.minOnAboveFloorDb * 0.6, 0.20 * spread);

    const auto blockMs = [&](size_t block) { return std::min<int64_t>(int64_t(block) * blockSize * 1000 / sampleRate,
                                                                      frames * 1000 / sampleRate); };
    const int64_t hangoverBlocks = std::max<int64_t>(1, options.hangoverMs * sampleRate / 1000 / blockSize);

    bool inSpeech = false;
    size_t start = 0, lastVoiced = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!inSpeech) {
            if (db[i] > onDb) {
                inSpeech = true;
                start = i;
                // Walk back over the rising edge that was already above the offset level.
                while (start > 0 && db[start - 1] > offDb && (lastVoiced == 0 || start - 1 > lastVoiced))
                    --start;
                lastVoiced = i;
            }
            continue;
        }
        if (db[i] > offDb)
            lastVoiced = i;
        else if (int64_t(i - lastVoiced) > hangoverBlocks) {
            out.push_back({blockMs(start), blockMs(lastVoiced + 1)});
            inSpeech = false;
        }
    }
    if (inSpeech)
        out.push_back({blockMs(start), blockMs(lastVoiced + 1)});
    std::erase_if(out, [&](const SpeechSegment& s) { return s.lengthMs() < options.minSpeechMs; });
    return out;
}

} // namespace coachtrack::media
