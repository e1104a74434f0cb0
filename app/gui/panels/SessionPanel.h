#pragma once

#include "annotations/Store.h"
#include "media/TalkMetrics.h"
#include "workflows/TranscriptMetrics.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace coachtrack::app {

// The review session's own facts: objectives, the rep's own view (what went well, what they
// would change), next steps, the next coaching date and the
// focus cap (every change is saved at once and can be undone), the call's talk metrics and
// what its transcript says about each speaker. GUI thread.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SessionPanel(QWidget* parent = nullptr);

    void setSession(const annotations::ReviewSession& session, int focusCount);
    void setTalk(const media::TalkMetrics* metrics); // null: not known (yet)
    // Each transcript speaker's figures (the row is hidden without a transcript).
    void setTranscriptMetrics(const std::vector<workflows::SpeakerMetrics>& speakers);
    void clear();
    QPlainTextEdit* objectivesEdit() const { return m_objectives; }

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* capBox() const { return m_cap; }
    QCheckBox* dateBox() const { return m_hasDate; }

Q_SIGNALS:
    void changed(const annotations::SessionChanges& changes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showTalk(); // the talk lines and their note (or a pointer to the Words row)

    QPlainTextEdit* m_objectives = nullptr;
    QPlainTextEdit* m_selfWentWell = nullptr;
    QPlainTextEdit* m_selfWouldChange = nullptr;
    QPlainTextEdit* m_nextSteps = nullptr;
    QCheckBox* m_hasDate = nullptr;
    QDateEdit* m_date = nullptr;
    QSpinBox* m_cap = nullptr;
    QLabel* m_focusCount = nullptr;
    QLabel* m_talk = nullptr;
    QLabel* m_wordsLabel = nullptr;
    QLabel* m_words = nullptr;
    QStringList m_talkLines; // the talk metrics shown, without their note
    QString m_talkNote;
    bool m_updating = false;
};

} // namespace coachtrack::app
