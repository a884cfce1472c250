#pragma once

// One chart of the dashboard: the chart in a view, tooltips with the figures
// in the user's locale, clicks on bars and points passed on with the records
// behind them, and Save as PNG, Save as PDF and Copy. Files are rendered from
// a freshly built chart at a fixed size, not grabbed from the screen.

#include <QWidget>
#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QToolButton;
QT_END_NAMESPACE

namespace vt {

class ChartPane final : public QWidget
{
    Q_OBJECT

public:
    using Builder = std::function<std::unique_ptr<QChart>()>;

    ChartPane(const QString &objectName, QWidget *parent = nullptr);

    // Shows a chart made by `builder`; the same builder makes the ones saved.
    void setBuilder(Builder builder);
    QChart *chart() const;
    QChartView *view() const { return m_view; }

    bool saveAs(const QString &fileName, QString *error) const;
    void copyToClipboard() const;

signals:
    // A bar or point was clicked: the drill-down keys of what is under it.
    void visitClicked(qint64 visitId);
    void hostClicked(const QString &host, const QString &seriesName);
    void categoryClicked(int index, const QString &seriesName);

private:
    void connectSeries();
    void askFileAndSave(const QString &suffix);
    void showTooltip(const QObject *series, int index);
    void clickedAt(const QObject *series, int index, const QString &seriesName);

    QChartView *m_view = nullptr;
    Builder m_builder;
};

} // namespace vt
