// SPDX-License-Identifier: EUPL-1.2
#include "fakerelay.h"

#include "testdata.h"

#include "shared/envelope.h"
#include "shared/receipt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>

#include <memory>

namespace vigil::field::fixture {

namespace {

QByteArray qbytes(ByteView b)
{
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

ByteView view(const QByteArray& b)
{
    return ByteView(reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size()));
}

} // namespace

FakeRelay::FakeRelay()
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeRelay::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QString FakeRelay::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void FakeRelay::addMailboxItem(const std::string& mailboxHex, Bytes data)
{
    m_mailbox.emplace_back(mailboxHex, std::move(data));
}

void FakeRelay::addBulletin(Bytes signedBulletin)
{
    m_bulletins.push_back(std::move(signedBulletin));
}

void FakeRelay::onConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer]() {
            buffer->append(socket->readAll());
            const auto headerEnd = buffer->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            qsizetype length = 0;
            QByteArray ifNoneMatch;
            for (const auto& line : lines.mid(1)) {
                const auto colon = line.indexOf(':');
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                if (name == "if-none-match")
                    ifNoneMatch = value;
            }
            if (buffer->size() < headerEnd + 4 + length)
                return;
            const QByteArray body = buffer->mid(headerEnd + 4, length);
            const Answer a = handle(requestLine.value(0), requestLine.value(1), ifNoneMatch, body);
            if (a.drop) {
                socket->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: " + a.contentType
                             + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n";
            if (!a.etag.isEmpty())
                out += "ETag: " + a.etag + "\r\n";
            out += "\r\n" + a.body;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }
}

FakeRelay::Answer FakeRelay::handle(const QByteArray& method, const QByteArray& target, const QByteArray& ifNoneMatch,
                                    const QByteArray& body)
{
    if (m_mode == Mode::CaptivePortal)
        return {200, "text/html", "<html><body>Welcome to Base Wi-Fi. Please log in.</body></html>", {}, false};
    if (m_mode == Mode::ServerError)
        return {503, "application/json", R"({"error":"busy"})", {}, false};
    const QUrl url(QString::fromLatin1(target));
    const QString path = url.path();
    const QUrlQuery query(url);
    const auto after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    if (method == "GET" && path == QLatin1String("/healthz"))
        return {200, "application/json", R"({"status":"ok","version":"test","queue_depth":0})", {}, false};
    if (method == "POST" && path == QLatin1String("/v1/envelopes"))
        return ingest(body);
    if (method == "GET" && path == QLatin1String("/v1/directory")) {
        if (m_directory.empty())
            return {503, "application/json", R"({"error":"no signed directory yet"})", {}, false};
        const QByteArray etag = "\"" + QByteArray::number(static_cast<qulonglong>(qHash(qbytes(m_directory)))) + "\"";
        if (ifNoneMatch == etag)
            return {304, "application/json", {}, etag, false};
        return {200, "application/octet-stream", qbytes(m_directory), etag, false};
    }
    if (method == "GET" && path.startsWith(QLatin1String("/v1/mailbox/")))
        return feed(true, path.mid(12).toStdString(), after);
    if (method == "GET" && path == QLatin1String("/v1/bulletins"))
        return feed(false, {}, after);
    return {404, "application/json", R"({"error":"not found"})", {}, false};
}

FakeRelay::Answer FakeRelay::ingest(const QByteArray& body)
{
    ++m_uploads;
    auto envelopes = decodeBatch(view(body), 1024, 64u * 1024 * 1024);
    if (!envelopes)
        return {400, "application/json", R"({"error":"batch"})", {}, false};
    const auto signer = m_mode == Mode::ForgedReceipts ? vigil::test::memberSignKey(99) : vigil::test::relayKey();
    std::vector<IngestResult> results;
    std::vector<ReceiptLeaf> fresh;
    std::vector<std::size_t> freshIndex;
    for (std::size_t i = 0; i < envelopes->size(); ++i) {
        const ByteView e = (*envelopes)[i];
        auto parsed = parseEnvelope(e);
        if (!parsed || (m_mode == Mode::InvalidFirst && i == 0)) {
            results.push_back(IngestResult{IngestStatus::Invalid, std::nullopt, {}, "envelope: refused by the test relay"});
            continue;
        }
        const Hash32 hash = envelopeHash(e);
        const std::string id = toHex(parsed->reportId);
        auto it = m_stored.find(id);
        if (it != m_stored.end()) {
            if (it->second.first == hash)
                results.push_back(IngestResult{IngestStatus::Duplicate, parsed->reportId, it->second.second, {}});
            else
                results.push_back(IngestResult{IngestStatus::Conflict, parsed->reportId, {}, "report id already stored"});
            continue;
        }
        fresh.push_back(ReceiptLeaf{parsed->reportId, hash});
        freshIndex.push_back(results.size());
        results.push_back(IngestResult{IngestStatus::Stored, parsed->reportId, {}, {}});
    }
    const auto receipts = signReceiptBatch(signer, fresh, 1'750'000'000 + 3600);
    for (std::size_t k = 0; k < receipts.size(); ++k) {
        Bytes encoded = encodeReceipt(receipts[k]);
        results[freshIndex[k]].receipt = encoded;
        m_stored[toHex(fresh[k].reportId)] = {fresh[k].envelopeHash, encoded};
    }
    if (m_mode == Mode::DropAfterStore)
        return {200, {}, {}, {}, true};
    return {200, "application/json", QByteArray::fromStdString(encodeIngestResults(results)), {}, false};
}

FakeRelay::Answer FakeRelay::feed(bool mailbox, const std::string& prefix, std::int64_t after)
{
    QJsonArray items;
    std::int64_t next = after;
    if (mailbox) {
        m_mailboxQueries.push_back(prefix);
        for (std::size_t i = 0; i < m_mailbox.size(); ++i) {
            const auto seq = static_cast<std::int64_t>(i + 1);
            if (seq <= after || m_mailbox[i].first.rfind(prefix, 0) != 0)
                continue;
            items.append(QJsonObject{{QStringLiteral("seq"), static_cast<qint64>(seq)},
                                     {QStringLiteral("mailbox"), QString::fromStdString(m_mailbox[i].first)},
                                     {QStringLiteral("data"), QString::fromStdString(toBase64Url(m_mailbox[i].second))}});
            next = seq;
        }
    } else {
        for (std::size_t i = 0; i < m_bulletins.size(); ++i) {
            const auto seq = static_cast<std::int64_t>(i + 1);
            if (seq <= after)
                continue;
            items.append(QJsonObject{{QStringLiteral("seq"), static_cast<qint64>(seq)},
                                     {QStringLiteral("data"), QString::fromStdString(toBase64Url(m_bulletins[i]))}});
            next = seq;
        }
    }
    const QJsonObject page{{QStringLiteral("items"), items}, {QStringLiteral("next"), static_cast<qint64>(next)}};
    return {200, "application/json", QJsonDocument(page).toJson(QJsonDocument::Compact), {}, false};
}

} // namespace vigil::field::fixture
