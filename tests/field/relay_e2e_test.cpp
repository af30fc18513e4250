// SPDX-License-Identifier: EUPL-1.2
// The field app's sync engine against the real relay (vigil_relay_lib) on a loopback port:
// offline → queued; online → delivered once; killed mid-upload → resumed without a duplicate.
#include "mobile/syncengine.h"

#include "fieldtest.h"
#include "relaytest.h"
#include "testdata.h"

#include "mobile/outboxmodel.h"
#include "shared/receipt.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <fstream>

using namespace vigil;
using namespace vigil::field;

namespace {

/// A relay config on the test keys: its receipt key is the one the sample directory lists,
/// and it serves the sample directory (verified against the test root key).
relay::RelayConfig relayConfig(const relay::test::TempDir& dir, std::uint16_t port)
{
    {
        std::ofstream key(dir.path() / "relay.key");
        key << toHex(vigil::test::seed("relay")) << "\n";
    }
    std::filesystem::permissions(dir.path() / "relay.key", std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::replace);
    {
        std::ofstream directory(dir.path() / "directory.bin", std::ios::binary);
        const Bytes signedDirectory = fixture::signedSampleDirectory(1);
        directory.write(reinterpret_cast<const char*>(signedDirectory.data()), static_cast<std::streamsize>(signedDirectory.size()));
    }
    auto config = relay::test::testConfig(dir.path());
    config.listenPort = port;
    config.directoryFile = dir.path() / "directory.bin";
    config.rootKey = vigil::test::rootKey().publicKey;
    return config;
}

OutboxState stateOf(fixture::TestApp& app, std::int64_t row)
{
    return app->store().outboxRow(row)->state;
}

} // namespace

TEST_CASE("relay: offline → queued, online → delivered once, killed mid-upload → no duplicate", "[relay]")
{
    relay::test::TempDir relayDir;
    relay::test::LogCapture log;
    const std::uint16_t port = relay::test::freePort();
    fixture::TestApp app(relay::test::urlOf(port));
    auto clock = []() -> std::uint64_t { return fixture::kNow; };

    // Offline: the relay is not running yet.
    const auto first = app.seal(vigil::test::nearMissReport());
    CHECK_FALSE(app.syncRound());
    CHECK(app->sync()->status() == "offline");
    CHECK(stateOf(app, first.rowId) == OutboxState::Sealed);

    // Online: delivered once, with a receipt that verifies against the directory.
    auto server = relay::test::startRelay(relayConfig(relayDir, port), log.logger(), clock);
    REQUIRE(server->receiptKey() == vigil::test::relayKey().publicKey);
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, first.rowId) == OutboxState::Delivered);
    CHECK(relay::test::queryInt(relayDir.path(), "SELECT COUNT(*) FROM envelopes") == 1);
    REQUIRE(app.syncRound());
    CHECK(relay::test::queryInt(relayDir.path(), "SELECT COUNT(*) FROM envelopes") == 1);

    // Killed mid-upload: the relay stored the envelope, the app died before it read the answer.
    const auto second = app.seal(vigil::test::socialReport(), "42-battalion");
    const Bytes envelope = app->store().outboxRow(second.rowId)->envelope;
    {
        relay::test::Client client(relay::test::urlOf(port));
        auto answer = relay::test::ingestResults(client.postBatch(std::vector<Bytes>{envelope}));
        REQUIRE(answer.size() == 1);
        REQUIRE(answer[0].status == IngestStatus::Stored);
    }
    REQUIRE(app->store().setState(second.rowId, OutboxState::Sending));
    app.restart();
    CHECK(stateOf(app, second.rowId) == OutboxState::Waiting);
    REQUIRE(app.syncRound());
    CHECK(stateOf(app, second.rowId) == OutboxState::Delivered);
    CHECK(relay::test::queryInt(relayDir.path(), "SELECT COUNT(*) FROM envelopes") == 2);
    app->outbox()->refresh();
    CHECK(app->outbox()->deliveredCount() == 2);
    server->stop();
}
