#include "app/gui/dialogs/ReportDialog.h"

#include "app/gui/LocaleText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace coachtrack::app {

std::optional<ReportRequest> askProgressReport(QWidget* parent, const QString& repName)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("reportDialog"));
    dialog.setWindowTitle(QObject::tr("Progress Report: %1").arg(repName));
    const QDate today = QDate::currentDate();
    const QDate thisMonth(today.year(), today.month(), 1);
    auto dateEdit = [&](const QDate& date) {
        auto* edit = new QDateEdit(date, &dialog);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dayMonthYearPattern());
        return edit;
    };
    // The month that ended, unless this one is already half gone.
    const bool lastMonth = today.day() < 15;
    auto* from = dateEdit(lastMonth ? thisMonth.addMonths(-1) : thisMonth);
    auto* to = dateEdit(lastMonth ? thisMonth.addDays(-1) : today);
    QSettings settings;
    auto* format = new QComboBox(&dialog);
    format->addItem(QObject::tr("PDF"), QStringLiteral("pdf"));
    format->addItem(QObject::tr("Web page (HTML)"), QStringLiteral("html"));
    format->setCurrentIndex(
        format->findData(settings.value(QStringLiteral("report/format"), QStringLiteral("pdf"))));
    auto* paper = new QComboBox(&dialog);
    paper->addItem(QObject::tr("A4"), QStringLiteral("a4"));
    paper->addItem(QObject::tr("Letter"), QStringLiteral("letter"));
    const QString defaultPaper = QLocale().measurementSystem() == QLocale::ImperialUSSystem
                                     ? QStringLiteral("letter")
                                     : QStringLiteral("a4");
    paper->setCurrentIndex(
        paper->findData(settings.value(QStringLiteral("report/paper"), defaultPaper)));
    auto* form = new QFormLayout;
    form->addRow(QObject::tr("&From:"), from);
    form->addRow(QObject::tr("&To:"), to);
    form->addRow(QObject::tr("F&ormat:"), format);
    form->addRow(QObject::tr("&Paper:"), paper);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("Save…"));
    auto check = [&] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(from->date() <= to->date());
    };
    QObject::connect(from, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(to, &QDateEdit::dateChanged, &dialog, check);
    QObject::connect(format, &QComboBox::currentIndexChanged, &dialog,
                     [&] { paper->setEnabled(format->currentData().toString() == u"pdf"); });
    paper->setEnabled(format->currentData().toString() == u"pdf");
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    settings.setValue(QStringLiteral("report/format"), format->currentData());
    settings.setValue(QStringLiteral("report/paper"), paper->currentData());
    const bool html = format->currentData().toString() == u"html";
    const QString suggested = QObject::tr("%1 progress %2.%3", "a file name: rep, month, extension")
                                  .arg(repName, from->date().toString(QStringLiteral("yyyy-MM")),
                                       html ? QStringLiteral("html") : QStringLiteral("pdf"));
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Save Progress Report"), QDir::home().filePath(suggested),
        html ? QObject::tr("Web page (*.html)") : QObject::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return std::nullopt;
    return ReportRequest{from->date(), to->date(),
                         html ? workflows::ReportFormat::Html : workflows::ReportFormat::Pdf,
                         paper->currentData().toString() == u"letter" ? exchange::Paper::Letter
                                                                      : exchange::Paper::A4,
                         path};
}

} // namespace coachtrack::app
