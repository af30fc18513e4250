// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's configuration: command-line flags for where it lives and whom it talks to,
// a TOML file for limits, retention and forwarding (docs/relay.md lists every key).
// Flags win over the file.

#include "shared/keys.h"
#include "shared/rootkeyset.h"
#include "shared/net/limits.h"
#include "shared/net/listenaddress.h"
#include "shared/net/log.h"
#include "shared/tokens/tokenpolicy.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <variant>

namespace vigil::relay {

struct ForwardSettings {
    std::size_t batchEnvelopes = 256;
    /// Most bytes in one batch request upstream (also capped by the upstream's own limit).
    /// A larger envelope goes by resumable upload when the upstream takes uploads, else alone.
    std::size_t batchBytes = 1024 * 1024;
    Millis delayMin{0};               ///< each batch waits a random time in [min, max] before it goes
    Millis delayMax{2'000};
    Millis retryBase{500};            ///< first backoff; doubles per failure, with full jitter
    Millis retryMax{60'000};
    Millis idlePoll{5'000};           ///< re-check the queue at least this often
    Millis cachePoll{60'000};         ///< fetch directory, mailbox and bulletins this often
    Millis requestTimeout{30'000};
    std::filesystem::path upstreamCaFile;   ///< extra CA for an https upstream
};

/// Resumable uploads of one large envelope (POST/PATCH /v1/uploads, docs/api.md).
struct UploadSettings {
    std::size_t maxOpen = 64;                        ///< partial uploads held at once
    std::size_t maxPartialBytes = 256u * 1024 * 1024;   ///< announced sizes of open partials, summed
    std::size_t maxChunkBytes = 1024u * 1024;         ///< one PATCH body
    std::chrono::seconds expiry{std::chrono::hours(24)};   ///< since the last chunk; then deleted
};

/// Filing tokens (docs/protocol.md §11.3, docs/relay.md [tokens]). The issuer keys come from
/// the signed issuer-key document the relay fetches from upstream and caches (verified against
/// `root_key`), so a restarted relay without uplink still checks tokens.
struct TokenSettings {
    /// When an envelope without a token is refused: auto (from the first published epoch's
    /// start plus the grace, once a verified key set is known), true (always), false (never).
    tokens::TokenRequirement require = tokens::TokenRequirement::Auto;
    std::int64_t graceDays = tokens::kDefaultTokenGraceSeconds / 86400;
    /// A signed issuer-key document ("VGI") loaded at start, like `directory.file`: for a relay
    /// without uplink; cached (and served) when newer than the cached one. Empty: none.
    std::filesystem::path issuerKeys;
};

struct RelayConfig {
    std::filesystem::path dataDir;
    std::string listenHost = "127.0.0.1";
    std::uint16_t listenPort = 8443;
    std::string upstreamUrl;                 ///< empty: no upstream (store only)
    std::filesystem::path tlsCert;
    std::filesystem::path tlsKey;
    std::filesystem::path directoryFile;     ///< signed directory loaded at start (ship without uplink)
    std::optional<PublicKey> rootKey;        ///< verify support contacts and issuer keys against it when set
    /// The key holders' set (docs/protocol.md §3.5) directories and bulletins must be signed by;
    /// absent: the root key alone is the set. The relay follows rotations from it (§3.6).
    std::optional<RootKeySet> keySet;
    /// keySet, else {rootKey}, else nothing: then documents are cached unverified.
    std::optional<RootKeySet> documentKeys() const
    {
        if (keySet)
            return keySet;
        if (rootKey)
            return RootKeySet(*rootKey);
        return std::nullopt;
    }
    Limits limits;
    ForwardSettings forward;
    UploadSettings uploads;
    TokenSettings tokens;
    std::chrono::seconds retention{std::chrono::hours(24 * 90)};
    std::size_t threads = 0;                 ///< 0: one per core
    std::size_t maxCommitEnvelopes = 16384;
    Millis shutdownGrace{10'000};
    LogLevel logLevel = LogLevel::Info;
    bool allowPlainHttp = false;             ///< listening without TLS on a non-loopback address
};

/// What the command line asked for: run with a configuration, or exit (help, --version,
/// a usage error) with the given code after printing.
struct ExitRequest {
    int code = 0;
};
using CommandLine = std::variant<RelayConfig, ExitRequest>;

/// Parses argv (CLI11), then the --config TOML file, then checks the result.
CommandLine parseCommandLine(int argc, const char* const* argv);

/// Applies a TOML document to `config` (exposed for tests; unknown keys are errors).
Status applyToml(RelayConfig& config, std::string_view tomlText, std::string_view sourceName);

/// Checks cross-field rules (TLS needs cert and key, timeouts positive, …).
Status validate(const RelayConfig& config);

} // namespace vigil::relay
