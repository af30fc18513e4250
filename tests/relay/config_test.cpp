// SPDX-License-Identifier: EUPL-1.2
#include "sync-server/config.h"

#include "tests/support/relaytest.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace vigil;
using namespace vigil::relay;
using namespace std::chrono_literals;

TEST_CASE("listen addresses", "[config]")
{
    std::string host;
    std::uint16_t port = 0;
    REQUIRE(parseListen("127.0.0.1:8443", host, port).ok());
    CHECK(host == "127.0.0.1");
    CHECK(port == 8443);
    REQUIRE(parseListen("[::1]:0", host, port).ok());
    CHECK(host == "::1");
    CHECK(port == 0);
    CHECK_FALSE(parseListen("8443", host, port).ok());
    CHECK_FALSE(parseListen("host:99999", host, port).ok());
    CHECK_FALSE(parseListen("host:", host, port).ok());
}

TEST_CASE("the TOML file sets limits, forwarding, retention and the directory", "[config]")
{
    RelayConfig c;
    const std::string rootHex(64, 'a');
    auto s = applyToml(c, R"(
[server]
threads = 3
log_level = "debug"
[limits]
max_body_bytes = 1048576
max_connections = 64
header_timeout_ms = 1500
[forward]
delay_min_ms = 100
delay_max_ms = 900
retry_max_ms = 30000
[retention]
tombstone_days = 30
[directory]
file = "/var/lib/vigil/directory.vgd"
root_key = ")" + rootHex + "\"\n",
                       "relay.toml");
    INFO((s ? "" : s.error().message));
    REQUIRE(s.ok());
    CHECK(c.threads == 3);
    CHECK(c.logLevel == LogLevel::Debug);
    CHECK(c.limits.maxBodyBytes == 1048576);
    CHECK(c.limits.maxConnections == 64);
    CHECK(c.limits.headerTimeout == 1500ms);
    CHECK(c.forward.delayMin == 100ms);
    CHECK(c.forward.delayMax == 900ms);
    CHECK(c.forward.retryMax == 30000ms);
    CHECK(c.retention == std::chrono::hours(24 * 30));
    CHECK(c.directoryFile == "/var/lib/vigil/directory.vgd");
    REQUIRE(c.rootKey.has_value());
    CHECK(toHex(*c.rootKey) == rootHex);
}

TEST_CASE("the TOML file rejects unknown keys and bad values with the key's name", "[config]")
{
    RelayConfig c;
    auto unknown = applyToml(c, "[limits]\nmax_bodybytes = 5\n", "relay.toml");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.find("limits.max_bodybytes") != std::string::npos);
    auto negative = applyToml(c, "[forward]\ndelay_max_ms = -1\n", "relay.toml");
    REQUIRE_FALSE(negative.ok());
    CHECK(negative.error().message.find("forward.delay_max_ms") != std::string::npos);
    auto section = applyToml(c, "[nonsense]\n", "relay.toml");
    CHECK_FALSE(section.ok());
    auto syntax = applyToml(c, "[limits\n", "relay.toml");
    CHECK_FALSE(syntax.ok());
    auto key = applyToml(c, "[directory]\nroot_key = \"abc\"\n", "relay.toml");
    CHECK_FALSE(key.ok());
}

TEST_CASE("validation catches contradictory settings", "[config]")
{
    RelayConfig c;
    c.dataDir = "/tmp/x";
    CHECK(validate(c).ok());
    c.tlsCert = "cert.pem";
    CHECK_FALSE(validate(c).ok());   // a certificate without its key
    c.tlsKey = "key.pem";
    c.listenHost = "0.0.0.0";
    CHECK(validate(c).ok());         // TLS on a public address: fine
    c.tlsCert.clear();
    c.tlsKey.clear();
    CHECK_FALSE(validate(c).ok());   // plain HTTP on a public address: only when asked
    c.allowPlainHttp = true;
    CHECK(validate(c).ok());
    c.forward.delayMin = 5s;
    c.forward.delayMax = 1s;
    CHECK_FALSE(validate(c).ok());
}

TEST_CASE("flags win over the config file", "[config]")
{
    vigil::relay::test::TempDir dir;
    const auto file = dir.path() / "relay.toml";
    {
        std::ofstream out(file);
        out << "[server]\nlisten = \"127.0.0.1:9000\"\nupstream = \"http://base:8443\"\n[limits]\nmax_connections = 7\n";
    }
    const std::string fileArg = file.string();
    const char* argv[] = {"vigil-relay", "--data", "/tmp/relay", "--config", fileArg.c_str(), "--listen", "127.0.0.1:9100"};
    auto parsed = parseCommandLine(7, argv);
    REQUIRE(std::holds_alternative<RelayConfig>(parsed));
    const auto& c = std::get<RelayConfig>(parsed);
    CHECK(c.listenPort == 9100);
    CHECK(c.upstreamUrl == "http://base:8443");
    CHECK(c.limits.maxConnections == 7);
    CHECK(c.dataDir == "/tmp/relay");
}

TEST_CASE("the TOML file sets the resumable upload limits", "[config]")
{
    RelayConfig c;
    auto s = applyToml(c, R"(
[uploads]
max_open = 8
max_partial_bytes = 67108864
max_chunk_bytes = 131072
expiry_seconds = 3600
)",
                       "relay.toml");
    INFO((s ? "" : s.error().message));
    REQUIRE(s.ok());
    CHECK(c.uploads.maxOpen == 8);
    CHECK(c.uploads.maxPartialBytes == 67108864);
    CHECK(c.uploads.maxChunkBytes == 131072);
    CHECK(c.uploads.expiry == std::chrono::seconds(3600));
    CHECK_FALSE(applyToml(c, "[uploads]\nexpiry_seconds = 0\n", "relay.toml").ok());
    CHECK_FALSE(applyToml(c, "[uploads]\nmax_chunk_bytes = 10\n", "relay.toml").ok());
}

TEST_CASE("the tokens table defaults to auto with three days' grace and forces tokens only with a root key",
          "[config][tokens]")
{
    RelayConfig c;
    c.dataDir = "/tmp/x";
    CHECK(c.tokens.require == tokens::TokenRequirement::Auto);
    CHECK(c.tokens.graceDays == 3);
    REQUIRE(applyToml(c, "[tokens]\nrequire = true\ngrace_days = 7\n", "relay.toml").ok());
    CHECK(c.tokens.require == tokens::TokenRequirement::Always);
    CHECK(c.tokens.graceDays == 7);
    // Forced tokens need issuer keys the relay can verify: no root key, no start.
    CHECK_THAT(validate(c).error().message, Catch::Contains("root_key"));
    c.rootKey = SigningKeyPair::generate().publicKey;
    CHECK(validate(c).ok());
    REQUIRE(applyToml(c, "[tokens]\nrequire = false\n", "relay.toml").ok());
    CHECK(c.tokens.require == tokens::TokenRequirement::Never);
    REQUIRE(applyToml(c, "[tokens]\nrequire = \"auto\"\n", "relay.toml").ok());
    CHECK(c.tokens.require == tokens::TokenRequirement::Auto);
    CHECK_THAT(applyToml(c, "[tokens]\nrequire = \"yes\"\n", "relay.toml").error().message,
               Catch::Contains("tokens.require"));
    CHECK_FALSE(applyToml(c, "[tokens]\ngrace_days = -1\n", "relay.toml").ok());
    // An issuer-key document from a file is verified too.
    c.rootKey.reset();
    c.tokens.issuerKeys = "/tmp/issuer.vgi";
    CHECK_THAT(validate(c).error().message, Catch::Contains("root_key"));
}
