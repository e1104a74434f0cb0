#include "app/Subcommands.h"

namespace coachtrack::app {

const std::vector<Subcommand>& subcommands()
{
    // Sub-commands register here as the modules behind them land (probe, peaks, note, …).
    static const std::vector<Subcommand> all;
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
