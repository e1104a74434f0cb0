#include "workflows/ReviewQueue.h"

#include <algorithm>

namespace coachtrack::workflows {

std::vector<QueuedCall> orderQueue(const std::vector<annotations::Recording>& unreviewed,
                                   const std::vector<RepStanding>& team)
{
    std::vector<QueuedCall> queue;
    for (const RepStanding& standing : team)
        for (const annotations::Recording& call : unreviewed) // newest first already
            if (call.repId == standing.rep.id)
                queue.push_back({call, standing});
    for (const annotations::Recording& call : unreviewed) {
        const bool known = call.repId && std::ranges::any_of(team, [&](const RepStanding& s) {
                               return s.rep.id == *call.repId;
                           });
        if (!known)
            queue.push_back({call, std::nullopt});
    }
    return queue;
}

Expected<std::vector<QueuedCall>> reviewQueue(annotations::Store& store, const QDate& today)
{
    auto team = loadTeam(store, today);
    if (!team)
        return std::unexpected(team.error());
    auto unreviewed = store.unreviewedCalls();
    if (!unreviewed)
        return std::unexpected(fromStore(unreviewed.error()));
    return orderQueue(*unreviewed, *team);
}

std::optional<QueuedCall> nextToReview(const std::vector<QueuedCall>& queue,
                                       const std::set<int64_t>& passed)
{
    for (const QueuedCall& call : queue)
        if (!passed.contains(call.recording.id))
            return call;
    return std::nullopt;
}

} // namespace coachtrack::workflows
