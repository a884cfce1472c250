// Dates, numbers and percentages as each language writes them, in the lists
// and in the editor, from the sample visits (the Long An visit of 07/06/2023
// reports 51349 party members reached and an indicator at 99.2%):
// Vietnamese 07/06/2023, 51.349, 99,2%; English (UK) 07/06/2023, 51,349, 99.2%.
// Exports do not depend on the language: see test_table_export (dates in
// workbooks are real dates).

#include "gui/DatabaseSession.h"
#include "gui/FollowUpView.h"
#include "gui/MainWindow.h"
#include "gui/VisitEditorWindow.h"
#include "gui/VisitListView.h"
#include "gui/editor/VisitEditor.h"
#include "models/VisitListModel.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace vt;

namespace {

QStringList cellTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            texts << model->index(row, column).data().toString();
        for (int child = 0; child < model->rowCount(model->index(row, 0)); ++child)
            for (int column = 0; column < model->columnCount(); ++column)
                texts << model->index(child, column, model->index(row, 0)).data().toString();
    }
    return texts;
}

} // namespace

class TestLocaleFormatting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void listsAndEditor_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QString>("percent");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("vi") << QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                            << QStringLiteral("07/06/2023") << QStringLiteral("51.349")
                            << QStringLiteral("99,2%") << QStringLiteral("99,2");
        QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                            << QStringLiteral("07/06/2023") << QStringLiteral("51,349")
                            << QStringLiteral("99.2%") << QStringLiteral("99.2");
    }

    void listsAndEditor()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        QFETCH(QString, count);
        QFETCH(QString, percent);
        QFETCH(QString, decimal);
        QLocale::setDefault(locale);

        MainWindow window;
        QVERIFY(window.openDatabase(
            m_dir.filePath(QStringLiteral("format-%1.sqlite").arg(locale.name()))));
        QVERIFY(window.session().loadSampleVisits().ok);
        window.show();

        // The visit list.
        const QStringList visits = cellTexts(window.visitList()->table()->model());
        QVERIFY2(visits.contains(date), qPrintable(visits.join(QLatin1Char('|'))));

        // Every date in the follow-up and limitation lists has the day first.
        static const QRegularExpression dayFirst(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"));
        static const QRegularExpression anyDate(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainViews"));
        auto *followUp = window.findChild<FollowUpView *>();
        tabs->setCurrentWidget(followUp);
        QTRY_VERIFY(followUp->table()->model()->rowCount() > 0);
        QStringList followUpTexts = cellTexts(followUp->table()->model());
        QVERIFY(followUpTexts.contains(date)); // the Long An visit's recommendations
        auto *limitations = window.findChild<QWidget *>(QStringLiteral("limitationReview"));
        tabs->setCurrentWidget(limitations);
        QCoreApplication::processEvents();
        auto *tree = limitations->findChild<QTreeView *>(QStringLiteral("findingTree"));
        QTRY_VERIFY(tree->model() && tree->model()->rowCount() > 0);
        const QStringList findingTexts = cellTexts(tree->model());
        QVERIFY(findingTexts.contains(date));
        for (const QString &text : followUpTexts + findingTexts + visits)
            QVERIFY2(!anyDate.match(text).hasMatch(), qPrintable(text)); // no ISO dates shown
        // Rows with room for stacked diacritics, as tall as a table's.
        QVERIFY(tree->visualRect(tree->model()->index(0, 0)).height() >=
                tree->fontMetrics().height() * 3 / 2);

        // The editor: report figures and indicators.
        tabs->setCurrentIndex(0);
        auto *model = window.visitList()->table()->model();
        qint64 longAn = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, VisitListModel::DateColumn);
            if (index.data().toString() == date)
                longAn = index.data(VisitListModel::VisitIdRole).toLongLong();
        }
        QVERIFY(longAn > 0);
        window.openVisit(longAn);
        auto *editor = window.findChild<VisitEditorWindow *>();
        QVERIFY(editor);
        auto *figures = editor->findChild<QTableView *>(QStringLiteral("figuresView"));
        auto *indicators = editor->findChild<QTableView *>(QStringLiteral("indicatorsView"));
        QVERIFY(figures && indicators);
        const QStringList figureTexts = cellTexts(figures->model());
        QVERIFY2(figureTexts.contains(count), qPrintable(figureTexts.join(QLatin1Char('|'))));
        QVERIFY2(figureTexts.contains(decimal), qPrintable(figureTexts.join(QLatin1Char('|'))));
        const QStringList indicatorTexts = cellTexts(indicators->model());
        QVERIFY2(indicatorTexts.contains(percent),
                 qPrintable(indicatorTexts.join(QLatin1Char('|'))));
        for (const QString &text : indicatorTexts)
            if (text.endsWith(QLatin1Char('%')) && text.size() > 1)
                QVERIFY2(text.chopped(1) ==
                             locale.toString(locale.toDouble(text.chopped(1)), 'f', 1),
                         qPrintable(text));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLocaleFormatting)
#include "test_locale_formatting.moc"
