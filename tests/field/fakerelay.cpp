// SPDX-License-Identifier: EUPL-1.2
#include "fakerelay.h"

#include "tests/support/testdata.h"

#include "shared/envelope.h"
#include "shared/feed.h"
#include "shared/receipt.h"

#include <QUrlQuery>

#include <algorithm>
#include <memory>

namespace vigil::field::fixture {

namespace {

constexpr qint64 kRawPiece = 64 * 1024;

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

void FakeRelay::setRawFeedPage(QByteArray body, bool announceLength)
{
    m_rawPage = std::move(body);
    m_rawAnnounce = announceLength;
    m_rawSent = 0;
    m_rawCut = 0;
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
            if (a.raw) {
                buffer->clear();
                streamRaw(socket);
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nContent-Type: " + a.contentType
                             + "\r\nContent-Length: " + QByteArray::number(a.body.size()) + "\r\nConnection: close\r\n";
            if (!a.etag.isEmpty())
                out += "ETag: " + a.etag + "\r\n";
            if ((a.status == 429 || a.status == 503) && m_retryAfter > 0)
                out += "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n";
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
    if (method == "POST" && path == QLatin1String("/v1/envelopes") && m_mode == Mode::OverQuota)
        return {429, "application/json", R"({"error":"upload quota used up"})", {}, false};
    if (method == "POST" && path == QLatin1String("/v1/envelopes"))
        return ingest(body);
    // A signed document with its ETag, or 304 when the phone holds it.
    auto document = [&ifNoneMatch](const Bytes& signedDoc) -> Answer {
        const QByteArray etag = "\"" + QByteArray::number(static_cast<qulonglong>(qHash(qbytes(signedDoc)))) + "\"";
        if (ifNoneMatch == etag)
            return {304, "application/json", {}, etag, false};
        return {200, "application/octet-stream", qbytes(signedDoc), etag, false};
    };
    if (method == "GET" && path == QLatin1String("/v1/directory")) {
        if (m_directory.empty())
            return {503, "application/json", R"({"error":"no signed directory yet"})", {}, false};
        return document(m_directory);
    }
    if (method == "GET" && path == QLatin1String("/v1/support")) {
        ++m_supportRequests;
        if (m_support.empty())
            return {404, "application/json", R"({"error":"no support contacts yet"})", {}, false};
        return document(m_support);
    }
    const bool feedPath = path.startsWith(QLatin1String("/v1/mailbox/")) || path == QLatin1String("/v1/bulletins");
    if (method == "GET" && feedPath && !m_rawPage.isEmpty()) {
        if (path != QLatin1String("/v1/bulletins"))
            m_mailboxQueries.push_back(path.mid(12).toStdString());
        Answer raw;
        raw.raw = true;
        return raw;
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
    FeedPage page;
    page.next = after;
    if (mailbox) {
        m_mailboxQueries.push_back(prefix);
        for (std::size_t i = 0; i < m_mailbox.size(); ++i) {
            const auto seq = static_cast<std::int64_t>(i + 1);
            if (seq <= after || m_mailbox[i].first.rfind(prefix, 0) != 0)
                continue;
            page.items.push_back(FeedItem{seq, m_mailbox[i].first, m_mailbox[i].second});
            page.next = seq;
        }
    } else {
        for (std::size_t i = 0; i < m_bulletins.size(); ++i) {
            const auto seq = static_cast<std::int64_t>(i + 1);
            if (seq <= after)
                continue;
            page.items.push_back(FeedItem{seq, {}, m_bulletins[i]});
            page.next = seq;
        }
    }
    const Feed feed = mailbox ? Feed::Mailbox : Feed::Bulletins;
    return {200, "application/json", QByteArray::fromStdString(encodeFeedPage(page, feed)), {}, false};
}

void FakeRelay::streamRaw(QTcpSocket* socket)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
    if (m_rawAnnounce)
        head += "Content-Length: " + QByteArray::number(m_rawPage.size()) + "\r\n";
    head += "\r\n";
    // A small kernel buffer and one piece queued at a time: what leaves the relay is what the
    // phone takes, so the bytes counted show where the phone stopped reading.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, static_cast<int>(kRawPiece));
    struct Progress {
        qint64 offset = 0;
        qint64 written = 0;
        bool counted = false;
    };
    auto progress = std::make_shared<Progress>();
    const QByteArray page = m_rawPage;   // implicitly shared: no copy
    const qint64 headBytes = head.size();
    auto pump = [socket, progress, page]() {
        while (socket->bytesToWrite() < kRawPiece && progress->offset < page.size()) {
            const qint64 n = std::min(kRawPiece, page.size() - progress->offset);
            socket->write(page.constData() + progress->offset, n);
            progress->offset += n;
        }
        if (progress->offset == page.size() && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    auto count = [this, progress, page, headBytes]() {
        if (progress->counted)
            return;
        progress->counted = true;
        const qint64 body = std::max<qint64>(0, progress->written - headBytes);
        m_rawSent += body;
        if (body < page.size())
            ++m_rawCut;
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, [progress, pump](qint64 n) {
        progress->written += n;
        pump();
    });
    connect(socket, &QTcpSocket::disconnected, socket, count);
    connect(socket, &QTcpSocket::errorOccurred, socket, count);
    socket->write(head);
    pump();
}

} // namespace vigil::field::fixture
