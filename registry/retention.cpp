// SPDX-License-Identifier: EUPL-1.2
#include "retention.h"

#include "casestore.h"

#include <string>

namespace vigil::registry {

namespace {

/// Runs one statement without parameters and returns how many rows it changed (Db::exec
/// does not count them on PostgreSQL; a statement counts on both engines).
Result<std::int64_t> changed(Db db, const std::string& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    if (auto r = st->run(); !r)
        return r.error();
    return st->changes();
}

/// The lessons drawn from cases about to be deleted: what was never published goes with its
/// case (a draft may identify someone — that is often why it was sent back); a published one
/// is public anyway and only loses its link to the case.
Status dropLessonsOf(Db db, const std::string& due)
{
    if (auto r = db.exec("DELETE FROM bulletin_submissions WHERE state != 'published' AND case_id IN "
                         "(SELECT id FROM cases WHERE " + due + ")");
        !r)
        return r;
    return db.exec("UPDATE bulletin_submissions SET case_id = NULL WHERE case_id IN (SELECT id FROM cases "
                   "WHERE " + due + ")");
}

/// Sent-back lessons are kept for their author to read and rework, then deleted; the action
/// log's stored answers (which repeat texts) only need to outlive a console's offline queue.
Status dropExpiredDrafts(Db db, UnixSeconds now)
{
    if (auto r = db.exec("DELETE FROM bulletin_submissions WHERE state = 'rejected' AND decided_at <= "
                         + std::to_string(now - kRejectedLessonDays * 86400));
        !r)
        return r;
    return db.exec("DELETE FROM advisor_actions WHERE at <= " + std::to_string(now - kActionAnswerDays * 86400));
}

} // namespace

Result<std::size_t> purgeDue(Db db, AuditTrail& audit, UnixSeconds now)
{
    const std::string due = "state = 'closed' AND delete_after IS NOT NULL AND delete_after <= " + std::to_string(now);
    // The statistics already hold what survives (aggregated when the case closed).
    if (auto r = db.exec("DELETE FROM mailbox WHERE case_id IN (SELECT id FROM cases WHERE " + due + ")"); !r)
        return r.error();
    if (auto r = db.exec("DELETE FROM follow_ups WHERE thread IN (SELECT report_id FROM cases WHERE " + due + ")"); !r)
        return r.error();
    if (auto r = dropLessonsOf(db, due); !r)
        return r.error();
    // Survey answers stay counted in their quarter, route and unit, joined to no case any more.
    if (auto r = db.exec("UPDATE survey_answers SET case_id = NULL WHERE case_id IN (SELECT id FROM cases WHERE " + due
                         + ")");
        !r)
        return r.error();
    // Follow-ups whose report never arrived (or was deleted before they came).
    const std::string orphanedBefore = std::to_string(now - kOrphanFollowUpDays * 86400);
    auto orphaned = changed(db, "DELETE FROM follow_ups WHERE received_at <= " + orphanedBefore
                                    + " AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.report_id = follow_ups.thread "
                                      "AND c.reply_key = follow_ups.reply_key)");
    if (!orphaned)
        return orphaned.error();
    const auto orphans = *orphaned;
    if (auto r = dropExpiredDrafts(db, now); !r)
        return r.error();
    if (orphans > 0)
        if (auto r = audit.append(AuditEntry{0, now, "registry", "retention.purged", "follow_ups",
                std::to_string(orphans) + " follow-ups without a report deleted", {}, {}});
            !r)
            return r.error();
    auto purged = changed(db, "DELETE FROM cases WHERE " + due);
    if (!purged)
        return purged.error();
    const auto deleted = static_cast<std::size_t>(*purged);
    if (deleted > 0)
        if (auto r = audit.append(AuditEntry{0, now, "registry", "retention.purged", "cases",
                std::to_string(deleted) + " closed cases deleted", {}, {}});
            !r)
            return r.error();
    return deleted;
}

} // namespace vigil::registry
