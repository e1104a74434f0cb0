#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace coachtrack::app {

// "Rephrase for the Rep": shows the private note and takes the words the rep will read, in a
// wrapping text box; Ctrl+Enter (or OK) accepts, Esc cancels. The private text is shown, never
// copied into the answer. GUI thread.
class RephraseDialog : public QDialog
{
    Q_OBJECT
public:
    RephraseDialog(const QString& privateText, QWidget* parent = nullptr);
    QString rephrased() const;
    QPlainTextEdit* editor() const { return m_edit; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPlainTextEdit* m_edit = nullptr;
};

} // namespace coachtrack::app
