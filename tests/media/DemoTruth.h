#pragma once

// The demo call's ground truth (build/demo/demo_call.truth.json): who speaks when, per channel.

#include "media/SpeechDetector.h"
#include "support/Fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <vector>

namespace coachtrack::testing {

// The speech segments of the demo call's two channels (0 left, 1 right), as generated.
inline std::vector<std::vector<media::SpeechSegment>> truthSegments()
{
    const QJsonObject truth = QJsonDocument::fromJson(readFile(demoTruthPath())).object();
    std::vector<std::vector<media::SpeechSegment>> out(2);
    for (const QJsonValue cv : truth[QStringLiteral("channels")].toArray()) {
        const QJsonObject ch = cv.toObject();
        for (const QJsonValue s : ch[QStringLiteral("segments")].toArray())
            out[size_t(ch[QStringLiteral("index")].toInt())].push_back(
                {s.toArray()[0].toInteger(), s.toArray()[1].toInteger()});
    }
    return out;
}

} // namespace coachtrack::testing
