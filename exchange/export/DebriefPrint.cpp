#include "exchange/export/DebriefPrint.h"

#include "exchange/export/DebriefHtml.h"
#include "exchange/export/DebriefText.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QUrl>
#include <memory>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

const QString kTimelineResource = QStringLiteral("timeline.png");

std::unique_ptr<QTextDocument> layoutDocument(const DebriefSheet& sheet)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, text::sheetTitle(sheet));
    if (!sheet.timeline.isNull())
        doc->addResource(QTextDocument::ImageResource, QUrl(kTimelineResource), sheet.timeline);
    doc->setHtml(debriefHtml(sheet, sheet.timeline.isNull() ? QString() : kTimelineResource,
                             HtmlFlavour::Print));
    return doc;
}

} // namespace

QByteArray debriefPdf(const DebriefSheet& sheet, Paper paper)
{
    const auto doc = layoutDocument(sheet);
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    // QTextDocument::print adds 2 cm on every side of its own.
    writer.setPageMargins(QMarginsF(4, 2, 4, 2), QPageLayout::Millimeter);
    writer.setTitle(text::sheetTitle(sheet));
    writer.setCreator(QStringLiteral("Coachtrack"));
    doc->print(&writer);
    buffer.close();
    return pdf;
}

QByteArray debriefOdt(const DebriefSheet& sheet)
{
    const auto doc = layoutDocument(sheet);
    QByteArray odt;
    QBuffer buffer(&odt);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    writer.write(doc.get());
    buffer.close();
    return odt;
}

} // namespace coachtrack::exchange
