#include "app/Subcommands.h"

#include "app/MediaCommands.h"

namespace coachtrack::app {

const std::vector<Subcommand>& subcommands()
{
    static const std::vector<Subcommand> all = {
        {QStringLiteral("probe"), QStringLiteral("describe a recording (format, streams, length, fingerprint)"), runProbe},
        {QStringLiteral("peaks"), QStringLiteral("write waveform peaks (audiowaveform .dat / JSON)"), runPeaks},
        {QStringLiteral("talk"), QStringLiteral("speech activity and talk metrics of a call"), runTalk},
    };
    return all;
}

const Subcommand* findSubcommand(const QString& name)
{
    for (const Subcommand& s : subcommands())
        if (s.name == name)
            return &s;
    return nullptr;
}

} // namespace coachtrack::app
