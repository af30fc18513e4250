// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the backup tests share: the operator's executables, envelopes sent as a device sends
// them, and the rows a store holds, read straight from its SQLite file.

#include "tests/support/deployment.h"

#include "shared/batch.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace vigil::backuptest {

/// Runs vigil-admin (VIGIL_ADMIN_EXE) on `dataDir` with `args`.
harness::CommandRun admin(const std::filesystem::path& dataDir, std::vector<std::string> args,
                          const std::filesystem::path& workDir);
/// Runs `vigil-relay backup|restore` (VIGIL_RELAY_EXE) with `args`.
harness::CommandRun relayCommand(std::vector<std::string> args, const std::filesystem::path& workDir);

/// `count` freshly sealed envelopes of the deployment's directory.
std::vector<SealedReport> sealMany(const harness::ProcessDeployment& d, int count);
/// POSTs them as one batch to `url`; the answer per envelope (REQUIREs a 200).
std::vector<IngestResult> post(const std::string& url, const std::vector<SealedReport>& reports);

/// COUNT(*) per report id of `table` in the SQLite file `db` (opened after the server stopped,
/// or beside it: WAL).
std::map<ReportId, std::int64_t> rowsPerReport(const std::filesystem::path& db, const std::string& table);
std::int64_t queryOne(const std::filesystem::path& db, const std::string& sql);

/// Every file in `dir` with its bytes: "changes nothing" compared as a whole.
std::map<std::string, std::string> snapshotFolder(const std::filesystem::path& dir);

} // namespace vigil::backuptest
