#pragma once
// Word documents made at test time, as Teams writes its transcripts: a ZIP (QuaZip, in memory)
// of [Content_Types].xml, _rels/.rels and word/document.xml, whose paragraphs are given as
// WordprocessingML built with the helpers below. Needs QuaZip::QuaZip linked to the test.

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <catch2/catch.hpp>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <vector>

namespace coachtrack::testing::docx {

struct Entry
{
    QString name;
    QByteArray bytes;
};

// A ZIP archive of the entries, deflated, in order.
inline QByteArray zipOf(const std::vector<Entry>& entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const Entry& entry : entries) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)));
        REQUIRE(file.write(entry.bytes) == entry.bytes.size());
        file.close();
        REQUIRE(file.getZipError() == UNZ_OK);
    }
    zip.close();
    REQUIRE(zip.getZipError() == UNZ_OK);
    return buffer.data();
}

// One run of text (escaped; spaces kept, as Word marks them).
inline QByteArray run(const QString& text)
{
    return "<w:r><w:rPr><w:lang w:val=\"en-US\"/></w:rPr><w:t xml:space=\"preserve\">" +
           text.toHtmlEscaped().toUtf8() + "</w:t></w:r>";
}

inline const QByteArray kTab = "<w:r><w:tab/></w:r>";
inline const QByteArray kBreak = "<w:r><w:br/></w:r>";

// A paragraph of the given runs (run(), kTab, kBreak).
inline QByteArray paragraph(const std::vector<QByteArray>& runs)
{
    QByteArray p = "<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>";
    for (const QByteArray& r : runs)
        p += r;
    return p + "</w:p>";
}

// A paragraph of one run.
inline QByteArray paragraph(const QString& text)
{
    return paragraph(std::vector<QByteArray>{run(text)});
}

inline QByteArray documentXml(const QByteArray& paragraphs)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
           "<w:body>" +
           paragraphs + "<w:sectPr/></w:body></w:document>";
}

// A minimal valid .docx whose word/document.xml is DOCUMENT as it is.
inline QByteArray docxWithDocument(const QByteArray& document)
{
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    return zipOf({{QStringLiteral("[Content_Types].xml"), types},
                  {QStringLiteral("_rels/.rels"), rels},
                  {QStringLiteral("word/document.xml"), document}});
}

// A minimal valid .docx of these paragraphs (paragraph() each).
inline QByteArray docxOf(const std::vector<QByteArray>& paragraphs)
{
    QByteArray body;
    for (const QByteArray& p : paragraphs)
        body += p;
    return docxWithDocument(documentXml(body));
}

} // namespace coachtrack::testing::docx
