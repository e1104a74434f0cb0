// readNotes: the notes format told from the content, its reader, then the tier choice and the
// plan against a recording, as `coachtrack notes import` runs them.
#include "exchange/import/NotesImport.h"
#include "fuzz/FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    fuzz::checkNotes(exchange::readNotes(fuzz::bytesOf(data, size)));
    return 0;
}
