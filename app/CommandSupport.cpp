#include "app/CommandSupport.h"

namespace coachtrack::app {

CommandContext::CommandContext(QString name, QString description) : m_name(std::move(name))
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
}

int CommandContext::parse(const QStringList& args, int minPositional, int maxPositional)
{
    QStringList withProgram = args;
    withProgram[0] = QStringLiteral("coachtrack ") + m_name;
    if (!m_parser.parse(withProgram))
        return fail(m_parser.errorText() + QStringLiteral(" (see 'coachtrack %1 --help')").arg(m_name), 2);
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
                        .arg(minPositional == maxPositional ? QString::number(minPositional)
                                                            : QStringLiteral("%1 to %2").arg(minPositional).arg(maxPositional),
                             m_name),
                    2);
    return -1;
}

int CommandContext::fail(const QString& message, int code)
{
    m_out.flush();
    QTextStream(stderr) << "coachtrack " << m_name << ": " << message << '\n';
    return code;
}

} // namespace coachtrack::app
