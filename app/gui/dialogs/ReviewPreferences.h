#pragma once

#include <QDialog>
#include <cstdint>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QTabWidget;

namespace coachtrack::app {

class TeamPreferencesPage;

// How reviewing behaves, kept in QSettings ("review/…").
struct ReviewPreferences
{
    int64_t skipMs = 5000;       // ← / → skip
    int64_t autoRewindMs = 2000; // stepping back when playback resumes after a pause
    // A note is stamped this long before the key press, in the manager's own (real) time: at
    // 2× it reaches twice as far back into the recording, and over a skipped pause no further
    // (media::Player::positionListenedAgo).
    int64_t reactionLeadMs = 2000;
    bool pauseWhileTyping = false; // playback goes on while a note is typed unless set

    static ReviewPreferences load();
    void save() const;

    // The last playback speed ("review/rate"), restored when the window opens; 1.0 at first.
    static double lastRate();
    static void rememberRate(double rate);
};

// Edit ▸ Preferences…: the Review page (the four settings above, and how long the library
// keeps private notes) and the Team page (the team library, TeamPreferencesPage). GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // `libraryPath`: the library whose team settings the Team page edits.
    PreferencesDialog(const ReviewPreferences& current, const QString& libraryPath,
                      QWidget* parent = nullptr);
    enum class Page
    {
        Review,
        Team,
    };
    void showPage(Page page);
    TeamPreferencesPage* teamPage() const { return m_team; }
    ReviewPreferences chosen() const;
    // "Forget private notes after": the library's setting (nullopt: never), offered as never,
    // 7, 30 or 90 days (and any other number the library already has).
    void setRetentionDays(std::optional<int> days);
    std::optional<int> retentionDays() const;

private:
    QTabWidget* m_tabs = nullptr;
    TeamPreferencesPage* m_team = nullptr;
    QComboBox* m_retention = nullptr; // objectName "privateRetention"
    QDoubleSpinBox* m_skip = nullptr;
    QDoubleSpinBox* m_rewind = nullptr;
    QDoubleSpinBox* m_lead = nullptr; // objectName "reactionLead"; its row explains real time
    QCheckBox* m_pause = nullptr;
};

} // namespace coachtrack::app
