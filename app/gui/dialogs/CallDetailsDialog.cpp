#include "app/gui/dialogs/CallDetailsDialog.h"

#include "app/gui/LocaleText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace coachtrack::app {

using annotations::Outcome;

CallDetailsDialog::CallDetailsDialog(const annotations::Recording& recording,
                                     const QString& repName, const QStringList& reps, bool repOnly,
                                     QWidget* parent)
    : QDialog(parent)
    , m_recording(recording)
    , m_repName(repName)
{
    setWindowTitle(repOnly ? tr("Whose calls are these?") : tr("Call Details"));
    auto* form = new QFormLayout(this);

    m_rep = new QComboBox(this);
    m_rep->setEditable(true);
    m_rep->setInsertPolicy(QComboBox::NoInsert);
    m_rep->addItems(reps);
    m_rep->setCurrentText(repName);
    m_rep->lineEdit()->setPlaceholderText(tr("Pick a rep or type a new name"));
    form->addRow(tr("&Rep:"), m_rep);

    m_title = new QLineEdit(recording.title, this);
    m_date = new QDateEdit(recording.callDate.isValid() ? recording.callDate : QDate::currentDate(),
                           this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dayMonthYearPattern());
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_account = new QLineEdit(recording.account, this);
    m_account->setPlaceholderText(tr("The buyer's company"));
    m_outcome = new QComboBox(this);
    m_outcome->addItem(tr("Open"), int(Outcome::Open));
    m_outcome->addItem(tr("Won"), int(Outcome::Won));
    m_outcome->addItem(tr("Lost"), int(Outcome::Lost));
    m_outcome->setCurrentIndex(m_outcome->findData(int(recording.outcome)));
    m_side = new QComboBox(this);
    m_side->addItem(tr("Left channel"), 0);
    m_side->addItem(tr("Right channel"), 1);
    m_side->setCurrentIndex(recording.repChannel == 1 ? 1 : 0);
    m_side->setToolTip(tr("For a two-channel recording: the side the rep was recorded on"));
    if (!repOnly) {
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("Call &date:"), m_date);
        form->addRow(tr("&Account:"), m_account);
        form->addRow(tr("&Outcome:"), m_outcome);
        form->addRow(tr("Rep's &side:"), m_side);
    } else {
        for (QWidget* w : {static_cast<QWidget*>(m_title), static_cast<QWidget*>(m_date),
                           static_cast<QWidget*>(m_account), static_cast<QWidget*>(m_outcome),
                           static_cast<QWidget*>(m_side)})
            w->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(400);
}

void CallDetailsDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_rep->setFocus(Qt::OtherFocusReason); // whose call it is, first
}

annotations::RecordingChanges CallDetailsDialog::changes() const
{
    annotations::RecordingChanges c;
    const QString rep = m_rep->currentText().trimmed();
    if (rep != m_repName)
        c.repName = rep;
    if (m_title->isHidden())
        return c;
    if (m_title->text().trimmed() != m_recording.title)
        c.title = m_title->text().trimmed();
    if (m_date->date() != m_recording.callDate)
        c.callDate = m_date->date();
    if (m_account->text().trimmed() != m_recording.account)
        c.account = m_account->text().trimmed();
    if (const auto outcome = Outcome(m_outcome->currentData().toInt());
        outcome != m_recording.outcome)
        c.outcome = outcome;
    if (const int side = m_side->currentData().toInt(); side != m_recording.repChannel)
        c.repChannel = side;
    return c;
}

} // namespace coachtrack::app
