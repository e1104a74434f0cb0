// readTranscript: encoding and format detection, then whichever reader the bytes look like.
#include "exchange/import/TranscriptReader.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    fuzz::checkTranscript(exchange::readTranscript(fuzz::bytesOf(data, size)));
    return 0;
}
