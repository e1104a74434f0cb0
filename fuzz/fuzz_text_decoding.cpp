// decodeTranscriptText (BOMs, UTF-16 without one, UTF-8, Windows-1252) and withUnixLineEnds.
#include "exchange/import/TextDecoding.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    const QString text = exchange::decodeTranscriptText(fuzz::bytesOf(data, size));
    fuzz::require(text.size() <= qsizetype(size), "no more characters than bytes");
    const QString unix = exchange::withUnixLineEnds(text);
    fuzz::require(!unix.contains(u'\r'), "no CR left");
    fuzz::require(unix.size() <= text.size(), "line ends only shrink");
    return 0;
}
