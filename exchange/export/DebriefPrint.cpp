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

std::unique_ptr<QTextDocument> htmlDocument(const QString& html,
                                            const std::vector<std::pair<QString, QImage>>& images,
                                            const QString& title)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    for (const auto& [name, image] : images)
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc->setHtml(html);
    return doc;
}

std::unique_ptr<QTextDocument> layoutDocument(const DebriefSheet& sheet)
{
    std::vector<std::pair<QString, QImage>> images;
    if (!sheet.timeline.isNull())
        images.emplace_back(kTimelineResource, sheet.timeline);
    return htmlDocument(debriefHtml(sheet, sheet.timeline.isNull() ? QString() : kTimelineResource,
                                    HtmlFlavour::Print),
                        images, text::sheetTitle(sheet));
}

QByteArray documentPdf(QTextDocument* doc, const QString& title, Paper paper)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4));
    // QTextDocument::print adds 2 cm on every side of its own.
    writer.setPageMargins(QMarginsF(4, 2, 4, 2), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Coachtrack"));
    doc->print(&writer);
    buffer.close();
    return pdf;
}

} // namespace

QByteArray debriefPdf(const DebriefSheet& sheet, Paper paper)
{
    return documentPdf(layoutDocument(sheet).get(), text::sheetTitle(sheet), paper);
}

QByteArray htmlPdf(const QString& html, const std::vector<std::pair<QString, QImage>>& images,
                   const QString& title, Paper paper)
{
    return documentPdf(htmlDocument(html, images, title).get(), title, paper);
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
