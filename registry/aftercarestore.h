// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The aftercare plan's rows (schema v22: checkins, aftercare), in the SQL both engines accept.
// Called by SqlCaseStore inside its transactions and under its lock; the audit entries are the
// caller's.

#include "aftercare.h"

#include "shared/routingheader.h"
#include "shared/storage/db.h"

#include <span>

namespace vigil::registry {

/// Case `caseId`'s plan (no moments, no signals: an empty plan).
Result<Aftercare> loadAftercare(Db db, std::int64_t caseId);

/// Adds moments to the plan; refused (Conflict) once the reporter declined further contact,
/// (Invalid) when the plan would hold more than kMaxCheckIns.
Status insertCheckIns(Db db, std::int64_t caseId, std::span<const UnixSeconds> dues, const std::string& by,
                      UnixSeconds at);

/// Removes one moment of the case; the due time it had, or NotFound.
Result<UnixSeconds> deleteCheckIn(Db db, std::int64_t caseId, std::int64_t checkInId);

/// Records the reporter's more_contact / decline_contact signal at `at`; returns the audit
/// detail (what changed, never content). A more_contact after a decline resumes the plan.
Result<std::string> recordContactSignal(Db db, std::int64_t caseId, FollowUpSignal signal, UnixSeconds at);

} // namespace vigil::registry
