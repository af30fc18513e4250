// SPDX-License-Identifier: EUPL-1.2
// The field app's sync engine against the real relay (vigil_relay_lib) on a loopback port:
// offline → queued; online → delivered once; killed mid-upload → resumed without a duplicate.
#include "mobile/syncengine.h"

#include "fieldtest.h"
#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "mobile/outboxmodel.h"
#include "sync-server/metrics.h"
#include "shared/receipt.h"

#include <QFile>

#include <catch2/catch.hpp>

#include <algorithm>
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

TEST_CASE("relay: a report with a photo goes in chunks, and killed mid-upload it resumes without resending what arrived",
          "[relay]")
{
    relay::test::TempDir relayDir;
    relay::test::LogCapture log;
    const std::uint16_t port = relay::test::freePort();
    auto clock = []() -> std::uint64_t { return fixture::kNow; };
    // The relay holds its port before the app first dials it: a port found free and left
    // unbound while other tests run beside this one can be taken by them in between.
    auto server = relay::test::startRelay(relayConfig(relayDir, port), log.logger(), clock);
    fixture::TestApp app(relay::test::urlOf(port));

    Bytes photo(1'200'000);
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<std::uint8_t>((i * 2654435761u) >> 13);
    const auto small = app.seal(vigil::test::nearMissReport());
    const auto large = app.seal(vigil::test::nearMissReport(), {photo});
    const std::size_t size = app->store().outboxRow(large.rowId)->envelope.size();
    REQUIRE(size > 256 * 1024);   // above the threshold: the resumable path

    // Let a few chunks commit, then kill the app in the middle of the upload.
    std::vector<double> progress;
    QObject::connect(app->sync(), &SyncEngine::uploadProgressChanged,
                     [&]() { progress.push_back(app->sync()->uploadProgress()); });
    app->sync()->syncNow();
    // The large upload's own progress: a batch before it (the small report) reports progress
    // too, but under no report's id.
    const QString largeId = QString::fromStdString(toHex(large.reportId));
    REQUIRE(fixture::waitFor([&]() {
        return app->sync()->uploadingReportId() == largeId && app->sync()->uploadProgress() > 0.3;
    }, 20000));
    // The progress belongs to the large report's row, not to every row waiting.
    CHECK(app->sync()->uploadingReportId() == QString::fromStdString(toHex(large.reportId)));
    app.restart();
    const auto committed = server->metrics().uploadChunkBytes.load();
    CHECK(committed > 0);
    CHECK(committed < size);
    // The large upload's progress comes from the relay's durable offset: it never goes back.
    const auto start = std::find(progress.rbegin(), progress.rend(), 0.0).base();
    CHECK(std::is_sorted(start, progress.end()));
    CHECK(progress.end() - start >= 3);

    REQUIRE(app.syncRound(20000));
    CHECK(stateOf(app, small.rowId) == OutboxState::Delivered);
    CHECK(stateOf(app, large.rowId) == OutboxState::Delivered);
    // Every committed byte was sent once; the chunk in flight at the kill, if it did not
    // commit, is the only thing sent twice, and it never counts here.
    CHECK(server->metrics().uploadChunkBytes.load() == size);
    CHECK(server->metrics().uploadsCompleted.load() == 1);
    CHECK(relay::test::queryInt(relayDir.path(), "SELECT COUNT(*) FROM envelopes") == 2);
    CHECK(app->sync()->uploadProgress() == 0);
    CHECK(app->sync()->uploadingReportId().isEmpty());
    server->stop();
}

TEST_CASE("relay: an upload answered invalid is sent once more before the report is set aside, and a relay that "
          "holds it answers duplicate",
          "[relay][upload]")
{
    relay::test::TempDir relayDir;
    relay::test::LogCapture log;
    const std::uint16_t port = relay::test::freePort();
    fixture::TestApp app(relay::test::urlOf(port));
    auto clock = []() -> std::uint64_t { return fixture::kNow; };
    auto server = relay::test::startRelay(relayConfig(relayDir, port), log.logger(), clock);

    Bytes photo(600'000);
    for (std::size_t i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<std::uint8_t>((i * 2654435761u) >> 11);
    const auto large = app.seal(vigil::test::nearMissReport(), {photo});
    const Bytes envelope = app->store().outboxRow(large.rowId)->envelope;
    REQUIRE(envelope.size() > 256 * 1024);

    // The relay already holds the envelope, and an upload of its hash holds other bytes up to
    // the last 1000: the app's last chunk completes it, the hash does not match, and the
    // relay answers "invalid" — although it has the envelope.
    relay::test::Client other(relay::test::urlOf(port));
    REQUIRE(relay::test::ingestResults(other.postBatch(std::span(&envelope, 1)))[0].status == IngestStatus::Stored);
    auto created = other.send({"POST", "/v1/uploads", {{"Content-Type", "application/json"}},
                               "{\"size\":" + std::to_string(envelope.size()) + ",\"envelope_hash\":\""
                                   + toHex(envelopeHash(envelope)) + "\"}"});
    REQUIRE(created.ok());
    REQUIRE(created->status == 201);
    const std::string id = created->body.substr(created->body.find("\"upload\":\"") + 10, 32);
    for (std::size_t at = 0; at + 1000 < envelope.size(); at += 65536) {
        const std::size_t n = std::min<std::size_t>(65536, envelope.size() - 1000 - at);
        auto chunk = other.send({"PATCH", "/v1/uploads/" + id,
                                 {{"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", std::to_string(at)}},
                                 std::string(n, 'x')});
        REQUIRE(chunk.ok());
        REQUIRE(chunk->status == 204);
    }

    REQUIRE(app.syncRound(20000));
    // Not quarantined on the "invalid": sent again from the start, answered "duplicate" with
    // the relay's receipt, delivered.
    CHECK(stateOf(app, large.rowId) == OutboxState::Delivered);
    CHECK(server->metrics().invalid.load() == 1);
    CHECK(server->metrics().duplicates.load() == 1);
    CHECK(relay::test::queryInt(relayDir.path(), "SELECT COUNT(*) FROM envelopes") == 1);
    server->stop();
}
