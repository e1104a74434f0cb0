#include "app/gui/media/SpeakerTurns.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>
#include <map>

namespace coachtrack::app {

std::vector<SpeakerTurn> speakerTurnsOf(const annotations::RecordingTranscript& transcript,
                                        int64_t joinMs)
{
    using annotations::SpeakerRole;
    std::map<QString, int> shades;
    int others = 0;
    auto shadeOf = [&](const QString& speaker, const std::optional<SpeakerRole>& role) {
        if (role && *role != SpeakerRole::Other)
            return int(*role); // Rep 0, Buyer 1, Manager 2
        auto [it, added] = shades.try_emplace(speaker, 3 + others % 3);
        others += added;
        return it->second;
    };
    std::vector<SpeakerTurn> turns;
    for (const annotations::TranscriptLine& line : transcript.lines) {
        if (line.speaker.isEmpty() || line.endMs <= line.startMs)
            continue;
        if (!turns.empty() && turns.back().speaker == line.speaker &&
            line.startMs - turns.back().endMs < joinMs) {
            turns.back().endMs = std::max(turns.back().endMs, line.endMs);
            continue;
        }
        SpeakerTurn turn{line.startMs, line.endMs, line.speaker, std::nullopt, 0};
        for (const auto& s : transcript.speakers)
            if (s.name == line.speaker)
                turn.role = s.role;
        turn.shade = shadeOf(turn.speaker, turn.role);
        turns.push_back(turn);
    }
    return turns;
}

QColor turnColor(int shade, bool strong)
{
    static const QColor kStrong[] = {{0x2a, 0x8c, 0x96}, {0x7d, 0x8b, 0x96}, {0xc9, 0x7a, 0x1e},
                                     {0x5b, 0x8a, 0x3c}, {0xa8, 0x9f, 0x68}, {0x3d, 0x6f, 0xb6}};
    static const QColor kLight[] = {{0xdc, 0xf0, 0xf2}, {0xe9, 0xec, 0xef}, {0xfb, 0xee, 0xdc},
                                    {0xe6, 0xf1, 0xdf}, {0xf3, 0xf1, 0xe4}, {0xe1, 0xea, 0xf6}};
    const int i = std::clamp(shade, 0, 5);
    return strong ? kStrong[i] : kLight[i];
}

void drawSpeakerTurns(QPainter& p, const QRect& lane, const std::vector<SpeakerTurn>& turns,
                      int64_t fromMs, int64_t toMs, const std::function<int(int64_t)>& xAt)
{
    p.save();
    p.setClipRect(lane);
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetrics metrics(small);
    constexpr int kStrip = 4;
    for (const SpeakerTurn& turn : turns) {
        if (turn.endMs < fromMs || turn.startMs > toMs)
            continue;
        const int x0 = std::max(lane.left(), xAt(turn.startMs));
        const int x1 = std::min(lane.right(), xAt(turn.endMs));
        const int width = std::max(1, x1 - x0);
        p.fillRect(QRect(x0, lane.top(), width, lane.height()), turnColor(turn.shade, false));
        p.fillRect(QRect(x0, lane.top(), width, kStrip), turnColor(turn.shade, true));
        const QString name = metrics.elidedText(turn.speaker, Qt::ElideRight, width - 4);
        if (width > metrics.horizontalAdvance(QStringLiteral("M…")) + 4) {
            p.setPen(turnColor(turn.shade, true).darker(140));
            p.drawText(QRect(x0 + 2, lane.top() + kStrip + 1, width - 4, metrics.height()),
                       Qt::AlignLeft | Qt::AlignTop, name);
        }
    }
    p.restore();
}

} // namespace coachtrack::app
