#include "exchange/pictures/TimelinePicture.h"

#include "annotations/TimeCode.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace coachtrack::exchange {

using namespace coachtrack::annotations;

namespace {

const QColor kInk(0x1d, 0x27, 0x31);
const QColor kMuted(0x6b, 0x78, 0x82);
const QColor kTeal(0x14, 0x53, 0x5a);
const QColor kWaveRep(0x2a, 0x8c, 0x96);
const QColor kWaveOther(0x9a, 0xa8, 0xb2);
const QColor kFocus(0xe8, 0x83, 0x3a);

// The envelope value at column `x` of `width`, as the largest value the column covers.
float envelopeAt(const std::vector<float>& envelope, int x, int width)
{
    if (envelope.empty() || width <= 0)
        return 0.0f;
    const size_t from = size_t(int64_t(x) * int64_t(envelope.size()) / width);
    const size_t to = std::max(from + 1, size_t(int64_t(x + 1) * int64_t(envelope.size()) / width));
    float peak = 0.0f;
    for (size_t i = from; i < std::min(to, envelope.size()); ++i)
        peak = std::max(peak, envelope[i]);
    return std::clamp(peak, 0.0f, 1.0f);
}

// A tick step that gives 6–12 labels over the call.
int64_t tickStep(int64_t durationMs)
{
    for (int64_t step :
         {5'000, 10'000, 15'000, 30'000, 60'000, 120'000, 300'000, 600'000, 900'000, 1'800'000})
        if (durationMs / step <= 12)
            return step;
    return 3'600'000;
}

} // namespace

QImage renderTimeline(const DebriefSheet& sheet, const TimelineLanes& lanes, QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const double unit = size.height() / 340.0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(int(std::lround(26 * unit)));
    p.setFont(font);

    const int labelWidth = int(130 * unit);
    const QRect plot(labelWidth, int(56 * unit), size.width() - labelWidth - int(12 * unit),
                     size.height() - int(110 * unit));
    const int64_t duration = std::max<int64_t>(sheet.durationMs, 1);
    auto xOf = [&](int64_t ms) {
        return plot.left() + double(plot.width()) * double(std::clamp<int64_t>(ms, 0, duration)) /
                                 double(duration);
    };

    // Lanes
    const int laneCount = std::max<int>(1, int(lanes.envelopes.size()));
    const double laneHeight = double(plot.height()) / laneCount;
    p.fillRect(plot, QColor(0xf4, 0xf7, 0xf8));
    for (int lane = 0; lane < laneCount; ++lane) {
        const double top = plot.top() + lane * laneHeight;
        const double mid = top + laneHeight / 2;
        p.setPen(kMuted);
        p.drawText(QRectF(0, top, labelWidth - 12 * unit, laneHeight),
                   Qt::AlignRight | Qt::AlignVCenter, lanes.labels.value(lane));
        if (size_t(lane) >= lanes.envelopes.size())
            continue;
        QPainterPath wave;
        const auto& envelope = lanes.envelopes[size_t(lane)];
        wave.moveTo(plot.left(), mid);
        for (int x = 0; x < plot.width(); ++x)
            wave.lineTo(plot.left() + x,
                        mid - envelopeAt(envelope, x, plot.width()) * (laneHeight / 2 - 3 * unit));
        for (int x = plot.width() - 1; x >= 0; --x)
            wave.lineTo(plot.left() + x,
                        mid + envelopeAt(envelope, x, plot.width()) * (laneHeight / 2 - 3 * unit));
        wave.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(lane == 0 ? kWaveRep : kWaveOther);
        p.drawPath(wave);
    }

    // Time axis
    p.setPen(QPen(kMuted, unit));
    p.drawLine(QPointF(plot.left(), plot.bottom() + 4 * unit),
               QPointF(plot.right(), plot.bottom() + 4 * unit));
    const int64_t step = tickStep(duration);
    for (int64_t t = 0; t <= duration; t += step) {
        const double x = xOf(t);
        p.drawLine(QPointF(x, plot.bottom() + 4 * unit), QPointF(x, plot.bottom() + 12 * unit));
        const QString label = formatClock(t);
        const double w = 100 * unit;
        const double left =
            std::clamp(x - w / 2, double(plot.left()) - 10 * unit, double(size.width()) - w);
        p.drawText(QRectF(left, plot.bottom() + 14 * unit, w, 28 * unit),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // Note marks: a teal tick below the top edge for every note…
    for (const ShareableNote& note : sheet.notes) {
        if (sheet.focusNumber(note.id))
            continue;
        const double x = xOf(note.startMs);
        p.setPen(QPen(kTeal, 3 * unit));
        p.drawLine(QPointF(x, plot.top() - 14 * unit), QPointF(x, plot.top() + 6 * unit));
    }
    // …and a numbered orange flag with a line through the lanes for every focus item.
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    for (const FocusLine& line : sheet.focus) {
        const double x = xOf(line.note.startMs);
        p.setPen(QPen(kFocus, 2.5 * unit));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        const double r = 17 * unit;
        const QRectF circle(x - r, plot.top() - 2 * r - 4 * unit, 2 * r, 2 * r);
        p.setPen(Qt::NoPen);
        p.setBrush(kFocus);
        p.drawEllipse(circle);
        p.setPen(Qt::white);
        p.drawText(circle, Qt::AlignCenter, QString::number(line.number));
    }
    p.setPen(kInk);
    return image;
}

} // namespace coachtrack::exchange
