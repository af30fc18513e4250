// SPDX-License-Identifier: EUPL-1.2
#include "alertdesk.h"

#include "pdcatext.h"

#include <algorithm>

namespace vigil::registry {

namespace {

constexpr UnixSeconds kDay = 86400;

std::string unitText(const std::string& unit)
{
    return unit.empty() ? "the whole organisation" : unit;
}

bool actsOn(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit)
{
    return std::any_of(actor.roles.begin(), actor.roles.end(), [&](const RoleGrant& r) {
        return r.role != MeasureRole::Inspectorate && covers(tree, r.unit, scopeUnit);
    });
}

/// The audit detail of a step: states and ids in clear, texts by their tag.
std::string stepDetail(AlertState from, AlertState to, const AlertStep& step)
{
    std::string d = std::string(enumName(from)) + " -> " + std::string(enumName(to));
    if (to == AlertState::Assigned)
        d += " (to " + step.assignee + ")";
    if (to == AlertState::FollowedUp)
        d += std::string(" (") + (step.measure ? "measure " + std::to_string(*step.measure) : "no measure")
             + (step.explanation.empty() ? "" : ", explanation " + textTag(step.explanation)) + ")";
    if (to == AlertState::Closed && !step.note.empty())
        d += " (note " + textTag(step.note) + ")";
    return d;
}

/// Whether `step`'s assignee or measure fits the alert: an assignee who may follow it up, a
/// measure the member may see. Invalid naming the field otherwise.
Status checkStepParties(AlertTx& tx, const UnitTree& tree, const Actor& actor, const AlertRecord& a,
                        const AlertStep& step)
{
    if (!step.assignee.empty()) {
        auto assignee = tx.actor(step.assignee);
        if (!assignee && assignee.error().kind != ErrorKind::NotFound && assignee.error().kind != ErrorKind::Refused)
            return assignee.error();
        if (!assignee || !actsOn(tree, *assignee, a.scopeUnit))
            return invalid("assignee: " + step.assignee + " is no enabled member with a measures or commander role for "
                           + unitText(a.scopeUnit));
    }
    if (step.measure) {
        const Error unknown = invalid("measure: no measure " + std::to_string(*step.measure) + " that you can see");
        auto facts = tx.measure(*step.measure);
        if (!facts)
            return facts.error();
        if (!*facts)
            return unknown;
        auto standing = tx.standing(actor.member, (*facts)->cases);
        if (!standing)
            return standing.error();
        if (!maySee(tree, actor, (*facts)->ownerUnit, (*facts)->proposedBy, *standing))
            return unknown;
    }
    return {};
}

void applyStep(AlertRecord& a, const std::string& member, AlertState to, const AlertStep& step, UnixSeconds now)
{
    a.state = to;
    switch (to) {
    case AlertState::Assigned:
        a.assignee = step.assignee;
        a.assignedBy = member;
        a.assignedAt = now;
        break;
    case AlertState::FollowedUp:
        a.measure = step.measure;
        a.explanation = step.explanation;
        a.followedUpBy = member;
        a.followedUpAt = now;
        break;
    case AlertState::Closed:
        a.closedBy = member;
        a.closedAt = now;
        a.closeNote = step.note;
        break;
    case AlertState::Raised:
        break;
    }
}

std::string_view actionOf(AlertState to)
{
    switch (to) {
    case AlertState::Assigned: return "alert.assigned";
    case AlertState::FollowedUp: return "alert.followed_up";
    case AlertState::Closed: return "alert.closed";
    case AlertState::Raised: break;
    }
    return "alert.raised";
}

std::string_view stepName(AlertState to)
{
    switch (to) {
    case AlertState::Assigned: return "assigning an alert";
    case AlertState::FollowedUp: return "following up an alert";
    case AlertState::Closed: return "closing an alert";
    case AlertState::Raised: break;
    }
    return "raising an alert";
}

/// Who `member` is and the unit tree, read in one transaction of the register.
struct People {
    Actor actor;
    UnitTree tree;
};

Result<People> peopleOf(AlertTx& tx, const std::string& member)
{
    auto actor = tx.actor(member);
    if (!actor)
        return actor.error();
    auto tree = tx.units();
    if (!tree)
        return tree.error();
    return People{std::move(*actor), std::move(*tree)};
}

} // namespace

bool maySeeAlert(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit)
{
    return std::any_of(actor.roles.begin(), actor.roles.end(), [&](const RoleGrant& r) {
        return r.role == MeasureRole::Inspectorate || covers(tree, r.unit, scopeUnit);
    });
}

Status mayActOnAlert(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, std::string_view what)
{
    if (actsOn(tree, actor, scopeUnit))
        return {};
    return Error{std::string(what) + " of " + unitText(scopeUnit) + " needs a measures or commander role for it"
                     + (scopeUnit.empty() ? "" : " (or a unit above it)") + "; " + actor.member + " holds none",
                 ErrorKind::Refused};
}

Result<AlertRecord> AlertDesk::raise(const AlertRaise& r, UnixSeconds now)
{
    std::int64_t id = 0;
    Status s = m_store.write([&](AlertTx& tx, AuditEntry& audit) -> Status {
        auto indicators = tx.indicators();
        if (!indicators)
            return indicators.error();
        const auto ind = std::find_if(indicators->begin(), indicators->end(),
                                      [&](const AlertIndicator& i) { return i.id == r.indicatorId; });
        if (ind == indicators->end() || ind->retired)
            return Error{"no indicator " + r.indicatorId + " in force", ErrorKind::NotFound};
        if (!ind->alerts)
            return Error{"indicator " + r.indicatorId + " raises no alerts", ErrorKind::Conflict};
        auto existing = tx.all();
        if (!existing)
            return existing.error();
        for (const auto& a : *existing)
            if (a.indicatorId == r.indicatorId && a.state != AlertState::Closed)
                return Error{"indicator " + r.indicatorId + " has open alert " + std::to_string(a.id)
                                 + "; a later month joins it",
                             ErrorKind::Conflict};
        AlertRecord a;
        a.indicatorId = r.indicatorId;
        a.month = r.month;
        a.months = r.laterMonths;
        a.rule = r.rule;
        a.value = r.value;
        a.level = r.level;
        a.raisedAt = now;
        a.followUpDue = now + ind->followUpDays * kDay;
        auto inserted = tx.insert(a);
        if (!inserted)
            return inserted.error();
        id = *inserted;
        std::string months = r.month;
        for (const auto& m : r.laterMonths)
            months += "," + m;
        audit = AuditEntry{0, now, "registry", "alert.raised", std::to_string(id),
                           r.indicatorId + " " + months + " rule " + r.rule, {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return foundOr(readOnce<AlertTx>(m_store, [&](AlertTx& tx) { return tx.find(id); }),
                   "no alert " + std::to_string(id));
}

Status AlertDesk::extend(std::int64_t id, const std::string& month, UnixSeconds now)
{
    Status s = m_store.write([&](AlertTx& tx, AuditEntry& audit) -> Status {
        auto found = tx.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error{"no alert " + std::to_string(id), ErrorKind::NotFound};
        AlertRecord a = std::move(**found);
        if (a.state == AlertState::Closed)
            return Error{"alert " + std::to_string(id) + " is closed", ErrorKind::Conflict};
        const std::string& last = a.months.empty() ? a.month : a.months.back();
        if (month <= last)
            return Error{"alert " + std::to_string(id) + " has " + last + " already; " + month + " is not later",
                         ErrorKind::Conflict};
        a.months.push_back(month);
        if (auto u = tx.update(a); !u)
            return u;
        audit = AuditEntry{0, now, "registry", "alert.extended", std::to_string(id), a.indicatorId + " " + month, {},
                           {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return {};
}

Result<AlertRecord> AlertDesk::transition(const std::string& member, std::int64_t id, AlertState to,
                                          const AlertStep& step, UnixSeconds now)
{
    if (auto t = checkText("explanation", step.explanation, 0, 8000, false); !t)
        return t.error();
    if (auto t = checkText("note", step.note, 0, 2000, false); !t)
        return t.error();
    if (auto t = checkText("assignee", step.assignee, 0, 128, true); !t)
        return t.error();
    AlertRecord after;
    Status s = m_store.write([&](AlertTx& tx, AuditEntry& audit) -> Status {
        auto found = tx.find(id);
        if (!found)
            return found.error();
        auto people = peopleOf(tx, member);
        if (!people)
            return people.error();
        const UnitTree& tree = people->tree;
        const Actor& actor = people->actor;
        // An alert the member may not see is not named to it: NotFound before any rule speaks.
        if (!*found || !maySeeAlert(tree, actor, (*found)->scopeUnit))
            return Error{"no alert " + std::to_string(id), ErrorKind::NotFound};
        after = std::move(**found);
        const AlertState from = after.state;
        if (auto t = checkAlertTransition(from, to, step); !t)
            return t;
        if (auto may = mayActOnAlert(tree, actor, after.scopeUnit, stepName(to)); !may)
            return may;
        if (auto p = checkStepParties(tx, tree, actor, after, step); !p)
            return p;
        applyStep(after, member, to, step, now);
        if (auto u = tx.update(after); !u)
            return u;
        audit = AuditEntry{0, now, member, std::string(actionOf(to)), std::to_string(id), stepDetail(from, to, step),
                           {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return after;
}

Result<AlertRecord> AlertDesk::findFor(const std::string& member, std::int64_t id)
{
    return onlyOr(visible(member, id), "no alert " + std::to_string(id));
}

Result<std::vector<AlertRecord>> AlertDesk::visibleTo(const std::string& member)
{
    return visible(member, std::nullopt);
}

Result<std::vector<AlertRecord>> AlertDesk::visible(const std::string& member, std::optional<std::int64_t> id)
{
    return readOnce<AlertTx>(m_store, [&](AlertTx& tx) -> Result<std::vector<AlertRecord>> {
        auto people = peopleOf(tx, member);
        if (!people)
            return people.error();
        return keptRecords<AlertRecord>(tx, id, [&](const AlertRecord& a) -> Result<bool> {
            return maySeeAlert(people->tree, people->actor, a.scopeUnit);
        });
    });
}

Result<std::vector<AlertRecord>> AlertDesk::all()
{
    return readOnce<AlertTx>(m_store, [](AlertTx& tx) { return tx.all(); });
}

Result<std::vector<AlertIndicator>> AlertDesk::indicators()
{
    return readOnce<AlertTx>(m_store, [](AlertTx& tx) { return tx.indicators(); });
}

Result<std::vector<bool>> AlertDesk::mayAct(const std::string& member, const std::vector<AlertRecord>& alerts)
{
    return readOnce<AlertTx>(m_store, [&](AlertTx& tx) -> Result<std::vector<bool>> {
        auto people = peopleOf(tx, member);
        if (!people)
            return people.error();
        std::vector<bool> out;
        for (const auto& a : alerts)
            out.push_back(actsOn(people->tree, people->actor, a.scopeUnit));
        return out;
    });
}

} // namespace vigil::registry
