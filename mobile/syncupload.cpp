// SPDX-License-Identifier: EUPL-1.2
// SyncEngine, the resumable path: one envelope above the threshold (a report with photos)
// goes through the relay's /v1/uploads (docs/api.md) in chunks. Every answer carries the
// relay's durable offset, and only that offset moves the progress bar and the next chunk:
// after a cut (or the app being killed) the next round creates the upload again — which
// finds the same one by envelope hash — and continues from what the relay committed.

#include "syncengine.h"

#include "fieldapp.h"
#include "fieldstore.h"
#include "tokenattach.h"

#include "shared/batch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace vigil::field {

namespace {

constexpr qint64 kMaxUploadAnswerBytes = 64 * 1024;

/// The relay's Upload-Offset header, or -1 when the answer has none (not Vigil, or a refusal).
qint64 answeredOffset(const appcore::HttpResult& answer)
{
    bool ok = false;
    const qint64 v = answer.header("Upload-Offset").toLongLong(&ok);
    return ok && v >= 0 ? v : -1;
}

bool isUploadId(const QString& id)
{
    if (id.size() != 32)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace

void SyncEngine::uploadLarge(OutboxRow row)
{
    m_tried.insert(row.id);
    (void)m_app.store().setState(row.id, OutboxState::Sending, row.reason);
    emit outboxChanged();
    m_largeRow = row.id;
    m_uploadingReport = QString::fromStdString(toHex(row.reportId));
    m_largeEnvelope = QByteArray(reinterpret_cast<const char*>(row.envelope.data()), static_cast<qsizetype>(row.envelope.size()));
    m_largeHash = QString::fromStdString(toHex(row.envelopeHash));
    m_largeId.clear();
    m_largeOffset = 0;
    m_largeAdvanced = false;
    setProgress(0);
    createUpload();
}

void SyncEngine::createUpload()
{
    QNetworkRequest request(endpoint(QStringLiteral("/v1/uploads")));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject body{{QStringLiteral("size"), static_cast<qint64>(m_largeEnvelope.size())},
                           {QStringLiteral("envelope_hash"), m_largeHash}};
    watch(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), kMaxUploadAnswerBytes,
          [this](const HttpResult& answer) { handleLarge(answer, true); });
}

void SyncEngine::sendChunk()
{
    const qint64 n = std::min<qint64>(static_cast<qint64>(m_options.chunkBytes), m_largeEnvelope.size() - m_largeOffset);
    QNetworkRequest request(endpoint(QStringLiteral("/v1/uploads/") + m_largeId));
    request.setTransferTimeout(m_options.requestTimeoutMs);
    request.setRawHeader("Upload-Offset", QByteArray::number(m_largeOffset));
    if (n > 0)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/offset+octet-stream"));
    // n == 0: the envelope is all there; an empty PATCH at its size fetches the result.
    watch(m_network.sendCustomRequest(request, QByteArrayLiteral("PATCH"), m_largeEnvelope.mid(m_largeOffset, n)),
          kMaxUploadAnswerBytes, [this](const HttpResult& answer) { handleLarge(answer, false); });
}

void SyncEngine::handleLarge(const HttpResult& answer, bool create)
{
    const int code = answer.status;
    const QByteArray& body = answer.body;
    const qint64 offset = answeredOffset(answer);
    if (!answer.reached()) {
        failLarge(notAnswered(answer), answer);
        return;
    }
    if (code == 200 && !create && body.contains("\"results\"")) {
        auto results = decodeIngestResults(std::string_view(body.constData(), static_cast<std::size_t>(body.size())), 1);
        if (results && results->size() == 1) {
            finishLarge(*results);
            return;
        }
    } else if ((code == 200 || code == 201 || code == 204 || code == 409) && offset >= 0
               && offset <= m_largeEnvelope.size()) {
        if (create)
            m_largeId = answer.json().value(QStringLiteral("upload")).toString();
        if (isUploadId(m_largeId)) {
            m_largeAdvanced = m_largeAdvanced || (!create && offset > m_largeOffset);
            m_largeOffset = offset;
            setProgress(static_cast<double>(offset) / static_cast<double>(m_largeEnvelope.size()));
            sendChunk();
            return;
        }
    } else if (code == 404 && !create) {
        createUpload();   // expired on the relay: start it again
        return;
    } else if (code == 413) {
        failLarge(tr("The relay does not take a report this large: %1").arg(QString::fromUtf8(body.left(300))), answer, true);
        return;
    } else if (code != 200) {
        failLarge(notAnswered(answer), answer);
        return;
    }
    failLarge(tr("The network answered, but not as Vigil does. A Wi-Fi login page may be in the way: open a browser, log in, and Vigil continues by itself."),
              answer);
}

void SyncEngine::finishLarge(const std::vector<IngestResult>& results)
{
    const auto row = m_app.store().outboxRow(m_largeRow);
    m_largeEnvelope.clear();
    setProgress(0);
    // "invalid" at the end of an upload is not always the relay's last word: a relay whose
    // completion raced a re-ask (issue 13), or whose partial held other bytes, answers it for
    // an envelope it may well hold. Setting the report aside on it could drop a report the
    // relay stored, so before that it goes once more from the start; a relay that holds it
    // then answers "duplicate" with its receipt. Only a second "invalid" sets it aside.
    const QString recheck = tr("The relay called this report invalid; it is sent once more to be sure.");
    const bool invalid = results.size() == 1 && results.front().status == IngestStatus::Invalid
                         && !isTokenRefusal(results.front().reason);
    if (row && invalid && QString::fromStdString(row->reason) != recheck) {
        (void)m_app.store().markAttempt(row->id, recheck.toStdString());
        if (const auto again = m_app.store().outboxRow(row->id)) {
            uploadLarge(*again);
            return;
        }
    }
    if (row)
        applyResults({*row}, results);
    upload();
}

void SyncEngine::failLarge(const QString& why, const HttpResult& answer, bool refused)
{
    // What the relay committed stays there; the next round continues from its offset.
    if (refused)
        (void)m_app.store().setState(m_largeRow, OutboxState::Quarantined, why.toStdString());
    else
        (void)m_app.store().markAttempt(m_largeRow, why.toStdString());
    m_largeEnvelope.clear();
    setProgress(0);
    emit outboxChanged();
    if (refused) {
        upload();   // refused for good: the rest of the queue goes on
        return;
    }
    // A link that drops every minute but commits chunks in between is making progress: retry
    // at the first backoff step rather than backing off further and further.
    if (m_largeAdvanced)
        m_retry.succeeded();
    failRound(why, answer);
}

void SyncEngine::setProgress(double progress)
{
    m_uploadProgress = progress;
    emit uploadProgressChanged();
}

} // namespace vigil::field
