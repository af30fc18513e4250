// SPDX-License-Identifier: EUPL-1.2
#include "lessonsubmissions.h"

#include <QJsonArray>
#include <QLocale>

namespace vigil::advisor {

namespace {

QDateTime timeField(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(v.toDouble()), Qt::UTC);
}

/// The title in the console's language (Dutch when it has none in English).
QString titleOf(const LessonSubmission& r)
{
    return QLocale().language() == QLocale::Dutch || r.titleEn.isEmpty() ? r.titleNl : r.titleEn;
}

} // namespace

std::vector<LessonSubmission> parseSubmissions(const QJsonObject& answer)
{
    std::vector<LessonSubmission> out;
    for (const QJsonValue& v : answer.value(QStringLiteral("submissions")).toArray()) {
        const QJsonObject o = v.toObject();
        LessonSubmission s;
        s.id = static_cast<qint64>(o.value(QStringLiteral("id")).toDouble());
        s.state = o.value(QStringLiteral("state")).toString();
        if (s.id <= 0 || (s.state != QLatin1String("pending") && s.state != QLatin1String("published")
                          && s.state != QLatin1String("rejected")))
            continue;
        s.caseId = static_cast<qint64>(o.value(QStringLiteral("case_id")).toDouble());
        s.titleNl = o.value(QStringLiteral("title_nl")).toString();
        s.titleEn = o.value(QStringLiteral("title_en")).toString();
        s.reason = o.value(QStringLiteral("reason")).toString();
        s.sequence = static_cast<qint64>(o.value(QStringLiteral("sequence")).toDouble());
        s.submittedAt = timeField(o, "submitted_at");
        s.decidedAt = timeField(o, "decided_at");
        out.push_back(std::move(s));
    }
    return out;
}

QString LessonSubmissions::stateLabel(const LessonSubmission& row)
{
    if (row.state == QLatin1String("published"))
        return tr("Published as bulletin %1").arg(row.sequence);
    if (row.state == QLatin1String("rejected"))
        return tr("Sent back by the operator");
    return tr("Waiting for the operator");
}

int LessonSubmissions::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant LessonSubmissions::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const LessonSubmission& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return r.id;
    case CaseIdRole: return r.caseId;
    case StateRole: return r.state;
    case StateLabelRole: return stateLabel(r);
    case Qt::DisplayRole:
    case TitleRole: return titleOf(r);
    case ReasonRole: return r.reason;
    case SequenceRole: return r.sequence;
    case SubmittedRole: return r.submittedAt;
    case DecidedRole: return r.decidedAt;
    default: return {};
    }
}

QHash<int, QByteArray> LessonSubmissions::roleNames() const
{
    return {{IdRole, "submissionId"},   {CaseIdRole, "caseId"},     {StateRole, "state"},
            {StateLabelRole, "stateLabel"}, {TitleRole, "title"},   {ReasonRole, "reason"},
            {SequenceRole, "sequence"},  {SubmittedRole, "submitted"}, {DecidedRole, "decided"}};
}

void LessonSubmissions::setRows(std::vector<LessonSubmission> rows)
{
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

QVariantMap LessonSubmissions::asMap(const LessonSubmission& r) const
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("state"), r.state},
            {QStringLiteral("stateLabel"), stateLabel(r)},
            {QStringLiteral("title"), titleOf(r)},
            {QStringLiteral("reason"), r.reason}};
}

QVariantList LessonSubmissions::forCase(qint64 caseId) const
{
    QVariantList out;
    for (const auto& r : m_rows)
        if (caseId > 0 && r.caseId == caseId)
            out << asMap(r);
    return out;
}

void LessonSubmissions::retranslate()
{
    if (!m_rows.empty())
        emit dataChanged(index(0), index(count() - 1), {StateLabelRole, TitleRole});
}

} // namespace vigil::advisor
