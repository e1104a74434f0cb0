#pragma once

#include "annotations/Types.h"

#include <QColor>
#include <QRect>
#include <functional>
#include <vector>

class QPainter;

namespace coachtrack::app {

// One speaker's stretch of talk as a mono call's waveform lane shows it.
struct SpeakerTurn
{
    int64_t startMs = 0;
    int64_t endMs = 0;
    QString speaker;
    std::optional<annotations::SpeakerRole> role;
    int shade = 0; // turnColor's: by role, else by speaker so that no two look alike
};

// A transcript's lines as turns: a speaker's lines with no other speaker between them and
// pauses under `joinMs` become one turn. Lines without a speaker are left out. The rep,
// buyer and manager have shades of their own; other speakers, and those without a role yet,
// one each of three more (in order of first speaking). Pure.
std::vector<SpeakerTurn> speakerTurnsOf(const annotations::RecordingTranscript& transcript,
                                        int64_t joinMs = 1500);

// The shading of a turn (the rep's and buyer's match their channel lanes on a two-channel
// call); `strong` for the strip along the top of the lane.
QColor turnColor(int shade, bool strong);

// Draws the turns visible in `lane`: each one shaded in its role's colour, a strip along the
// lane's top, and the speaker's name at its start where it fits. `xAt` maps a time to x.
// GUI thread (painting).
void drawSpeakerTurns(QPainter& p, const QRect& lane, const std::vector<SpeakerTurn>& turns,
                      int64_t fromMs, int64_t toMs, const std::function<int(int64_t)>& xAt);

} // namespace coachtrack::app
