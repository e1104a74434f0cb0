#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace coachtrack::app {

// Shared plumbing of sub-commands: parsing with clear usage errors, and the stdout/stderr
// conventions (results on stdout, one line per problem on stderr). Main thread.
class CommandContext
{
public:
    CommandContext(QString name, QString description);

    QCommandLineParser& parser() { return m_parser; }
    // Parses NAME ARGS…; on --help prints help and returns 0, on a usage error returns 2,
    // otherwise returns -1 and the command goes on.
    int parse(const QStringList& args, int minPositional, int maxPositional);

    QTextStream& out() { return m_out; }
    // Prints "coachtrack NAME: message" on stderr and returns `code`.
    int fail(const QString& message, int code = 1);

private:
    QString m_name;
    QCommandLineParser m_parser;
    QTextStream m_out{stdout};
};

} // namespace coachtrack::app
