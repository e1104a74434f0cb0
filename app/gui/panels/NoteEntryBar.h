#pragma once

#include "annotations/Types.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace coachtrack::app {
class NoCopyFilter;
}

namespace coachtrack::app {

// The line where a new note is typed: it opens with the moment already stamped (the
// playhead at the key press minus the reaction lead), Enter saves, Esc cancels. Private and
// shareable notes look different so the manager always knows which track they type into.
// GUI thread.
class NoteEntryBar : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEntryBar(QWidget* parent = nullptr);

    void begin(annotations::Track track, int64_t stampMs);
    bool isActive() const { return isVisible(); }
    annotations::Track track() const { return m_track; }
    int64_t stampMs() const { return m_stampMs; }
    QLineEdit* editor() const { return m_edit; }
    void cancel();

Q_SIGNALS:
    void submitted(annotations::Track track, int64_t stampMs, const QString& text);
    void finished(); // saved or cancelled

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void submit();

    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    NoCopyFilter* m_noCopy = nullptr;
    annotations::Track m_track = annotations::Track::Shareable;
    int64_t m_stampMs = 0;
};

} // namespace coachtrack::app
