// SPDX-License-Identifier: EUPL-1.2
// Filing tokens in the whole system (issue 17; docs/field-app.md "Filing tokens"): a relay and
// a registry that both require tokens, on loopback, and the field app enrolled with a real
// provisioning payload. The phone registers its credential and keeps a stock; a report sealed
// with the stock empty waits in the outbox, is never sent without its token, gets one at the
// next refill and arrives exactly once; the spent token leaves the phone with the delivery.
#include "mobile/syncengine.h"

#include "fieldtest.h"
#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "mobile/tokenattach.h"
#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"
#include "registry/server/registryserver.h"
#include "registry/tokendesk.h"
#include "shared/envelope.h"
#include "shared/identity.h"
#include "shared/storage/sqlite.h"
#include "shared/tokens/issuerdoc.h"
#include "shared/tokens/issuerkeyset.h"
#include "shared/tokens/tokenbinding.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>

using namespace vigil;
using namespace vigil::field;
namespace rt = vigil::relay::test;

namespace {

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

std::int64_t registryCases(registry::Admin& admin)
{
    auto lock = admin.cases().lock();
    return *admin.cases().db().queryInt("SELECT COUNT(*) FROM cases");
}

/// Tokens the phone keeps, spent or not (the tokens table of its own database).
std::int64_t tokensOnPhone(const std::filesystem::path& fieldDir)
{
    auto db = SqliteDb::open(fieldDir / "vigil-field.db", false);
    REQUIRE(db);
    auto count = db->queryInt("SELECT COUNT(*) FROM tokens");
    REQUIRE(count);
    return *count;
}

} // namespace

TEST_CASE("full stack with filing tokens: a report sealed with an empty stock waits, gets its token at the next "
          "refill and arrives once, and the spent token leaves the phone",
          "[e2e][tokens]")
{
    const std::int64_t now = unixNow();
    rt::TempDir registryDir;
    rt::TempDir relayDir;
    rt::LogCapture registryLog;
    rt::LogCapture relayLog;
    REQUIRE(registry::Admin::init(registryDir.path(), {}, now));
    auto admin = std::move(*registry::Admin::open(registryDir.path()));
    REQUIRE(admin->addUnit(Unit{"13-bde", "13 Bde", "defence"}, true));
    REQUIRE(admin->addAdvisor("m3", "Advisor Bakker", "ca-pool",
                              encodeAdvisorIdentity({vigil::test::memberBoxKey(3).publicKey,
                                                     vigil::test::memberSignKey(3).publicKey})));
    REQUIRE(registry::newTokenEpoch(*admin, registry::EpochWindow{now}, now));
    REQUIRE(registry::publishTokenEpochs(*admin, now));
    // One token per device and epoch to begin with: the phone's stock runs dry after one report.
    REQUIRE(registry::setTokenQuota(*admin, 1, now));

    // Both servers require tokens of this issuer.
    const PublicKey root = admin->keys().root.publicKey;
    auto published = registry::latestTokenIssuer(admin->cases().db());
    REQUIRE(published);
    REQUIRE(published->has_value());
    auto document = tokens::verifyIssuerKeyDocument(**published, root, 0);
    REQUIRE(document);
    auto keySet = tokens::makeIssuerKeySet(document->name, document->keys);
    REQUIRE(keySet);
    std::ofstream(relayDir.path() / "issuer-keys.json") << tokens::encodeIssuerKeySet(*keySet);

    registry::RegistryOptions options;
    options.dataDir = registryDir.path();
    options.port = 0;
    options.threads = 2;
    options.workflow.tokens.require = true;
    options.workflow.tokens.keys = std::make_shared<const tokens::IssuerKeySet>(*keySet);
    auto registry = std::move(*registry::RegistryServer::start(options, registryLog.logger()));
    relay::RelayConfig config = rt::testConfig(relayDir.path());
    config.upstreamUrl = rt::urlOf(registry->port());
    config.rootKey = root;
    config.tokens.require = true;
    config.tokens.issuerKeys = relayDir.path() / "issuer-keys.json";
    auto relay = rt::startRelay(config, relayLog.logger());
    REQUIRE(admin->addRelay("relay-1", toHex(relay->receiptKey())));
    REQUIRE(admin->publishDirectory(now, 30));
    auto provisioning = admin->enrollment(rt::urlOf(relay->port()), false);
    REQUIRE(provisioning);

    fixture::TestApp app(fixture::TestApp::Provisioned{*provisioning, static_cast<std::uint64_t>(now)});
    const std::filesystem::path fieldDir = app->store().dir();

    // First round: the issuer keys are fetched and verified, the credential registered, and the
    // quota of one token fetched.
    REQUIRE(app.syncRound());
    REQUIRE(tokensInUse(app->trust().issuerKeys(), now));
    CHECK(app->sync()->tokenStock() == 1);

    // The first report takes the token at once: its envelope carries it, ready to send.
    const SealOutcome first = app.seal(vigil::test::nearMissReport(), "13-bde");
    CHECK_FALSE(first.awaitingToken);
    {
        const auto row = app->store().outboxRow(first.rowId);
        REQUIRE(row);
        CHECK(row->state == OutboxState::Sealed);
        CHECK(parseEnvelope(row->envelope).value().token.size() == tokens::kEnvelopeTokenLength);
        CHECK(row->envelopeHash == first.envelopeHash);
    }
    // The second finds the stock empty: sealed and kept, waiting, not offered for upload.
    const SealOutcome second = app.seal(vigil::test::socialReport(), "13-bde");
    CHECK(second.awaitingToken);
    CHECK(app->store().outboxRow(second.rowId)->state == OutboxState::AwaitingToken);

    // A round sends the first; the second stays (the quota is spent: the registry says 429).
    CHECK(app.syncRound());
    CHECK(app->store().outboxRow(first.rowId)->state == OutboxState::Delivered);
    CHECK(app->store().outboxRow(second.rowId)->state == OutboxState::AwaitingToken);
    CHECK_FALSE(app->sync()->tokenNote().isEmpty());
    REQUIRE(rt::waitUntil([&] { return registryCases(*admin) == 1; }));
    // The spent token left the phone with the delivery: nothing on it matches the relay's copy.
    CHECK(tokensOnPhone(fieldDir) == 0);

    // The organisation raises the quota; the next round refills, binds the waiting report and
    // sends it in the round that follows by itself.
    REQUIRE(registry::setTokenQuota(*admin, 20, now));
    CHECK(app.syncRound());
    REQUIRE(fixture::waitFor([&] { return app->store().outboxRow(second.rowId)->state == OutboxState::Delivered; }, 10000));
    REQUIRE(rt::waitUntil([&] { return registryCases(*admin) == 2; }));
    CHECK(app->sync()->tokenStock() == 18);   // 19 issued, one spent
    CHECK(tokensOnPhone(fieldDir) == 18);

    // Nothing doubled: both relays' and the registry's spent sets hold exactly the two tokens.
    CHECK(rt::queryInt(relayDir.path(), "SELECT COUNT(*) FROM spent_tokens") == 2);
    {
        auto lock = admin->cases().lock();
        CHECK(*admin->cases().db().queryInt("SELECT COUNT(*) FROM spent_tokens") == 2);
    }
    relay->stop();
    registry->stop();
}
