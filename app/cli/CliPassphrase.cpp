#include "app/cli/CliPassphrase.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace coachtrack::app::cli {

namespace {

// One line typed on the terminal without echo.
QString askHidden(const char* prompt)
{
    std::fputs(prompt, stderr);
    std::fflush(stderr);
    termios old = {};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (terminal) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return line;
}

} // namespace

std::optional<QString> readPassphrase(bool confirm, bool fromPipe)
{
    if (!qEnvironmentVariableIsEmpty("COACHTRACK_PASSPHRASE"))
        return qEnvironmentVariable("COACHTRACK_PASSPHRASE");
    if (::isatty(STDIN_FILENO)) {
        const QString first = askHidden("Passphrase for the private notes: ");
        if (first.isEmpty())
            return std::nullopt;
        if (confirm && askHidden("The same passphrase again: ") != first)
            return std::nullopt;
        return first;
    }
    if (!fromPipe)
        return std::nullopt;
    QTextStream in(stdin);
    const QString line = in.readLine();
    return line.isEmpty() ? std::nullopt : std::optional<QString>(line);
}

} // namespace coachtrack::app::cli
