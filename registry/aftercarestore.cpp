// SPDX-License-Identifier: EUPL-1.2
#include "aftercarestore.h"

namespace vigil::registry {

Result<Aftercare> loadAftercare(Db db, std::int64_t caseId)
{
    Aftercare plan;
    auto moments = db.prepare("SELECT id, due, added_by, added_at FROM checkins WHERE case_id = ? ORDER BY due, id");
    if (!moments)
        return moments.error();
    moments->bind(1, caseId);
    if (auto s = moments->eachRow([&](const Stmt& r) {
            plan.checkIns.push_back(CheckIn{r.int64(0), r.int64(1), r.text(2), r.int64(3)});
        });
        !s)
        return s.error();
    auto state = db.prepare("SELECT stopped_at, contact_wanted_at FROM aftercare WHERE case_id = ?");
    if (!state)
        return state.error();
    state->bind(1, caseId);
    auto row = state->step();
    if (!row)
        return row.error();
    if (*row) {
        if (!state->isNull(0))
            plan.stoppedAt = state->int64(0);
        if (!state->isNull(1))
            plan.contactWantedAt = state->int64(1);
    }
    state->reset();
    return plan;
}

Status insertCheckIns(Db db, std::int64_t caseId, std::span<const UnixSeconds> dues, const std::string& by,
                      UnixSeconds at)
{
    auto plan = loadAftercare(db, caseId);
    if (!plan)
        return plan.error();
    if (plan->stoppedAt)
        return Error{"the reporter declined further contact: the aftercare plan is stopped", ErrorKind::Conflict};
    if (plan->checkIns.size() + dues.size() > kMaxCheckIns)
        return Error{"an aftercare plan holds at most " + std::to_string(kMaxCheckIns) + " check-ins",
                     ErrorKind::Invalid};
    auto insert = db.prepare("INSERT INTO checkins(case_id, due, added_by, added_at) VALUES (?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (UnixSeconds due : dues) {
        insert->reset();
        insert->bind(1, caseId).bind(2, due).bindText(3, by).bind(4, at);
        if (auto s = insert->run(); !s)
            return s;
    }
    return {};
}

Result<UnixSeconds> deleteCheckIn(Db db, std::int64_t caseId, std::int64_t checkInId)
{
    auto find = db.prepare("SELECT due FROM checkins WHERE id = ? AND case_id = ?");
    if (!find)
        return find.error();
    find->bind(1, checkInId).bind(2, caseId);
    auto row = find->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"no such check-in on this case", ErrorKind::NotFound};
    const UnixSeconds due = find->int64(0);
    find->reset();
    auto remove = db.prepare("DELETE FROM checkins WHERE id = ? AND case_id = ?");
    if (!remove)
        return remove.error();
    remove->bind(1, checkInId).bind(2, caseId);
    if (auto s = remove->run(); !s)
        return s.error();
    return due;
}

Result<std::string> recordContactSignal(Db db, std::int64_t caseId, FollowUpSignal signal, UnixSeconds at)
{
    auto plan = loadAftercare(db, caseId);
    if (!plan)
        return plan.error();
    std::size_t pending = 0;
    for (const auto& c : plan->checkIns)
        pending += c.due > at ? 1 : 0;
    const bool decline = signal == FollowUpSignal::DeclineContact;
    // One row per case, made by its first signal; the two columns move independently.
    auto upsert = db.prepare(decline ? "INSERT INTO aftercare(case_id, stopped_at) VALUES (?, ?) "
                                       "ON CONFLICT(case_id) DO UPDATE SET stopped_at = excluded.stopped_at"
                                     : "INSERT INTO aftercare(case_id, contact_wanted_at) VALUES (?, ?) "
                                       "ON CONFLICT(case_id) DO UPDATE SET contact_wanted_at = "
                                       "excluded.contact_wanted_at, stopped_at = NULL");
    if (!upsert)
        return upsert.error();
    upsert->bind(1, caseId).bind(2, at);
    if (auto s = upsert->run(); !s)
        return s.error();
    if (decline)
        return "the reporter declined further contact; the aftercare plan stops (" + std::to_string(pending)
             + " planned check-in(s) not held)";
    return std::string(plan->stoppedAt ? "the reporter asks for more contact; the stopped aftercare plan resumes"
                                       : "the reporter asks for more contact");
}

} // namespace vigil::registry
