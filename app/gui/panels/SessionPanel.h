#pragma once

#include "annotations/Store.h"
#include "media/TalkMetrics.h"
#include "workflows/NotePhrasing.h"
#include "workflows/TranscriptMetrics.h"

#include <QWidget>
#include <map>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace coachtrack::app {

// The review session laid out by its template, part by part in the template's order and under
// its headings, each with the template's prompt: objectives, the rep's own view (what went
// well, what they would change), the observations (how many shareable notes, and, for the
// manager only, how they are phrased), the focus items (cap, and which lack a question or a
// plan), the commitment and the next coaching date. Every change is saved at once and can be
// undone. Below the parts: the call's talk metrics and what its transcript says about each
// speaker. GUI thread.
class SessionPanel : public QWidget
{
    Q_OBJECT
public:
    // What the review holds, shown in the observations and focus parts.
    struct ReviewFigures
    {
        int shareableNotes = 0;
        workflows::CoachingStyle style; // the manager's view only: hidden in share-safe mode
        bool styleShown = true;         // false in a shareable copy of the library (the rep's)
        int focusChosen = 0;
        int focusWithoutQuestion = 0;
        int focusWithoutPlan = 0;
    };

    explicit SessionPanel(QWidget* parent = nullptr);

    void setSession(const annotations::ReviewSession& session, const ReviewFigures& figures);
    // The library's templates for the chooser, and the one the session follows (its parts are
    // laid out in its order).
    void setTemplates(const std::vector<annotations::SessionTemplate>& all,
                      const annotations::SessionTemplate& followed);
    void setTalk(const media::TalkMetrics* metrics); // null: not known (yet)
    // Each transcript speaker's figures (the row is hidden without a transcript).
    void setTranscriptMetrics(const std::vector<workflows::SpeakerMetrics>& speakers);
    // While the screen is shared, how the manager phrases notes is not shown.
    void setShareSafe(bool on);
    void clear();
    // Puts the keyboard in the first field of the first part (Alt+3).
    void focusFirstField();
    QPlainTextEdit* objectivesEdit() const { return m_objectives; }
    QComboBox* templateBox() const { return m_templateBox; }
    QLabel* styleLabel() const { return m_style; }
    // The headings of the parts shown, in order.
    QStringList partHeadings() const;

    QDateEdit* dateEdit() const { return m_date; }
    QSpinBox* capBox() const { return m_cap; }
    QCheckBox* dateBox() const { return m_hasDate; }

Q_SIGNALS:
    void changed(const annotations::SessionChanges& changes);
    void editTemplatesRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // One part's box: its heading, its prompt and a form for its fields.
    struct Part
    {
        QWidget* box = nullptr;
        QLabel* heading = nullptr;
        QLabel* prompt = nullptr;
        QWidget* firstField = nullptr;
    };
    void buildParts();
    void connectFields();
    void showFigures();
    void showTalk(); // the talk lines and their note (or a pointer to the Words row)

    QVBoxLayout* m_partsLayout = nullptr;
    std::map<annotations::TemplateSection, Part> m_parts;
    QComboBox* m_templateBox = nullptr;
    QPushButton* m_editTemplates = nullptr;
    QPlainTextEdit* m_objectives = nullptr;
    QPlainTextEdit* m_selfWentWell = nullptr;
    QPlainTextEdit* m_selfWouldChange = nullptr;
    QLabel* m_observations = nullptr;
    QLabel* m_style = nullptr;
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
    ReviewFigures m_figures;
    annotations::SessionTemplate m_shownTemplate;
    std::vector<annotations::SessionTemplate> m_templates;
    bool m_shareSafe = false;
    bool m_updating = false;
};

} // namespace coachtrack::app
