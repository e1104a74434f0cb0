#include "app/gui/dialogs/FocusSwapDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace coachtrack::app {

FocusSwapDialog::FocusSwapDialog(int cap, const QString& incoming, const std::vector<Item>& current,
                                 QWidget* parent)
    : QDialog(parent)
    , m_group(new QButtonGroup(this))
    , m_items(current)
{
    setWindowTitle(tr("Focus Items Full"));
    auto* layout = new QVBoxLayout(this);
    auto* message = new QLabel(
        tr("<b>This session already has %1 focus items</b> — the most a rep should practise at "
           "once."
           "<br>To make “%2” a focus item, choose one to swap out (it stays a shareable note):")
            .arg(cap)
            .arg(incoming.left(80).toHtmlEscaped()),
        this);
    message->setWordWrap(true);
    layout->addWidget(message);
    for (size_t i = 0; i < m_items.size(); ++i) {
        auto* option = new QRadioButton(m_items[i].label, this);
        m_group->addButton(option, int(i));
        layout->addWidget(option);
        if (i == 0)
            option->setChecked(true);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Swap"), QDialogButtonBox::AcceptRole)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

int64_t FocusSwapDialog::outgoing() const
{
    const int index = m_group->checkedId();
    return index >= 0 && size_t(index) < m_items.size() ? m_items[size_t(index)].noteId : 0;
}

void FocusSwapDialog::choose(int64_t noteId)
{
    for (size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].noteId == noteId)
            m_group->button(int(i))->setChecked(true);
}

} // namespace coachtrack::app
