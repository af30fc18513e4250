// SPDX-License-Identifier: EUPL-1.2
#include "relaytest.h"

#include "sync-server/migrations.h"

#include "testdata.h"

#include <catch2/catch.hpp>

namespace vigil::relay::test {

RelayConfig testConfig(const std::filesystem::path& dataDir)
{
    RelayConfig c;
    c.dataDir = dataDir;
    c.listenHost = "127.0.0.1";
    c.listenPort = 0;
    c.threads = 2;
    c.limits.headerTimeout = std::chrono::milliseconds(2'000);
    c.limits.bodyTimeout = std::chrono::milliseconds(2'000);
    c.forward.delayMin = std::chrono::milliseconds(0);
    c.forward.delayMax = std::chrono::milliseconds(5);
    c.forward.retryBase = std::chrono::milliseconds(20);
    c.forward.retryMax = std::chrono::milliseconds(200);
    c.forward.idlePoll = std::chrono::milliseconds(100);
    c.forward.cachePoll = std::chrono::milliseconds(100);
    c.forward.requestTimeout = std::chrono::milliseconds(2'000);
    c.shutdownGrace = std::chrono::milliseconds(5'000);
    return c;
}

std::unique_ptr<RelayServer> startRelay(const RelayConfig& config, Logger& log, std::function<std::uint64_t()> clock)
{
    auto relay = RelayServer::start(config, log, std::move(clock));
    if (!relay)
        FAIL(relay.error().message);
    return std::move(*relay);
}

std::vector<IngestResult> ingestResults(const Result<HttpResponse>& response)
{
    if (!response)
        FAIL(response.error().message);
    INFO(response->body);
    REQUIRE(response->status == 200);
    REQUIRE(response->contentType == "application/json");
    auto results = decodeIngestResults(response->body, 65535);
    if (!results)
        FAIL(results.error().message);
    return *results;
}

Bytes sealedEnvelope(std::span<const Bytes> attachments)
{
    auto sealed = vigil::test::sealWithPhotos(vigil::test::nearMissReport(), attachments,
                                              vigil::test::sampleDirectory(), "42-battalion");
    REQUIRE(sealed.ok());
    return std::move(sealed->envelope.bytes);
}

std::int64_t queryInt(const std::filesystem::path& dataDir, std::string_view sql)
{
    auto db = openRelayDatabase(dataDir / "relay.db", false);
    if (!db)
        FAIL(db.error().message);
    auto value = db->queryInt(sql);
    if (!value)
        FAIL(value.error().message);
    return *value;
}

} // namespace vigil::relay::test
