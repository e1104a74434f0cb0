#pragma once

#include "media/PeakPyramid.h"

#include <QByteArray>
#include <vector>

namespace coachtrack::media {

// Peaks in BBC audiowaveform's layout: min/max pairs per point, channels interleaved.
struct WaveformData
{
    int sampleRate = 0;
    int64_t samplesPerPixel = 0;
    int bits = 16;                             // 8 or 16
    std::vector<std::vector<MinMax>> channels; // equal lengths
};

// Builds audiowaveform data at `samplesPerPixel` (a multiple of 64) from a pyramid.
WaveformData waveformFromPyramid(const PeakPyramid& pyramid, int64_t samplesPerPixel, int bits);

// audiowaveform's binary .dat: version 1 for one channel, version 2 for more. Little endian.
QByteArray toAudiowaveformDat(const WaveformData& data);
// audiowaveform's JSON (the format peaks.js reads).
QByteArray toAudiowaveformJson(const WaveformData& data);

} // namespace coachtrack::media
