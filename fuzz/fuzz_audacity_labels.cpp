// readAudacityLabels: Audacity label files, from the bytes decoded as the app decodes a file.
#include "exchange/import/NotesImport.h"
#include "exchange/import/TextDecoding.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    fuzz::checkNotes(
        exchange::readAudacityLabels(exchange::decodeTranscriptText(fuzz::bytesOf(data, size))));
    return 0;
}
