#pragma once

#include "annotations/Store.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace coachtrack::app {

// Whose call it is and what it was: rep (pick one or type a new name), title, call date,
// account, outcome and which side of a two-channel recording is the rep. `changes()` holds only
// the fields the user changed, so that the library writes nothing else. For several files
// added at once (`repOnly`) it asks for the rep alone. GUI thread.
class CallDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    CallDetailsDialog(const annotations::Recording& recording, const QString& repName,
                      const QStringList& reps, bool repOnly, QWidget* parent = nullptr);

    annotations::RecordingChanges changes() const;

    QComboBox* repBox() const { return m_rep; }
    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    annotations::Recording m_recording;
    QString m_repName;
    QComboBox* m_rep = nullptr;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_account = nullptr;
    QComboBox* m_outcome = nullptr;
    QComboBox* m_side = nullptr;
};

} // namespace coachtrack::app
