#include "charts/ChartParts.h"

#include <algorithm>
#include <cmath>

namespace vt::charts {

QString wrappedLabel(const QString &text, int width)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line.toHtmlEscaped());
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line.toHtmlEscaped());
    return lines.join(QLatin1StringView("<br>"));
}

QString titleWithNote(const QString &title, const QString &note)
{
    QString result = wrappedLabel(title, kTitleWidth);
    if (!note.isEmpty())
        result += QLatin1StringView("<br><span style='font-weight:normal'>") +
                  wrappedLabel(note, kTitleWidth + 20) + QLatin1StringView("</span>");
    return result;
}

void styleAxis(QAbstractAxis &axis, const ChartStyle &style, const QString &title)
{
    axis.setLabelsFont(style.font);
    QFont titleFont = style.font;
    titleFont.setBold(true);
    axis.setTitleFont(titleFont);
    axis.setTitleText(title);
    axis.setTitleVisible(!title.isEmpty());
}

namespace {

// 1, 2 or 5 times a power of ten, so that ticks fall on round figures.
double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * power)
            return factor * power;
    }
    return 10 * power;
}

} // namespace

QValueAxis *countAxis(double maximum, const ChartStyle &style, const QString &title)
{
    auto *axis = new QValueAxis;
    // A little room above the largest figure, so that no bar ends on the frame.
    const double room = std::max(maximum * 1.05, 1.0);
    const double step = std::max(1.0, niceStep(room, 5));
    const double top = std::ceil(room / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setMinorTickCount(0);
    styleAxis(*axis, style, title);
    return axis;
}

QValueAxis *percentAxis(double maxFraction, const ChartStyle &style, const QString &title)
{
    auto *axis = new QValueAxis;
    const double wanted = std::max(110.0, maxFraction * 105.0);
    const double step = niceStep(wanted, 6);
    const double top = std::ceil(wanted / step) * step;
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%.0f%"));
    styleAxis(*axis, style, title);
    return axis;
}

double barWidthFor(qsizetype categories)
{
    return std::clamp(0.2 * double(categories), 0.3, 0.7);
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    set->setLabelColor(Qt::black);
    return set;
}

} // namespace vt::charts
