// SPDX-License-Identifier: EUPL-1.2
// The registry is the token issuer, so it redeems filing tokens against its OWN published
// issuer-key documents (docs/protocol.md §11.4, docs/registry.md "Filing tokens"): nothing
// before the first `tokens epoch publish`, the newest publication from the next intake batch
// on (no restart), and tokenless envelopes accepted and counted unless tokens are forced.
#include "registry/publishedissuerkeys.h"

#include "registryfixture.h"
#include "tests/support/testdata.h"
#include "tests/support/tokenmint.h"

#include "registry/tokendesk.h"
#include "registry/tokenissuerkeys.h"

#include "shared/sealfordirectory.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kDay = 24 * 3600;

struct IssuerFixture {
    test::RegistryFixture f;

    std::unique_ptr<CaseService> service(tokens::TokenRequirement require)
    {
        WorkflowPolicy policy;
        policy.tokens.require = require;
        return std::make_unique<CaseService>(*f.store, *f.org, f.keys, policy, [this] { return f.now; });
    }

    /// `vigil-admin tokens epoch new` from `notBefore`, then `publish`; the epoch's private key.
    tokens::RsaPrivateKey publishEpoch(std::int64_t notBefore)
    {
        auto lock = f.store->lock();
        auto epoch = createTokenEpoch(f.store->sqlite(), f.dir.path(), EpochWindow{notBefore});
        REQUIRE(epoch.ok());
        REQUIRE(publishTokenIssuer(f.store->sqlite(), f.keys, f.now).ok());
        return loadIssuerKey(f.dir.path(), epoch->epoch).value();
    }

    std::string issuerName() const { return tokens::issuerNameFor(f.keys.root.publicKey); }

    IntakeResult take(CaseService& s, const TokenBinder& bind = {})
    {
        auto sealed = sealForDirectory(test::nearMissReport(), {}, f.directory, SealAddress{"42-battalion", "nl", {}}, bind);
        REQUIRE(sealed.ok());
        const ByteView view(sealed->envelope.bytes);
        auto r = s.intake(std::span(&view, 1));
        REQUIRE(r.ok());
        return (*r)[0];
    }
};

} // namespace

TEST_CASE("The registry checks tokens against its own newest publication and learns of a new one without a restart",
          "[registry][tokens]")
{
    IssuerFixture x;
    auto required = x.service(tokens::TokenRequirement::Always);
    // Nothing published yet: nothing to check with, and tokens are forced here.
    IntakeResult before = x.take(*required);
    CHECK(before.status == IngestStatus::Invalid);
    CHECK_THAT(before.reason, Catch::Contains("no issuer keys"));

    const tokens::RsaPrivateKey key1 = x.publishEpoch(x.f.now - kDay);
    CHECK(x.take(*required, test::freshTokenBinder(key1, x.issuerName())).status == IngestStatus::Stored);
    IntakeResult bare = x.take(*required);
    CHECK(bare.status == IngestStatus::Invalid);
    CHECK_THAT(bare.reason, Catch::Contains("carries no filing token"));
    // A token for another organisation's issuer name, or of a key it never published.
    CHECK_THAT(x.take(*required, test::freshTokenBinder(key1)).reason, Catch::Contains("another challenge"));
    CHECK_THAT(x.take(*required, test::freshTokenBinder(*test::testTokenIssuer().current, x.issuerName())).reason,
               Catch::Contains("names no issuer key"));

    // The next epoch, created and published while this service runs: its tokens pass at once.
    const tokens::RsaPrivateKey key2 = x.publishEpoch(x.f.now);
    CHECK(x.take(*required, test::freshTokenBinder(key2, x.issuerName())).status == IngestStatus::Stored);
    CHECK(x.take(*required, test::freshTokenBinder(key1, x.issuerName())).status == IngestStatus::Stored);
}

TEST_CASE("By default the registry takes tokenless envelopes and counts them, but still refuses a bad token",
          "[registry][tokens]")
{
    IssuerFixture x;
    auto byDefault = x.service(WorkflowPolicy{}.tokens.require);
    IntakeResult unpublished = x.take(*byDefault);
    CHECK(unpublished.status == IngestStatus::Stored);
    CHECK_FALSE(unpublished.tokenless);   // no keys yet: nothing this registry could have checked

    const tokens::RsaPrivateKey key = x.publishEpoch(x.f.now - 10 * kDay);
    IntakeResult tokenless = x.take(*byDefault);
    CHECK(tokenless.status == IngestStatus::Stored);
    CHECK(tokenless.tokenless);
    IntakeResult tokened = x.take(*byDefault, test::freshTokenBinder(key, x.issuerName()));
    CHECK(tokened.status == IngestStatus::Stored);
    CHECK_FALSE(tokened.tokenless);
    test::StockToken forged = test::issueStockToken(key, x.issuerName());
    forged.token.authenticator[7] ^= 1;
    IntakeResult refused = x.take(*byDefault, test::binderFor(std::move(forged)));
    CHECK(refused.status == IngestStatus::Invalid);
    CHECK_THAT(refused.reason, Catch::Contains("does not verify"));
}

TEST_CASE("The published key set is read again only when a newer document exists", "[registry][tokens]")
{
    IssuerFixture x;
    PublishedIssuerKeys published(*x.f.org, x.f.keys.root.publicKey);
    CHECK(published.current().value() == nullptr);
    x.publishEpoch(x.f.now);
    const auto first = published.current().value();
    REQUIRE(first != nullptr);
    CHECK(first->serial == 1);
    CHECK(first->issuerName == x.issuerName());
    CHECK(published.current().value() == first);   // the same object: nothing was re-read
    x.publishEpoch(x.f.now + 1);
    const auto second = published.current().value();
    REQUIRE(second != nullptr);
    CHECK(second->serial == 2);
    CHECK(second->keys.size() == 2);
}
