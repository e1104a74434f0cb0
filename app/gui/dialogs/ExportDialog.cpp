#include "app/gui/dialogs/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace coachtrack::app {

using namespace workflows;

using exchange::ExportFormat;

namespace {

// Where an export goes by default: the folder used last if it is still there, else the
// Documents folder (made when a fresh home lacks it), else the home folder.
QString defaultFolder(const QString& last)
{
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable())
        return documents;
    return QDir::homePath();
}

// Forwards a worker's progress to the dialog's bar, on the GUI thread.
class BarProgress final : public media::ProgressSink
{
public:
    explicit BarProgress(QProgressBar* bar)
        : m_bar(bar)
    {
    }
    void progress(double fraction) override
    {
        const int value = int(fraction * 1000);
        QMetaObject::invokeMethod(
            m_bar,
            [bar = m_bar, value] {
                if (bar)
                    bar->setValue(value);
            },
            Qt::QueuedConnection);
    }

private:
    QPointer<QProgressBar> m_bar;
};

QString settingsKey(const char* name)
{
    return QStringLiteral("export/") + QLatin1String(name);
}

} // namespace

QString exportFolder()
{
    return defaultFolder(QSettings().value(settingsKey("folder")).toString());
}

void rememberExportFolder(const QString& folder)
{
    QSettings().setValue(settingsKey("folder"), folder);
}

ExportDialog::ExportDialog(QString databasePath, int64_t sessionId, QString suggestedName,
                           QWidget* parent)
    : QDialog(parent)
    , m_databasePath(std::move(databasePath))
    , m_sessionId(sessionId)
    , m_suggestedName(std::move(suggestedName))
{
    setWindowTitle(tr("Export Debrief"));
    QSettings settings;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The export holds the shareable track only: private notes never leave Coachtrack."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    // The debrief's formats, then the notes for annotation tools (ELAN, Audacity, Praat).
    for (const QStringList& names :
         {exchange::exportFormatNames(), exchange::interchangeFormatNames()}) {
        if (m_format->count() > 0)
            m_format->insertSeparator(m_format->count());
        for (const QString& name : names) {
            const ExportFormat format = *exchange::exportFormatFromName(name);
            m_format->addItem(
                QStringLiteral("%1 (.%2)")
                    .arg(exchange::exportFormatTitle(format), exchange::exportFileSuffix(format)),
                name);
        }
    }
    m_format->setCurrentIndex(std::max(
        0, m_format->findData(settings.value(settingsKey("format"), QStringLiteral("pdf")))));
    form->addRow(tr("&Format:"), m_format);

    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), QStringLiteral("a4"));
    m_paper->addItem(tr("US Letter"), QStringLiteral("letter"));
    const bool usLetter = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    m_paper->setCurrentIndex(std::max(
        0, m_paper->findData(settings.value(
               settingsKey("paper"), usLetter ? QStringLiteral("letter") : QStringLiteral("a4")))));
    form->addRow(tr("&Paper:"), m_paper);

    auto* pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    auto* browse = new QToolButton(this);
    browse->setText(tr("Browse…"));
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* saveAs = new QLabel(tr("&Save as:"), this);
    saveAs->setBuddy(m_path);
    form->addRow(saveAs, pathRow);

    m_clips =
        new QCheckBox(tr("Also cut a &clip of each focus moment (5 s before to 10 s after)"), this);
    m_clips->setChecked(settings.value(settingsKey("clips"), false).toBool());
    form->addRow(QString(), m_clips);
    m_embedClips = new QCheckBox(tr("Put the clips &inside the web page (one file that plays "
                                    "offline)"),
                                 this);
    m_embedClips->setObjectName(QStringLiteral("embedClips"));
    m_embedClips->setChecked(settings.value(settingsKey("embedClips"), true).toBool());
    m_embedClips->setToolTip(tr("Otherwise the clips go in a folder beside the page, which "
                                "plays them from there"));
    form->addRow(QString(), m_embedClips);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    m_buttons = new QDialogButtonBox(this);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_openFolder = m_buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->hide();
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    m_path->setText(
        QDir(exportFolder()).filePath(m_suggestedName + QStringLiteral(".") + currentSuffix()));

    connect(browse, &QToolButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_clips, &QCheckBox::toggled, this, &ExportDialog::formatChanged);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path->text()).absolutePath()));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_watcher.isRunning())
            m_cancel->cancel();
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ExportDialog::finished);
    formatChanged();
    resize(560, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_watcher.isRunning()) {
        m_cancel->cancel();
        m_watcher.waitForFinished();
    }
}

QString ExportDialog::currentSuffix() const
{
    return exchange::exportFileSuffix(
        exchange::exportFormatFromName(m_format->currentData().toString())
            .value_or(ExportFormat::Pdf));
}

void ExportDialog::formatChanged()
{
    const QString suffix = currentSuffix();
    m_paper->setEnabled(suffix == u"pdf");
    m_embedClips->setEnabled(m_clips->isChecked() && suffix == u"html");
    const QFileInfo current(m_path->text());
    if (!m_path->text().isEmpty())
        m_path->setText(QDir(current.absolutePath())
                            .filePath(current.completeBaseName() + QStringLiteral(".") + suffix));
}

void ExportDialog::chooseFile()
{
    const QString suffix = currentSuffix();
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export Debrief"), m_path->text(),
                                     tr("%1 (*.%2)").arg(m_format->currentText(), suffix));
    if (!chosen.isEmpty())
        m_path->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".") + suffix
                                                             : chosen);
}

bool ExportDialog::embedsClips() const
{
    return m_embedClips->isChecked() && m_format->currentData().toString() == u"html";
}

ExportRequest ExportDialog::request() const
{
    ExportRequest r;
    r.databasePath = m_databasePath;
    r.sessionId = m_sessionId;
    r.format = *exchange::exportFormatFromName(m_format->currentData().toString());
    r.options.paper = *exchange::paperFromName(m_paper->currentData().toString());
    r.outputPath = m_path->text();
    if (m_clips->isChecked() && embedsClips()) {
        r.embedClips = true;
    } else if (m_clips->isChecked()) {
        const QFileInfo out(r.outputPath);
        r.clipsDir = QDir(out.absolutePath()).filePath(tr("%1 clips").arg(out.completeBaseName()));
    }
    return r;
}

void ExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_format->setEnabled(!running);
    m_path->setEnabled(!running);
    m_clips->setEnabled(!running);
    m_embedClips->setEnabled(!running && m_clips->isChecked() &&
                             m_format->currentData().toString() == u"html");
    m_paper->setEnabled(!running && m_format->currentData().toString() == u"pdf");
    m_buttons->button(QDialogButtonBox::Close)->setText(running ? tr("Cancel") : tr("Close"));
    m_progress->setVisible(running || m_progress->value() > 0);
}

void ExportDialog::startExport()
{
    if (m_watcher.isRunning())
        return;
    if (m_path->text().trimmed().isEmpty()) {
        m_result->setText(tr("Choose where to save the export."));
        return;
    }
    QSettings settings;
    settings.setValue(settingsKey("format"), m_format->currentData());
    settings.setValue(settingsKey("paper"), m_paper->currentData());
    settings.setValue(settingsKey("clips"), m_clips->isChecked());
    settings.setValue(settingsKey("embedClips"), m_embedClips->isChecked());
    rememberExportFolder(QFileInfo(m_path->text()).absolutePath());
    m_openFolder->hide();
    m_result->setText(tr("Exporting…"));
    m_progress->setValue(0);
    m_cancel = std::make_shared<media::CancelToken>();
    setRunning(true);
    auto progress = std::make_shared<BarProgress>(m_progress);
    m_watcher.setFuture(QtConcurrent::run([request = request(), progress, cancel = m_cancel] {
        return runDebriefExport(request, *progress, *cancel);
    }));
}

void ExportDialog::finished()
{
    const auto outcome = m_watcher.result();
    m_progress->setValue(outcome ? 1000 : 0);
    setRunning(false);
    if (!outcome) {
        m_result->setText(
            tr("<b>Not exported.</b> %1").arg(outcome.error().message.toHtmlEscaped()));
        Q_EMIT exportFinished(false);
        return;
    }
    QString text =
        tr("Saved to %1").arg(QDir::toNativeSeparators(outcome->outputPath).toHtmlEscaped());
    if (!outcome->clips.isEmpty())
        text += (outcome->clips.size() == 1 ? tr("<br>1 clip in %1")
                                            : tr("<br>%1 clips in %2").arg(outcome->clips.size()))
                    .arg(QDir::toNativeSeparators(QFileInfo(outcome->clips.first()).absolutePath())
                             .toHtmlEscaped());
    if (outcome->embeddedClips > 0)
        text += outcome->embeddedClips == 1
                    ? tr("<br>1 clip inside the page")
                    : tr("<br>%1 clips inside the page").arg(outcome->embeddedClips);
    for (const QString& warning : outcome->warnings)
        text += QStringLiteral("<br><i>%1</i>").arg(warning.toHtmlEscaped());
    m_result->setText(text);
    m_openFolder->show();
    Q_EMIT exportFinished(true);
}

} // namespace coachtrack::app
