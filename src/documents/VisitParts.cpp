#include "documents/VisitParts.h"

#include <QLocale>

namespace vt::documents {

QString VisitWriter::delegationWord() const
{
    switch (visit().kind) {
    case VisitKind::Working:
        return say(Text::tr("working delegation"), u"Đoàn công tác");
    case VisitKind::Inspection:
        return say(Text::tr("inspection delegation"), u"Đoàn kiểm tra");
    case VisitKind::Supervision:
        return say(Text::tr("supervision delegation"), u"Đoàn giám sát");
    case VisitKind::Survey:
        return say(Text::tr("survey delegation"), u"Đoàn khảo sát");
    }
    return {};
}

QString VisitWriter::roleWord(AttendeeRole role) const
{
    if (!say.official())
        return displayName(role);
    switch (role) {
    case AttendeeRole::Head:
        return QStringLiteral("Trưởng đoàn");
    case AttendeeRole::DeputyHead:
        return QStringLiteral("Phó Trưởng đoàn");
    case AttendeeRole::Member:
        return QStringLiteral("Thành viên đoàn");
    case AttendeeRole::Chair:
        return QStringLiteral("Chủ trì");
    case AttendeeRole::Participant:
        return QString();
    case AttendeeRole::MinuteTaker:
        return QStringLiteral("Thư ký");
    case AttendeeRole::Press:
        return QStringLiteral("Phóng viên");
    }
    return {};
}

QString VisitWriter::verdictWord(Verdict verdict) const
{
    if (!say.official())
        return displayName(verdict);
    switch (verdict) {
    case Verdict::Implemented:
        return QStringLiteral("Đã thực hiện");
    case Verdict::Partly:
        return QStringLiteral("Thực hiện một phần");
    case Verdict::NotImplemented:
        return QStringLiteral("Chưa thực hiện");
    }
    return {};
}

QString VisitWriter::person(const Attendee &attendee) const
{
    QStringList parts{attendee.name};
    if (!attendee.position.trimmed().isEmpty())
        parts << attendee.position.trimmed();
    else if (!attendee.organisation.trimmed().isEmpty())
        parts << attendee.organisation.trimmed();
    return parts.join(QStringLiteral(", "));
}

QString VisitWriter::attendeeLine(const Attendee &attendee) const
{
    QString line = person(attendee);
    const QString role = roleWord(attendee.role);
    // A participant's role says nothing; "member" is implied in the delegation list.
    if (!role.isEmpty() && attendee.role != AttendeeRole::Participant &&
        attendee.role != AttendeeRole::Member &&
        attendee.position.trimmed().compare(role, Qt::CaseInsensitive) != 0)
        line += QStringLiteral(" (%1)").arg(role);
    if (!attendee.present && !attendee.note.trimmed().isEmpty())
        line += say(Text::tr(" — reason: %1"), u" — lý do: %1").arg(attendee.note.trimmed());
    // The list adds its own punctuation after each line.
    while (line.endsWith(QLatin1Char('.')) || line.endsWith(QLatin1Char(';')))
        line.chop(1);
    return line;
}

QString VisitWriter::visitDates() const
{
    const QDate start = visit().date;
    const QDate end = visit().endDate;
    if (end.isValid() && end != start)
        return say(Text::tr("from %1 to %2"), u"từ ngày %1 đến ngày %2")
            .arg(figures.date(start), figures.date(end));
    return say(Text::tr("on %1"), u"ngày %1").arg(figures.date(start));
}

DocumentHeading VisitWriter::heading(const QString &typeTitle, const QString &summary) const
{
    const DocumentProfile &profile = record.profile;
    DocumentHeading heading;
    const QLocale vietnamese(QLocale::Vietnamese);
    heading.superiorBody =
        say.official() ? vietnamese.toUpper(profile.superiorBody) : profile.superiorBody;
    heading.issuingBody =
        say.official() ? vietnamese.toUpper(profile.issuingBody) : profile.issuingBody;
    heading.number = profile.number;
    heading.placeAndDate = figures.placeAndDate(profile.place, record.documentDate);
    heading.typeTitle = typeTitle;
    heading.summary = summary;
    return heading;
}

Signature VisitWriter::profileSignature() const
{
    const DocumentProfile &profile = record.profile;
    const QLocale vietnamese(QLocale::Vietnamese);
    Signature signature;
    const QString capacity = profile.signingCapacity.trimmed();
    if (!capacity.isEmpty())
        signature.titleLines << vietnamese
                                    .toUpper(capacity + QLatin1Char(' ') +
                                             profile.onBehalfOf.trimmed())
                                    .trimmed();
    if (!profile.signerPosition.trimmed().isEmpty())
        signature.titleLines << vietnamese.toUpper(profile.signerPosition.trimmed());
    signature.name = profile.signerName;
    return signature;
}

void VisitWriter::figuresTable(TextComposer &composer) const
{
    const QList<TableColumn> columns{
        {say(Text::tr("No."), u"TT"), 7, Qt::AlignCenter},
        {say(Text::tr("Figure"), u"Nội dung"), 45, Qt::AlignLeft},
        {say(Text::tr("Value"), u"Số liệu"), 16, Qt::AlignRight},
        {say(Text::tr("Unit"), u"Đơn vị tính"), 16, Qt::AlignLeft},
        {say(Text::tr("As of"), u"Tính đến ngày"), 16, Qt::AlignCenter},
    };
    QList<QStringList> rows;
    int number = 0;
    for (const ReportFigure &figure : visit().figures) {
        const bool percent = figure.unit.trimmed() == QLatin1String("%");
        rows.append({QString::number(++number), figure.label,
                     percent ? figures.percent(figure.value) : figures.number(figure.value),
                     percent ? QString() : figure.unit, figures.date(figure.asOf)});
    }
    composer.table(columns, rows);
}

void VisitWriter::indicatorsTable(TextComposer &composer) const
{
    const QList<TableColumn> columns{
        {say(Text::tr("No."), u"TT"), 7, Qt::AlignCenter},
        {say(Text::tr("Indicator"), u"Chỉ tiêu"), 39, Qt::AlignLeft},
        {say(Text::tr("Period"), u"Kỳ"), 10, Qt::AlignCenter},
        {say(Text::tr("Plan"), u"Kế hoạch"), 14, Qt::AlignRight},
        {say(Text::tr("Actual"), u"Thực hiện"), 14, Qt::AlignRight},
        {say(Text::tr("% of plan"), u"Tỷ lệ đạt"), 16, Qt::AlignRight},
    };
    QList<QStringList> rows;
    int number = 0;
    for (const Indicator &indicator : visit().indicators) {
        const QString unit = indicator.unit.trimmed();
        const auto withUnit = [&](double value) {
            const QString text = figures.number(value);
            return unit == QLatin1String("%") ? text + unit
                   : unit.isEmpty()           ? text
                                              : text + QLatin1Char(' ') + unit;
        };
        QString ratio;
        if (indicator.target && *indicator.target != 0)
            ratio = figures.percent(indicator.actual / *indicator.target * 100.0);
        rows.append({QString::number(++number), indicator.name, indicator.period,
                     indicator.target ? withUnit(*indicator.target) : QString(),
                     withUnit(indicator.actual), ratio});
    }
    composer.table(columns, rows);
}

void VisitWriter::recommendationsTable(TextComposer &composer) const
{
    const QList<TableColumn> columns{
        {say(Text::tr("No."), u"TT"), 7, Qt::AlignCenter},
        {say(Text::tr("Recommendation"), u"Nội dung đề nghị"), 55, Qt::AlignJustify},
        {say(Text::tr("Responsible unit"), u"Đơn vị chủ trì"), 22, Qt::AlignLeft},
        {say(Text::tr("Deadline"), u"Thời hạn"), 16, Qt::AlignCenter},
    };
    QList<QStringList> rows;
    int number = 0;
    for (const Recommendation &recommendation : visit().recommendations)
        rows.append({QString::number(++number), recommendation.text, recommendation.responsible,
                     figures.date(recommendation.due)});
    composer.table(columns, rows);
}

void VisitWriter::carriedOverTable(TextComposer &composer) const
{
    const QList<TableColumn> columns{
        {say(Text::tr("No."), u"TT"), 7, Qt::AlignCenter},
        {say(Text::tr("Earlier recommendation"), u"Đề nghị tại buổi làm việc trước"), 43,
         Qt::AlignJustify},
        {say(Text::tr("Responsible unit"), u"Đơn vị chủ trì"), 18, Qt::AlignLeft},
        {say(Text::tr("Verdict"), u"Kết quả"), 32, Qt::AlignLeft},
    };
    QList<QStringList> rows;
    int number = 0;
    for (const CarriedOverItem &item : record.carriedOver) {
        QString text = item.text;
        if (item.visitDate.isValid())
            text += say(Text::tr(" (visit of %1"), u" (buổi làm việc ngày %1")
                        .arg(figures.date(item.visitDate));
        if (item.due.isValid())
            text += say(Text::tr(", deadline %1"), u", thời hạn %1").arg(figures.date(item.due));
        if (item.visitDate.isValid())
            text += QLatin1Char(')');
        QString verdict = verdictWord(item.verdict);
        if (!item.note.trimmed().isEmpty())
            verdict += QStringLiteral(": ") + item.note.trimmed();
        rows.append({QString::number(++number), text, item.responsible, verdict});
    }
    composer.table(columns, rows);
}

bool VisitWriter::findingItems(TextComposer &composer, FindingCategory category) const
{
    bool any = false;
    for (const Finding &finding : visit().findings) {
        if (finding.category != category)
            continue;
        any = true;
        QString text = finding.text.trimmed();
        // A good model is known by the unit that practises it; other findings
        // name their unit in the text where it matters.
        const QString unit = finding.organisation.trimmed();
        if (category == FindingCategory::GoodModel && !unit.isEmpty() && unit != visit().host)
            text = unit + QStringLiteral(": ") + text;
        composer.item(text);
    }
    return any;
}

} // namespace vt::documents
