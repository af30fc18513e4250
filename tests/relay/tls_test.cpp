// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"

#include "shared/net/httpserver.h"

#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstdio>
#include <memory>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;
using namespace std::chrono_literals;

namespace {

struct TestCertificate {
    std::filesystem::path cert;
    std::filesystem::path key;
};

/// A self-signed P-256 certificate for "localhost" and 127.0.0.1, valid for a day,
/// written as PEM files into `dir` (generated per run: nothing secret is committed).
TestCertificate makeSelfSigned(const std::filesystem::path& dir)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(EVP_EC_gen("P-256"), EVP_PKEY_free);
    REQUIRE(key);
    std::unique_ptr<X509, decltype(&X509_free)> x509(X509_new(), X509_free);
    REQUIRE(x509);
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -60);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), 24 * 3600);
    X509_set_pubkey(x509.get(), key.get());
    X509_NAME* name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("localhost"), -1, -1, 0);
    X509_set_issuer_name(x509.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x509.get(), x509.get(), nullptr, nullptr, 0);
    for (auto [nid, value] : {std::pair{NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1"},
                              std::pair{NID_basic_constraints, "critical,CA:TRUE"}}) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        REQUIRE(ext);
        X509_add_ext(x509.get(), ext, -1);
        X509_EXTENSION_free(ext);
    }
    REQUIRE(X509_sign(x509.get(), key.get(), EVP_sha256()) > 0);

    TestCertificate out{dir / "cert.pem", dir / "key.pem"};
    std::FILE* certFile = std::fopen(out.cert.c_str(), "wb");
    REQUIRE(certFile);
    PEM_write_X509(certFile, x509.get());
    std::fclose(certFile);
    std::FILE* keyFile = std::fopen(out.key.c_str(), "wb");
    REQUIRE(keyFile);
    PEM_write_PrivateKey(keyFile, key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    std::fclose(keyFile);
    return out;
}

} // namespace

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
