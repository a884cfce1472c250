// Domain rules: enum keys, validation with paths, derived follow-up states and
// Vietnamese search folding.

#include "domain/Enums.h"
#include "domain/FollowUpRules.h"
#include "domain/TextFolding.h"
#include "domain/Validation.h"

#include <QTest>

using namespace vt;

namespace {

Visit validVisit()
{
    Visit v;
    v.title = QStringLiteral("Làm việc với Tỉnh ủy Long An");
    v.date = QDate(2023, 6, 7);
    v.delegation = QStringLiteral("Ban Tuyên giáo Trung ương");
    v.host = QStringLiteral("Tỉnh ủy Long An");
    return v;
}

QStringList paths(const QList<ValidationIssue> &issues)
{
    QStringList result;
    for (const auto &issue : issues)
        result << issue.path;
    return result;
}

Recommendation recommendation(RecommendationStatus status, QDate due, QDate completed = {})
{
    Recommendation r;
    r.text = QStringLiteral("Đẩy nhanh tiến độ");
    r.status = status;
    r.due = due;
    r.completed = completed;
    return r;
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void enumKeysRoundTrip()
    {
        for (int i = 0; i < valueCount<AttendeeRole>(); ++i) {
            const AttendeeRole role = valueAt<AttendeeRole>(i);
            QCOMPARE(fromKey<AttendeeRole>(toKey(role)), role);
        }
        QCOMPARE(toKey(AttendeeRole::DeputyHead), QStringLiteral("deputy-head"));
        QCOMPARE(toKey(FindingCategory::GoodModel), QStringLiteral("good-model"));
        QCOMPARE(toKey(RecommendationStatus::InProgress), QStringLiteral("in-progress"));
        QCOMPARE(fromKey<AttendeeRole>(u"boss"), std::nullopt);
        QCOMPARE(fromKey<VisitKind>(u"Working"), std::nullopt); // keys are exact
        QCOMPARE(allKeys<VisitStatus>(),
                 QStringList({QStringLiteral("planned"), QStringLiteral("held"),
                              QStringLiteral("concluded"), QStringLiteral("closed"),
                              QStringLiteral("cancelled")}));
        QVERIFY(!displayName(Side::Guest).isEmpty());
    }

    void validVisitHasNoIssues() { QVERIFY(validateVisit(validVisit()).isEmpty()); }

    void invalidVisits_data()
    {
        QTest::addColumn<int>("mutation");
        QTest::addColumn<QString>("path");
        QTest::newRow("empty title") << 0 << QStringLiteral("title");
        QTest::newRow("blank title") << 1 << QStringLiteral("title");
        QTest::newRow("title too long") << 2 << QStringLiteral("title");
        QTest::newRow("no date") << 3 << QStringLiteral("date");
        QTest::newRow("end before date") << 4 << QStringLiteral("end_date");
        QTest::newRow("no host") << 5 << QStringLiteral("host");
        QTest::newRow("attendee without name") << 6 << QStringLiteral("attendees[0].name");
        QTest::newRow("progress over 100")
            << 7 << QStringLiteral("recommendations[0].updates[0].progress");
        QTest::newRow("unknown finding key") << 8 << QStringLiteral("recommendations[0].addresses");
        QTest::newRow("duplicate finding key") << 9 << QStringLiteral("findings[1].key");
        QTest::newRow("completed but open") << 10 << QStringLiteral("recommendations[0].completed");
        QTest::newRow("infinite figure") << 11 << QStringLiteral("figures[0].value");
    }

    void invalidVisits()
    {
        QFETCH(int, mutation);
        QFETCH(QString, path);
        Visit v = validVisit();
        Recommendation rec = recommendation(RecommendationStatus::Open, QDate(2023, 12, 31));
        Finding finding;
        finding.key = QStringLiteral("l1");
        finding.category = FindingCategory::Limitation;
        finding.text = QStringLiteral("Còn chậm so với kế hoạch");
        switch (mutation) {
        case 0:
            v.title.clear();
            break;
        case 1:
            v.title = QStringLiteral("   ");
            break;
        case 2:
            v.title = QString(501, QLatin1Char('a'));
            break;
        case 3:
            v.date = QDate();
            break;
        case 4:
            v.endDate = v.date.addDays(-1);
            break;
        case 5:
            v.host.clear();
            break;
        case 6:
            v.attendees.append(Attendee{});
            break;
        case 7:
            rec.updates.append({QDate(2023, 7, 1), {}, 101, {}, {}});
            v.recommendations.append(rec);
            break;
        case 8:
            rec.addresses = {QStringLiteral("l9")};
            v.recommendations.append(rec);
            break;
        case 9:
            v.findings = {finding, finding};
            break;
        case 10:
            rec.completed = QDate(2023, 8, 1);
            v.recommendations.append(rec);
            break;
        case 11: {
            ReportFigure figure;
            figure.label = QStringLiteral("Đảng viên");
            figure.value = std::numeric_limits<double>::infinity();
            v.figures.append(figure);
            break;
        }
        }
        const auto issues = validateVisit(v);
        QVERIFY2(paths(issues).contains(path), qPrintable(paths(issues).join(u',')));
        for (const auto &issue : issues)
            QVERIFY(!issue.message.isEmpty());
    }

    void titleOfExactly500CharactersIsAllowed()
    {
        Visit v = validVisit();
        v.title = QString(500, QChar(0x1EA1)); // ạ
        QVERIFY(validateVisit(v).isEmpty());
    }

    void overdueRules_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("age");
        const QDate due(2023, 12, 31);
        const int open = int(RecommendationStatus::Open);
        QTest::newRow("due today")
            << open << due << due << false << 0 << int(OverdueAge::NotOverdue);
        QTest::newRow("1 day") << open << due << due.addDays(1) << true << 1
                               << int(OverdueAge::Days1To30);
        QTest::newRow("30 days") << open << due << due.addDays(30) << true << 30
                                 << int(OverdueAge::Days1To30);
        QTest::newRow("31 days") << open << due << due.addDays(31) << true << 31
                                 << int(OverdueAge::Days31To60);
        QTest::newRow("61 days") << open << due << due.addDays(61) << true << 61
                                 << int(OverdueAge::Days61To90);
        QTest::newRow("91 days") << open << due << due.addDays(91) << true << 91
                                 << int(OverdueAge::Over90);
        QTest::newRow("in progress") << int(RecommendationStatus::InProgress) << due
                                     << due.addDays(5) << true << 5 << int(OverdueAge::Days1To30);
        QTest::newRow("done") << int(RecommendationStatus::Done) << due << due.addDays(5) << false
                              << 0 << int(OverdueAge::NotOverdue);
        QTest::newRow("cancelled") << int(RecommendationStatus::Cancelled) << due << due.addDays(5)
                                   << false << 0 << int(OverdueAge::NotOverdue);
        QTest::newRow("no deadline")
            << open << QDate() << due << false << 0 << int(OverdueAge::NotOverdue);
    }

    void overdueRules()
    {
        QFETCH(int, status);
        QFETCH(QDate, due);
        QFETCH(QDate, today);
        QFETCH(bool, overdue);
        QFETCH(int, days);
        QFETCH(int, age);
        const Recommendation rec = recommendation(RecommendationStatus(status), due);
        QCOMPARE(isOverdue(rec, today), overdue);
        QCOMPARE(daysOverdue(rec, today), days);
        QCOMPARE(int(overdueAge(rec, today)), age);
    }

    void completionTimingRules()
    {
        const QDate due(2023, 12, 31);
        QCOMPARE(completionTiming(recommendation(RecommendationStatus::Done, due, due)),
                 CompletionTiming::OnTime);
        QCOMPARE(completionTiming(recommendation(RecommendationStatus::Done, due, due.addDays(1))),
                 CompletionTiming::Late);
        QCOMPARE(completionTiming(recommendation(RecommendationStatus::Open, due)),
                 CompletionTiming::NotDone);
    }

    void latestProgressSkipsUpdatesWithoutProgress()
    {
        Recommendation rec = recommendation(RecommendationStatus::InProgress, {});
        QCOMPARE(latestProgress(rec), std::nullopt);
        rec.updates.append({QDate(2023, 7, 1), {}, 40, {}, {}});
        rec.updates.append({QDate(2023, 8, 1), QStringLiteral("Đã họp"), std::nullopt, {}, {}});
        QCOMPARE(latestProgress(rec), 40);
    }

    void foldingIgnoresDiacriticsAndFoldsD_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("hạn chế") << QStringLiteral("Hạn chế") << QStringLiteral("han che");
        QTest::newRow("Đảng") << QStringLiteral("Đảng") << QStringLiteral("dang");
        QTest::newRow("đổi mới") << QStringLiteral("chậm đổi mới")
                                 << QStringLiteral("cham doi moi");
        QTest::newRow("ư ơ") << QStringLiteral("Tư tưởng, đạo đức")
                             << QStringLiteral("tu tuong, dao duc");
        QTest::newRow("NFD input")
            << QStringLiteral("Ha\u0323n che\u0302\u0301") << QStringLiteral("han che");
        // Outside the fast path's table (U+2000 on): decomposed as well.
        QTest::newRow("fullwidth and Hangul")
            << QStringLiteral("\u1EA0 \u2126 \uAC00") << QStringLiteral("a \u03C9 \u1100\u1161");
        QTest::newRow("empty") << QString() << QString();
    }

    // The fast path folds character by character; it must agree with the
    // definition (NFD, drop the marks, đ -> d, lower case) on every character
    // it covers, alone and after a letter it could combine with.
    void foldingCharacterByCharacterMatchesDecomposing()
    {
        for (char16_t c = 1; c < 0x2100; ++c) {
            if (QChar::isSurrogate(c))
                continue;
            for (const QString &text :
                 QStringList{QString(QChar(c)), QStringLiteral("a") + QChar(c)}) {
                const QString decomposed = text.normalized(QString::NormalizationForm_D);
                QString expected;
                for (const QChar ch : decomposed) {
                    if (ch.category() == QChar::Mark_NonSpacing)
                        continue;
                    expected.append(ch == QChar(0x0111) || ch == QChar(0x0110) ? QChar(u'd')
                                                                               : ch.toLower());
                }
                QCOMPARE(foldForSearch(text), expected);
            }
        }
    }

    void foldingIgnoresDiacriticsAndFoldsD()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(foldForSearch(text), folded);
    }

    void distinctWordsKeepEachWordOnceInOrder()
    {
        QCOMPARE(distinctWords(QString()), QString());
        QCOMPARE(distinctWords(QStringLiteral(" \n\t ")), QString());
        QCOMPARE(distinctWords(QStringLiteral("tinh uy long an\ntinh uy  tan an ")),
                 QStringLiteral("tinh uy long an tan"));
        // Any white space separates words, as QString::simplified() does for
        // the filter's words; punctuation stays inside its word.
        QCOMPARE(distinctWords(QStringLiteral("a\u00A0b\tb,\r\na b,")), QStringLiteral("a b b,"));
        // A filter word (no white space) is in one exactly when in the other.
        const QString text = QStringLiteral("kiem tra, ha\u0323n che\n2023-06 kiem\ttra tra");
        const QString words = distinctWords(text);
        for (const QString &part :
             {QStringLiteral("tra,"), QStringLiteral("2023-06"), QStringLiteral("ra"),
              QStringLiteral("han"), QStringLiteral("a\u0323n"), QStringLiteral("-0"),
              QStringLiteral("kiem"), QStringLiteral("tra,h")})
            QCOMPARE(words.contains(part), text.contains(part));
    }

    void normalisationComposesNfd()
    {
        const QString nfd = QStringLiteral("Ti\u0309nh u\u0309y");
        QCOMPARE(normalizedText(nfd), QStringLiteral("Tỉnh ủy"));
        QVERIFY(normalizedText(nfd) != nfd);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "test_domain.moc"
