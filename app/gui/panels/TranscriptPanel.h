#pragma once

#include "annotations/Types.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace coachtrack::app {

// The call's transcript beside the audio: who speaks (each speaker's role, proposed from the
// audio with its confidence or given, chosen here), each line with its time and speaker, the
// line being spoken highlighted and followed during playback, a click to hear a line, a search
// that keeps only the lines that match, and Q (or the context menu) to quote a line in a
// shareable note. GUI thread.
class TranscriptPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPanel(QWidget* parent = nullptr);

    // nullopt: the recording has no transcript (the panel says how to import one).
    void setTranscript(const std::optional<annotations::RecordingTranscript>& transcript);
    void clear();
    // The playhead: the line it is in (or the last one before it) is highlighted and, unless
    // the user is searching, scrolled into view.
    void setPosition(qint64 ms);

    QTreeWidget* list() const { return m_list; }
    // The role chooser of a speaker in the speakers strip (null when there is none).
    QComboBox* roleBox(const QString& speaker) const;
    QLineEdit* search() const { return m_search; }
    int currentLine() const { return m_current; } // index into the lines, -1 for none

Q_SIGNALS:
    void seekRequested(qint64 ms);
    void quoteRequested(qint64 startMs, const QString& quote);
    void importRequested();
    void fillerWordsRequested(); // the user wants to edit the filler list
    // The user chose a speaker's role in the speakers strip.
    void speakerRoleChosen(const QString& speaker, annotations::SpeakerRole role);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applySearch();
    void quote(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& at);
    void showSpeakers(const std::vector<annotations::TranscriptSpeaker>& speakers);

    QLineEdit* m_search = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_fillers = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_speakers = nullptr;
    QGridLayout* m_speakerGrid = nullptr;
    QTreeWidget* m_list = nullptr;
    std::vector<annotations::TranscriptLine> m_lines;
    int m_current = -1;
};

} // namespace coachtrack::app
