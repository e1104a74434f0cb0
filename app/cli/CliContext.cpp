#include "app/cli/CliContext.h"

#include "annotations/TimeCode.h"
#include "app/cli/CliPassphrase.h"
#include "workflows/PrivateLock.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace coachtrack::app::cli {

CliContext::CliContext(QString name, QString description)
    : m_name(std::move(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

int CliContext::parse(const QStringList& args, int minPositional, int maxPositional)
{
    QStringList withProgram = args;
    withProgram[0] = QStringLiteral("coachtrack ") + m_name;
    if (!m_parser.parse(withProgram))
        return fail(
            m_parser.errorText() + QStringLiteral(" (see 'coachtrack %1 --help')").arg(m_name), 2);
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program after argv[0]; users type `coachtrack NAME`.
        QString help = m_parser.helpText();
        const qsizetype usageEnd = help.indexOf(QStringLiteral(" [options]"));
        if (help.startsWith(QStringLiteral("Usage: ")) && usageEnd > 0)
            help.replace(7, usageEnd - 7, QStringLiteral("coachtrack ") + m_name);
        m_out << help;
        return 0;
    }
    const qsizetype n = m_parser.positionalArguments().size();
    if (n < minPositional || n > maxPositional)
        return fail(QStringLiteral("expected %1 argument(s) (see 'coachtrack %2 --help')")
                        .arg(minPositional == maxPositional
                                 ? QString::number(minPositional)
                                 : QStringLiteral("%1 to %2").arg(minPositional).arg(maxPositional),
                             m_name),
                    2);
    return -1;
}

int CliContext::fail(const QString& message, int code)
{
    // A refusal because private notes are locked also says why they could not be opened.
    if (!m_lockedWhy.isEmpty() && message.contains(QStringLiteral("locked")))
        inform(QStringLiteral("%1 (%2)").arg(message, m_lockedWhy));
    else
        inform(message);
    return code;
}

void CliContext::inform(const QString& message)
{
    m_out.flush();
    QTextStream(stderr) << "coachtrack " << m_name << ": " << message << '\n';
}

std::unique_ptr<annotations::Store> CliContext::openStore(const GlobalOptions& global)
{
    const QString path =
        global.databasePath.isEmpty() ? annotations::Store::defaultPath() : global.databasePath;
    auto store = annotations::Store::open(path);
    if (!store) {
        fail(store.error().message);
        return nullptr;
    }
    if ((*store)->isReadOnly())
        QTextStream(stderr) << "coachtrack " << m_name
                            << ": warning: opened read-only: " << (*store)->readOnlyReason()
                            << '\n';
    // An encrypted library: private notes from the secret store's key or the passphrase
    // (COACHTRACK_PASSPHRASE, or asked on the terminal); shareable work goes on without.
    if ((*store)->isPrivateLocked())
        if (auto ok = workflows::unlockPrivateNotes(
                **store,
                [asked = 0]() mutable -> std::optional<QString> {
                    // The environment's passphrase is tried once; a person may retype.
                    if (asked++ > 0 && !qEnvironmentVariableIsEmpty("COACHTRACK_PASSPHRASE"))
                        return std::nullopt;
                    return readPassphrase(false, false);
                });
            !ok)
            m_lockedWhy =
                ok.error().message +
                ((*store)->privateKeyStorage() == annotations::Store::KeyStorage::Passphrase
                     ? QStringLiteral(" (set COACHTRACK_PASSPHRASE, or run in a terminal)")
                     : QString());
    return std::move(*store);
}

std::optional<CliContext::OpenSession> CliContext::openCurrentSession(const GlobalOptions& global,
                                                                      int64_t recordingId)
{
    auto store = openStore(global);
    if (!store)
        return std::nullopt;
    auto session = store->currentSession(recordingId);
    if (!session) {
        fail(session.error().message);
        return std::nullopt;
    }
    return OpenSession{std::move(store), *session};
}

std::expected<int64_t, int> CliContext::parseRecording(const QStringList& args)
{
    m_parser.addPositionalArgument(QStringLiteral("REC"), QStringLiteral("Recording id."));
    if (int rc = parse(args, 1, 1); rc >= 0)
        return std::unexpected(rc);
    if (const auto rec = id(positional(0), QStringLiteral("recording")))
        return *rec;
    return std::unexpected(1);
}

std::optional<int64_t> CliContext::id(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        fail(QStringLiteral("'%1' is not a %2 id (a positive number)").arg(text, what));
        return std::nullopt;
    }
    return value;
}

std::optional<int64_t> CliContext::time(const QString& text)
{
    auto ms = annotations::parseTimeCode(text);
    if (!ms) {
        fail(ms.error());
        return std::nullopt;
    }
    return *ms;
}

std::optional<QDate> CliContext::date(const QString& text)
{
    if (text.isEmpty())
        return QDate();
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !d.isValid()) {
        fail(QStringLiteral("'%1' is not a date; write YYYY-MM-DD, e.g. 2026-11-24").arg(text));
        return std::nullopt;
    }
    return d;
}

int checkAction(const QString& noun, const QString& description, const std::vector<Action>& actions,
                const QStringList& args)
{
    const QString action = args.value(1);
    QStringList names;
    for (const Action& a : actions) {
        if (a.name == action)
            return -1;
        names << a.name;
    }
    if (action == u"--help" || action == u"-h" || action == u"help") {
        QTextStream out(stdout);
        out << "Usage: coachtrack " << noun << " ACTION [options] ARGS…\n"
            << description << "\n\nActions:\n";
        for (const Action& a : actions)
            out << QStringLiteral("  %1  %2\n").arg(a.name, -9).arg(a.summary);
        out << "\n'coachtrack " << noun << " ACTION --help' shows an action's arguments and "
            << "options.\n";
        return 0;
    }
    const QString choices = names.size() > 1
                                ? names.mid(0, names.size() - 1).join(QStringLiteral(", ")) +
                                      QStringLiteral(" or ") + names.last()
                                : names.value(0);
    QTextStream(stderr) << "coachtrack " << noun << ": "
                        << (action.isEmpty()
                                ? QStringLiteral("name an action: ")
                                : QStringLiteral("unknown action '%1'; use ").arg(action))
                        << choices << " (see 'coachtrack " << noun << " --help')\n";
    return 2;
}

QString actionSentence(const std::vector<Action>& actions, const QString& name)
{
    for (const Action& a : actions)
        if (a.name == name && !a.summary.isEmpty())
            return a.summary.at(0).toUpper() + a.summary.mid(1) + u'.';
    return {};
}

QByteArray jsonText(const QJsonArray& array)
{
    return array.isEmpty() ? QByteArrayLiteral("[]\n")
                           : QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString isoDateOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// The skill named so (without case), or a message on stderr and nullopt.
std::optional<annotations::Skill> findSkill(CliContext& cmd, annotations::Store& store,
                                            const QString& name)
{
    auto all = store.skills();
    if (!all) {
        cmd.fail(all.error().message);
        return std::nullopt;
    }
    for (const annotations::Skill& s : *all)
        if (s.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return s;
    QStringList names;
    for (const annotations::Skill& s : *all)
        names << s.name;
    cmd.fail(QStringLiteral("there is no skill named %1 (skills: %2)")
                 .arg(name, names.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace coachtrack::app::cli
