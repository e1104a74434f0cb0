#pragma once

#include "app/cli/CliContext.h"

// `coachtrack rep NAME plan …` (PlanCli.cpp): a rep's coaching plans, parsed by `rep`.
namespace coachtrack::app::cli {

// The options of `rep NAME plan …`.
void addPlanOptions(QCommandLineParser& parser);
// Runs `rep NAME plan [ACTION [ID]]` (positionals 2 and 3 of the parsed command line).
int runPlan(CliContext& cmd, annotations::Store& store, const annotations::Rep& rep);
// {"id", "skill", "target", "started", "ended", "running", "sessions": [ids]} for --json.
QJsonObject planJson(const annotations::CoachingPlan& plan,
                     const std::vector<annotations::SessionSummary>& sessions);

} // namespace coachtrack::app::cli
