#pragma once

#include "annotations/Store.h"
#include "app/cli/CliRegistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>
#include <expected>
#include <memory>
#include <optional>
#include <vector>

namespace coachtrack::app::cli {

// Shared plumbing of sub-commands: parsing with clear usage errors, and the stdout/stderr
// conventions (results on stdout, one line per problem on stderr). Main thread.
class CliContext
{
public:
    CliContext(QString name, QString description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses NAME ARGS…; on --help prints help and returns 0, on a usage error returns 2,
    // otherwise returns -1 and the command goes on.
    int parse(const QStringList& args, int minPositional, int maxPositional);

    QTextStream& out() { return m_out; }
    // Prints "coachtrack NAME: message" on stderr and returns `code`.
    int fail(const QString& message, int code = 1);
    // Prints "coachtrack NAME: message" on stderr: a word for humans beside the results
    // ("no notes"), which scripts reading stdout never see.
    void inform(const QString& message);

    // Opens the library (--db or the default); on failure prints why and returns null.
    std::unique_ptr<annotations::Store> openStore(const GlobalOptions& global);
    // The library and recording `recordingId`'s current review session; on failure prints
    // why and returns nullopt.
    struct OpenSession
    {
        std::unique_ptr<annotations::Store> store;
        annotations::ReviewSession session;
    };
    std::optional<OpenSession> openCurrentSession(const GlobalOptions& global, int64_t recordingId);
    // Adds the REC argument, parses NAME ARGS… with REC alone and reads the recording id: the
    // id, or the exit code to return (0 after --help, 2 for a usage error, 1 for a bad id).
    std::expected<int64_t, int> parseRecording(const QStringList& args);
    // Parses an id argument ("12"); on failure prints why and returns nullopt.
    std::optional<int64_t> id(const QString& text, const QString& what);
    // Parses a [[hh:]mm:]ss[.mmm] time; on failure prints why and returns nullopt.
    std::optional<int64_t> time(const QString& text);
    // Parses YYYY-MM-DD ("" clears: returns an invalid date); nullopt after printing why.
    std::optional<QDate> date(const QString& text);
    // Why an encrypted library's private notes could not be opened by openStore() ("" when
    // they were, or need no key); fail() adds it to refusals that say "locked".
    QString lockedReason() const { return m_lockedWhy; }
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QCommandLineOption& option) const { return m_parser.isSet(option); }
    QString value(const QCommandLineOption& option) const { return m_parser.value(option); }

private:
    QString m_name;
    QCommandLineParser m_parser;
    QTextStream m_out{stdout};
    QString m_lockedWhy;
};

// One action of a noun with actions (`coachtrack note add`, `coachtrack session show`).
struct Action
{
    QString name;
    QString summary; // one line for the noun's --help
};

// Checks the action of `coachtrack NOUN ACTION …` (args[0] is NOUN): returns -1 when args[1]
// is one of `actions` and the command goes on. Otherwise answers: `NOUN --help` (-h, help)
// lists the actions on stdout and returns 0; no action or an unknown one is a usage error
// (one line on stderr, 2).
int checkAction(const QString& noun, const QString& description, const std::vector<Action>& actions,
                const QStringList& args);
// The summary of `name` in `actions` as a sentence for its --help ("" when there is none).
QString actionSentence(const std::vector<Action>& actions, const QString& name);

// A JSON array as the --json outputs print it: indented, "[]" when empty.
QByteArray jsonText(const QJsonArray& array);
// JSON null for an empty string, else the string (the documented --json output).
QJsonValue jsonOrNull(const QString& s);
// The scorecard's skill named so (without case), or a message on stderr and nullopt.
std::optional<annotations::Skill> findSkill(CliContext& cmd, annotations::Store& store,
                                            const QString& name);
// YYYY-MM-DD, or "" for no date.
QString isoDateOrEmpty(const QDate& d);
// {"name", "default", "parts": [{"section", "heading", "prompt"}]} (TemplateCli.cpp).
QJsonObject templateJson(const annotations::SessionTemplate& t);

} // namespace coachtrack::app::cli
