#include "app/gui/dialogs/EncryptDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace coachtrack::app {

EncryptDialog::EncryptDialog(const QString& keyringProblem, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Encrypt Private Notes"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Private notes will be stored encrypted (XChaCha20-Poly1305): without the key, the "
           "library file shows none of their words. Shareable notes stay as they are. Without "
           "the key, Coachtrack still opens the library and shows private notes as locked."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_keyring =
        new QRadioButton(tr("Keep the key in my desktop's &secret store (login keyring)"), this);
    m_withPassphrase = new QRadioButton(tr("Unlock with a &passphrase I type"), this);
    layout->addWidget(m_keyring);
    if (!keyringProblem.isEmpty()) {
        m_keyring->setEnabled(false);
        auto* why = new QLabel(tr("Not available here: %1").arg(keyringProblem), this);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #6b7882;"));
        layout->addWidget(why);
    }
    layout->addWidget(m_withPassphrase);
    auto* form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_second = new QLineEdit(this);
    for (QLineEdit* field : {m_first, m_second})
        field->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase:"), m_first);
    form->addRow(tr("Again:"), m_second);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #a33;"));
    layout->addWidget(m_problem);
    auto* warning = new QLabel(tr("A forgotten passphrase cannot be recovered: private notes "
                                  "would stay locked for good."),
                               this);
    warning->setWordWrap(true);
    layout->addWidget(warning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Encrypt"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* choice : {m_keyring, m_withPassphrase})
        connect(choice, &QRadioButton::toggled, this, &EncryptDialog::update);
    for (QLineEdit* field : {m_first, m_second})
        connect(field, &QLineEdit::textChanged, this, &EncryptDialog::update);
    (keyringProblem.isEmpty() ? m_keyring : m_withPassphrase)->setChecked(true);
    update();
}

QString EncryptDialog::passphrase() const
{
    return m_withPassphrase->isChecked() ? m_first->text() : QString();
}

void EncryptDialog::update()
{
    const bool typed = m_withPassphrase->isChecked();
    m_first->setEnabled(typed);
    m_second->setEnabled(typed);
    QString problem;
    if (typed && m_first->text().trimmed().size() < kMinPassphrase)
        problem = tr("At least %1 characters.").arg(kMinPassphrase);
    else if (typed && m_first->text() != m_second->text())
        problem = tr("The two passphrases differ.");
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace coachtrack::app
