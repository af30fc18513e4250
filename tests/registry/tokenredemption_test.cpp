// SPDX-License-Identifier: EUPL-1.2
// The registry redeems filing tokens again (docs/protocol.md §11.3): one global spent set,
// written in the commit that creates the case, so a token forwarded on two envelopes by two
// relays makes one case and one refusal; follow-ups spend tokens like reports; duplicates are
// answered before the spent set is asked; ended epochs leave the set with retention.
#include "registry/caseservice.h"

#include "registryfixture.h"
#include "tests/support/testdata.h"
#include "tests/support/tokenmint.h"

#include "shared/message.h"
#include "shared/sealfordirectory.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::registry;

namespace {

constexpr std::int64_t kWeek = 7 * 24 * 3600;

/// The fixture with a CaseService that requires tokens of the test issuer's current key,
/// accepted for two weeks around the fixture's clock.
struct TokenFixture {
    test::RegistryFixture f;
    std::unique_ptr<CaseService> service;

    TokenFixture()
    {
        const test::TestTokenIssuer& issuer = test::testTokenIssuer();
        std::vector<tokens::IssuerKeyEpoch> epochs;
        epochs.push_back(tokens::makeIssuerKeyEpoch(1, f.now - kWeek, f.now + kWeek, f.now + 2 * kWeek,
                                                    tokens::encodeIssuerPublicKey(issuer.current->publicKey()))
                             .value());
        auto set = tokens::makeIssuerKeySet(std::string(test::kTestIssuerName), std::move(epochs));
        REQUIRE(set.ok());
        WorkflowPolicy policy;
        policy.tokens = tokens::TokenPolicy{tokens::TokenRequirement::Always, 0,
                                            std::make_shared<const tokens::IssuerKeySet>(std::move(*set))};
        service = std::make_unique<CaseService>(*f.store, *f.org, f.keys, policy, [this] { return f.now; });
    }

    SealedReport seal(const TokenBinder& bind) const
    {
        auto sealed = sealForDirectory(test::nearMissReport(), {}, f.directory, SealAddress{"42-battalion", "nl", {}}, bind);
        REQUIRE(sealed.ok());
        return std::move(*sealed);
    }

    SealedEnvelope followUp(const SealedReport& original, const TokenBinder& bind) const
    {
        std::vector<Recipient> recipients;
        for (const auto& id : original.header.recipients)
            recipients.push_back({id, test::memberBoxKey(std::stoi(id.substr(1))).publicKey});
        auto sealed = sealFollowUp(Message{{}, 0, "", "one more thing"}, original.header, recipients,
                                   f.directory.routingKey, FollowUpSignal::None, bind);
        REQUIRE(sealed.ok());
        return std::move(*sealed);
    }

    IntakeResult take(const Bytes& envelope)
    {
        const ByteView view(envelope);
        auto r = service->intake(std::span(&view, 1));
        REQUIRE(r.ok());
        return (*r)[0];
    }

    std::int64_t count(const std::string& sql)
    {
        auto lock = f.store->lock();
        return f.store->db().queryInt(sql).value();
    }
};

TokenBinder freshBinder()
{
    return test::freshTokenBinder(*test::testTokenIssuer().current);
}

} // namespace

TEST_CASE("one token forwarded on two envelopes by two relays makes one case and one refusal",
          "[registry][tokens]")
{
    TokenFixture t;
    const TokenBinder once = test::binderFor(test::issueStockToken(*test::testTokenIssuer().current));
    const SealedReport a = t.seal(once);
    const SealedReport b = t.seal(once);
    // Each relay's batch is checked on its own request thread; both land in one group commit.
    const ByteView va(a.envelope.bytes);
    const ByteView vb(b.envelope.bytes);
    auto fromRelayA = t.service->prepareIntake(std::span(&va, 1));
    auto fromRelayB = t.service->prepareIntake(std::span(&vb, 1));
    REQUIRE(fromRelayA.ok());
    REQUIRE(fromRelayB.ok());
    std::array<PreparedIntake*, 2> batches{&*fromRelayA, &*fromRelayB};
    REQUIRE(t.service->commitIntake(batches).ok());
    CHECK(fromRelayA->results[0].status == IngestStatus::Stored);
    CHECK(fromRelayB->results[0].status == IngestStatus::Invalid);
    CHECK(fromRelayB->results[0].reason == "token: already spent on another envelope");
    CHECK(fromRelayB->results[0].receipt.empty());
    CHECK(t.count("SELECT COUNT(*) FROM cases") == 1);
    CHECK(t.count("SELECT COUNT(*) FROM spent_tokens") == 1);

    // A resend of the stored one is a duplicate (asked before the spent set), the other refused again.
    const IntakeResult again = t.take(a.envelope.bytes);
    CHECK(again.status == IngestStatus::Duplicate);
    CHECK(again.receipt == fromRelayA->results[0].receipt);
    CHECK(t.take(b.envelope.bytes).status == IngestStatus::Invalid);
    CHECK(t.count("SELECT COUNT(*) FROM cases") == 1);
}

TEST_CASE("follow-ups spend filing tokens like reports", "[registry][tokens][follow-up]")
{
    TokenFixture t;
    const TokenBinder reportToken = test::binderFor(test::issueStockToken(*test::testTokenIssuer().current));
    const SealedReport report = t.seal(reportToken);
    REQUIRE(t.take(report.envelope.bytes).status == IngestStatus::Stored);

    const IntakeResult tokenless = t.take(t.followUp(report, {}).bytes);
    CHECK(tokenless.status == IngestStatus::Invalid);
    CHECK_THAT(tokenless.reason, Catch::Contains("carries no filing token"));
    const IntakeResult respent = t.take(t.followUp(report, reportToken).bytes);
    CHECK(respent.status == IngestStatus::Invalid);
    CHECK(respent.reason == "token: already spent on another envelope");
    const IntakeResult honest = t.take(t.followUp(report, freshBinder()).bytes);
    CHECK(honest.status == IngestStatus::Stored);
    CHECK(t.count("SELECT COUNT(*) FROM follow_ups") == 1);
    CHECK(t.count("SELECT COUNT(*) FROM spent_tokens") == 2);
}

TEST_CASE("spent tokens leave the global set with retention once their epoch has ended", "[registry][tokens]")
{
    TokenFixture t;
    REQUIRE(t.take(t.seal(freshBinder()).envelope.bytes).status == IngestStatus::Stored);
    REQUIRE(t.service->runRetention().ok());
    CHECK(t.count("SELECT COUNT(*) FROM spent_tokens") == 1);
    t.f.now += 2 * kWeek;   // the epoch's not_after: its tokens are refused by their window now
    REQUIRE(t.service->runRetention().ok());
    CHECK(t.count("SELECT COUNT(*) FROM spent_tokens") == 0);
    const IntakeResult late = t.take(t.seal(freshBinder()).envelope.bytes);
    CHECK(late.status == IngestStatus::Invalid);
    CHECK_THAT(late.reason, Catch::Contains("has expired"));
}
