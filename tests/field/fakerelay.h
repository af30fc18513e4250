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
    };

    FakeRelay();
    QString url() const;
    void setMode(Mode mode) { m_mode = mode; }

    /// Envelopes stored, by report id hex (each once: a resend is a duplicate).
    std::size_t storedCount() const { return m_stored.size(); }
    int uploadRequests() const { return m_uploads; }
    /// What GET /v1/directory serves (signed); empty: 503.
    void setDirectory(Bytes signedDirectory) { m_directory = std::move(signedDirectory); }
    /// Adds an item to the mailbox feed under the full hex mailbox id.
    void addMailboxItem(const std::string& mailboxHex, Bytes data);
    void addBulletin(Bytes signedBulletin);
    /// The prefixes asked for on /v1/mailbox/, in order.
    const std::vector<std::string>& mailboxQueries() const { return m_mailboxQueries; }

private:
    struct Answer {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray etag;
        bool drop = false;
    };
    void onConnection();
    Answer handle(const QByteArray& method, const QByteArray& target, const QByteArray& ifNoneMatch, const QByteArray& body);
    Answer ingest(const QByteArray& body);
    Answer feed(bool mailbox, const std::string& prefix, std::int64_t after);

    QTcpServer m_server;
    Mode m_mode = Mode::Good;
    std::map<std::string, std::pair<Hash32, Bytes>> m_stored;   ///< report id → (envelope hash, receipt)
    int m_uploads = 0;
    Bytes m_directory;
    std::vector<std::pair<std::string, Bytes>> m_mailbox;       ///< seq = index + 1
    std::vector<Bytes> m_bulletins;
    std::vector<std::string> m_mailboxQueries;
};

} // namespace vigil::field::fixture
