// SPDX-License-Identifier: EUPL-1.2
#include "config.h"

#include <CLI/CLI.hpp>
#include <toml++/toml.h>

#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

namespace vigil::relay {

namespace {

/// One recognised TOML key: its section, name, and how to store an integer, string or path.
struct TomlKey {
    std::function<Status(const toml::node&)> apply;
};

Status needInteger(const toml::node& node, std::int64_t min, std::int64_t max, std::int64_t& out)
{
    auto v = node.value<std::int64_t>();
    if (!v || *v < min || *v > max)
        return Error{"expected an integer from " + std::to_string(min) + " to " + std::to_string(max)};
    out = *v;
    return {};
}

template <typename T>
TomlKey integerKey(T& target, std::int64_t min, std::int64_t max)
{
    return {[&target, min, max](const toml::node& n) -> Status {
        std::int64_t v = 0;
        if (auto s = needInteger(n, min, max, v); !s)
            return s;
        target = static_cast<T>(v);
        return {};
    }};
}

TomlKey millisKey(Millis& target, std::int64_t min = 0)
{
    return {[&target, min](const toml::node& n) -> Status {
        std::int64_t v = 0;
        if (auto s = needInteger(n, min, 24LL * 3600 * 1000, v); !s)
            return s;
        target = Millis(v);
        return {};
    }};
}

TomlKey secondsKey(std::chrono::seconds& target)
{
    return {[&target](const toml::node& n) -> Status {
        std::int64_t v = 0;
        if (auto s = needInteger(n, 1, 365LL * 24 * 3600, v); !s)
            return s;
        target = std::chrono::seconds(v);
        return {};
    }};
}

TomlKey stringKey(std::string& target)
{
    return {[&target](const toml::node& n) -> Status {
        auto v = n.value<std::string>();
        if (!v)
            return Error{"expected a string"};
        target = *v;
        return {};
    }};
}

TomlKey pathKey(std::filesystem::path& target)
{
    return {[&target](const toml::node& n) -> Status {
        auto v = n.value<std::string>();
        if (!v)
            return Error{"expected a path string"};
        target = *v;
        return {};
    }};
}

/// `auto`, or a boolean that forces it (docs/relay.md [tokens]).
TomlKey requirementKey(tokens::TokenRequirement& target)
{
    return {[&target](const toml::node& n) -> Status {
        if (n.is_boolean()) {
            target = *n.value<bool>() ? tokens::TokenRequirement::Always : tokens::TokenRequirement::Never;
            return {};
        }
        auto v = n.value<std::string>();
        if (!v || *v != "auto")
            return Error{"expected \"auto\", true or false"};
        target = tokens::TokenRequirement::Auto;
        return {};
    }};
}

Status applyRootKey(RelayConfig& c, std::string_view hex)
{
    auto key = fixedFromHex<32>(hex);
    if (!key)
        return Error{"root_key: " + key.error().message};
    c.rootKey = *key;
    return {};
}

std::map<std::string, std::map<std::string, TomlKey>> tomlSchema(RelayConfig& c, std::string& rootKeyHex,
                                                                  std::string& keySetJson,
                                                                  std::string& logLevel, std::string& listen,
                                                                  std::int64_t& retentionDays)
{
    auto& l = c.limits;
    auto& f = c.forward;
    return {
        {"server",
         {{"listen", stringKey(listen)},
          {"upstream", stringKey(c.upstreamUrl)},
          {"tls_cert", pathKey(c.tlsCert)},
          {"tls_key", pathKey(c.tlsKey)},
          {"threads", integerKey(c.threads, 0, 256)},
          {"max_commit_envelopes", integerKey(c.maxCommitEnvelopes, 1, 1'000'000)},
          {"shutdown_grace_ms", millisKey(c.shutdownGrace)},
          {"log_level", stringKey(logLevel)}}},
        {"limits",
         {{"max_body_bytes", integerKey(l.maxBodyBytes, 1024, 1LL << 32)},
          {"max_envelope_bytes", integerKey(l.maxEnvelopeBytes, 256, 1LL << 32)},
          {"max_batch_envelopes", integerKey(l.maxBatchEnvelopes, 1, 65535)},
          {"max_connections", integerKey(l.maxConnections, 1, 1'000'000)},
          {"max_header_bytes", integerKey(l.maxHeaderBytes, 1024, 1 << 20)},
          {"header_timeout_ms", millisKey(l.headerTimeout, 1)},
          {"body_timeout_ms", millisKey(l.bodyTimeout, 1)},
          {"write_timeout_ms", millisKey(l.writeTimeout, 1)},
          {"idle_evict_ms", millisKey(l.idleEvictAfter, 1)}}},
        {"forward",
         {{"batch_envelopes", integerKey(f.batchEnvelopes, 1, 65535)},
          {"batch_bytes", integerKey(f.batchBytes, 1024, 1LL << 32)},
          {"delay_min_ms", millisKey(f.delayMin)},
          {"delay_max_ms", millisKey(f.delayMax)},
          {"retry_base_ms", millisKey(f.retryBase, 1)},
          {"retry_max_ms", millisKey(f.retryMax, 1)},
          {"idle_poll_ms", millisKey(f.idlePoll, 1)},
          {"cache_poll_ms", millisKey(f.cachePoll, 1)},
          {"request_timeout_ms", millisKey(f.requestTimeout, 1)},
          {"upstream_ca_file", pathKey(f.upstreamCaFile)}}},
        {"uploads",
         {{"max_open", integerKey(c.uploads.maxOpen, 1, 1'000'000)},
          {"max_partial_bytes", integerKey(c.uploads.maxPartialBytes, 1024, 1LL << 40)},
          {"max_chunk_bytes", integerKey(c.uploads.maxChunkBytes, 1024, 1LL << 30)},
          {"expiry_seconds", secondsKey(c.uploads.expiry)}}},
        {"retention", {{"tombstone_days", integerKey(retentionDays, 1, 100 * 365)}}},
        {"directory", {{"file", pathKey(c.directoryFile)}, {"root_key", stringKey(rootKeyHex)},
                       {"root_keys", stringKey(keySetJson)}}},
        {"tokens",
         {{"require", requirementKey(c.tokens.require)},
          {"grace_days", integerKey(c.tokens.graceDays, 0, 365)},
          {"issuer_keys", pathKey(c.tokens.issuerKeys)}}},
    };
}

} // namespace

Status applyToml(RelayConfig& config, std::string_view tomlText, std::string_view sourceName)
{
    toml::table doc;
    try {
        doc = toml::parse(tomlText, sourceName);
    } catch (const toml::parse_error& e) {
        std::ostringstream where;
        where << e.source().begin;
        return Error{std::string(sourceName) + ": " + std::string(e.description()) + " at " + where.str()};
    }
    std::string rootKeyHex;
    std::string keySetJson;
    std::string logLevel;
    std::string listen;
    std::int64_t retentionDays = std::chrono::duration_cast<std::chrono::hours>(config.retention).count() / 24;
    auto schema = tomlSchema(config, rootKeyHex, keySetJson, logLevel, listen, retentionDays);
    for (auto&& [section, node] : doc) {
        auto known = schema.find(std::string(section.str()));
        if (known == schema.end() || !node.is_table())
            return Error{std::string(sourceName) + ": unknown section [" + std::string(section.str()) + "]"};
        for (auto&& [key, value] : *node.as_table()) {
            auto entry = known->second.find(std::string(key.str()));
            if (entry == known->second.end())
                return Error{std::string(sourceName) + ": unknown key " + known->first + "." + std::string(key.str())};
            if (auto s = entry->second.apply(value); !s)
                return Error{std::string(sourceName) + ": " + known->first + "." + std::string(key.str()) + ": "
                             + s.error().message};
        }
    }
    config.retention = std::chrono::hours(24 * retentionDays);
    if (!rootKeyHex.empty()) {
        if (auto s = applyRootKey(config, rootKeyHex); !s)
            return withContext(sourceName, s.error());
    }
    if (!keySetJson.empty()) {
        // The line `vigil-admin keyset show` prints (docs/protocol.md §3.5).
        auto set = decodeKeySet(keySetJson);
        if (!set)
            return withContext(std::string(sourceName) + ": directory.root_keys", set.error());
        config.keySet = std::move(*set);
    }
    if (!logLevel.empty()) {
        auto level = parseLogLevel(logLevel);
        if (!level)
            return Error{std::string(sourceName) + ": server.log_level must be debug, info, warn or error"};
        config.logLevel = *level;
    }
    if (!listen.empty())
        return parseListen(listen, config.listenHost, config.listenPort);
    return {};
}

Status validate(const RelayConfig& c)
{
    if (c.dataDir.empty())
        return Error{"--data is required"};
    if (c.tlsCert.empty() != c.tlsKey.empty())
        return Error{"--tls-cert and --tls-key go together"};
    const bool loopback = c.listenHost == "127.0.0.1" || c.listenHost == "::1" || c.listenHost == "localhost";
    if (c.tlsCert.empty() && !loopback && !c.allowPlainHttp)
        return Error{"refusing plain HTTP on " + c.listenHost
                     + ": give --tls-cert and --tls-key, or --plain-http to accept the risk"};
    if (c.forward.delayMin > c.forward.delayMax)
        return Error{"forward.delay_min_ms is larger than forward.delay_max_ms"};
    // Issuer keys are taken only from a document verified against the root key.
    if (c.tokens.require == tokens::TokenRequirement::Always && !c.rootKey)
        return Error{"tokens.require = true needs directory.root_key, to verify the issuer keys tokens are checked with"};
    if (!c.tokens.issuerKeys.empty() && !c.rootKey)
        return Error{"tokens.issuer_keys needs directory.root_key, to verify the signed issuer-key document"};
    if (c.forward.retryBase > c.forward.retryMax)
        return Error{"forward.retry_base_ms is larger than forward.retry_max_ms"};
    if (c.limits.maxEnvelopeBytes + 16 > c.limits.maxBodyBytes)
        return Error{"limits.max_envelope_bytes must be smaller than limits.max_body_bytes"};
    if (!c.upstreamUrl.empty() && !c.upstreamUrl.starts_with("http://") && !c.upstreamUrl.starts_with("https://"))
        return Error{"--upstream must be an http:// or https:// URL"};
    return {};
}

CommandLine parseCommandLine(int argc, const char* const* argv)
{
    RelayConfig config;
    CLI::App app{"vigil-relay: durable, deduplicating store-and-forward server for sealed Vigil reports "
                 "(`vigil-relay backup --help`, `vigil-relay restore --help`: its store, docs/relay.md)"};
    app.set_version_flag("--version", VIGIL_VERSION);
    std::string data;
    std::string listen;
    std::string upstream;
    std::string cert;
    std::string key;
    std::string configFile;
    bool plain = false;
    app.add_option("--data", data, "Data directory (database, relay.key)")->required();
    app.add_option("--listen", listen, "Address to listen on, HOST:PORT (default 127.0.0.1:8443; port 0 picks one)");
    app.add_option("--upstream", upstream, "Upstream relay or registry, http(s)://host:port");
    app.add_option("--tls-cert", cert, "PEM certificate chain; with --tls-key enables TLS");
    app.add_option("--tls-key", key, "PEM private key of the certificate");
    app.add_option("--config", configFile, "TOML file with limits, forwarding and retention (docs/relay.md)");
    app.add_flag("--plain-http", plain, "Allow plain HTTP on a non-loopback address");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" with code 0; every real usage error exits 2, as
        // the other usage errors below do, not with CLI11's own numbers (106 for a missing flag).
        const int code = app.exit(e);
        return ExitRequest{code == 0 ? 0 : 2};
    }
    if (!configFile.empty()) {
        std::ifstream in(configFile, std::ios::binary);
        if (!in) {
            std::cerr << "vigil-relay: cannot read " << configFile << "\n";
            return ExitRequest{2};
        }
        std::stringstream text;
        text << in.rdbuf();
        if (auto s = applyToml(config, text.str(), configFile); !s) {
            std::cerr << "vigil-relay: " << s.error().message << "\n";
            return ExitRequest{2};
        }
    }
    config.dataDir = data;
    if (!listen.empty()) {
        if (auto s = parseListen(listen, config.listenHost, config.listenPort); !s) {
            std::cerr << "vigil-relay: " << s.error().message << "\n";
            return ExitRequest{2};
        }
    }
    if (!upstream.empty())
        config.upstreamUrl = upstream;
    if (!cert.empty())
        config.tlsCert = cert;
    if (!key.empty())
        config.tlsKey = key;
    config.allowPlainHttp = plain;
    if (auto s = validate(config); !s) {
        std::cerr << "vigil-relay: " << s.error().message << "\n";
        return ExitRequest{2};
    }
    return config;
}

} // namespace vigil::relay
