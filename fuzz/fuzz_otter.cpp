// readOtter: Otter.ai's text export, from the bytes decoded as the app decodes a file.
#include "exchange/import/TextDecoding.h"
#include "exchange/import/TextTranscriptReaders.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    fuzz::checkTranscript(
        exchange::readOtter(exchange::decodeTranscriptText(fuzz::bytesOf(data, size))));
    return 0;
}
