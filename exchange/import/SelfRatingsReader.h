#pragma once

// Reads the small file a rep fills to rate their own call (`coachtrack score import`): CSV with a
// header naming at least the columns recording, skill and self (others, such as call or a
// note, are ignored), or JSON {"recording": ID, "ratings": [{"skill": NAME, "self": N}, …]} (or
// a list of such objects). Ratings are whole numbers 1 to 5; an empty self cell skips the skill.
// Any thread.

#include <QByteArray>
#include <QString>
#include <expected>
#include <vector>

namespace coachtrack::exchange {

struct SelfRatingRow
{
    int64_t recordingId = 0;
    QString skill;
    int rating = 0;
    QString where; // "line 4" (CSV) or "rating 2" (JSON), for messages
};

// The rows of the file, or why not ("line 4: the self rating is 1 to 5, not 7"). A skill rated
// twice for one call is refused.
std::expected<std::vector<SelfRatingRow>, QString> readSelfRatings(const QByteArray& bytes);

} // namespace coachtrack::exchange
