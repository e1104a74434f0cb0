#include "app/gui/media/WaveformView.h"

#include "annotations/TimeCode.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace coachtrack::app {

namespace {

constexpr int kRulerHeight = 20;
constexpr int kNoteLaneHeight = 26;
constexpr int kMinLabelWidth = 64;
constexpr int kLabelGap = 8; // between a label's text and the edge of the gutter
constexpr int kMarkerRadius = 8;
// Time 0 and the end lie this far inside the lanes, so that the widest marker (a focus disc)
// drawn there stays whole and off the labels.
constexpr int kTimeInset = kMarkerRadius + 4;
constexpr int64_t kMinSpanMs = 2'000;

const QColor kBackground(0xfb, 0xfc, 0xfd);
const QColor kWaveColors[] = {QColor(0x2a, 0x8c, 0x96), QColor(0x7d, 0x8b, 0x96)};
const QColor kSpeechColors[] = {QColor(0xdc, 0xf0, 0xf2), QColor(0xe9, 0xec, 0xef)};
const QColor kShareable(0x14, 0x7a, 0x84);
const QColor kFocus(0xe8, 0x83, 0x3a);
const QColor kPrivate(0x8e, 0x44, 0xad);
const QColor kPlayhead(0xd6, 0x45, 0x45);
const QColor kMuted(0x6b, 0x78, 0x82);
const QColor kMoment(0xe0, 0xa1, 0x1b);

int64_t tickStep(int64_t spanMs)
{
    for (int64_t step :
         {1'000, 2'000, 5'000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000})
        if (spanMs / step <= 10)
            return step;
    return 1'800'000;
}

} // namespace

WaveformView::WaveformView(QWidget* parent)
    : QWidget(parent)
    , m_scroll(new QScrollBar(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("waveform"));
    setMinimumHeight(180);
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(tr("Waveform and note lanes"));
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int value) {
        m_startMs = value;
        invalidate();
    });
}

void WaveformView::clear()
{
    m_durationMs = 0;
    m_peaks.reset();
    m_speech.clear();
    m_turns.clear();
    m_moments.clear();
    m_shareable.clear();
    m_private.clear();
    m_positionMs = 0;
    setVisible(0, 60'000);
}

void WaveformView::setDuration(int64_t durationMs)
{
    m_durationMs = std::max<int64_t>(0, durationMs);
    zoomToFit();
}

void WaveformView::setPeaks(std::shared_ptr<const media::PeakPyramid> peaks)
{
    m_peaks = std::move(peaks);
    invalidate();
}

void WaveformView::setSpeech(std::vector<std::vector<media::SpeechSegment>> perChannel)
{
    m_speech = std::move(perChannel);
    invalidate();
}

void WaveformView::setMomentSpans(std::vector<std::pair<int64_t, int64_t>> spans)
{
    m_moments = std::move(spans);
    invalidate();
}

void WaveformView::setSpeakerTurns(std::vector<SpeakerTurn> turns)
{
    m_turns = std::move(turns);
    invalidate();
}

void WaveformView::setChannelLabels(const QStringList& labels)
{
    m_labels = labels;
    placeScrollBar(); // the gutter fits the widest label
    invalidate();
}

void WaveformView::setShareableNotes(std::vector<LaneNote> notes)
{
    m_shareable = std::move(notes);
    invalidate();
}

void WaveformView::setPrivateNotes(std::vector<LaneNote> notes)
{
    m_private = m_privateVisible ? std::move(notes) : std::vector<LaneNote>{};
    invalidate();
}

void WaveformView::setPrivateLaneVisible(bool visible)
{
    m_privateVisible = visible;
    if (!visible) {
        m_private.clear();
        m_private.shrink_to_fit();
        QToolTip::hideText();
    }
    invalidate();
}

void WaveformView::setPosition(int64_t ms)
{
    const int oldX = xAt(m_positionMs);
    m_positionMs = ms;
    // Follow the playhead: page on when it leaves the view (unless a marker is being dragged).
    if (!m_dragId && (ms < m_startMs || ms >= m_startMs + m_spanMs)) {
        setVisible(ms - m_spanMs / 10, m_spanMs);
        return;
    }
    const int newX = xAt(ms);
    if (newX != oldX) { // repaint the two thin strips only; the rest comes from the cache
        update(QRect(oldX - 2, 0, 5, height()));
        update(QRect(newX - 2, 0, 5, height()));
    }
}

void WaveformView::setVisible(int64_t startMs, int64_t spanMs)
{
    const int64_t total = std::max<int64_t>(m_durationMs, kMinSpanMs);
    m_spanMs = std::clamp<int64_t>(spanMs, kMinSpanMs, total);
    m_startMs = std::clamp<int64_t>(startMs, 0, std::max<int64_t>(0, total - m_spanMs));
    syncScrollBar();
    invalidate();
}

void WaveformView::syncScrollBar()
{
    const QSignalBlocker block(m_scroll);
    const int64_t total = std::max<int64_t>(m_durationMs, kMinSpanMs);
    m_scroll->setRange(0, int(std::max<int64_t>(0, total - m_spanMs)));
    m_scroll->setPageStep(int(m_spanMs));
    m_scroll->setSingleStep(int(std::max<int64_t>(1, m_spanMs / 20)));
    m_scroll->setValue(int(m_startMs));
    m_scroll->setVisible(total > m_spanMs);
}

void WaveformView::zoomBy(double factor, std::optional<int64_t> aroundMs)
{
    const int64_t anchor = aroundMs.value_or(m_startMs + m_spanMs / 2);
    const double fraction = m_spanMs > 0 ? double(anchor - m_startMs) / double(m_spanMs) : 0.5;
    const int64_t span = int64_t(std::llround(double(m_spanMs) / factor));
    setVisible(anchor - int64_t(fraction * double(span)), span);
}

void WaveformView::zoomToFit()
{
    setVisible(0, std::max<int64_t>(m_durationMs, kMinSpanMs));
}

int WaveformView::labelGutterWidth() const
{
    const QFontMetrics metrics(font());
    QStringList labels = m_labels;
    labels << tr("Shareable") << tr("Private");
    int widest = 0;
    for (const QString& label : std::as_const(labels))
        widest = std::max(widest, metrics.horizontalAdvance(label));
    return std::max(kMinLabelWidth, widest + 2 * kLabelGap);
}

QRect WaveformView::laneBand(const QRect& timeArea) const
{
    const int gutter = labelGutterWidth();
    return QRect(gutter, timeArea.top(), std::max(0, width() - gutter), timeArea.height());
}

WaveformView::Layout WaveformView::layoutRects() const
{
    const int scroll = m_scroll->isVisible() ? m_scroll->sizeHint().height() : 0;
    const int lanes = kNoteLaneHeight * (m_privateVisible ? 2 : 1);
    const int left = labelGutterWidth() + kTimeInset;
    const int span = std::max(1, width() - left - kTimeInset);
    Layout l;
    l.ruler = QRect(left, 0, span, kRulerHeight);
    l.waves =
        QRect(left, kRulerHeight, span, std::max(20, height() - kRulerHeight - lanes - scroll));
    l.shareableLane = QRect(left, l.waves.bottom() + 1, span, kNoteLaneHeight);
    l.privateLane = m_privateVisible
                        ? QRect(left, l.shareableLane.bottom() + 1, span, kNoteLaneHeight)
                        : QRect();
    return l;
}

int64_t WaveformView::msAt(int x) const
{
    const QRect area = layoutRects().waves;
    const double fraction = double(x - area.left()) / std::max(1, area.width());
    return std::clamp<int64_t>(m_startMs + int64_t(std::llround(fraction * double(m_spanMs))), 0,
                               std::max<int64_t>(m_durationMs, 0));
}

int WaveformView::xAt(int64_t ms) const
{
    const QRect area = layoutRects().waves;
    return area.left() + int(std::llround(double(ms - m_startMs) * area.width() /
                                          std::max<double>(1, double(m_spanMs))));
}

std::optional<QPoint> WaveformView::markerCenter(int64_t noteId) const
{
    const Layout l = layoutRects();
    for (const LaneNote& n : m_shareable)
        if (n.id == noteId)
            return QPoint(xAt(m_dragId == noteId ? m_dragMs : n.startMs),
                          l.shareableLane.center().y());
    for (const LaneNote& n : m_private)
        if (n.id == noteId)
            return QPoint(xAt(m_dragId == noteId ? m_dragMs : n.startMs),
                          l.privateLane.center().y());
    return std::nullopt;
}

std::optional<WaveformView::Hit> WaveformView::hitTest(QPoint point) const
{
    const Layout l = layoutRects();
    auto search = [&](const std::vector<LaneNote>& notes, const QRect& lane,
                      bool isPrivate) -> std::optional<Hit> {
        if (!laneBand(lane).contains(point))
            return std::nullopt;
        const LaneNote* best = nullptr;
        int bestDistance = kMarkerRadius + 2;
        for (const LaneNote& n : notes) {
            const int d = std::abs(xAt(n.startMs) - point.x());
            if (d <= bestDistance) {
                best = &n;
                bestDistance = d;
            }
        }
        return best ? std::optional<Hit>(Hit{best, isPrivate}) : std::nullopt;
    };
    if (auto hit = search(m_shareable, l.shareableLane, false))
        return hit;
    return search(m_private, l.privateLane, true);
}

void WaveformView::resizeEvent(QResizeEvent*)
{
    m_cacheValid = false;
    placeScrollBar();
}

void WaveformView::placeScrollBar()
{
    const int h = m_scroll->sizeHint().height();
    const int gutter = labelGutterWidth();
    m_scroll->setGeometry(gutter, height() - h, width() - gutter, h);
}

void WaveformView::invalidate()
{
    m_cacheValid = false;
    update();
}

void WaveformView::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    if (!m_cacheValid || m_cache.size() != size() * ratio) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        QPainter cache(&m_cache);
        renderStatic(cache);
        m_cacheValid = true;
    }
    QPainter p(this);
    p.drawPixmap(0, 0, m_cache);
    const Layout l = layoutRects();
    // The playhead over everything, drawn here only (never into the cache, where it would
    // stay behind as a second, frozen line); only this moves while playing.
    if (m_positionMs >= m_startMs && m_positionMs <= m_startMs + m_spanMs) {
        const int x = xAt(m_positionMs);
        p.setPen(QPen(kPlayhead, 2));
        p.drawLine(x, l.ruler.top(), x,
                   (m_privateVisible ? l.privateLane : l.shareableLane).bottom());
    }
}

void WaveformView::renderStatic(QPainter& p)
{
    p.fillRect(rect(), kBackground);
    p.setFont(font());
    const Layout l = layoutRects();
    drawRuler(p, l.ruler);
    drawWaves(p, l.waves);
    drawLabel(p, l.shareableLane, tr("Shareable"));
    drawNoteLane(p, l.shareableLane, m_shareable, false);
    if (m_privateVisible) {
        drawLabel(p, l.privateLane, tr("Private"));
        drawNoteLane(p, l.privateLane, m_private, true);
    }
}

void WaveformView::drawLabel(QPainter& p, const QRect& lane, const QString& text)
{
    // In the gutter left of the lanes, where no marker is ever drawn.
    p.setPen(kMuted);
    p.drawText(QRect(0, lane.top(), labelGutterWidth() - kLabelGap, lane.height()),
               Qt::AlignRight | Qt::AlignVCenter, text);
}

void WaveformView::drawRuler(QPainter& p, const QRect& area)
{
    p.save();
    p.setPen(kMuted);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const int64_t step = tickStep(m_spanMs);
    for (int64_t t = (m_startMs / step) * step; t <= m_startMs + m_spanMs; t += step) {
        if (t < m_startMs)
            continue;
        const int x = xAt(t);
        p.drawLine(x, area.bottom() - 5, x, area.bottom());
        const QString label = annotations::formatClock(t);
        const int w = p.fontMetrics().horizontalAdvance(label);
        const bool fits = x + 3 + w <= width(); // the last one may sit left of its tick
        p.drawText(QRect(fits ? x + 3 : x - 3 - w, area.top(), w + 1, area.height() - 4),
                   Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    // The moments: a bar along the ruler's foot over each one's span, a tick at its start.
    for (const auto& [startMs, endMs] : m_moments) {
        if (endMs < m_startMs || startMs > m_startMs + m_spanMs)
            continue;
        const int x = xAt(std::max(startMs, m_startMs));
        const int x2 = std::max(x + 2, xAt(std::min(endMs, m_startMs + m_spanMs)));
        p.fillRect(QRect(x, area.bottom() - 2, x2 - x, 3), kMoment);
        if (startMs >= m_startMs)
            p.fillRect(QRect(xAt(startMs) - 1, area.bottom() - 7, 2, 8), kMoment);
    }
    p.restore();
}

void WaveformView::drawWaves(QPainter& p, const QRect& area)
{
    const int channels =
        m_peaks ? std::max(1, m_peaks->channelCount()) : std::max<int>(1, int(m_labels.size()));
    const double laneHeight = double(area.height()) / channels;
    for (int c = 0; c < channels; ++c) {
        const QRect lane(area.left(), area.top() + int(c * laneHeight), area.width(),
                         int(laneHeight));
        const QColor wave = kWaveColors[std::min(c, 1)];
        const QColor speech = kSpeechColors[std::min(c, 1)];
        if (channels == 1 && !m_turns.empty())
            drawSpeakerTurns(p, lane, m_turns, m_startMs, m_startMs + m_spanMs,
                             [this](int64_t ms) { return xAt(ms); });
        else if (size_t(c) < m_speech.size())
            for (const media::SpeechSegment& s : m_speech[size_t(c)]) {
                if (s.endMs < m_startMs || s.startMs > m_startMs + m_spanMs)
                    continue;
                const int x0 = std::max(lane.left(), xAt(s.startMs));
                const int x1 = std::min(lane.right(), xAt(s.endMs));
                p.fillRect(QRect(x0, lane.top(), std::max(1, x1 - x0), lane.height()), speech);
            }
        const QRect band = laneBand(lane);
        p.setPen(QColor(0xe3, 0xe8, 0xeb));
        p.drawLine(band.left(), lane.bottom(), band.right(), lane.bottom());
        drawLabel(p, lane, m_labels.value(c));
        if (!m_peaks || c >= m_peaks->channelCount() || m_peaks->sampleRate() <= 0)
            continue;
        const double mid = lane.center().y();
        const double half = lane.height() / 2.0 - 2;
        const int rate = m_peaks->sampleRate();
        p.setPen(wave);
        for (int x = 0; x < lane.width(); ++x) {
            const int64_t fromMs = msAt(lane.left() + x);
            const int64_t toMs = std::max(fromMs + 1, msAt(lane.left() + x + 1));
            const int64_t from = fromMs * rate / 1000;
            const int64_t to = std::min(m_peaks->frames(), toMs * rate / 1000);
            if (from >= to)
                continue; // not decoded yet: the lane fills in as peaks arrive
            const media::MinMax m = m_peaks->range(c, from, to);
            const int y0 = int(mid - half * m.max / 32768.0);
            const int y1 = int(mid - half * m.min / 32768.0);
            p.drawLine(lane.left() + x, y0, lane.left() + x, std::max(y0, y1));
        }
    }
}

void WaveformView::drawNoteLane(QPainter& p, const QRect& lane, const std::vector<LaneNote>& notes,
                                bool isPrivate)
{
    p.save();
    const QRect band = laneBand(lane);
    p.fillRect(band.adjusted(0, 1, 0, 0),
               isPrivate ? QColor(0xf6, 0xf0, 0xf9) : QColor(0xee, 0xf6, 0xf7));
    p.setClipRect(band); // markers never reach into the label gutter
    p.setRenderHint(QPainter::Antialiasing);
    const int cy = lane.center().y();
    for (const LaneNote& n : notes) {
        const int64_t at = m_dragId == n.id ? m_dragMs : n.startMs;
        if (at < m_startMs || at > m_startMs + m_spanMs)
            continue;
        const int x = xAt(at);
        if (isPrivate) {
            QPainterPath triangle;
            triangle.moveTo(x - kMarkerRadius, cy - kMarkerRadius + 2);
            triangle.lineTo(x + kMarkerRadius, cy - kMarkerRadius + 2);
            triangle.lineTo(x, cy + kMarkerRadius);
            triangle.closeSubpath();
            p.fillPath(triangle, kPrivate);
        } else if (n.focusNumber > 0) {
            p.setPen(Qt::NoPen);
            p.setBrush(kFocus);
            p.drawEllipse(QPoint(x, cy), kMarkerRadius + 2, kMarkerRadius + 2);
            p.setPen(Qt::white);
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(
                QRect(x - kMarkerRadius, cy - kMarkerRadius, 2 * kMarkerRadius, 2 * kMarkerRadius),
                Qt::AlignCenter, QString::number(n.focusNumber));
        } else {
            QPainterPath diamond;
            diamond.moveTo(x, cy - kMarkerRadius);
            diamond.lineTo(x + kMarkerRadius, cy);
            diamond.lineTo(x, cy + kMarkerRadius);
            diamond.lineTo(x - kMarkerRadius, cy);
            diamond.closeSubpath();
            p.fillPath(diamond, kShareable);
        }
    }
    p.restore();
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPoint = event->position().toPoint();
    m_dragMoved = false;
    if (auto hit = hitTest(m_pressPoint)) {
        m_dragId = hit->note->id;
        m_dragMs = hit->note->startMs;
        return;
    }
    if (m_pressPoint.x() >= labelGutterWidth() &&
        m_pressPoint.y() < height() - (m_scroll->isVisible() ? m_scroll->height() : 0))
        Q_EMIT seekRequested(msAt(m_pressPoint.x()));
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (m_dragId && (event->buttons() & Qt::LeftButton)) {
        if (std::abs(at.x() - m_pressPoint.x()) > 3)
            m_dragMoved = true;
        if (m_dragMoved) {
            m_dragMs = msAt(at.x());
            invalidate();
        }
        return;
    }
    setCursor(hitTest(at) ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void WaveformView::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragId || event->button() != Qt::LeftButton)
        return;
    const int64_t id = *m_dragId;
    m_dragId.reset();
    if (m_dragMoved)
        Q_EMIT retimeRequested(id, m_dragMs);
    else
        Q_EMIT noteClicked(id);
    invalidate();
}

void WaveformView::wheelEvent(QWheelEvent* event)
{
    const int delta =
        event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (delta == 0)
        return;
    if (event->modifiers() & Qt::ShiftModifier || event->angleDelta().y() == 0)
        setVisible(m_startMs - int64_t(double(delta) / 120.0 * double(m_spanMs) / 8.0), m_spanMs);
    else
        zoomBy(std::pow(1.25, double(delta) / 120.0), msAt(int(event->position().x())));
    event->accept();
}

bool WaveformView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (auto hit = hitTest(help->pos())) {
            const QString kind = hit->isPrivate ? tr("Private")
                                 : hit->note->focusNumber
                                     ? tr("Focus %1").arg(hit->note->focusNumber)
                                     : tr("Shareable");
            QToolTip::showText(help->globalPos(),
                               QStringLiteral("<b>%1 · %2</b><br>%3")
                                   .arg(kind, annotations::formatClock(hit->note->startMs),
                                        hit->note->text.toHtmlEscaped()),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace coachtrack::app
