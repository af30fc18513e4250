// SPDX-License-Identifier: EUPL-1.2
// vigil-admin backup and restore through the real executables: a backup taken while the real
// vigil-registry ingests, restored into its folder, must pass `audit verify` and serve the same
// cases (the same envelope again is a duplicate with the original receipt, byte for byte); a
// restore refuses a running registry, foreign files and newer schemas, and changes nothing then.
#include "backuptest.h"

#include "registry/schema.h"

#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <fstream>
#include <thread>

using namespace vigil;
using namespace vigil::backuptest;
namespace fs = std::filesystem;

namespace {

/// A device that keeps filing reports straight to the registry until told to stop.
class Filer {
public:
    explicit Filer(const harness::ProcessDeployment& d) : m_d(d), m_thread([this] { run(); }) {}
    ~Filer() { stop(); }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    int batches() const { return m_batches.load(); }
    const std::vector<SealedReport>& filed() const { return m_filed; }   ///< read after stop()

private:
    void run()
    {
        while (!m_stop) {
            auto reports = sealMany(m_d, 2);
            std::vector<Bytes> batch;
            for (const auto& r : reports)
                batch.push_back(r.envelope.bytes);
            test::Client client(m_d.registryUrl());
            auto response = client.postBatch(batch);
            if (response && response->status == 200) {
                for (auto& r : reports)
                    m_filed.push_back(std::move(r));
                ++m_batches;
            }
        }
    }

    const harness::ProcessDeployment& m_d;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_batches{0};
    std::vector<SealedReport> m_filed;
    std::thread m_thread;
};

bool contains(const std::string& text, std::string_view part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("a registry restored from a backup taken while it ingested passes audit verify and serves the same cases",
          "[backup][registry]")
{
    harness::ProcessDeployment d;
    const fs::path work = d.workDir();
    const fs::path backup = work / "registry-backup.db";

    const auto first = sealMany(d, 6);
    const auto firstAnswers = post(d.registryUrl(), first);
    for (const auto& a : firstAnswers)
        REQUIRE(a.status == IngestStatus::Stored);

    // The backup is taken while a device keeps filing: the running registry commits beside it.
    harness::CommandRun taken;
    {
        Filer filer(d);
        REQUIRE(test::waitUntil([&] { return filer.batches() >= 2; }, std::chrono::seconds(30)));
        taken = admin(d.registryDir(), {"backup", "--to", backup.string()}, work);
        const int before = filer.batches();
        REQUIRE(test::waitUntil([&] { return filer.batches() > before; }, std::chrono::seconds(30)));
        filer.stop();
    }
    INFO(taken.out << taken.err);
    REQUIRE(taken.code == 0);
    CHECK(contains(taken.out, "integrity ok"));
    CHECK(contains(taken.out, "the keys are not in it"));
    CHECK((fs::status(backup).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    // One file, readable alone: no WAL beside it, and no partial copy left next to it.
    CHECK(queryOne(backup, "PRAGMA journal_mode = DELETE") >= 0);
    for (const auto& entry : fs::directory_iterator(work))
        CHECK(!contains(entry.path().filename().string(), ".partial-"));

    // Consistent: one snapshot, so every case in it came with its recipients and its audit
    // entry in the same transaction, and the first six are all there.
    const auto inBackup = rowsPerReport(backup, "cases");
    for (const auto& r : first)
        CHECK(inBackup.count(r.envelope.reportId) == 1);
    CHECK(queryOne(backup, "SELECT COUNT(*) FROM cases WHERE id NOT IN (SELECT case_id FROM case_recipients)") == 0);
    CHECK(queryOne(backup, "SELECT COUNT(*) FROM audit WHERE action = 'case.created'")
          == queryOne(backup, "SELECT COUNT(*) FROM cases"));

    // A running registry holds its folder: no restore under it.
    auto underIt = admin(d.registryDir(), {"restore", "--from", backup.string(), "--force"}, work);
    CHECK(underIt.code == 1);
    CHECK(contains(underIt.err, "in use by a running vigil-registry"));

    REQUIRE(d.registry().terminate(std::chrono::seconds(20)) == 0);
    const auto casesBeforeRestore = queryOne(d.registryDir() / "registry.db", "SELECT COUNT(*) FROM cases");
    REQUIRE(casesBeforeRestore > static_cast<std::int64_t>(inBackup.size()));   // filed after the backup

    auto unforced = admin(d.registryDir(), {"restore", "--from", backup.string()}, work);
    CHECK(unforced.code == 1);
    CHECK(contains(unforced.err, "--force"));
    CHECK(queryOne(d.registryDir() / "registry.db", "SELECT COUNT(*) FROM cases") == casesBeforeRestore);

    auto restored = admin(d.registryDir(), {"restore", "--from", backup.string(), "--force"}, work);
    INFO(restored.out << restored.err);
    REQUIRE(restored.code == 0);
    CHECK(contains(restored.out, "kept as"));
    CHECK(!contains(restored.out, "WARNING"));   // the keys are in place
    // The replaced database is kept aside, whole.
    std::optional<fs::path> aside;
    for (const auto& entry : fs::directory_iterator(d.registryDir()))
        if (contains(entry.path().filename().string(), "registry.db.before-restore-")
            && !contains(entry.path().filename().string(), "-wal"))
            aside = entry.path();
    REQUIRE(aside);
    CHECK(queryOne(*aside, "SELECT COUNT(*) FROM cases") == casesBeforeRestore);
    CHECK(rowsPerReport(d.registryDir() / "registry.db", "cases") == inBackup);

    auto verified = admin(d.registryDir(), {"audit", "verify"}, work);
    INFO(verified.out << verified.err);
    CHECK(verified.code == 0);
    CHECK(contains(verified.out, "audit trail intact"));

    // The restored registry serves the same cases: each report again is a duplicate, answered
    // with the receipt it was given the first time.
    REQUIRE(d.spawnRegistry());
    REQUIRE(harness::ProcessDeployment::waitHealthy(d.registryPort(), std::chrono::seconds(30)));
    const auto again = post(d.registryUrl(), first);
    for (std::size_t i = 0; i < first.size(); ++i) {
        CHECK(again[i].status == IngestStatus::Duplicate);
        CHECK(again[i].receipt == firstAnswers[i].receipt);
    }
    auto listed = admin(d.registryDir(), {"cases", "--filter", "all"}, work);
    CHECK(listed.code == 0);
}

TEST_CASE("backup and restore refuse a missing file, garbage, another store and a newer schema, and change nothing",
          "[backup][registry]")
{
    const fs::path work = test::makeTempDir("vigil-backup-refusals");
    const fs::path data = work / "registry";
    REQUIRE(admin(data, {"init"}, work).code == 0);
    const fs::path good = work / "good.db";
    REQUIRE(admin(data, {"backup", "--to", good.string()}, work).code == 0);

    const fs::path garbage = work / "garbage.db";
    std::ofstream(garbage, std::ios::binary) << std::string(8192, '\x5a');
    const fs::path foreign = work / "foreign.db";
    {
        auto db = SqliteDb::open(foreign, true);
        REQUIRE(db.ok());
        REQUIRE(db->exec("CREATE TABLE notes (text TEXT); PRAGMA user_version = 3").ok());
    }
    const fs::path newer = work / "newer.db";
    fs::copy_file(good, newer);
    {
        auto db = SqliteDb::open(newer, false);
        REQUIRE(db.ok());
        const auto next = registry::registryMigrations().size() + 1;
        REQUIRE(db->exec("PRAGMA user_version = " + std::to_string(next)).ok());
    }

    // A page in the middle overwritten: the header still says SQLite, the tables do not hold.
    const fs::path damaged = work / "damaged.db";
    fs::copy_file(good, damaged);
    {
        std::fstream f(damaged, std::ios::binary | std::ios::in | std::ios::out);
        f.seekp(static_cast<std::streamoff>(fs::file_size(damaged) / 2));
        f << std::string(4096, '\x01');
    }

    const auto before = snapshotFolder(data);
    auto broken = admin(data, {"restore", "--from", damaged.string(), "--force"}, work);
    CHECK(broken.code == 1);
    CHECK((contains(broken.err, "damaged") || contains(broken.err, "malformed")));
    CHECK(contains(broken.err, damaged.string()));
    CHECK(snapshotFolder(data) == before);
    struct Case {
        fs::path file;
        std::string says;
    };
    for (const auto& [file, says] : {Case{work / "missing.db", "does not exist"},
                                     Case{garbage, "is not a Vigil registry database"},
                                     Case{foreign, "is not a Vigil registry database (it has no table"},
                                     Case{newer, "is newer than this build knows"}}) {
        INFO(file.filename().string());
        auto refused = admin(data, {"restore", "--from", file.string(), "--force"}, work);
        CHECK(refused.code == 1);
        CHECK(contains(refused.err, says));
        CHECK(!contains(refused.err, ".restoring"));   // the operator's file is named, not our copy
        CHECK(snapshotFolder(data) == before);
    }
    // A relay's restore takes no registry database either.
    fs::create_directories(work / "relay");
    fs::permissions(work / "relay", fs::perms::owner_all, fs::perm_options::replace);
    auto asRelay = relayCommand({"restore", "--data", (work / "relay").string(), "--from", good.string()}, work);
    CHECK(asRelay.code == 1);
    CHECK(contains(asRelay.err, "is not a Vigil relay database"));
    CHECK(fs::is_empty(work / "relay"));

    // Backups that could not be good are not written.
    auto noFolder = admin(data, {"backup", "--to", (work / "nowhere" / "b.db").string()}, work);
    CHECK(noFolder.code == 1);
    CHECK(contains(noFolder.err, "does not exist"));
    auto inside = admin(data, {"backup", "--to", (data / "b.db").string()}, work);
    CHECK(inside.code == 1);
    CHECK(contains(inside.err, "lost with it"));
    auto uninitialised = admin(work / "relay", {"backup", "--to", (work / "b.db").string()}, work);
    CHECK(uninitialised.code == 1);
    CHECK(!fs::exists(work / "b.db"));
    CHECK(snapshotFolder(data) == before);
    auto wrongLine = admin(data, {"restore"}, work);
    CHECK(wrongLine.code == 2);

    // A restore into a folder that lost its database needs no --force; the tool says when the
    // keys are missing too.
    fs::remove(data / "registry.db");
    fs::rename(data / "keys", work / "keys-elsewhere");
    auto bare = admin(data, {"restore", "--from", good.string()}, work);
    INFO(bare.out << bare.err);
    CHECK(bare.code == 0);
    CHECK(contains(bare.out, "WARNING: the keys are missing"));
    fs::rename(work / "keys-elsewhere", data / "keys");
    CHECK(admin(data, {"audit", "verify"}, work).code == 0);
    fs::remove_all(work);
}
