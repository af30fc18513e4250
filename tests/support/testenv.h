// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What any test needs from its surroundings: a private temporary folder, the time, waiting for
// a condition, a knob from the environment. No Catch2 here: benches and the fuzz seeder link it.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace vigil::test {

/// Creates a fresh private folder `<temp>/<prefix>-XXXXXX`; throws when it cannot.
std::filesystem::path makeTempDir(const std::string& prefix);

/// A fresh private temporary folder, removed with everything in it on destruction.
class TempDir {
public:
    explicit TempDir(const std::string& prefix = "vigil-test");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

/// Seconds since the epoch.
std::int64_t unixNow();

/// Polls `condition` every 10 ms until true or `timeout`; the condition's last answer.
bool waitUntil(const std::function<bool()>& condition, std::chrono::milliseconds timeout = std::chrono::seconds(10));

/// An environment variable as a positive integer, or `fallback`.
long envOr(const char* name, long fallback);

} // namespace vigil::test
