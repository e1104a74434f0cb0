// readEaf: ELAN EAF 2.3-3.0 from its bytes (the XML declaration says the encoding).
#include "exchange/import/NotesImport.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    fuzz::checkNotes(exchange::readEaf(fuzz::bytesOf(data, size)));
    return 0;
}
