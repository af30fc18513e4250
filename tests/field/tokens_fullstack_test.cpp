// SPDX-License-Identifier: EUPL-1.2
// Filing tokens in the whole system (issue 17; docs/field-app.md "Filing tokens"): a relay and
// a registry that both require tokens, on loopback, and the field app enrolled with a real
// provisioning payload. A report sealed before the phone knew of tokens is refused by the relay
// and sent again with a token; the phone registers its credential and keeps a stock; a report
// sealed with the stock empty waits in the outbox, is never sent without its token, gets one at
// the next refill and arrives exactly once; the spent token leaves the phone with the delivery.
#include "mobile/syncengine.h"

#include "fieldtest.h"
#include "tests/support/relaytest.h"
#include "tests/support/testdata.h"

#include "mobile/reportsealer.h"
#include "mobile/tokenattach.h"
#include "registry/admin/admin.h"
#include "registry/admin/tokenadmin.h"
#include "registry/server/registryserver.h"
#include "registry/tokendesk.h"
#include "shared/envelope.h"
#include "shared/identity.h"
#include "shared/storage/sqlite.h"
#include "shared/tokens/tokenpolicy.h"
#include "shared/tokens/tokenbinding.h"

#include <catch2/catch.hpp>

#include <chrono>

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

TEST_CASE("full stack with filing tokens: a report the relay refused for lacking a token, and one sealed with an "
          "empty stock, each get a token at the next refill and arrive once, and the spent token leaves the phone",
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

    // Both servers require tokens, each with the issuer keys the registry published: the
    // registry reads its own publication, the relay the signed document it fetches upstream.
    const PublicKey root = admin->keys().root.publicKey;
    registry::RegistryOptions options;
    options.dataDir = registryDir.path();
    options.port = 0;
    options.threads = 2;
    options.workflow.tokens.require = tokens::TokenRequirement::Always;
    auto registry = std::move(*registry::RegistryServer::start(options, registryLog.logger()));
    relay::RelayConfig config = rt::testConfig(relayDir.path());
    config.upstreamUrl = rt::urlOf(registry->port());
    config.rootKey = root;
    config.tokens.require = tokens::TokenRequirement::Always;
    auto relay = rt::startRelay(config, relayLog.logger());
    REQUIRE(admin->addRelay("relay-1", toHex(relay->receiptKey())));
    REQUIRE(admin->publishDirectory(now, 30));
    auto provisioning = admin->enrollment(rt::urlOf(relay->port()), false);
    REQUIRE(provisioning);
    // The relay has fetched the issuer keys (it serves them to the phone from its cache).
    rt::Client probe(rt::urlOf(relay->port()));
    REQUIRE(rt::waitUntil([&] {
        auto r = probe.get("/v1/token-issuer");
        return r && r->status == 200;
    }));

    fixture::TestApp app(fixture::TestApp::Provisioned{*provisioning, static_cast<std::uint64_t>(now)});
    const std::filesystem::path fieldDir = app->store().dir();

    // Unlocked at enrolment, the phone syncs at once: it fetches and verifies the issuer keys,
    // registers its credential and gets its quota of one token.
    REQUIRE(fixture::waitFor([&] { return !app->sync()->busy(); }, 10000));
    (void)app.syncRound();
    REQUIRE(tokensInUse(app->trust().issuerKeys(), now));
    CHECK(app->sync()->tokenStock() == 1);

    // A report sealed without a token, as one sealed before the phone knew its organisation
    // issues them: the relay refuses it, the phone binds its token to it (the report id stays)
    // and sends it in the round that follows by itself.
    SealRequest request;
    request.report = vigil::test::nearMissReport();
    request.unit = "13-bde";
    auto directory = app->trust().directory(static_cast<std::uint64_t>(now));
    REQUIRE(directory);
    auto sealedEarly = sealAndStore(app->store(), *app->vault().key(), *directory, request,
                                    static_cast<std::uint64_t>(now), TokenUse::None);
    REQUIRE(sealedEarly);
    const SealOutcome early = *sealedEarly;
    CHECK_FALSE(early.awaitingToken);
    CHECK(parseEnvelope(app->store().outboxRow(early.rowId)->envelope).value().token.empty());
    (void)app.syncRound();
    REQUIRE(fixture::waitFor([&] { return app->store().outboxRow(early.rowId)->state == OutboxState::Delivered; },
                             10000));
    CHECK(app->store().outboxRow(early.rowId)->reportId == early.reportId);
    REQUIRE(rt::waitUntil([&] { return registryCases(*admin) == 1; }));
    CHECK(app->sync()->tokenStock() == 0);
    // The spent token left the phone with the delivery: nothing on it matches the relay's copy.
    CHECK(tokensOnPhone(fieldDir) == 0);

    // The stock is empty: the next report is sealed and kept, waiting, and not offered for upload.
    const SealOutcome waiting = app.seal(vigil::test::socialReport(), "13-bde");
    CHECK(waiting.awaitingToken);
    CHECK(app->store().outboxRow(waiting.rowId)->state == OutboxState::AwaitingToken);
    REQUIRE(fixture::waitFor([&] { return !app->sync()->busy(); }, 10000));
    (void)app.syncRound();   // the quota is spent: the registry answers 429, and the report waits on
    CHECK(app->store().outboxRow(waiting.rowId)->state == OutboxState::AwaitingToken);
    CHECK_FALSE(app->sync()->tokenNote().isEmpty());
    CHECK(registryCases(*admin) == 1);

    // The organisation raises the quota; the next round refills, binds the waiting report and
    // sends it in the round that follows by itself.
    REQUIRE(registry::setTokenQuota(*admin, 20, now));
    (void)app.syncRound();
    REQUIRE(fixture::waitFor([&] { return app->store().outboxRow(waiting.rowId)->state == OutboxState::Delivered; },
                             10000));
    REQUIRE(rt::waitUntil([&] { return registryCases(*admin) == 2; }));
    CHECK(app->sync()->tokenStock() == 18);   // 19 more issued, one spent
    CHECK(tokensOnPhone(fieldDir) == 18);

    // With tokens in stock a report takes one at once: its envelope carries it, ready to send.
    const SealOutcome ready = app.seal(vigil::test::nearMissReport(), "13-bde");
    CHECK_FALSE(ready.awaitingToken);
    {
        const auto row = app->store().outboxRow(ready.rowId);
        REQUIRE(row);
        CHECK(row->state == OutboxState::Sealed);
        CHECK(parseEnvelope(row->envelope).value().token.size() == tokens::kEnvelopeTokenLength);
        CHECK(row->envelopeHash == ready.envelopeHash);
    }
    REQUIRE(fixture::waitFor([&] { return !app->sync()->busy(); }, 10000));
    (void)app.syncRound();
    REQUIRE(fixture::waitFor([&] { return app->store().outboxRow(ready.rowId)->state == OutboxState::Delivered; },
                             10000));
    REQUIRE(rt::waitUntil([&] { return registryCases(*admin) == 3; }));

    // Nothing doubled: the relay's and the registry's spent sets hold exactly the three tokens.
    CHECK(rt::queryInt(relayDir.path(), "SELECT COUNT(*) FROM spent_tokens") == 3);
    {
        auto lock = admin->cases().lock();
        CHECK(*admin->cases().db().queryInt("SELECT COUNT(*) FROM spent_tokens") == 3);
    }
    relay->stop();
    registry->stop();
}
