#pragma once

// The structure a review session follows, from the objectives to the commitment: which parts
// a coaching conversation has, in which order, under which headings, and what each asks of the
// manager. The review window lays its session out by it and the debrief follows it, so the rep
// can prepare. Value types and pure functions; any thread.

#include "annotations/StoreError.h"

#include <QJsonArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace coachtrack::annotations {

// The parts a template may hold, each at most once.
enum class TemplateSection
{
    Objectives,     // what this review is about
    SelfAssessment, // the rep's own view, asked first: what went well, what they would change
    Observations,   // the shareable notes, moment by moment
    Focus,          // the focus items, each with its question and practice plan
    Commitment,     // what the rep commits to, and the next coaching date
};
inline constexpr TemplateSection kTemplateSections[] = {
    TemplateSection::Objectives, TemplateSection::SelfAssessment, TemplateSection::Observations,
    TemplateSection::Focus, TemplateSection::Commitment};

// "objectives", "self_assessment", "observations", "focus", "commitment".
QString templateSectionKey(TemplateSection section);
std::optional<TemplateSection> templateSectionFromKey(const QString& key);

struct TemplatePart
{
    TemplateSection section = TemplateSection::Objectives;
    QString heading; // shown in the window and on the debrief
    QString prompt;  // the manager's guide in the window; never on the debrief
    bool operator==(const TemplatePart&) const = default;
};

struct SessionTemplate
{
    static constexpr qsizetype kMaxName = 80;
    static constexpr qsizetype kMaxHeading = 80;
    static constexpr qsizetype kMaxPrompt = 500;

    int64_t id = 0; // 0: not in a library
    QString name;
    bool isDefault = false;
    std::vector<TemplatePart> parts; // in the order of the conversation

    // The part for `section`, or null when this template leaves it out.
    const TemplatePart* part(TemplateSection section) const;
    bool operator==(const SessionTemplate&) const = default;
};

// The template every library starts with ("Standard review"): all five parts in the order
// coaching practice recommends.
SessionTemplate builtInTemplate();
// Why `t` cannot be kept ("" when it can): a blank or multi-line name or heading, a text
// over its limit, a part twice, or no focus part (the debrief is built around it).
QString templateProblem(const SessionTemplate& t);

// [{"section", "heading", "prompt"}, …], the form templates are stored and exchanged in.
QJsonArray templatePartsToJson(const std::vector<TemplatePart>& parts);
// The parts of such an array; an unknown section or a missing heading is an InvalidInput
// error that names the entry.
Result<std::vector<TemplatePart>> templatePartsFromJson(const QJsonArray& array);

} // namespace coachtrack::annotations
