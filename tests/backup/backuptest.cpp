// SPDX-License-Identifier: EUPL-1.2
#include "backuptest.h"

#include "tests/support/loopback.h"

#include "shared/storage/sqlite.h"

#include <catch2/catch.hpp>

#include <fstream>

#ifndef VIGIL_ADMIN_EXE
#error "VIGIL_ADMIN_EXE must name the vigil-admin executable"
#endif
#ifndef VIGIL_RELAY_EXE
#error "VIGIL_RELAY_EXE must name the vigil-relay executable"
#endif

namespace vigil::backuptest {

namespace fs = std::filesystem;

harness::CommandRun admin(const fs::path& dataDir, std::vector<std::string> args, const fs::path& workDir)
{
    args.insert(args.begin(), {"--data", dataDir.string()});
    return harness::runToExit(VIGIL_ADMIN_EXE, args, workDir);
}

harness::CommandRun relayCommand(std::vector<std::string> args, const fs::path& workDir)
{
    return harness::runToExit(VIGIL_RELAY_EXE, args, workDir);
}

std::vector<SealedReport> sealMany(const harness::ProcessDeployment& d, int count)
{
    std::vector<SealedReport> reports;
    for (int i = 0; i < count; ++i)
        reports.push_back(d.seal(i % 3 == 2));
    return reports;
}

std::vector<IngestResult> post(const std::string& url, const std::vector<SealedReport>& reports)
{
    std::vector<Bytes> batch;
    for (const auto& r : reports)
        batch.push_back(r.envelope.bytes);
    test::Client client(url);
    auto response = client.postBatch(batch);
    REQUIRE(response.ok());
    REQUIRE(response->status == 200);
    auto results = decodeIngestResults(response->body, batch.size());
    REQUIRE(results.ok());
    REQUIRE(results->size() == batch.size());
    return std::move(*results);
}

std::map<ReportId, std::int64_t> rowsPerReport(const fs::path& db, const std::string& table)
{
    auto conn = SqliteDb::open(db, false);
    REQUIRE(conn.ok());
    auto stmt = conn->prepare("SELECT report_id, COUNT(*) FROM " + table + " GROUP BY report_id");
    REQUIRE(stmt.ok());
    std::map<ReportId, std::int64_t> rows;
    REQUIRE(stmt->eachRow([&](const SqliteStmt& row) {
                    ReportId id{};
                    const ByteView bytes = row.blob(0);
                    if (bytes.size() == id.size())
                        std::copy(bytes.begin(), bytes.end(), id.begin());
                    rows[id] = row.int64(1);
                })
                .ok());
    return rows;
}

std::int64_t queryOne(const fs::path& db, const std::string& sql)
{
    auto conn = SqliteDb::open(db, false);
    REQUIRE(conn.ok());
    auto v = conn->queryInt(sql);
    REQUIRE(v.ok());
    return *v;
}

std::map<std::string, std::string> snapshotFolder(const fs::path& dir)
{
    std::map<std::string, std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        files[fs::relative(entry.path(), dir).string()] = std::string(std::istreambuf_iterator<char>(in), {});
    }
    return files;
}

} // namespace vigil::backuptest
