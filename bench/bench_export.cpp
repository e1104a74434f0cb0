// Debrief export speed: a 200-note session (with the timeline picture) to PDF and to HTML,
// medians of 7 runs, against the goals (PDF ≤ 300 ms, HTML ≤ 30 ms) and against bare Qt
// laying out and printing the same notes as plain text (the floor of the PDF path).
#include "BenchSupport.h"
#include "annotations/Store.h"
#include "exchange/export/Exporter.h"
#include "exchange/pictures/TimelinePicture.h"
#include "support/Recordings.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextStream>
#include <cmath>

using namespace coachtrack;
using namespace coachtrack::annotations;
using namespace coachtrack::exchange;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    auto store = std::move(*Store::open(QStringLiteral(":memory:")));
    auto rec = store->addRecording(testing::newRecording(
        QStringLiteral("/calls/long.mp3"), QStringLiteral("fp"), 3'600'000, QDate(2026, 11, 20),
        QStringLiteral("Quarterly review with Northwind"), QStringLiteral("Alex"),
        QStringLiteral("Northwind")));
    const int64_t session = store->currentSession(rec->id)->id;
    for (int i = 0; i < 200; ++i)
        store->addShareableNote(
            {session,
             int64_t(i) * 17'000 + 500,
             {},
             QStringLiteral(
                 "Note %1: you asked a strong open question here; next time pause two seconds "
                 "before answering the objection about price and implementation time.")
                 .arg(i + 1),
             {},
             {}},
            i % 70 == 0);
    store->updateSession(session, {QStringLiteral("Discovery depth and pricing"),
                                   QStringLiteral("Role-play the price talk"), QDate(2026, 11, 27),
                                   std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    DebriefSheet sheet = *store->debriefSheet(session);
    std::vector<float> envelope(1400);
    for (size_t i = 0; i < envelope.size(); ++i)
        envelope[i] = float(0.5 + 0.4 * std::sin(double(i) / 9.0));
    sheet.timeline = renderTimeline(
        sheet, {{envelope, envelope}, {QStringLiteral("You"), QStringLiteral("Buyer")}});
    sheet.talk = DebriefTalk{true, 0.58, 95'000, 40'000, 700, 8.2, {}};

    QByteArray pdf;
    const double pdfSeconds =
        bench::medianSeconds(7, [&] { pdf = renderDebrief(sheet, ExportFormat::Pdf); });
    QByteArray html;
    const double htmlSeconds =
        bench::medianSeconds(7, [&] { html = renderDebrief(sheet, ExportFormat::Html); });
    QString plain;
    for (const ShareableNote& n : sheet.notes)
        plain += n.text + QLatin1Char('\n');
    const double floorSeconds = bench::medianSeconds(7, [&] {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QTextDocument doc;
        doc.setPlainText(plain);
        doc.print(&writer);
    });

    out << "200-note session with the timeline picture (medians of 7)\n";
    out << QStringLiteral("  PDF   %1 ms (%2 KiB)  goal 300 ms: %3 of the budget; %4x bare Qt "
                          "plain-text PDF (%5 ms)\n")
               .arg(pdfSeconds * 1000, 0, 'f', 1)
               .arg(pdf.size() / 1024)
               .arg(pdfSeconds / 0.300, 0, 'f', 2)
               .arg(pdfSeconds / floorSeconds, 0, 'f', 2)
               .arg(floorSeconds * 1000, 0, 'f', 1);
    out << QStringLiteral("  HTML  %1 ms (%2 KiB)  goal 30 ms: %3 of the budget\n")
               .arg(htmlSeconds * 1000, 0, 'f', 1)
               .arg(html.size() / 1024)
               .arg(htmlSeconds / 0.030, 0, 'f', 2);
    return 0;
}
