// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Retention (docs/registry.md): what the registry deletes, and when. Closed cases go once
// their deleteAfter has passed, with their mailbox items, follow-ups and unpublished lessons
// (their anonymous statistics were aggregated when they closed); follow-ups whose report never
// arrived go after kOrphanFollowUpDays, sent-back lessons after kRejectedLessonDays, stored
// answers to advisors' actions after kActionAnswerDays (casestore.h). Deleting cases or
// orphaned follow-ups is recorded in the audit trail.

#include "audittrail.h"
#include "clocks.h"

#include "shared/storage/db.h"

#include <cstddef>

namespace vigil::registry {

/// Deletes everything due at `now` and appends the audit entries that record it; returns how
/// many closed cases were deleted. Call inside one write transaction, so that the deletions
/// and their audit entries are committed together or not at all.
Result<std::size_t> purgeDue(Db db, AuditTrail& audit, UnixSeconds now);

} // namespace vigil::registry
