#include "app/CommandLine.h"

int main(int argc, char** argv)
{
    return coachtrack::app::runCommandLine(argc, argv);
}
