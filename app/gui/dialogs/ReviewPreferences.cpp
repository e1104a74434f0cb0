#include "app/gui/dialogs/ReviewPreferences.h"

#include "app/gui/dialogs/TeamPreferencesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace coachtrack::app {

ReviewPreferences ReviewPreferences::load()
{
    const QSettings s;
    ReviewPreferences p;
    p.skipMs = s.value(QStringLiteral("review/skipMs"), qint64(p.skipMs)).toLongLong();
    p.autoRewindMs =
        s.value(QStringLiteral("review/autoRewindMs"), qint64(p.autoRewindMs)).toLongLong();
    p.reactionLeadMs =
        s.value(QStringLiteral("review/reactionLeadMs"), qint64(p.reactionLeadMs)).toLongLong();
    p.pauseWhileTyping =
        s.value(QStringLiteral("review/pauseWhileTyping"), p.pauseWhileTyping).toBool();
    return p;
}

void ReviewPreferences::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("review/skipMs"), qint64(skipMs));
    s.setValue(QStringLiteral("review/autoRewindMs"), qint64(autoRewindMs));
    s.setValue(QStringLiteral("review/reactionLeadMs"), qint64(reactionLeadMs));
    s.setValue(QStringLiteral("review/pauseWhileTyping"), pauseWhileTyping);
}

double ReviewPreferences::lastRate()
{
    bool ok = false;
    const double rate = QSettings().value(QStringLiteral("review/rate"), 1.0).toDouble(&ok);
    return ok && std::isfinite(rate) ? rate : 1.0; // the player clamps it to 0.5–3×
}

void ReviewPreferences::rememberRate(double rate)
{
    QSettings().setValue(QStringLiteral("review/rate"), rate);
}

namespace {
QDoubleSpinBox* seconds(double value, double max, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(0, max);
    box->setSingleStep(0.5);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" s"));
    box->setValue(value);
    return box;
}
} // namespace

PreferencesDialog::PreferencesDialog(const ReviewPreferences& current, const QString& libraryPath,
                                     QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs);
    auto* review = new QWidget(m_tabs);
    m_tabs->addTab(review, tr("&Review"));
    m_team = new TeamPreferencesPage(libraryPath, m_tabs);
    m_team->setObjectName(QStringLiteral("teamPage"));
    m_tabs->addTab(m_team, tr("&Team"));
    auto* form = new QFormLayout(review);
    m_skip = seconds(double(current.skipMs) / 1000.0, 60, this);
    m_skip->setMinimum(0.5);
    m_rewind = seconds(double(current.autoRewindMs) / 1000.0, 10, this);
    m_lead = seconds(double(current.reactionLeadMs) / 1000.0, 10, review);
    m_lead->setObjectName(QStringLiteral("reactionLead"));
    m_pause = new QCheckBox(tr("Pause playback while I type a note"), this);
    m_pause->setChecked(current.pauseWhileTyping);
    form->addRow(tr("&Skip back / forward by:"), m_skip);
    form->addRow(tr("&Rewind when resuming after a pause:"), m_rewind);
    form->addRow(tr("Stamp notes this long &before the key press:"), m_lead);
    auto* leadHint = new QLabel(tr("Counted in seconds of your time, more of the call at higher "
                                   "speed: 2 s at 2× reaches 4 s back into the recording."),
                                this);
    leadHint->setObjectName(QStringLiteral("reactionLeadHint"));
    leadHint->setWordWrap(true);
    leadHint->setStyleSheet(QStringLiteral("color: #6b7882;"));
    m_lead->setToolTip(leadHint->text());
    form->addRow(QString(), leadHint);
    form->addRow(QString(), m_pause);
    m_retention = new QComboBox(this);
    m_retention->setObjectName(QStringLiteral("privateRetention"));
    m_retention->addItem(tr("Never (keep until I delete them)"), 0);
    for (int days : {7, 30, 90})
        m_retention->addItem(tr("%1 days").arg(days), days);
    form->addRow(tr("&Forget private notes after:"), m_retention);
    auto* retentionHint =
        new QLabel(tr("Forgotten notes are wiped from the library, its journal and its backups, "
                      "at start-up and every hour. Shareable notes are kept."),
                   this);
    retentionHint->setWordWrap(true);
    retentionHint->setStyleSheet(QStringLiteral("color: #6b7882;"));
    form->addRow(QString(), retentionHint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);
}

void PreferencesDialog::showPage(Page page)
{
    m_tabs->setCurrentWidget(page == Page::Team ? static_cast<QWidget*>(m_team)
                                                : m_tabs->widget(0));
}

void PreferencesDialog::setRetentionDays(std::optional<int> days)
{
    const int wanted = days.value_or(0);
    int index = m_retention->findData(wanted);
    if (index < 0) {
        m_retention->addItem(tr("%1 days").arg(wanted), wanted);
        index = m_retention->count() - 1;
    }
    m_retention->setCurrentIndex(index);
}

std::optional<int> PreferencesDialog::retentionDays() const
{
    const int days = m_retention->currentData().toInt();
    return days > 0 ? std::optional<int>(days) : std::nullopt;
}

ReviewPreferences PreferencesDialog::chosen() const
{
    ReviewPreferences p;
    p.skipMs = std::llround(m_skip->value() * 1000);
    p.autoRewindMs = std::llround(m_rewind->value() * 1000);
    p.reactionLeadMs = std::llround(m_lead->value() * 1000);
    p.pauseWhileTyping = m_pause->isChecked();
    return p;
}

} // namespace coachtrack::app
