// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Helpers for the field app's tests: a temporary data folder, an enrolment payload built
// on the fixed test keys, and a way to wait for Qt signals without a nested event loop leak.

#include "shared/bytes.h"

#include <QTemporaryDir>

#include <cstdint>
#include <functional>
#include <string>

namespace vigil::field::fixture {

/// Seconds since the epoch used as "now" in tests: inside the sample directory's validity.
inline constexpr std::uint64_t kNow = 1'750'000'000 + 3600;

/// A provisioning JSON (vigil-admin enroll) for the sample directory signed by the test root
/// key, pointing at `relayUrl`.
std::string provisioningJson(const std::string& relayUrl = "http://127.0.0.1:1",
                             std::uint32_t directoryVersion = 1, bool withDirectory = true);

/// The signed sample directory of the given version.
Bytes signedSampleDirectory(std::uint32_t version);

/// Processes events until `done()` or `timeoutMs` passes; returns done().
bool waitFor(const std::function<bool()>& done, int timeoutMs = 5000);

} // namespace vigil::field::fixture
