// readTranscript on Teams' .docx: a ZIP as it is; any other input as the word/document.xml of
// a stored (uncompressed) .docx, so that mutations reach the XML and the turns, not only the
// ZIP's checksums.
#include "exchange/import/TeamsDocxReader.h"
#include "exchange/import/TranscriptReader.h"
#include "fuzz/FuzzChecks.h"

#include <QBuffer>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace {

QByteArray storedDocx(const QByteArray& documentXml)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    coachtrack::fuzz::require(zip.open(QuaZip::mdCreate), "fuzzer makes its ZIP");
    QuaZipFile file(&zip);
    coachtrack::fuzz::require(file.open(QIODevice::WriteOnly,
                                        QuaZipNewInfo(QStringLiteral("word/document.xml")), nullptr,
                                        0, 0 /* stored */, 0),
                              "fuzzer adds word/document.xml");
    file.write(documentXml);
    file.close();
    zip.close();
    coachtrack::fuzz::require(zip.getZipError() == UNZ_OK, "fuzzer closes its ZIP");
    return buffer.data();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace coachtrack;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    fuzz::checkTranscript(
        exchange::readTranscript(exchange::looksLikeZip(bytes) ? bytes : storedDocx(bytes)));
    return 0;
}
