#pragma once

#include "annotations/Debrief.h"

#include <QImage>
#include <QStringList>
#include <vector>

namespace coachtrack::exchange {

// What the timeline picture shows besides the notes: one loudness envelope per speaker lane
// (values 0..1, any number of columns; resampled to the picture's width) and its label.
struct TimelineLanes
{
    std::vector<std::vector<float>> envelopes;
    QStringList labels;
};

// Draws the call as a waveform (one lane per speaker) with a time axis, a mark for every
// shareable note and a numbered flag for every focus item. Needs a QGuiApplication (fonts);
// any thread. `size` is in pixels; the sheets show it at half size for sharp print.
QImage renderTimeline(const annotations::DebriefSheet& sheet, const TimelineLanes& lanes,
                      QSize size = {1600, 340});

} // namespace coachtrack::exchange
