// SPDX-License-Identifier: EUPL-1.2
// Where a relay's filing-token rule comes from (docs/relay.md "Filing tokens", docs/protocol.md
// §11.3): the signed issuer-key document it fetches from the registry and caches, verified
// with the root key. Before the first publication no envelope is refused for lacking a token;
// in the grace after the first epoch's start tokenless envelopes are taken and counted; after
// it they are refused with a clear reason while a valid token passes; and a restarted relay
// without uplink (a ship) keeps checking with the cached keys. Real registry and relay on
// loopback.
#include "registry/server/registryserver.h"

#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"
#include "tests/support/tokenmint.h"

#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"

#include "shared/provisioning.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace vigil;
namespace rt = vigil::relay::test;

namespace {

constexpr std::int64_t kDay = 24 * 3600;

/// A registry that has published no issuer keys yet, and a relay in front of it that knows
/// the registry's root key (the default token rule: auto, three days' grace).
struct Deployment {
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;

    Deployment()
    {
        REQUIRE(registry::Admin::init(registryDir.path(), {}, test::unixNow()).ok());
        admin = std::move(*registry::Admin::open(registryDir.path()));
        registry::RegistryOptions options;
        options.dataDir = registryDir.path();
        options.port = 0;
        options.threads = 2;
        auto started = registry::RegistryServer::start(options, registryLog.logger());
        REQUIRE(started.ok());
        registry = std::move(*started);
        relay = rt::startRelay(relayConfig(true), relayLog.logger());
    }

    ~Deployment()
    {
        if (relay)
            relay->stop();
        registry->stop();
    }

    relay::RelayConfig relayConfig(bool uplink) const
    {
        relay::RelayConfig config = rt::testConfig(relayDir.path());
        if (uplink)
            config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = registry->keys().root.publicKey;
        return config;
    }

    /// `vigil-admin tokens epoch new --start notBefore` and `tokens epoch publish`.
    void publishEpoch(std::int64_t notBefore)
    {
        REQUIRE(registry::newTokenEpoch(*admin, registry::EpochWindow{notBefore}, test::unixNow()).ok());
        REQUIRE(registry::publishTokenEpochs(*admin, test::unixNow()).ok());
    }

    /// The issuer keys as the relay serves them, once it has fetched them.
    tokens::IssuerKeyDocument servedKeys(rt::Client& device)
    {
        std::optional<tokens::IssuerKeyDocument> doc;
        REQUIRE(rt::waitUntil([&] {
            auto r = device.get("/v1/token-issuer");
            if (r && r->status == 200)
                if (auto d = tokens::verifyIssuerKeyDocument(asBytes(r->body), registry->keys().root.publicKey))
                    doc = std::move(*d);
            return doc.has_value();
        }));
        return *doc;
    }

    /// What an enrolled device does at sync: registers its credential with its enrolment code
    /// and gets `count` tokens through the relay (docs/protocol.md §11.2).
    std::vector<test::StockToken> obtainTokens(rt::Client& device, std::size_t count)
    {
        const tokens::IssuerKeyDocument doc = servedKeys(device);
        auto payload = admin->enrollment("http://127.0.0.1:1", true);
        REQUIRE(payload.ok());
        const std::string code = decodeProvisioning(*payload, 0).value().provisioning.enrolCode;
        const SigningKeyPair credential = SigningKeyPair::generate();
        REQUIRE(device.send(jsonPost("/v1/devices", tokens::encodeDeviceRegistration(
                                                        tokens::makeDeviceRegistration(credential, code))))
                    ->status
                == 201);
        const tokens::IssuerKeyEpoch* epoch = tokens::keyForIssuance(doc.keys, test::unixNow()).value();
        const Bytes challenge = tokens::envelopeTokenChallenge(doc.name).value();
        std::vector<tokens::BoundTokenRequest> pending;
        std::vector<tokens::TokenRequest> requests;
        for (std::size_t i = 0; i < count; ++i) {
            pending.push_back(tokens::makeBoundTokenRequest(epoch->key, challenge).value());
            requests.push_back(pending.back().pending.request);
        }
        const auto request = tokens::makeIssuanceRequest(credential, epoch->epoch, test::unixNow(), std::move(requests));
        auto answer = device.send(jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(request)));
        REQUIRE(answer->status == 200);
        const auto issued = tokens::decodeIssuanceResponse(answer->body).value();
        REQUIRE(issued.responses.size() == count);
        std::vector<test::StockToken> stock;
        for (std::size_t i = 0; i < count; ++i) {
            auto token = tokens::finalizeToken(epoch->key, pending[i].pending.state, issued.responses[i]);
            REQUIRE(token.ok());
            stock.push_back(test::StockToken{std::move(*token), std::move(pending[i].bindingKey)});
        }
        return stock;
    }

    static HttpRequest jsonPost(std::string target, std::string body)
    {
        HttpRequest q;
        q.method = "POST";
        q.target = std::move(target);
        q.headers.emplace_back("Content-Type", "application/json");
        q.body = std::move(body);
        return q;
    }
};

IngestResult postOne(rt::Client& device, const Bytes& envelope)
{
    const std::vector<Bytes> batch{envelope};
    auto results = rt::ingestResults(device.postBatch(batch));
    REQUIRE(results.size() == 1);
    return results[0];
}

std::int64_t tokenlessStored(rt::Client& device)
{
    auto r = device.get("/metrics");
    REQUIRE(r.ok());
    constexpr std::string_view name = "\nvigil_relay_tokenless_stored_total ";
    const auto at = r->body.find(name);
    REQUIRE(at != std::string::npos);
    return std::stoll(r->body.substr(at + name.size()));
}

} // namespace

TEST_CASE("A relay takes tokenless envelopes until issuer keys are published, refuses them after the grace, takes "
          "valid tokens, and keeps its keys across a restart without uplink",
          "[e2e][relay][tokens]")
{
    Deployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    std::uint64_t n = 1;
    // Nothing published: devices that sealed before the organisation had issuer keys file as before.
    CHECK(device.get("/v1/token-issuer")->status == 404);
    CHECK(postOne(device, relay::test::syntheticEnvelope(n++)).status == IngestStatus::Stored);
    CHECK(tokenlessStored(device) == 0);

    // The first epoch began four days ago: the three days' grace is over once the relay knows it.
    d.publishEpoch(test::unixNow() - 4 * kDay);
    IngestResult refused;
    REQUIRE(rt::waitUntil([&] {
        refused = postOne(device, relay::test::syntheticEnvelope(n++));
        return refused.status == IngestStatus::Invalid;
    }));
    CHECK(refused.reason == "token: the envelope carries no filing token, and this node requires one");
    CHECK(refused.receipt.empty());

    std::vector<test::StockToken> stock = d.obtainTokens(device, 3);
    const Bytes first = test::withBoundToken(relay::test::syntheticEnvelope(n++), test::binderFor(std::move(stock[0])));
    CHECK(postOne(device, first).status == IngestStatus::Stored);

    // Restarted with no uplink at all (a ship): the cached document still decides.
    d.relay->stop();
    d.relay.reset();   // its hold on the folder goes with it
    d.relay = rt::startRelay(d.relayConfig(false), d.relayLog.logger());
    rt::Client aboard(rt::urlOf(d.relay->port()));
    CHECK(aboard.get("/v1/token-issuer")->status == 200);
    CHECK_THAT(postOne(aboard, relay::test::syntheticEnvelope(n++)).reason, Catch::Contains("carries no filing token"));
    const TokenBinder reused = test::binderFor(std::move(stock[1]));
    CHECK(postOne(aboard, test::withBoundToken(relay::test::syntheticEnvelope(n++), reused)).status
          == IngestStatus::Stored);
    CHECK_THAT(postOne(aboard, test::withBoundToken(relay::test::syntheticEnvelope(n++), reused)).reason,
               Catch::Contains("already spent"));
    // A resend of an envelope stored before the restart is still a duplicate.
    CHECK(postOne(aboard, first).status == IngestStatus::Duplicate);
}

TEST_CASE("In the grace after the first epoch starts a relay takes tokenless envelopes and counts them",
          "[e2e][relay][tokens]")
{
    Deployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    d.publishEpoch(test::unixNow());
    d.servedKeys(device);
    std::uint64_t n = 1;
    std::int64_t posted = 0;
    // The relay adopts the keys just after it caches them: keep filing until it counts.
    REQUIRE(rt::waitUntil([&] {
        const IngestResult r = postOne(device, relay::test::syntheticEnvelope(n++));
        ++posted;
        REQUIRE(r.status == IngestStatus::Stored);
        return tokenlessStored(device) >= 1;
    }));
    CHECK(tokenlessStored(device) <= posted);
    // A bad token is refused in the grace too: only a missing one is let through.
    test::StockToken forged = std::move(d.obtainTokens(device, 1)[0]);
    forged.token.authenticator[3] ^= 1;
    CHECK_THAT(postOne(device, test::withBoundToken(relay::test::syntheticEnvelope(n++),
                                                    test::binderFor(std::move(forged))))
                   .reason,
               Catch::Contains("does not verify"));
}
