#include "workflows/SelfRatingImport.h"

#include "exchange/import/SelfRatingsReader.h"
#include "exchange/import/TextDecoding.h"

#include <algorithm>
#include <set>

namespace coachtrack::workflows {

using namespace annotations;

namespace {

Error badForm(const QString& why)
{
    return {WorkflowErrorCode::BadRatingForm, why};
}

} // namespace

Expected<ImportedSelfRatings> importSelfRatings(Store& store, const QString& path)
{
    auto bytes = exchange::readImportFile(path, QStringLiteral("a rating form"));
    if (!bytes)
        return std::unexpected(badForm(bytes.error()));
    auto rows = exchange::readSelfRatings(*bytes);
    if (!rows)
        return std::unexpected(
            badForm(QStringLiteral("%1: %2; nothing was imported").arg(path, rows.error())));
    auto skills = store.skills();
    if (!skills)
        return std::unexpected(fromStore(skills.error()));
    std::vector<SelfRating> ratings;
    std::set<int64_t> calls;
    for (const exchange::SelfRatingRow& row : *rows) {
        const auto skill = std::find_if(skills->begin(), skills->end(), [&](const Skill& k) {
            return k.name.compare(row.skill.simplified(), Qt::CaseInsensitive) == 0;
        });
        if (skill == skills->end())
            return std::unexpected(badForm(QStringLiteral("%1: %2: there is no skill named %3 "
                                                          "(see the skill list); nothing was "
                                                          "imported")
                                               .arg(path, row.where, row.skill)));
        if (!calls.contains(row.recordingId))
            if (auto call = store.recording(row.recordingId); !call)
                return std::unexpected(badForm(QStringLiteral("%1: %2: %3; nothing was imported")
                                                   .arg(path, row.where, call.error().message)));
        calls.insert(row.recordingId);
        ratings.push_back({row.recordingId, skill->id, row.rating});
    }
    if (ratings.empty())
        return std::unexpected(badForm(
            QStringLiteral("%1: no rating is filled in (the self column is empty)").arg(path)));
    if (auto ok = store.setSelfRatings(ratings); !ok)
        return std::unexpected(
            badForm(QStringLiteral("%1: %2; nothing was imported").arg(path, ok.error().message)));
    return ImportedSelfRatings{int(ratings.size()), int(calls.size())};
}

} // namespace coachtrack::workflows
