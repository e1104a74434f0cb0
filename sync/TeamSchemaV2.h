#pragma once

#include <span>

namespace coachtrack::sync {

// The statements that take a version 1 team database to version 2 (focus status history with
// who and when, the manager's own status times, the debrief documents and clips).
std::span<const char* const> teamSchemaV2();

} // namespace coachtrack::sync
