// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A relay in this process for tests: its test configuration, starting it, reading its
// database and its ingest answers, real sealed envelopes to give it. The loopback helpers of
// loopback.h and testenv.h are visible here under the relay tests' namespace too.

#include "loopback.h"
#include "testenv.h"

#include "sync-server/config.h"
#include "sync-server/relayserver.h"

#include "shared/batch.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace vigil::relay::test {

using vigil::test::Client;
using vigil::test::freePort;
using vigil::test::LogCapture;
using vigil::test::parseRawAnswer;
using vigil::test::RawAnswer;
using vigil::test::RawConnection;
using vigil::test::TempDir;
using vigil::test::urlOf;
using vigil::test::waitUntil;

/// Loopback, port 0, plain HTTP, two threads, short timeouts and forwarding delays.
RelayConfig testConfig(const std::filesystem::path& dataDir);

/// Starts a relay (REQUIREs success).
std::unique_ptr<RelayServer> startRelay(const RelayConfig& config, Logger& log,
                                        std::function<std::uint64_t()> clock = {});

/// Decodes a 200 ingest answer (REQUIREs that it is one).
std::vector<IngestResult> ingestResults(const Result<HttpResponse>& response);

/// A sealed near-miss report for the sample directory (fresh report id each call), with
/// `attachments` (e.g. photos) in its body.
Bytes sealedEnvelope(std::span<const Bytes> attachments = {});

/// Runs a single-integer query on a relay database (opened read-only beside the relay).
std::int64_t queryInt(const std::filesystem::path& dataDir, std::string_view sql);

} // namespace vigil::relay::test
