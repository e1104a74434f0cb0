#pragma once

#include "app/gui/media/SpeakerTurns.h"
#include "media/PeakPyramid.h"
#include "media/SpeechDetector.h"

#include <QPixmap>
#include <QStringList>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QScrollBar;

namespace coachtrack::app {

// A note as the waveform's lanes show it.
struct LaneNote
{
    int64_t id = 0;
    int64_t startMs = 0;
    QString text;
    int focusNumber = 0; // 1…cap for focus items
};

// The recording as a waveform — one lane per channel, labelled by speaker, drawn from the
// peak pyramid (partial while it is being built), speech shaded per speaker (a mono call's
// lane by the transcript's speaker turns, when it has one) — with a time
// ruler (the call's moments marked in amber under it), the playhead, and two note lanes beneath:
// shareable (teal diamonds, focus items as numbered orange discs) and private (purple triangles;
// absent in share-safe mode). Wheel zooms around the pointer, Shift+wheel scrolls; click seeks;
// click a marker to jump, drag it to retime; hovering a marker shows its text. GUI thread.
class WaveformView : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);

    void setDuration(int64_t durationMs);
    void setPeaks(std::shared_ptr<const media::PeakPyramid> peaks);
    void setSpeech(std::vector<std::vector<media::SpeechSegment>> perChannel);
    void setChannelLabels(const QStringList& labels);
    // Who spoke when, from the transcript: drawn on a mono call's one lane (two channels show
    // each speaker on their own lane already).
    void setSpeakerTurns(std::vector<SpeakerTurn> turns);
    int speakerTurnCount() const { return int(m_turns.size()); }
    // The call's moments (workflows/Moments.h) as amber marks under the ruler, from start to
    // end, so N / Shift+N have something to see.
    void setMomentSpans(std::vector<std::pair<int64_t, int64_t>> spans);
    int momentCount() const { return int(m_moments.size()); }
    void setShareableNotes(std::vector<LaneNote> notes);
    // Private notes are shown only while the private lane is; hiding it forgets them.
    void setPrivateNotes(std::vector<LaneNote> notes);
    void setPrivateLaneVisible(bool visible);
    bool privateLaneVisible() const { return m_privateVisible; }
    int privateNoteCount() const { return int(m_private.size()); }
    void setPosition(int64_t ms);
    void clear();

    // The visible stretch of the recording.
    int64_t visibleStartMs() const { return m_startMs; }
    int64_t visibleSpanMs() const { return m_spanMs; }
    void zoomBy(double factor, std::optional<int64_t> aroundMs = std::nullopt);
    void zoomToFit();

    // Where a note's marker is drawn (for tests and accessibility), or nullopt.
    std::optional<QPoint> markerCenter(int64_t noteId) const;
    int64_t msAt(int x) const;
    int xAt(int64_t ms) const;
    // The column of lane labels on the left (Rep, Buyer, Shareable, Private): wide enough for
    // the widest label; markers and the waveform are drawn right of it only, time 0 a marker's
    // width further in.
    int labelGutterWidth() const;

Q_SIGNALS:
    void seekRequested(int64_t ms);
    void noteClicked(int64_t noteId);
    void retimeRequested(int64_t noteId, int64_t startMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Hit
    {
        const LaneNote* note;
        bool isPrivate;
    };
    struct Layout
    {
        QRect ruler, waves, shareableLane, privateLane;
    };
    // Times map onto the rects' x range (time 0 at left()); lanes are painted wider, from the
    // gutter to the right edge (laneBand), so a marker at either end is drawn whole.
    Layout layoutRects() const;
    QRect laneBand(const QRect& timeArea) const;
    // Everything but the playhead is drawn once into m_cache and redrawn only on change.
    void invalidate();
    void renderStatic(QPainter& p);
    std::optional<Hit> hitTest(QPoint point) const;
    void setVisible(int64_t startMs, int64_t spanMs);
    void syncScrollBar();
    void placeScrollBar();
    void drawWaves(QPainter& p, const QRect& area);
    void drawRuler(QPainter& p, const QRect& area);
    void drawLabel(QPainter& p, const QRect& lane, const QString& text);
    void drawNoteLane(QPainter& p, const QRect& lane, const std::vector<LaneNote>& notes,
                      bool isPrivate);

    int64_t m_durationMs = 0;
    int64_t m_startMs = 0;
    int64_t m_spanMs = 60'000;
    int64_t m_positionMs = 0;
    std::shared_ptr<const media::PeakPyramid> m_peaks;
    std::vector<std::vector<media::SpeechSegment>> m_speech;
    QStringList m_labels;
    std::vector<SpeakerTurn> m_turns;
    std::vector<std::pair<int64_t, int64_t>> m_moments;
    std::vector<LaneNote> m_shareable;
    std::vector<LaneNote> m_private;
    bool m_privateVisible = true;
    QScrollBar* m_scroll = nullptr;
    // A marker being dragged: its note, and where it would land now.
    std::optional<int64_t> m_dragId;
    int64_t m_dragMs = 0;
    QPoint m_pressPoint;
    bool m_dragMoved = false;
    QPixmap m_cache;
    bool m_cacheValid = false;
};

} // namespace coachtrack::app
