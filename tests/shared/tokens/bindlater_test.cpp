// SPDX-License-Identifier: EUPL-1.2
// Binding a token to an envelope sealed earlier (shared/seal.h bindTokenLater; docs/protocol.md
// §11.3): what a phone does with a report sealed offline while its stock of tokens was empty,
// and again when a relay refused the token it carried.
#include "shared/seal.h"

#include "shared/tokens/tokenbinding.h"
#include "shared/tokens/tokenverifier.h"
#include "tests/support/testdata.h"
#include "vectorfile.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::tokens;
using vigil::tokens::testing::rfc9578Key;

namespace {

const std::string kIssuer = "vigil:0011223344556677";

struct Stock {
    Token token;
    SigningKeyPair bindingKey;
};

Stock issue()
{
    SigningKeyPair bindingKey = SigningKeyPair::generate();
    auto pending = createTokenRequest(rfc9578Key().publicKey(), envelopeTokenChallenge(kIssuer).value(),
                                      bindingNonce(bindingKey.publicKey));
    REQUIRE(pending.ok());
    auto token = finalizeToken(rfc9578Key().publicKey(), pending->state,
                               issueTokenResponse(rfc9578Key(), pending->request).value());
    REQUIRE(token.ok());
    return Stock{std::move(*token), std::move(bindingKey)};
}

TokenBinder binderFor(const Stock& stock)
{
    return [&stock](const ReportId& reportId, const Hash32& bindingHash) -> Result<Bytes> {
        auto bound = bindToken(stock.token, stock.bindingKey, reportId, bindingHash);
        if (!bound)
            return bound.error();
        return encodeEnvelopeToken(*bound);
    };
}

/// The token field of `envelope` holds, as a relay checks it.
void checkToken(const Bytes& envelope, const Stock& stock)
{
    auto view = parseEnvelope(envelope);
    REQUIRE(view.ok());
    auto field = decodeEnvelopeToken(view->token);
    REQUIRE(field.ok());
    CHECK(field->token.nonce == stock.token.nonce);
    CHECK(verifyEnvelopeToken(rfc9578Key().publicKey(), envelopeTokenChallenge(kIssuer).value(), *field,
                              view->reportId, tokenBindingHash(*view))
              .ok());
}

struct Sealed {
    BoxKeyPair routing = BoxKeyPair::generate();
    BoxKeyPair member = BoxKeyPair::generate();
    SealedReport report;

    Sealed()
    {
        const std::vector<Recipient> recipients{{"m1", member.publicKey}};
        auto sealed = sealReport(vigil::test::nearMissReport(), {}, RoutingContext{{"g1"}, "13-bde", "nl", 1},
                                 recipients, routing.publicKey);
        REQUIRE(sealed.ok());
        report = std::move(*sealed);
    }
};

} // namespace

TEST_CASE("A token bound after sealing verifies, the header opens over it, and the body is untouched",
          "[tokens][seal]")
{
    Sealed s;
    const Stock stock = issue();
    RoutingHeader header = s.report.header;
    auto bound = bindTokenLater(s.report.envelope.bytes, header, s.routing.publicKey, binderFor(stock));
    REQUIRE(bound.ok());
    CHECK(bound->reportId == s.report.envelope.reportId);
    CHECK(bound->envelopeHash == envelopeHash(bound->bytes));
    CHECK(bound->envelopeHash != s.report.envelope.envelopeHash);
    checkToken(bound->bytes, stock);

    auto opened = openRoutingHeader(bound->bytes, s.routing);
    REQUIRE(opened.ok());
    CHECK(opened->contentHash == header.contentHash);
    CHECK(opened->recipients == s.report.header.recipients);
    auto before = openBody(s.report.envelope.bytes, s.member);
    auto after = openBody(bound->bytes, s.member);
    REQUIRE(before.ok());
    REQUIRE(after.ok());
    CHECK(before->bytes() == after->bytes());
}

TEST_CASE("Binding again replaces a refused token, from the header as first sealed", "[tokens][seal]")
{
    Sealed s;
    const Stock refused = issue();
    const Stock fresh = issue();
    RoutingHeader first = s.report.header;
    auto once = bindTokenLater(s.report.envelope.bytes, first, s.routing.publicKey, binderFor(refused));
    REQUIRE(once.ok());
    RoutingHeader again = s.report.header;   // the phone keeps the header as sealed without a token
    auto twice = bindTokenLater(once->bytes, again, s.routing.publicKey, binderFor(fresh));
    REQUIRE(twice.ok());
    checkToken(twice->bytes, fresh);
    CHECK(openRoutingHeader(twice->bytes, s.routing).ok());
}

TEST_CASE("A token is not bound with another envelope's header or without a binder", "[tokens][seal]")
{
    Sealed s;
    Sealed other;
    const Stock stock = issue();
    RoutingHeader foreign = other.report.header;
    auto wrongReport = bindTokenLater(s.report.envelope.bytes, foreign, s.routing.publicKey, binderFor(stock));
    REQUIRE_FALSE(wrongReport.ok());
    CHECK_THAT(wrongReport.error().message, Catch::Contains("the header is for report"));

    RoutingHeader altered = s.report.header;
    altered.recipients.push_back("m2");
    altered.contentHash[0] ^= 1;
    auto wrongHash = bindTokenLater(s.report.envelope.bytes, altered, s.routing.publicKey, binderFor(stock));
    REQUIRE_FALSE(wrongHash.ok());
    CHECK_THAT(wrongHash.error().message, Catch::Contains("not sealed with this envelope"));

    RoutingHeader header = s.report.header;
    CHECK_FALSE(bindTokenLater(s.report.envelope.bytes, header, s.routing.publicKey, {}).ok());
}
