// SPDX-License-Identifier: EUPL-1.2
// Token issuance end to end (issue 17; docs/api.md "Tokens"): vigil-admin creates and publishes
// an issuer epoch and writes a provisioning payload with a single-use enrolment code; a device
// registers its credential and fetches tokens through a real relay from a real registry on
// loopback, within its quota; and nothing the registry stores about issuance names a token.
#include "registry/server/registryserver.h"

#include "tests/support/relaytest.h"

#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"

#include "shared/provisioning.h"
#include "shared/tokens/issuance.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/tokenbinding.h"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

using namespace vigil;
namespace rt = vigil::relay::test;

namespace {

/// A registry with one published issuer epoch and a relay in front; no directory is needed
/// for issuance.
struct TokenDeployment {
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    std::unique_ptr<registry::Admin> admin;
    std::unique_ptr<registry::RegistryServer> registry;
    std::unique_ptr<relay::RelayServer> relay;

    TokenDeployment()
    {
        REQUIRE(registry::Admin::init(registryDir.path(), {}, test::unixNow()).ok());
        admin = std::move(*registry::Admin::open(registryDir.path()));
        REQUIRE(registry::newTokenEpoch(*admin, registry::EpochWindow{test::unixNow()}, test::unixNow()).ok());
        REQUIRE(registry::publishTokenEpochs(*admin, test::unixNow()).ok());
        registry::RegistryOptions options;
        options.dataDir = registryDir.path();
        options.port = 0;
        options.threads = 2;
        auto started = registry::RegistryServer::start(options, registryLog.logger());
        REQUIRE(started.ok());
        registry = std::move(*started);
        relay::RelayConfig config = rt::testConfig(relayDir.path());
        config.upstreamUrl = rt::urlOf(registry->port());
        config.rootKey = registry->keys().root.publicKey;
        relay = rt::startRelay(config, relayLog.logger());
    }

    ~TokenDeployment()
    {
        relay->stop();
        registry->stop();
    }

    /// The enrolment code of a fresh compact provisioning payload, read as a device reads it.
    std::string enrolCode()
    {
        auto payload = admin->enrollment("http://127.0.0.1:1", true);
        REQUIRE(payload.ok());
        auto p = decodeProvisioning(*payload, 0);
        REQUIRE(p.ok());
        REQUIRE(p->provisioning.enrolCode.size() == 22);
        return p->provisioning.enrolCode;
    }

    /// The issuer keys as the relay serves them, once it has fetched serial `serial`.
    tokens::IssuerKeyDocument issuerKeys(rt::Client& device, std::uint64_t serial)
    {
        std::optional<tokens::IssuerKeyDocument> doc;
        REQUIRE(rt::waitUntil([&] {
            auto r = device.get("/v1/token-issuer");
            if (!r || r->status != 200)
                return false;
            auto d = tokens::verifyIssuerKeyDocument(asBytes(r->body), registry->keys().root.publicKey, serial);
            if (d)
                doc = std::move(*d);
            return doc.has_value();
        }));
        return *doc;
    }
};

/// What a device keeps of one batch until the answer comes: the blinded requests' state.
struct Batch {
    std::vector<tokens::BoundTokenRequest> pending;
    tokens::IssuanceRequest request;
};

Batch makeBatch(const SigningKeyPair& credential, const tokens::IssuerKeyDocument& doc, std::int64_t now,
                std::size_t count)
{
    const tokens::IssuerKeyEpoch* epoch = *tokens::keyForIssuance(doc.keys, now);
    const Bytes challenge = *tokens::envelopeTokenChallenge(doc.name);
    Batch b;
    std::vector<tokens::TokenRequest> requests;
    for (std::size_t i = 0; i < count; ++i) {
        b.pending.push_back(*tokens::makeBoundTokenRequest(epoch->key, challenge));
        requests.push_back(b.pending.back().pending.request);
    }
    b.request = tokens::makeIssuanceRequest(credential, epoch->epoch, now, std::move(requests));
    return b;
}

/// Finalises every answered request; REQUIREs each token to verify under the epoch's key.
std::vector<tokens::Token> finish(const Batch& b, const tokens::IssuerKeyDocument& doc,
                                  const tokens::IssuanceResponse& answer)
{
    const tokens::IssuerKeyEpoch* epoch = nullptr;
    for (const auto& k : doc.keys)
        if (k.epoch == answer.epoch)
            epoch = &k;
    REQUIRE(epoch != nullptr);
    std::vector<tokens::Token> out;
    for (std::size_t i = 0; i < answer.responses.size(); ++i) {
        auto token = tokens::finalizeToken(epoch->key, b.pending[i].pending.state, answer.responses[i]);
        REQUIRE(token.ok());
        REQUIRE(tokens::verifyToken(epoch->key, *token).ok());
        out.push_back(std::move(*token));
    }
    return out;
}

std::string errorOf(const HttpResponse& r)
{
    return std::string(boost::json::parse(r.body).as_object().at("error").as_string());
}

} // namespace

TEST_CASE("A device registers its credential once with its enrolment code and gets its quota of tokens through the "
          "relay, politely refused beyond it, refilled next epoch, and refused once revoked",
          "[e2e][registry][relay][tokens]")
{
    TokenDeployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    const tokens::IssuerKeyDocument keys1 = d.issuerKeys(device, 1);
    CHECK(keys1.name == tokens::issuerNameFor(d.registry->keys().root.publicKey));

    // Registration: once per code; the same device again is fine, another device is not.
    const std::string code = d.enrolCode();
    const SigningKeyPair credential = SigningKeyPair::generate();
    const std::string registration = tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(credential, code));
    CHECK(device.send(test::jsonPost("/v1/devices", registration))->status == 201);
    CHECK(device.send(test::jsonPost("/v1/devices", registration))->status == 200);
    const SigningKeyPair thief = SigningKeyPair::generate();
    auto reused = device.send(test::jsonPost("/v1/devices", tokens::encodeDeviceRegistration(
                                                      tokens::makeDeviceRegistration(thief, code))));
    CHECK(reused->status == 409);
    CHECK(errorOf(*reused) == "this enrolment code has been used already: ask for a new one");
    auto unknown = device.send(test::jsonPost("/v1/devices", tokens::encodeDeviceRegistration(tokens::makeDeviceRegistration(
                                                       thief, "AAAAAAAAAAAAAAAAAAAAAA"))));
    CHECK(unknown->status == 404);

    // The quota: 50 in one batch, then a polite refusal that says when the next epoch issues.
    // Each request's time is later than the last one's, as a device keeps it.
    std::int64_t last = 0;
    auto stamp = [&last] { return last = std::max(test::unixNow(), last + 1); };
    Batch first = makeBatch(credential, keys1, stamp(), 50);
    auto got = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(first.request)));
    REQUIRE(got->status == 200);
    auto answer = tokens::decodeIssuanceResponse(got->body);
    REQUIRE(answer.ok());
    CHECK(answer->remaining == 0);
    const std::vector<tokens::Token> tokens1 = finish(first, keys1, *answer);
    CHECK(tokens1.size() == 50);

    auto replay = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(first.request)));
    CHECK(replay->status == 403);
    CHECK_THAT(errorOf(*replay), Catch::Contains("not newer"));
    Batch more = makeBatch(credential, keys1, stamp(), 1);
    auto refused = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(more.request)));
    REQUIRE(refused->status == 429);
    const auto body = boost::json::parse(refused->body).as_object();
    CHECK(body.at("next_epoch_at").as_int64() == keys1.keys[0].issueUntil);
    CHECK_THAT(std::string(body.at("error").as_string()), Catch::Contains("quota of 50 tokens for epoch 1 is used up"));
    CHECK_FALSE(refused->header("Retry-After").empty());

    // The next epoch issues now: the stale epoch is refused with a hint, the new one refills.
    REQUIRE(registry::newTokenEpoch(*d.admin, registry::EpochWindow{test::unixNow()}, test::unixNow()).ok());
    REQUIRE(registry::publishTokenEpochs(*d.admin, test::unixNow()).ok());
    const tokens::IssuerKeyDocument keys2 = d.issuerKeys(device, 2);
    REQUIRE(keys2.keys.size() == 2);
    REQUIRE(rt::waitUntil([&] { return test::unixNow() >= keys2.keys[1].notBefore; }));
    const tokens::IssuanceRequest stale = tokens::makeIssuanceRequest(credential, 1, stamp(), more.request.requests);
    auto wrongEpoch = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(stale)));
    CHECK(wrongEpoch->status == 409);
    Batch refill = makeBatch(credential, keys2, stamp(), 50);
    auto second = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(refill.request)));
    REQUIRE(second->status == 200);
    auto answer2 = tokens::decodeIssuanceResponse(second->body);
    REQUIRE(answer2.ok());
    CHECK(answer2->epoch == 2);
    CHECK(finish(refill, keys2, *answer2).size() == 50);

    // Revoked: no further tokens, even in a new epoch's quota.
    auto listed = registry::listDeviceCredentials(*d.admin);
    REQUIRE(listed.ok());
    CHECK_THAT(*listed, Catch::Contains(keyId(credential.publicKey)));
    REQUIRE(registry::revokeDeviceCredential(*d.admin, keyId(credential.publicKey), test::unixNow()).ok());
    Batch after = makeBatch(credential, keys2, stamp(), 1);
    auto revoked = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(after.request)));
    CHECK(revoked->status == 403);
    CHECK(errorOf(*revoked) == "this device credential has been revoked");
    CHECK_FALSE(registry::revokeDeviceCredential(*d.admin, keyId(credential.publicKey), test::unixNow()).ok());

    // No credential, code or token bytes in either server's log.
    for (const std::string& log : {d.registryLog.text(), d.relayLog.text()}) {
        CHECK(log.find(toHex(credential.publicKey)) == std::string::npos);
        CHECK(log.find(code) == std::string::npos);
    }
}

namespace {

/// Every table of the registry's database with its columns and every cell as bytes.
using Cells = std::map<std::string, std::vector<Bytes>>;

Cells dumpDatabase(SqliteDb& db, std::map<std::string, std::vector<std::string>>& columns)
{
    Cells cells;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    REQUIRE(tables.ok());
    std::vector<std::string> names;
    while (*tables->step())
        names.push_back(tables->text(0));
    for (const auto& t : names) {
        auto info = db.prepare("SELECT name FROM pragma_table_info(?)");
        REQUIRE(info.ok());
        info->bindText(1, t);
        std::string select;
        while (*info->step()) {
            columns[t].push_back(info->text(0));
            select += (select.empty() ? "\"" : ", \"") + columns[t].back() + "\"";
        }
        auto rows = db.prepare("SELECT " + select + " FROM \"" + t + "\"");
        REQUIRE(rows.ok());
        const int n = static_cast<int>(columns[t].size());
        while (*rows->step())
            for (int c = 0; c < n; ++c) {
                const ByteView b = rows->blob(c);
                cells[t].emplace_back(b.begin(), b.end());
            }
    }
    return cells;
}

bool contains(const Bytes& cell, ByteView needle)
{
    return !needle.empty() && std::search(cell.begin(), cell.end(), needle.begin(), needle.end()) != cell.end();
}

} // namespace

TEST_CASE("Nothing the registry stores about issuance can tell which tokens it issued to which device",
          "[e2e][registry][tokens][unlinkability]")
{
    TokenDeployment d;
    rt::Client device(rt::urlOf(d.relay->port()));
    const tokens::IssuerKeyDocument keys = d.issuerKeys(device, 1);
    const std::string code = d.enrolCode();
    const SigningKeyPair credential = SigningKeyPair::generate();
    REQUIRE(device.send(test::jsonPost("/v1/devices", tokens::encodeDeviceRegistration(
                                                tokens::makeDeviceRegistration(credential, code))))->status == 201);

    std::map<std::string, std::vector<std::string>> columnsBefore;
    Cells before;
    {
        auto lock = d.registry->store().lock();
        before = dumpDatabase(d.registry->store().sqlite(), columnsBefore);
    }
    Batch b = makeBatch(credential, keys, test::unixNow(), 20);
    auto got = device.send(test::jsonPost("/v1/tokens", tokens::encodeIssuanceRequest(b.request)));
    REQUIRE(got->status == 200);
    const auto answer = tokens::decodeIssuanceResponse(got->body);
    REQUIRE(answer.ok());
    const std::vector<tokens::Token> issued = finish(b, keys, *answer);

    std::map<std::string, std::vector<std::string>> columns;
    Cells after;
    {
        auto lock = d.registry->store().lock();
        after = dumpDatabase(d.registry->store().sqlite(), columns);
    }
    // Issuance writes exactly these tables and columns: a count per credential and epoch, and
    // the credential's last request time (replay protection). A new column here must be
    // argued against this test first.
    std::set<std::string> written;
    for (const auto& [table, cells] : after)
        if (before[table] != cells)
            written.insert(table);
    CHECK(written == std::set<std::string>{"devices", "token_quota"});
    CHECK(columns["token_quota"] == std::vector<std::string>{"credential", "epoch", "issued"});
    CHECK(columns["devices"] == std::vector<std::string>{"credential", "enrolled", "revoked", "last_request"});

    // No cell of any table holds a blinded message, a blind signature, a nonce, a binding key
    // or an authenticator of any token issued, raw, hex or base64url.
    std::vector<Bytes> needles;
    auto add = [&](ByteView bytes) {
        needles.emplace_back(bytes.begin(), bytes.end());
        needles.push_back(toBytes(toHex(bytes)));
        needles.push_back(toBytes(toBase64Url(bytes)));
    };
    for (const auto& p : b.pending) {
        add(p.pending.request.blindedMsg);
        add(p.pending.state.nonce);
        add(p.bindingKey.publicKey);
    }
    for (const auto& t : issued) {
        add(t.authenticator);
        add(tokens::encodeToken(t));
    }
    for (const auto& r : answer->responses)
        add(r.blindSig);
    std::size_t found = 0;
    for (const auto& [table, cells] : after)
        for (const auto& cell : cells)
            for (const auto& needle : needles)
                if (contains(cell, needle)) {
                    ++found;
                    UNSCOPED_INFO("a token's bytes are stored in table " << table);
                }
    CHECK(found == 0);
    // And the one count stored says only how many, never which.
    auto lock = d.registry->store().lock();
    auto count = d.registry->store().db().queryInt("SELECT issued FROM token_quota");
    REQUIRE(count.ok());
    CHECK(*count == 20);
}
