// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "shared/net/httpserver.h"

#include "selfsigned.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

TEST_CASE("TLS: a client that trusts the certificate completes the handshake and syncs", "[tls]")
{
    TempDir dir;
    LogCapture log;
    const TestCertificate cert = makeSelfSigned(dir.path());
    RelayConfig config = testConfig(dir.path() / "data");
    config.tlsCert = cert.cert;
    config.tlsKey = cert.key;
    auto relay = startRelay(config, log.logger());

    HttpClientOptions trusting;
    trusting.caFile = cert.cert;
    Client client(urlOf(relay->port(), true), trusting);
    auto health = client.get("/healthz");
    if (!health)
        FAIL(health.error().message);
    CHECK(health->status == 200);
    auto results = ingestResults(client.postBatch(std::vector<Bytes>{sealedEnvelope()}));
    CHECK(results[0].status == IngestStatus::Stored);

    SECTION("a client that does not trust it fails the handshake, and the server keeps serving")
    {
        Client stranger(urlOf(relay->port(), true));   // system CAs only
        auto refused = stranger.get("/healthz");
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.find("TLS") != std::string::npos);
        CHECK(client.get("/healthz")->status == 200);
    }
    SECTION("plain HTTP on the TLS port gets nothing, and the server keeps serving")
    {
        RawConnection raw(relay->port());
        raw.send("GET /healthz HTTP/1.1\r\nHost: relay\r\n\r\n");
        CHECK(raw.readAll(2s).find("HTTP/1.1 200") == std::string::npos);
        CHECK(client.get("/healthz")->status == 200);
    }
    SECTION("a relay forwards to a TLS upstream")
    {
        TempDir downstreamDir;
        RelayConfig downstream = testConfig(downstreamDir.path());
        downstream.upstreamUrl = urlOf(relay->port(), true);
        downstream.forward.upstreamCaFile = cert.cert;
        auto ship = startRelay(downstream, log.logger());
        Client device(urlOf(ship->port()));
        ingestResults(device.postBatch(std::vector<Bytes>{syntheticEnvelope(1), syntheticEnvelope(2)}));
        CHECK(waitUntil([&] { return queryInt(config.dataDir, "SELECT COUNT(*) FROM envelopes") == 3; }));
    }
}

TEST_CASE("TLS: after a reload new connections get the renewed certificate, and a broken renewal keeps the old one",
          "[tls]")
{
    TempDir dir;
    LogCapture log;
    const TestCertificate old = makeSelfSigned(dir.path());
    RelayConfig config = testConfig(dir.path() / "data");
    config.tlsCert = old.cert;
    config.tlsKey = old.key;
    auto relay = startRelay(config, log.logger());

    // The renewal: a new key pair and certificate written over the same files, as certbot or
    // an operator's script would, then the reload SIGHUP triggers.
    const auto renewedDir = dir.path() / "renewed";
    std::filesystem::create_directory(renewedDir);
    const TestCertificate renewed = makeSelfSigned(renewedDir);
    const auto oldCopy = dir.path() / "old-cert.pem";
    std::filesystem::copy_file(old.cert, oldCopy);
    std::filesystem::copy_file(renewed.cert, old.cert, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(renewed.key, old.key, std::filesystem::copy_options::overwrite_existing);
    REQUIRE(relay->reloadTls());
    CHECK_THAT(log.text(), Catch::Contains("tls certificate reloaded"));

    HttpClientOptions trustsRenewed;
    trustsRenewed.caFile = renewed.cert;
    Client fresh(urlOf(relay->port(), true), trustsRenewed);
    auto health = fresh.get("/healthz");
    if (!health)
        FAIL(health.error().message);
    CHECK(health->status == 200);
    HttpClientOptions trustsOld;
    trustsOld.caFile = oldCopy;
    Client stale(urlOf(relay->port(), true), trustsOld);
    CHECK_FALSE(stale.get("/healthz").ok()); // the old certificate is no longer presented

    SECTION("a key that does not belong to the certificate is refused and the renewed one stays")
    {
        std::filesystem::copy_file(oldCopy, old.cert, std::filesystem::copy_options::overwrite_existing);
        auto refused = relay->reloadTls();
        REQUIRE_FALSE(refused);
        CHECK_THAT(refused.error().message, Catch::Contains("cannot load private key"));
        Client again(urlOf(relay->port(), true), trustsRenewed);
        CHECK(again.get("/healthz")->status == 200);
    }
    SECTION("a file that is not a certificate is refused and the renewed one stays")
    {
        {
            std::ofstream garbage(old.cert, std::ios::trunc);
            garbage << "not a certificate\n";
        }
        REQUIRE_FALSE(relay->reloadTls());
        Client again(urlOf(relay->port(), true), trustsRenewed);
        CHECK(again.get("/healthz")->status == 200);
    }
}

TEST_CASE("TLS: a relay on plain HTTP refuses a reload, since it has no certificate", "[tls]")
{
    TempDir dir;
    LogCapture log;
    auto relay = startRelay(testConfig(dir.path() / "data"), log.logger());
    auto refused = relay->reloadTls();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == ErrorKind::Refused);
}
