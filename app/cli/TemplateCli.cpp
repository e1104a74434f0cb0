// `coachtrack template list|show|save|default|delete`: the session templates, the structure
// a review session and its debrief follow.
#include "app/cli/CliContext.h"
#include "app/cli/CliVerbs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace coachtrack::app::cli {

using namespace annotations;

QJsonObject templateJson(const SessionTemplate& t)
{
    return {{QStringLiteral("name"), t.name},
            {QStringLiteral("default"), t.isDefault},
            {QStringLiteral("parts"), templatePartsToJson(t.parts)}};
}

namespace {

const std::vector<Action>& templateActions()
{
    static const std::vector<Action> actions = {
        {QStringLiteral("list"), QStringLiteral("list the library's session templates")},
        {QStringLiteral("show"), QStringLiteral("show a template's parts, in order")},
        {QStringLiteral("save"),
         QStringLiteral("add a template, or replace the one of that name, from a JSON file of "
                        "its parts (--from FILE, as `template show --json` prints)")},
        {QStringLiteral("default"), QStringLiteral("make a template the one new sessions follow")},
        {QStringLiteral("delete"),
         QStringLiteral("delete a template; its sessions follow the default")},
    };
    return actions;
}

// The parts in `path`: a JSON array of parts, or an object with one under "parts".
Result<std::vector<TemplatePart>> readParts(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            StoreError{StoreErrorCode::Io,
                       QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString())});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1 << 20), &error);
    if (doc.isNull())
        return std::unexpected(
            StoreError{StoreErrorCode::InvalidInput, QStringLiteral("%1: not JSON (%2 at byte %3)")
                                                         .arg(path, error.errorString())
                                                         .arg(error.offset)});
    const QJsonArray parts =
        doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("parts")).toArray();
    auto read = templatePartsFromJson(parts);
    if (!read)
        return std::unexpected(StoreError{
            read.error().code, QStringLiteral("%1: %2").arg(path, read.error().message)});
    return read;
}

void printTemplate(QTextStream& out, const SessionTemplate& t)
{
    out << t.name << (t.isDefault ? " (default)" : "") << '\n';
    int number = 0;
    for (const TemplatePart& part : t.parts) {
        out << "  " << ++number << ". " << part.heading << "  [" << templateSectionKey(part.section)
            << "]\n";
        if (!part.prompt.isEmpty())
            out << "     " << part.prompt << '\n';
    }
}

} // namespace

int runTemplate(const GlobalOptions& global, const QStringList& args)
{
    if (int rc = checkAction(QStringLiteral("template"),
                             QStringLiteral("Session templates: the parts of a coaching "
                                            "conversation in order (objectives, the rep's own "
                                            "view, observations, focus items, commitment), "
                                            "under the headings the window and the debrief "
                                            "show. One is the default."),
                             templateActions(), args);
        rc >= 0)
        return rc;
    const QString action = args.value(1);
    CliContext cmd(QStringLiteral("template ") + action, actionSentence(templateActions(), action));
    const bool named = action != u"list";
    if (named)
        cmd.parser().addPositionalArgument(QStringLiteral("NAME"),
                                           QStringLiteral("The template's name."));
    if (action == u"list" || action == u"show")
        cmd.parser().addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
    if (action == u"save")
        cmd.parser().addOption({QStringLiteral("from"),
                                QStringLiteral("A JSON file: [{\"section\", \"heading\", "
                                               "\"prompt\"}, …] or {\"parts\": […]}."),
                                QStringLiteral("FILE")});
    if (int rc = cmd.parse(args.mid(1), named ? 1 : 0, named ? 1 : 0); rc >= 0)
        return rc;
    if (action == u"save" && !cmd.isSet(QStringLiteral("from")))
        return cmd.fail(QStringLiteral("give the template's parts with --from FILE"), 2);
    auto store = cmd.openStore(global);
    if (!store)
        return 1;
    const bool json = cmd.isSet(QStringLiteral("json"));
    if (action == u"list") {
        auto all = store->sessionTemplates();
        if (!all)
            return cmd.fail(all.error().message);
        QJsonArray array;
        for (const SessionTemplate& t : *all) {
            array.append(templateJson(t));
            if (!json)
                printTemplate(cmd.out(), t);
        }
        if (json)
            cmd.out() << jsonText(array);
        return 0;
    }
    const QString name = cmd.positional(0).trimmed();
    if (action == u"save") {
        auto parts = readParts(cmd.value(QStringLiteral("from")));
        if (!parts)
            return cmd.fail(parts.error().message);
        auto existing = store->sessionTemplate(name);
        if (!existing && existing.error().code != StoreErrorCode::NotFound)
            return cmd.fail(existing.error().message);
        SessionTemplate t = existing ? *existing : SessionTemplate{0, name, false, {}};
        t.parts = std::move(*parts);
        auto saved = store->saveSessionTemplate(t);
        if (!saved)
            return cmd.fail(saved.error().message);
        cmd.out() << (existing ? "replaced " : "added ") << "template " << saved->name << '\n';
        return 0;
    }
    auto found = store->sessionTemplate(name);
    if (!found)
        return cmd.fail(found.error().message);
    if (action == u"show") {
        if (json)
            cmd.out() << QJsonDocument(templateJson(*found)).toJson(QJsonDocument::Indented);
        else
            printTemplate(cmd.out(), *found);
        return 0;
    }
    auto done = action == u"default" ? store->setDefaultSessionTemplate(found->id)
                                     : store->deleteSessionTemplate(found->id);
    if (!done)
        return cmd.fail(done.error().message);
    cmd.out() << (action == u"default" ? "default template: " : "deleted template ") << found->name
              << '\n';
    return 0;
}

} // namespace coachtrack::app::cli
