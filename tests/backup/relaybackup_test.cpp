// SPDX-License-Identifier: EUPL-1.2
// `vigil-relay backup` and `restore` through the real executables. A relay restored from a
// backup holds as waiting what it had already forwarded since: it sends it again, the registry
// answers `duplicate`, and so nothing is lost and nothing doubled — every report is one case.
#include "backuptest.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::backuptest;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

std::int64_t queueDepth(std::uint16_t relayPort)
{
    const auto answer = test::probe(relayPort, "/healthz", std::chrono::seconds(2));
    constexpr std::string_view key = "\"queue_depth\":";
    const auto at = answer.body.find(key);
    if (answer.status != 200 || at == std::string::npos)
        return -1;
    return std::stoll(answer.body.substr(at + key.size()));
}

std::int64_t waitingRows(const fs::path& relayDb)
{
    return queryOne(relayDb, "SELECT COUNT(*) FROM envelopes WHERE state = 0");
}

} // namespace

TEST_CASE("a relay restored from a backup forwards again what it had forwarded, and the registry holds each "
          "report exactly once",
          "[backup][relay]")
{
    harness::ProcessDeployment d;
    const fs::path work = d.workDir();
    const fs::path backup = work / "relay-backup.db";
    const fs::path relayDb = d.relayDir() / "relay.db";

    // A: forwarded before the backup (tombstones in it). B: waiting in it, forwarded after.
    const auto a = sealMany(d, 3);
    for (const auto& r : post(d.relayUrl(), a))
        REQUIRE(r.status == IngestStatus::Stored);
    REQUIRE(test::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(30)));
    REQUIRE(d.registry().terminate(std::chrono::seconds(20)) == 0);
    const auto b = sealMany(d, 4);
    for (const auto& r : post(d.relayUrl(), b))
        REQUIRE(r.status == IngestStatus::Stored);
    REQUIRE(queueDepth(d.relayPort()) == 4);

    // Online: the relay runs (and keeps retrying its upstream) while the copy is taken.
    auto taken = relayCommand({"backup", "--data", d.relayDir().string(), "--to", backup.string()}, work);
    INFO(taken.out << taken.err);
    REQUIRE(taken.code == 0);
    CHECK(contains(taken.out, "integrity ok"));
    CHECK(waitingRows(backup) == 4);
    CHECK(queryOne(backup, "SELECT COUNT(*) FROM envelopes WHERE state = 1") == 3);

    // B reaches the registry; then the relay's store is lost and restored from the backup.
    REQUIRE(d.spawnRegistry());
    REQUIRE(harness::ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    REQUIRE(test::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(30)));

    auto underIt = relayCommand({"restore", "--data", d.relayDir().string(), "--from", backup.string(), "--force"},
                                work);
    CHECK(underIt.code == 1);
    CHECK(contains(underIt.err, "in use by a running vigil-relay"));

    REQUIRE(d.relay().terminate(std::chrono::seconds(20)) == 0);
    CHECK(waitingRows(relayDb) == 0);
    auto unforced = relayCommand({"restore", "--data", d.relayDir().string(), "--from", backup.string()}, work);
    CHECK(unforced.code == 1);
    CHECK(contains(unforced.err, "--force"));
    CHECK(waitingRows(relayDb) == 0);

    auto restored = relayCommand({"restore", "--data", d.relayDir().string(), "--from", backup.string(), "--force"},
                                 work);
    INFO(restored.out << restored.err);
    REQUIRE(restored.code == 0);
    CHECK(contains(restored.out, "kept as"));
    REQUIRE(waitingRows(relayDb) == 4);   // B is waiting again although the registry holds it

    // Forward again: the registry answers each resend `duplicate`, which the relay takes as
    // delivered.
    REQUIRE(d.spawnRelay());
    REQUIRE(harness::ProcessDeployment::waitHealthy(d.relayPort(), std::chrono::seconds(30)));
    REQUIRE(test::waitUntil([&] { return queueDepth(d.relayPort()) == 0; }, std::chrono::seconds(30)));
    // A device resending A to the restored relay is answered from the tombstone.
    for (const auto& r : post(d.relayUrl(), a))
        CHECK(r.status == IngestStatus::Duplicate);
    REQUIRE(d.relay().terminate(std::chrono::seconds(20)) == 0);
    REQUIRE(d.registry().terminate(std::chrono::seconds(20)) == 0);

    const auto cases = rowsPerReport(d.registryDir() / "registry.db", "cases");
    CHECK(cases.size() == a.size() + b.size());
    for (const auto* group : {&a, &b})
        for (const auto& r : *group) {
            const auto c = cases.find(r.envelope.reportId);
            CHECK(c != cases.end());
            if (c != cases.end())
                CHECK(c->second == 1);
        }
    CHECK(waitingRows(relayDb) == 0);
    CHECK(queryOne(relayDb, "SELECT COUNT(*) FROM envelopes WHERE upstream_receipt IS NULL") == 0);
}
