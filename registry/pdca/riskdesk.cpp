// SPDX-License-Identifier: EUPL-1.2
#include "riskdesk.h"

#include "measureclocks.h"
#include "pdcatext.h"

#include <algorithm>

namespace vigil::registry {

namespace {

std::vector<std::int64_t> sortedUnique(std::vector<std::int64_t> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

/// "II-C (serious)": a cell with its level, as the audit trail names it.
std::string cellText(const MatrixCell& c)
{
    return std::string(enumName(c.severity)) + "-" + std::string(enumName(c.probability)) + " ("
           + std::string(enumName(levelOf(c))) + ")";
}

std::string unitText(const std::string& unit)
{
    return unit.empty() ? "the whole organisation" : unit;
}

std::string noteText(const std::string& note)
{
    return note.empty() ? "" : ", note " + textTag(note);
}

Status checkProposal(const RiskProposal& p)
{
    if (auto s = checkText("hazard", p.hazard, 1, 200, true); !s)
        return s;
    if (auto s = checkText("description", p.description, 0, 8000, false); !s)
        return s;
    return checkCell(p.initial, false, "initial");
}

/// The review date of a decision as the last second of its day, after `now`.
Result<UnixSeconds> reviewDate(const std::string& date, UnixSeconds now)
{
    const auto due = endOfDate(date);
    if (!due)
        return invalid("review_due: expected a date as YYYY-MM-DD, got \"" + date + "\"");
    if (*due <= now)
        return invalid("review_due: " + date + " is not after today (" + dateOf(now) + ")");
    return *due;
}

/// Whether `actor` may see measure `measureId` (it exists and maySee says so).
Result<bool> seesMeasure(RiskTx& tx, const UnitTree& tree, const Actor& actor, std::int64_t measureId)
{
    auto m = tx.measure(measureId);
    if (!m)
        return m.error();
    if (!*m)
        return false;
    auto standing = tx.standing(actor.member, (*m)->cases);
    if (!standing)
        return standing.error();
    return maySee(tree, actor, (*m)->ownerUnit, (*m)->proposedBy, *standing);
}

/// Whether `actor` may see `r`; if so, its cases and measures keep only those it holds / sees.
Result<bool> cutFor(RiskTx& tx, const UnitTree& tree, const Actor& actor, RiskRecord& r)
{
    auto standing = tx.standing(actor.member, r.cases);
    if (!standing)
        return standing.error();
    if (!maySeeRisk(tree, actor, r.unit, r.createdBy, *standing))
        return false;
    r.cases.clear();
    for (const auto& c : *standing)
        if (c.recipient)
            r.cases.push_back(c.caseId);
    std::vector<std::int64_t> seen;
    for (auto m : r.measures) {
        auto sees = seesMeasure(tx, tree, actor, m);
        if (!sees)
            return sees.error();
        if (*sees)
            seen.push_back(m);
    }
    r.measures = std::move(seen);
    return true;
}

/// The linked cases the member holds, as the propose rule reads them for assessing.
Result<std::vector<CaseStanding>> heldCases(RiskTx& tx, const std::string& member, const std::vector<std::int64_t>& cases)
{
    auto standing = tx.standing(member, cases);
    if (!standing)
        return standing.error();
    std::erase_if(*standing, [](const CaseStanding& c) { return !c.recipient; });
    return standing;
}

RiskRecord createdRecord(const RiskProposal& p, const std::string& member, UnixSeconds now)
{
    RiskRecord r;
    r.hazard = p.hazard;
    r.description = p.description;
    r.domain = p.domain;
    r.unit = p.unit;
    r.category = p.category;
    r.initial = p.initial;
    r.createdBy = member;
    r.createdAt = now;
    return r;
}

std::string createdDetail(const RiskProposal& p, const std::vector<std::int64_t>& cases,
                          const std::vector<std::int64_t>& measures)
{
    return "hazard " + textTag(p.hazard) + ", " + std::string(enumName(p.domain)) + ", scope " + unitText(p.unit)
           + (p.category ? ", category " + std::string(enumName(*p.category)) : "") + ", initial "
           + cellText(p.initial) + ", cases " + joinIds(cases) + ", measures " + joinIds(measures);
}

/// "III-D (medium) by commander of 13-bde (echelon 2, required 2)", as a decision is audited.
std::string decisionDetail(const RiskDecision& d)
{
    return cellText(d.residual) + " by " + std::string(enumName(d.acceptor.role)) + " of "
           + unitText(d.acceptor.unit) + " (echelon " + std::to_string(d.acceptor.roleDepth) + ", required "
           + std::to_string(d.acceptor.requiredDepth) + ")"
           + (d.reviewDue ? ", review " + dateOf(*d.reviewDue) : "") + noteText(d.note);
}

/// Checks `actor`'s authority to decide on `r`'s residual risk under the policy in force (why
/// not in `shortfall`, when given) and records the decision.
Result<RiskDecision> recordDecision(RiskTx& tx, const UnitTree& tree, const Actor& actor, const RiskRecord& r,
                                    RiskDecisionKind kind, std::optional<UnixSeconds> reviewDue,
                                    const std::string& note, UnixSeconds now, AcceptanceShortfall* shortfall)
{
    auto policy = tx.acceptancePolicy();
    if (!policy)
        return policy.error();
    const RiskLevel level = levelOf(*r.residual);
    AcceptanceCheck check = checkAcceptance(*policy, tree, actor, r.unit, level);
    if (shortfall)
        *shortfall = check.shortfall;
    if (!check.acceptor)
        return Error{check.reason, ErrorKind::Refused};
    // The authorities serial is the store's to set, in the transaction that records it.
    const RiskDecision d{0, kind, level, *r.residual, actor.member, *check.acceptor, now, reviewDue, note, std::nullopt};
    if (auto a = tx.addDecision(r.id, d); !a)
        return a.error();
    return d;
}

} // namespace

Result<RiskRecord> RiskDesk::create(const std::string& member, const RiskProposal& proposal, UnixSeconds now)
{
    if (auto s = checkProposal(proposal); !s)
        return s.error();
    const auto cases = sortedUnique(proposal.cases);
    const auto measures = sortedUnique(proposal.measures);
    std::int64_t id = 0;
    Status s = m_store.write([&](RiskTx& tx, AuditEntry& audit) -> Status {
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        if (!proposal.unit.empty() && !tree->contains(proposal.unit))
            return invalid("unit: no unit \"" + proposal.unit + "\" in the organisation");
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto standing = tx.standing(member, cases);
        if (!standing)
            return standing.error();
        if (auto may = mayPropose(*tree, *actor, proposal.unit, *standing, "recording a risk"); !may)
            return may;
        for (auto m : measures) {
            auto sees = seesMeasure(tx, *tree, *actor, m);
            if (!sees)
                return sees.error();
            if (!*sees)
                return Error{"measures: no measure " + std::to_string(m), ErrorKind::NotFound};
        }
        auto inserted = tx.insert(createdRecord(proposal, member, now));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (auto c : cases)
            if (auto l = tx.linkCase(id, c); !l)
                return l;
        for (auto m : measures)
            if (auto l = tx.linkMeasure(id, m); !l)
                return l.error();
        audit = AuditEntry{0, now, member, "risk.created", std::to_string(id), createdDetail(proposal, cases, measures),
                           {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return find(id);
}

Result<RiskRecord> RiskDesk::change(const std::string& member, std::int64_t id, UnixSeconds now,
                                    const ChangeBody& body)
{
    RiskRecord after;
    Status s = m_store.write([&](RiskTx& tx, AuditEntry& audit) -> Status {
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto found = tx.find(id);
        if (!found)
            return found.error();
        // A risk the member may not see is not named to it, before any rule speaks.
        const Error unknown{"no risk " + std::to_string(id), ErrorKind::NotFound};
        if (!*found)
            return unknown;
        RiskRecord seen = **found;
        auto sees = cutFor(tx, *tree, *actor, seen);
        if (!sees)
            return sees.error();
        if (!*sees)
            return unknown;
        after = std::move(**found);
        if (auto b = body(tx, *tree, *actor, after, audit); !b)
            return b;
        // The body names the action and its detail; who, when and which risk are the same for all.
        audit.at = now;
        audit.actor = member;
        audit.subject = std::to_string(id);
        return tx.update(after);
    });
    if (!s)
        return orStorage(s.error());
    return find(id);
}

Result<RiskRecord> RiskDesk::assess(const std::string& member, std::int64_t id, const MatrixCell& residual,
                                    const std::string& note, UnixSeconds now)
{
    if (auto s = checkCell(residual, true, "residual"); !s)
        return s.error();
    if (auto s = checkText("note", note, 0, 8000, false); !s)
        return s.error();
    return change(member, id, now, [&](RiskTx& tx, const UnitTree& tree, const Actor& actor, RiskRecord& r,
                                       AuditEntry& audit) -> Status {
        auto next = stateAfterAssessment(r.state);
        if (!next)
            return next.error();
        auto held = heldCases(tx, member, r.cases);
        if (!held)
            return held.error();
        if (auto may = mayPropose(tree, actor, r.unit, *held, "assessing a risk"); !may)
            return may;
        const bool lapsed = r.state == RiskState::Accepted;
        r.state = *next;
        r.reviewDue.reset();
        r.residual = residual;
        r.residualBy = member;
        r.residualAt = now;
        r.residualNote = note;
        audit.action = "risk.assessed";
        audit.detail = "residual " + cellText(residual) + (lapsed ? ", acceptance lapsed" : "") + noteText(note);
        return {};
    });
}

Result<RiskRecord> RiskDesk::decide(const std::string& member, std::int64_t id, const RiskDecisionRequest& request,
                                    UnixSeconds now, AcceptanceShortfall* shortfall)
{
    if (auto s = checkText("note", request.note, 0, 8000, false); !s)
        return s.error();
    if (!request.accept && !request.reviewDue.empty())
        return invalid("review_due: given only when a risk is accepted");
    std::optional<UnixSeconds> due;
    if (request.accept) {
        auto d = reviewDate(request.reviewDue, now);
        if (!d)
            return d.error();
        due = *d;
    }
    return change(member, id, now, [&](RiskTx& tx, const UnitTree& tree, const Actor& actor, RiskRecord& r,
                                       AuditEntry& audit) -> Status {
        const bool assessed = r.residual.has_value();
        if (request.accept) {
            if (auto t = checkRiskTransition(r.state, RiskState::Accepted, RiskStep{assessed, due, {}}); !t)
                return t;
            // Accepted → accepted is a review, not a second acceptance.
            if (r.state != RiskState::Open)
                return Error{"risk " + std::to_string(id) + " is accepted already; review its acceptance instead",
                             ErrorKind::Conflict};
        } else if (auto t = checkDecline(r.state, assessed); !t) {
            return t;
        }
        auto d = recordDecision(tx, tree, actor, r, request.accept ? RiskDecisionKind::Accepted : RiskDecisionKind::Declined,
                                due, request.note, now, shortfall);
        if (!d)
            return d.error();
        if (request.accept) {
            r.state = RiskState::Accepted;
            r.reviewDue = due;
        }
        audit.action = request.accept ? "risk.accepted" : "risk.declined";
        audit.detail = decisionDetail(*d);
        return {};
    });
}

Result<RiskRecord> RiskDesk::review(const std::string& member, std::int64_t id, const std::string& reviewDue,
                                    const std::string& note, UnixSeconds now, AcceptanceShortfall* shortfall)
{
    if (auto s = checkText("note", note, 0, 8000, false); !s)
        return s.error();
    auto due = reviewDate(reviewDue, now);
    if (!due)
        return due.error();
    return change(member, id, now, [&](RiskTx& tx, const UnitTree& tree, const Actor& actor, RiskRecord& r,
                                       AuditEntry& audit) -> Status {
        if (r.state != RiskState::Accepted)
            return Error{"a risk's acceptance is reviewed while it is accepted; this one is "
                             + std::string(enumName(r.state)),
                         ErrorKind::Conflict};
        if (auto t = checkRiskTransition(r.state, RiskState::Accepted, RiskStep{true, *due, {}}); !t)
            return t;
        auto d = recordDecision(tx, tree, actor, r, RiskDecisionKind::Reviewed, *due, note, now, shortfall);
        if (!d)
            return d.error();
        r.reviewDue = *due;
        audit.action = "risk.reviewed";
        audit.detail = decisionDetail(*d);
        return {};
    });
}

Result<RiskRecord> RiskDesk::close(const std::string& member, std::int64_t id, const std::string& reason,
                                   UnixSeconds now)
{
    return moveWithReason(member, id, RiskState::Closed, reason, now);
}

Result<RiskRecord> RiskDesk::reopen(const std::string& member, std::int64_t id, const std::string& reason,
                                    UnixSeconds now)
{
    return moveWithReason(member, id, RiskState::Open, reason, now);
}

Result<RiskRecord> RiskDesk::moveWithReason(const std::string& member, std::int64_t id, RiskState to,
                                            const std::string& reason, UnixSeconds now)
{
    if (auto s = checkText("reason", reason, 0, 2000, false); !s)
        return s.error();
    const bool closing = to == RiskState::Closed;
    return change(member, id, now, [&](RiskTx&, const UnitTree& tree, const Actor& actor, RiskRecord& r,
                                       AuditEntry& audit) -> Status {
        const RiskState from = r.state;
        if (auto t = checkRiskTransition(from, to, RiskStep{false, std::nullopt, reason}); !t)
            return t;
        if (auto may = mayManageRisk(tree, actor, r.unit, closing ? "closing a risk" : "reopening a risk"); !may)
            return may;
        // Either way the acceptance ends: a closed risk is not reviewed, a reopened one is decided again.
        r.state = to;
        r.reviewDue.reset();
        (closing ? r.closedBy : r.reopenedBy) = member;
        (closing ? r.closedAt : r.reopenedAt) = now;
        (closing ? r.closeReason : r.reopenReason) = reason;
        audit.action = closing ? "risk.closed" : "risk.reopened";
        audit.detail = std::string(enumName(from)) + " -> " + std::string(enumName(to)) + " (reason "
                       + textTag(reason) + ")";
        return {};
    });
}

Result<RiskRecord> RiskDesk::linkMeasure(const std::string& member, std::int64_t id, std::int64_t measureId, bool link,
                                         UnixSeconds now)
{
    return change(member, id, now, [&](RiskTx& tx, const UnitTree& tree, const Actor& actor, RiskRecord& r,
                                       AuditEntry& audit) -> Status {
        if (r.state == RiskState::Closed)
            return Error{"risk " + std::to_string(id) + " is closed; its links stay as they were", ErrorKind::Conflict};
        if (auto may = mayManageRisk(tree, actor, r.unit, "linking a measure to a risk"); !may)
            return may;
        auto sees = seesMeasure(tx, tree, actor, measureId);
        if (!sees)
            return sees.error();
        if (!*sees)
            return Error{"measure: no measure " + std::to_string(measureId), ErrorKind::NotFound};
        auto changed = link ? tx.linkMeasure(id, measureId) : tx.unlinkMeasure(id, measureId);
        if (!changed)
            return changed.error();
        if (!*changed)
            return Error{"measure " + std::to_string(measureId) + (link ? " is linked already" : " is not linked"),
                         ErrorKind::Conflict};
        audit.action = link ? "risk.measure_linked" : "risk.measure_unlinked";
        audit.detail = "measure " + std::to_string(measureId);
        return {};
    });
}

Result<RiskRecord> RiskDesk::find(std::int64_t id)
{
    return foundOr(readOnce<RiskTx>(m_store, [&](RiskTx& tx) { return tx.find(id); }), "no risk " + std::to_string(id));
}

Result<RiskRecord> RiskDesk::findFor(const std::string& member, std::int64_t id)
{
    return onlyOr(visible(member, id), "no risk " + std::to_string(id));
}

Result<std::vector<AuditEntry>> RiskDesk::historyFor(const std::string& member, std::int64_t id)
{
    if (auto seen = findFor(member, id); !seen)
        return seen.error();
    return readOnce<RiskTx>(m_store, [id](RiskTx& tx) { return tx.history(id); });
}

Result<std::vector<RiskRecord>> RiskDesk::visibleTo(const std::string& member)
{
    return visible(member, std::nullopt);
}

Result<std::vector<RiskRecord>> RiskDesk::all()
{
    return readOnce<RiskTx>(m_store, [](RiskTx& tx) { return tx.all(); });
}

Result<std::vector<RiskRecord>> RiskDesk::visible(const std::string& member, std::optional<std::int64_t> id)
{
    return readOnce<RiskTx>(m_store, [&](RiskTx& tx) -> Result<std::vector<RiskRecord>> {
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        return keptRecords<RiskRecord>(tx, id, [&](RiskRecord& r) { return cutFor(tx, *tree, *actor, r); });
    });
}

} // namespace vigil::registry
