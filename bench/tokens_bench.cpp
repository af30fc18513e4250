// SPDX-License-Identifier: EUPL-1.2
// vigil_tokens_bench: what abuse-control tokens (shared/tokens/, docs/protocol.md §11) cost,
// against plain RSA-PSS with the same 2048-bit key through OpenSSL's EVP API, in the same run:
//   - issuing: a batch of 50 TokenRequests answered (type, key id and size checks, RSASP1,
//     the RSAVP1 check), per token, against one RSASSA-PSS-SHA384 signature (one raw RSA
//     private operation plus hashing);
//   - verifying: one Token (RFC 9578 §6.4), and one envelope token as a relay will check it
//     (challenge digest, nonce commitment, Ed25519 binding signature, RSA-PSS), against one
//     RSASSA-PSS-SHA384 verification;
//   - the device: one request built (blinding) and one token finalised (unblinding, verifying).
// Rounds interleave baseline and token runs; medians are printed (the machine is shared).
// Prints `name value unit` lines on stdout (docs/benchmarks.md); progress goes to stderr.

#include "bench/figures.h"
#include "bench/timing.h"

#include "shared/tokens/tokenbinding.h"

#include <CLI/CLI.hpp>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>
#include <vector>

using namespace vigil;
using namespace vigil::tokens;
using vigil::bench::fail;
using vigil::bench::median;
using vigil::bench::must;
using vigil::bench::print;
using vigil::bench::rate;

namespace {

constexpr std::size_t kBatch = 50;

struct Options {
    double seconds = 1.0;
    std::size_t rounds = 3;
};

/// RSASSA-PSS with SHA-384, MGF1-SHA-384 and a 48-byte salt on `key` through OpenSSL's EVP API.
struct PlainPss {
    EVP_PKEY* key;

    void setup(EVP_PKEY_CTX* pctx) const
    {
        if (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_mgf1_md_name(pctx, "SHA384", nullptr) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, 48) != 1)
            fail("baseline", "PSS parameters");
    }
    Bytes sign(ByteView msg) const
    {
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        EVP_PKEY_CTX* pctx = nullptr;
        Bytes sig(256);
        std::size_t len = sig.size();
        if (EVP_DigestSignInit_ex(md, &pctx, "SHA384", nullptr, nullptr, key, nullptr) != 1)
            fail("baseline", "sign init");
        setup(pctx);
        if (EVP_DigestSign(md, sig.data(), &len, msg.data(), msg.size()) != 1)
            fail("baseline", "sign");
        EVP_MD_CTX_free(md);
        return sig;
    }
    void verify(ByteView msg, ByteView sig) const
    {
        EVP_MD_CTX* md = EVP_MD_CTX_new();
        EVP_PKEY_CTX* pctx = nullptr;
        if (EVP_DigestVerifyInit_ex(md, &pctx, "SHA384", nullptr, nullptr, key, nullptr) != 1)
            fail("baseline", "verify init");
        setup(pctx);
        if (EVP_DigestVerify(md, sig.data(), sig.size(), msg.data(), msg.size()) != 1)
            fail("baseline", "signature does not verify");
        EVP_MD_CTX_free(md);
    }
};

struct Fixture {
    RsaPrivateKey issuer = must(RsaPrivateKey::generate(2048), "issuer key");
    Bytes challenge = must(envelopeTokenChallenge("registry.example"), "challenge");
    std::vector<TokenRequest> batch;
    EnvelopeToken spent;
    ReportId reportId{};
    Hash32 bindingHash = blake2b256(asBytes("an envelope without its token"));

    Fixture()
    {
        for (std::size_t i = 0; i < kBatch; ++i) {
            SigningKeyPair binding = SigningKeyPair::generate();
            auto pending = must(createTokenRequest(issuer.publicKey(), challenge, bindingNonce(binding.publicKey)),
                                "request");
            batch.push_back(pending.request);
            if (i == 0) {
                auto response = must(issueTokenResponse(issuer, pending.request), "issue");
                Token token = must(finalizeToken(issuer.publicKey(), pending.state, response), "finalize");
                spent = must(bindToken(token, binding, reportId, bindingHash), "bind");
            }
        }
    }
};

void run(const Options& o)
{
    std::cerr << "tokens: generating a 2048-bit issuer key and " << kBatch << " requests\n";
    Fixture f;
    const PlainPss plain{f.issuer.handle()};
    const Bytes input = tokenAuthenticatorInput(f.spent.token);
    const Bytes plainSig = plain.sign(input);

    std::vector<double> issue, rawSign, verifyRate, envelopeRate, rawVerify, request, finish;
    for (std::size_t round = 1; round <= o.rounds; ++round) {
        std::cerr << "tokens round " << round << "/" << o.rounds << "\n";
        rawSign.push_back(rate(o.seconds, [&] { (void)plain.sign(input); }));
        issue.push_back(kBatch * rate(o.seconds, [&] {
            for (const TokenRequest& r : f.batch)
                (void)must(issueTokenResponse(f.issuer, r), "issue");
        }));
        rawVerify.push_back(rate(o.seconds, [&] { plain.verify(input, plainSig); }));
        verifyRate.push_back(rate(o.seconds, [&] { must(verifyToken(f.issuer.publicKey(), f.spent.token), "verify"); }));
        envelopeRate.push_back(rate(o.seconds, [&] {
            must(verifyEnvelopeToken(f.issuer.publicKey(), f.challenge, f.spent, f.reportId, f.bindingHash),
                 "verify envelope token");
        }));
        TokenNonce nonce{};
        request.push_back(rate(o.seconds, [&] {
            (void)must(createTokenRequest(f.issuer.publicKey(), f.challenge, nonce), "request");
        }));
        auto pending = must(createTokenRequest(f.issuer.publicKey(), f.challenge, nonce), "request");
        auto response = must(issueTokenResponse(f.issuer, pending.request), "issue");
        finish.push_back(rate(o.seconds, [&] {
            (void)must(finalizeToken(f.issuer.publicKey(), pending.state, response), "finalize");
        }));
    }
    print("tokens.issue.batch50.per_token.time", 1e6 / median(issue), "us");
    print("tokens.issue.batch50", median(issue), "tokens/s");
    print("baseline.tokens.rsa_pss_sign", median(rawSign), "signatures/s");
    print("tokens.issue.ratio", median(issue) / median(rawSign), "x");
    print("tokens.verify.token.time", 1e6 / median(verifyRate), "us");
    print("tokens.verify.token", median(verifyRate), "tokens/s");
    print("tokens.verify.envelope_token.time", 1e6 / median(envelopeRate), "us");
    print("tokens.verify.envelope_token", median(envelopeRate), "tokens/s");
    print("baseline.tokens.rsa_pss_verify", median(rawVerify), "verifications/s");
    print("tokens.verify.token.ratio", median(verifyRate) / median(rawVerify), "x");
    print("tokens.verify.envelope_token.ratio", median(envelopeRate) / median(rawVerify), "x");
    print("tokens.device.request.time", 1e6 / median(request), "us");
    print("tokens.device.finalize.time", 1e6 / median(finish), "us");
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    bool quick = false;
    CLI::App app{"vigil_tokens_bench: token issuance and verification against plain RSA-PSS with the same key"};
    app.add_option("--seconds", o.seconds, "Measured time per figure and round")->capture_default_str();
    app.add_option("--rounds", o.rounds, "Rounds; medians are printed")->check(CLI::Range(1, 100))->capture_default_str();
    app.add_flag("--quick", quick, "Short run: 0.2 s per figure, one round");
    CLI11_PARSE(app, argc, argv);
    if (quick) {
        o.seconds = 0.2;
        o.rounds = 1;
    }
    run(o);
    return 0;
}
