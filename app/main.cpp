#include "app/CommandLine.h"

#include <malloc.h>

int main(int argc, char** argv)
{
    // Buffers above 256 KiB (a long call's peaks, energy and speech levels) are mapped
    // separately and handed back to the system when freed. glibc would otherwise raise this
    // threshold after the first such free and keep later ones in the heap, where the 3-hour
    // call bench measured 7 MB more resident memory (bench/bench_long_call.cpp).
    mallopt(M_MMAP_THRESHOLD, 256 * 1024);
    return coachtrack::app::runCommandLine(argc, argv);
}
