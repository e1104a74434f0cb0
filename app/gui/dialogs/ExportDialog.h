#pragma once

#include "workflows/DebriefExport.h"

#include <QDialog>
#include <QFutureWatcher>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace coachtrack::app {

// Where exports (and shareable copies) go by default: the folder saved to last while it is
// still there, else Documents (made when a fresh home lacks it), else the home folder.
QString exportFolder();
void rememberExportFolder(const QString& folder);

// "Export…": the format (the sheet, the notes, or the notes for ELAN, Audacity or Praat), paper,
// where to save, optional clips of the focus
// moments; runs the export on a worker thread with a progress bar and a Cancel button, then
// offers to open the folder. Only shareable content is ever exported from here. GUI thread.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QString databasePath, int64_t sessionId, QString suggestedName,
                 QWidget* parent = nullptr);
    ~ExportDialog() override;

    QComboBox* formatBox() const { return m_format; }
    QLineEdit* pathEdit() const { return m_path; }
    QCheckBox* clipsBox() const { return m_clips; }
    QCheckBox* embedClipsBox() const { return m_embedClips; }
    // The clips go inside an HTML sheet (as data: URLs) rather than in a folder beside it.
    bool embedsClips() const;
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* resultLabel() const { return m_result; }
    // Starts the export as the Export button does (for tests and keyboard users).
    void startExport();

Q_SIGNALS:
    void exportFinished(bool ok);

private:
    void chooseFile();
    void formatChanged();
    QString currentSuffix() const; // of the chosen format's file
    void finished();
    void setRunning(bool running);
    workflows::ExportRequest request() const;

    QString m_databasePath;
    int64_t m_sessionId = 0;
    QString m_suggestedName;
    QComboBox* m_format = nullptr;
    QComboBox* m_paper = nullptr;
    QLineEdit* m_path = nullptr;
    QCheckBox* m_clips = nullptr;
    QCheckBox* m_embedClips = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_openFolder = nullptr;
    std::shared_ptr<media::CancelToken> m_cancel;
    QFutureWatcher<workflows::Expected<workflows::ExportReport>> m_watcher;
};

} // namespace coachtrack::app
