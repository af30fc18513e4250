// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Helpers for the field app's tests: a temporary data folder, an enrolment payload built
// on the fixed test keys, and a way to wait for Qt signals without a nested event loop leak.

#include "waitfor.h"

#include "mobile/fieldapp.h"
#include "mobile/reportsealer.h"
#include "shared/bytes.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <memory>
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

/// A field app on a temporary folder, enrolled against `relayUrl`, with a PIN set (vault
/// open), a settable clock, and sync started by hand. restart() simulates the app being
/// killed and started again on the same data.
class TestApp {
public:
    explicit TestApp(const std::string& relayUrl, std::uint32_t directoryVersion = 1);
    /// A real provisioning payload (what vigil-admin enroll writes) and the clock to enrol at.
    struct Provisioned {
        std::string payload;
        std::uint64_t now;
    };
    explicit TestApp(const Provisioned& provisioned);
    FieldApp& operator*() { return *m_app; }
    FieldApp* operator->() { return m_app.get(); }
    void restart();
    /// Seals a report through the same path the UI uses (sealAndStore); returns its row.
    SealOutcome seal(const Report& report, const std::string& unit = "13-brigade");
    /// The same with photos (their metadata is added to the report).
    SealOutcome seal(Report report, std::vector<Bytes> photos, const std::string& unit = "13-brigade");
    /// Runs one sync round to its end; returns whether it succeeded.
    bool syncRound(int timeoutMs = 10000);
    std::uint64_t now = kNow;

private:
    void build();
    void enrolAndSetPin(const std::string& provisioning);
    QTemporaryDir m_dir;
    std::unique_ptr<FieldApp> m_app;
};

} // namespace vigil::field::fixture

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
