// SPDX-License-Identifier: EUPL-1.2
#include "outboxmodel.h"

#include "devicevault.h"
#include "fieldapp.h"
#include "reportsealer.h"

#include "shared/receipt.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace vigil::field {

namespace {

QString hexOf(const ReportId& id)
{
    return QString::fromStdString(toHex(id));
}

} // namespace

OutboxModel::OutboxModel(FieldApp& app, QObject* parent) : QAbstractListModel(parent), m_app(app)
{
    connect(&app, &FieldApp::unlocked, this, &OutboxModel::refresh);
    connect(&app, &FieldApp::locked, this, &OutboxModel::refresh);
    connect(&app, &FieldApp::wiped, this, &OutboxModel::refresh);
    refresh();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {{ReportIdRole, "reportId"},   {StateRole, "sendState"},       {TitleRole, "title"},
            {KindRole, "kind"},           {CategoryRole, "category"}, {CreatedRole, "created"},
            {ReceiptCodeRole, "receiptCode"}, {ReasonRole, "reason"}, {AttemptsRole, "attempts"},
            {RepliesRole, "replies"}, {UnreadRole, "unread"}};
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    const bool delivered = r.outbox.state == OutboxState::Delivered || r.outbox.state == OutboxState::Registered;
    switch (role) {
    case ReportIdRole: return hexOf(r.outbox.reportId);
    case StateRole: return QString::fromUtf8(stateName(r.outbox.state).data());
    case Qt::DisplayRole:
    case TitleRole: return r.title;
    case KindRole: return r.kind;
    case CategoryRole: return r.category;
    case CreatedRole: return r.created;
    case ReceiptCodeRole: return delivered ? QString::fromStdString(receiptCode(r.outbox.envelopeHash)) : QString();
    case ReasonRole: return QString::fromStdString(r.outbox.reason);
    case AttemptsRole: return r.outbox.attempts;
    case RepliesRole: return r.replies;
    case UnreadRole: return r.unread;
    default: return {};
    }
}

void OutboxModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_pending = m_delivered = m_quarantined = m_pendingFollowUps = m_unread = 0;
    const bool open = m_app.vault().isUnlocked();
    for (auto& outbox : m_app.store().outbox()) {
        const bool pending = outbox.state == OutboxState::Sealed || outbox.state == OutboxState::Waiting
                             || outbox.state == OutboxState::Sending || outbox.state == OutboxState::AwaitingToken;
        if (outbox.kind != EnvelopeKind::Report) {
            // Follow-ups show in their conversation; the counts are of reports.
            m_pendingFollowUps += pending ? 1 : 0;
            continue;
        }
        switch (outbox.state) {
        case OutboxState::Sealed:
        case OutboxState::Waiting:
        case OutboxState::Sending:
        case OutboxState::AwaitingToken: ++m_pending; break;
        case OutboxState::Delivered:
        case OutboxState::Registered: ++m_delivered; break;
        case OutboxState::Quarantined: ++m_quarantined; break;
        }
        Row row;
        row.outbox = std::move(outbox);
        if (open) {
            if (auto plain = m_app.vault().get(slot::report(row.outbox.reportId))) {
                if (auto s = decodeSummary(toString(plain->view()))) {
                    row.title = QString::fromStdString(s->headline);
                    row.kind = QString::fromUtf8(enumName(s->kind).data());
                    row.category = QString::fromUtf8(enumName(s->category).data());
                    row.created = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(s->created));
                }
            }
            if (auto thread = m_app.vault().get(slot::thread(row.outbox.reportId))) {
                if (auto messages = decodeThread(toString(thread->view())))
                    for (const auto& m : *messages)
                        row.replies += m.outgoing ? 0 : 1;
            }
            row.unread = std::max(0, row.replies - repliesSeen(row.outbox.reportId));
            m_unread += row.unread;
        }
        m_rows.push_back(std::move(row));
    }
    // Newest first: the report just sealed is at the top.
    std::reverse(m_rows.begin(), m_rows.end());
    endResetModel();
    emit countsChanged();
}

QByteArray OutboxModel::receiptDocument(const QString& reportId) const
{
    for (const auto& r : m_rows) {
        if (hexOf(r.outbox.reportId) != reportId || r.outbox.sealedReceipt.empty())
            continue;
        auto plain = m_app.vault().dropOpen(r.outbox.sealedReceipt);
        if (!plain)
            return {};
        auto receipt = decodeReceipt(plain->view());
        if (!receipt)
            return {};
        QJsonObject o{
            {QStringLiteral("vigil_receipt"), 1},
            {QStringLiteral("code"), QString::fromStdString(receiptCode(receipt->envelopeHash))},
            {QStringLiteral("report_id"), reportId},
            {QStringLiteral("envelope_hash"), QString::fromStdString(toHex(receipt->envelopeHash))},
            {QStringLiteral("signer"), QString::fromStdString(toHex(receipt->signer))},
            {QStringLiteral("batch_time"), static_cast<qint64>(receipt->batchTime)},
            {QStringLiteral("receipt"), QString::fromStdString(toBase64Url(plain->view()))},
        };
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    return {};
}

int OutboxModel::repliesSeen(const ReportId& id) const
{
    auto seen = m_app.vault().get(slot::repliesSeen(id));
    return seen ? QString::fromUtf8(QByteArray(reinterpret_cast<const char*>(seen->bytes().data()),
                                                static_cast<qsizetype>(seen->bytes().size())))
                      .toInt()
                : 0;
}

void OutboxModel::markRead(const QString& reportId)
{
    for (const auto& r : m_rows) {
        if (hexOf(r.outbox.reportId) != reportId || r.unread == 0)
            continue;
        // Kept in the vault: which reports got answers is nobody else's business.
        const QByteArray count = QByteArray::number(r.replies);
        (void)m_app.vault().put(slot::repliesSeen(r.outbox.reportId),
                                asBytes(std::string_view(count.constData(), static_cast<std::size_t>(count.size()))));
        refresh();
        return;
    }
}

QString OutboxModel::receiptText(const QString& reportId) const
{
    return QString::fromUtf8(receiptDocument(reportId));
}

bool OutboxModel::exportReceipt(const QString& reportId, const QUrl& file)
{
    const QByteArray doc = receiptDocument(reportId);
    if (doc.isEmpty())
        return false;
    // The receipt says nothing about the report's content; it proves filing, and only to
    // someone who also holds this phone's report id.
    QSaveFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(doc);
    return out.commit();
}

} // namespace vigil::field
