// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The batch path of SqlCaseStore::createCases (docs/registry.md "Intake in batches"). Most of
// what a relay forwards is new reports that nothing in the database waits for: those are
// created a run at a time, table by table (cases, their groups, their recipients, their
// tokens), after one look-up for the whole batch, where the path for one envelope costs about
// fifteen statements. On PostgreSQL each table takes one statement per kRowsPerStatement rows:
// every statement is a round trip to the server, so this is what makes a batch cheap there. On
// SQLite one prepared statement is stepped per row (multirow.h says why). The answers are the same as the path
// for one envelope gives: anything else (follow-ups, report ids already kept, a report that
// follow-ups wait for, an id or token that an earlier envelope of the batch carries, a run's
// race lost to another registry process) takes that path, in its place in the batch.

#include "casestore.h"

#include "shared/result.h"
#include "shared/storage/db.h"

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace vigil::registry {

/// What a batch's report ids meet in the database, read with one statement per
/// kRowsPerStatement envelopes.
struct BatchSeen {
    std::set<ReportId> kept;    ///< report ids a case or a follow-up holds already
    std::set<ReportId> awaited; ///< report ids that kept follow-ups name as their report
};
Result<BatchSeen> seenInDatabase(Db db, std::span<const NewCase> cases);

/// Which envelopes of a batch may take the batch path: new reports (not follow-ups) whose
/// report id is neither kept nor awaited, nor carried or awaited by an earlier envelope of the
/// batch, with a token no earlier envelope of the batch carries.
std::vector<bool> batchable(std::span<const NewCase> cases, const BatchSeen& seen);

/// `INSERT INTO cases(…) VALUES` `rows` rows `ON CONFLICT (report_id) DO NOTHING RETURNING
/// id, report_id`: a report id another connection kept first inserts nothing and returns no row.
std::string insertCaseSql(std::size_t rows);
/// Binds the kCaseRowValues values of one row of insertCaseSql, the first at `first`.
inline constexpr int kCaseRowValues = 22;
void bindCaseRow(Stmt& insert, int first, const NewCase& c);

/// Spends the tokens of `run` (docs/protocol.md §11.3); for each envelope, whether it holds its
/// token now (true without one). False: another envelope spent it first. The tokens must
/// differ from each other (batchable() sees to it).
Result<std::vector<bool>> spendRunTokens(Db db, std::span<const NewCase* const> run);
/// Inserts the case rows of `run`; for each, its new case id, or 0 when another connection
/// kept its report id first.
Result<std::vector<std::int64_t>> insertCaseRows(Db db, std::span<const NewCase* const> run);
/// The groups and recipients of the new cases `ids[i]` of `run[i]` (an id of 0 is skipped).
Status insertRouting(Db db, std::span<const NewCase* const> run, std::span<const std::int64_t> ids);

} // namespace vigil::registry
