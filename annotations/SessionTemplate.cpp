#include "annotations/SessionTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace coachtrack::annotations {

namespace {

constexpr std::pair<TemplateSection, const char*> kKeys[] = {
    {TemplateSection::Objectives, "objectives"},
    {TemplateSection::SelfAssessment, "self_assessment"},
    {TemplateSection::Observations, "observations"},
    {TemplateSection::Focus, "focus"},
    {TemplateSection::Commitment, "commitment"},
};

StoreError invalidPart(qsizetype index, const QString& why)
{
    return {StoreErrorCode::InvalidInput,
            QStringLiteral("part %1 of the template: %2").arg(index + 1).arg(why)};
}

bool isOneLine(const QString& text)
{
    return !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r'));
}

} // namespace

QString templateSectionKey(TemplateSection section)
{
    for (const auto& [s, key] : kKeys)
        if (s == section)
            return QString::fromLatin1(key);
    return {};
}

std::optional<TemplateSection> templateSectionFromKey(const QString& key)
{
    for (const auto& [s, name] : kKeys)
        if (key == QLatin1String(name))
            return s;
    return std::nullopt;
}

const TemplatePart* SessionTemplate::part(TemplateSection section) const
{
    for (const TemplatePart& p : parts)
        if (p.section == section)
            return &p;
    return nullptr;
}

SessionTemplate builtInTemplate()
{
    // In the language of the program making the library (the window's; the command line's is
    // English), so a German manager's library starts with a German template.
    const auto translated = [](const char* text) {
        return QCoreApplication::translate("SessionTemplate", text);
    };
    SessionTemplate t;
    t.name = translated(QT_TRANSLATE_NOOP("SessionTemplate", "Standard review"));
    t.isDefault = true;
    t.parts = {
        {TemplateSection::Objectives,
         translated(QT_TRANSLATE_NOOP("SessionTemplate", "What we looked at")),
         translated(QT_TRANSLATE_NOOP(
             "SessionTemplate",
             "The one or two things this review is about, agreed with the rep."))},
        {TemplateSection::SelfAssessment,
         translated(QT_TRANSLATE_NOOP("SessionTemplate", "In your words")),
         translated(
             QT_TRANSLATE_NOOP("SessionTemplate",
                               "Ask first, before you say anything: what went well, and what would "
                               "they change?"))},
        {TemplateSection::Observations,
         translated(QT_TRANSLATE_NOOP("SessionTemplate", "Notes from the call")),
         translated(QT_TRANSLATE_NOOP(
             "SessionTemplate", "What you noticed, moment by moment: observations and questions, "
                                "not verdicts."))},
        {TemplateSection::Focus,
         translated(QT_TRANSLATE_NOOP("SessionTemplate", "Focus for next time")),
         translated(QT_TRANSLATE_NOOP(
             "SessionTemplate", "A few things to practise, each with an opening question and a "
                                "practice plan (Ctrl+K)."))},
        {TemplateSection::Commitment,
         translated(QT_TRANSLATE_NOOP("SessionTemplate", "Commitment and next session")),
         translated(QT_TRANSLATE_NOOP(
             "SessionTemplate",
             "What the rep commits to, in their words, and when you talk next."))},
    };
    return t;
}

QString templateProblem(const SessionTemplate& t)
{
    const QString name = t.name.trimmed();
    if (name.isEmpty())
        return QStringLiteral("a template needs a name");
    if (!isOneLine(name) || name.size() > SessionTemplate::kMaxName)
        return QStringLiteral("a template's name is one line of at most %1 characters")
            .arg(SessionTemplate::kMaxName);
    if (!t.part(TemplateSection::Focus))
        return QStringLiteral("template %1 needs the focus part: the debrief is built around "
                              "the focus items")
            .arg(name);
    QSet<int> seen;
    for (const TemplatePart& p : t.parts) {
        const QString key = templateSectionKey(p.section);
        if (seen.contains(int(p.section)))
            return QStringLiteral("template %1 has the %2 part twice").arg(name, key);
        seen.insert(int(p.section));
        if (p.heading.trimmed().isEmpty())
            return QStringLiteral("the %1 part of template %2 needs a heading").arg(key, name);
        if (!isOneLine(p.heading) || p.heading.size() > SessionTemplate::kMaxHeading)
            return QStringLiteral("the %1 part's heading is one line of at most %2 characters")
                .arg(key)
                .arg(SessionTemplate::kMaxHeading);
        if (p.prompt.size() > SessionTemplate::kMaxPrompt)
            return QStringLiteral("the %1 part's prompt holds at most %2 characters")
                .arg(key)
                .arg(SessionTemplate::kMaxPrompt);
    }
    return {};
}

QJsonArray templatePartsToJson(const std::vector<TemplatePart>& parts)
{
    QJsonArray array;
    for (const TemplatePart& p : parts)
        array.append(QJsonObject{{QStringLiteral("section"), templateSectionKey(p.section)},
                                 {QStringLiteral("heading"), p.heading},
                                 {QStringLiteral("prompt"), p.prompt}});
    return array;
}

Result<std::vector<TemplatePart>> templatePartsFromJson(const QJsonArray& array)
{
    std::vector<TemplatePart> parts;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return std::unexpected(invalidPart(i, QStringLiteral("not an object")));
        const QJsonObject o = array[i].toObject();
        for (const QString& key : o.keys())
            if (key != u"section" && key != u"heading" && key != u"prompt")
                return std::unexpected(invalidPart(
                    i, QStringLiteral("\"%1\" is not a part's key (section, heading, prompt)")
                           .arg(key)));
        const QString name = o.value(QStringLiteral("section")).toString();
        const auto section = templateSectionFromKey(name);
        if (!section)
            return std::unexpected(
                invalidPart(i, QStringLiteral("\"section\" is \"%1\"; it is one of objectives, "
                                              "self_assessment, observations, focus, commitment")
                                   .arg(name)));
        if (!o.value(QStringLiteral("heading")).isString())
            return std::unexpected(invalidPart(i, QStringLiteral("\"heading\" is missing")));
        if (o.contains(QStringLiteral("prompt")) && !o.value(QStringLiteral("prompt")).isString())
            return std::unexpected(invalidPart(i, QStringLiteral("\"prompt\" is text")));
        parts.push_back({*section, o.value(QStringLiteral("heading")).toString().trimmed(),
                         o.value(QStringLiteral("prompt")).toString().trimmed()});
    }
    return parts;
}

} // namespace coachtrack::annotations
