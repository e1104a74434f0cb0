#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace coachtrack::app {

// File ▸ Encrypt Private Notes…: where the key is kept — the desktop's secret store (offered
// when one answers; `keyringProblem` says why not otherwise) or a passphrase typed twice (at
// least 8 characters). OK stays disabled until the choice is complete. GUI thread.
class EncryptDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinPassphrase = 8;
    explicit EncryptDialog(const QString& keyringProblem, QWidget* parent = nullptr);
    // "" for the secret store, else the passphrase typed.
    QString passphrase() const;
    QLineEdit* passphraseField() const { return m_first; }
    QLineEdit* repeatField() const { return m_second; }
    QRadioButton* keyringChoice() const { return m_keyring; }
    QRadioButton* passphraseChoice() const { return m_withPassphrase; }
    QPushButton* okButton() const { return m_ok; }

private:
    void update();

    QRadioButton* m_keyring = nullptr;
    QRadioButton* m_withPassphrase = nullptr;
    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace coachtrack::app
