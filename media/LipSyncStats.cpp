#include "media/LipSyncStats.h"

#include <algorithm>
#include <cstdlib>

namespace coachtrack::media {

int64_t LipSyncStats::medianErrorMs() const
{
    if (m_errorsMs.empty())
        return 0;
    std::vector<int64_t> magnitudes(m_errorsMs.size());
    std::transform(m_errorsMs.begin(), m_errorsMs.end(), magnitudes.begin(),
                   [](int64_t e) { return std::abs(e); });
    const auto middle = magnitudes.begin() + std::ptrdiff_t(magnitudes.size() / 2);
    std::nth_element(magnitudes.begin(), middle, magnitudes.end());
    return *middle;
}

int64_t LipSyncStats::maxErrorMs() const
{
    int64_t worst = 0;
    for (int64_t e : m_errorsMs)
        worst = std::max(worst, std::abs(e));
    return worst;
}

} // namespace coachtrack::media
