#pragma once

#include "annotations/Types.h"
#include "workflows/NotePhrasing.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace coachtrack::app {
class NoCopyFilter;
}

namespace coachtrack::app {

// The line where a new note is typed: it opens with the moment already stamped (the
// playhead at the key press minus the reaction lead), Enter saves, Esc cancels. Private and
// shareable notes look different so the manager always knows which track they type into.
// It has a fixed place and height across the whole centre, shown open or idle (a hint of the
// keys), so nothing around it moves when a note is begun or ends. After the call has ended,
// the note goes at the playhead instead, which the window moves with it (setStampMs); ← / →
// on the still empty line ask for that (nudgeRequested). A shareable note that reads as a
// command ("you need to…") gets a quiet "Ask instead" (Alt+Q) that rephrases it as a question
// for the rep; private notes are never judged. GUI thread.
class NoteEntryBar : public QWidget
{
    Q_OBJECT
public:
    explicit NoteEntryBar(QWidget* parent = nullptr);

    // `callEnded`: playback has reached the end; the stamp is the playhead and follows it.
    void begin(annotations::Track track, int64_t stampMs, bool callEnded = false);
    bool isActive() const { return m_active; }
    bool isAtCallEnd() const { return m_active && m_callEnded; }
    annotations::Track track() const { return m_track; }
    int64_t stampMs() const { return m_stampMs; }
    // Moves the stamp of the open note (shown at once).
    void setStampMs(int64_t stampMs);
    QLineEdit* editor() const { return m_edit; }
    QPushButton* askInsteadButton() const { return m_askInstead; }
    // The caption above the line: the open note's track, time and keys, or the idle hint.
    QString caption() const;
    // What the idle line says (which keys begin a note).
    void setIdleHint(const QString& hint);
    // The rules a shareable note's phrasing is judged by (the library's list).
    void setPhrasingRules(std::vector<workflows::PhrasingRule> rules);
    void cancel();

Q_SIGNALS:
    void submitted(annotations::Track track, int64_t stampMs, const QString& text);
    void finished(); // saved or cancelled
    // ← (-1) or → (+1) on the empty line of a note at the call's end: move the playhead.
    void nudgeRequested(int direction);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void submit();
    void close();
    void showCaption();
    void checkPhrasing(); // offers "Ask instead" for a shareable note that commands

    QLabel* m_label = nullptr;
    QLineEdit* m_edit = nullptr;
    std::vector<workflows::PhrasingRule> m_rules = workflows::defaultPhrasingRules();
    QPushButton* m_askInstead = nullptr;
    NoCopyFilter* m_noCopy = nullptr;
    QString m_idleHint;
    annotations::Track m_track = annotations::Track::Shareable;
    int64_t m_stampMs = 0;
    bool m_active = false;
    bool m_callEnded = false;
};

} // namespace coachtrack::app
