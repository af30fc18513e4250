// SPDX-License-Identifier: EUPL-1.2
#pragma once

// An in-test HTTP server that speaks the relay API (docs/api.md) with the test keys, and can
// misbehave on demand: a captive portal, a relay that drops the connection after storing, one
// that refuses everything as invalid, one that signs receipts with a key nobody trusts.
// Runs on the test's event loop (QTcpServer), one request per connection.

#include "shared/batch.h"
#include "shared/directory.h"

#include <QByteArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace vigil::field::fixture {

class FakeRelay : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Good,            ///< a correct relay
        CaptivePortal,   ///< 200 text/html to everything
        DropAfterStore,  ///< stores the batch, then closes without answering
        InvalidFirst,    ///< the first envelope of each batch is "invalid"
        ForgedReceipts,  ///< receipts signed by a key no directory lists
        ServerError,     ///< 503 to everything
        OverQuota,       ///< healthy, but refuses uploads: 429 with Retry-After (retryAfterSeconds)
    };

    FakeRelay();
    QString url() const;
    void setMode(Mode mode) { m_mode = mode; }
    /// Sent as Retry-After with every 429 and 503 answer; 0: none.
    void setRetryAfter(int seconds) { m_retryAfter = seconds; }

    /// Envelopes stored, by report id hex (each once: a resend is a duplicate).
    std::size_t storedCount() const { return m_stored.size(); }
    int uploadRequests() const { return m_uploads; }
    /// What GET /v1/directory serves (signed); empty: 503.
    void setDirectory(Bytes signedDirectory) { m_directory = std::move(signedDirectory); }
    /// What GET /v1/support serves (signed); empty: 404.
    void setSupport(Bytes signedSupport) { m_support = std::move(signedSupport); }
    int supportRequests() const { return m_supportRequests; }
    /// Adds an item to the mailbox feed under the full hex mailbox id.
    void addMailboxItem(const std::string& mailboxHex, Bytes data);
    void addBulletin(Bytes signedBulletin);
    /// The prefixes asked for on /v1/mailbox/, in order.
    const std::vector<std::string>& mailboxQueries() const { return m_mailboxQueries; }

    /// A hostile relay: `body` answers every GET of /v1/mailbox/ and /v1/bulletins (200), sent
    /// in 64 KiB pieces only as fast as the phone takes them, with a Content-Length unless
    /// `announceLength` is false (then only the closed connection ends it). Empty: the feeds
    /// are served as usual again.
    void setRawFeedPage(QByteArray body, bool announceLength = true);
    /// Bytes of the raw page the socket took from the relay (handed to the kernel) before
    /// the phone hung up, summed over every answer since setRawFeedPage().
    qint64 rawPageBytesSent() const { return m_rawSent; }
    /// Raw page answers that were cut off before their last byte.
    int rawPagesCut() const { return m_rawCut; }

private:
    struct Answer {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray etag;
        bool drop = false;
        bool raw = false;   ///< the raw feed page: streamed by streamRaw()
    };
    void onConnection();
    Answer handle(const QByteArray& method, const QByteArray& target, const QByteArray& ifNoneMatch, const QByteArray& body);
    Answer ingest(const QByteArray& body);
    Answer feed(bool mailbox, const std::string& prefix, std::int64_t after);
    void streamRaw(QTcpSocket* socket);

    QTcpServer m_server;
    Mode m_mode = Mode::Good;
    int m_retryAfter = 0;
    std::map<std::string, std::pair<Hash32, Bytes>> m_stored;   ///< report id → (envelope hash, receipt)
    int m_uploads = 0;
    Bytes m_directory;
    Bytes m_support;
    int m_supportRequests = 0;
    std::vector<std::pair<std::string, Bytes>> m_mailbox;       ///< seq = index + 1
    std::vector<Bytes> m_bulletins;
    std::vector<std::string> m_mailboxQueries;
    QByteArray m_rawPage;
    bool m_rawAnnounce = true;
    qint64 m_rawSent = 0;
    int m_rawCut = 0;
};

} // namespace vigil::field::fixture
