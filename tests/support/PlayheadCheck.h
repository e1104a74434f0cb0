#pragma once

// Checks a playhead right after a seek or a key while the call plays. The clock moves on
// between the action and the reading, by at most the time that passed — measured here, however
// loaded the machine — times the rate; so the check never depends on how threads were scheduled.
#include "media/Player.h"

#include <QElapsedTimer>
#include <catch2/catch.hpp>
#include <cmath>

namespace coachtrack::testing {

inline void checkPlayheadAfter(media::Player& player, qint64 target, const QElapsedTimer& since,
                               qint64 margin = 10)
{
    const qint64 at = player.position();
    const double passed = double(since.elapsed() + 1) * player.rate();
    INFO("playhead " << at << " ms, target " << target << " ms, " << since.elapsed()
                     << " ms passed at " << player.rate() << "x");
    CHECK(at >= target - margin);
    CHECK(at <= target + qint64(std::ceil(passed)) + margin);
}

} // namespace coachtrack::testing
