// SPDX-License-Identifier: EUPL-1.2
#include "measuredesk.h"

#include "indicatorregister.h"
#include "measureclocks.h"
#include "pdcatext.h"

#include <algorithm>
#include <optional>

namespace vigil::registry {

namespace {

Status checkProposal(const MeasureProposal& p, UnixSeconds now)
{
    if (auto s = checkText("title", p.title, 1, 200, true); !s)
        return s;
    if (auto s = checkText("description", p.description, 0, 8000, false); !s)
        return s;
    if (auto s = checkText("owner_role", p.ownerRole, 1, 64, true); !s)
        return s;
    const auto due = endOfDate(p.dueDate);
    if (!due)
        return invalid("due: expected a date as YYYY-MM-DD, got \"" + p.dueDate + "\"");
    if (*due < now)
        return invalid("due: " + p.dueDate + " has passed (today is " + dateOf(now) + ")");
    return {};
}

/// The texts a step carries, checked as the proposal's are.
Status checkStepTexts(const MeasureStep& step)
{
    if (auto s = checkText("reason", step.reason, 0, 2000, false); !s)
        return s;
    if (auto s = checkText("evidence", step.evidence, 0, 8000, false); !s)
        return s;
    return checkText("note", step.note, 0, 8000, false);
}

/// What the clock says about a step: a measure cannot have been implemented tomorrow.
Status checkStepAgainstNow(MeasureState to, const MeasureStep& step, UnixSeconds now)
{
    if (to == MeasureState::Implemented && step.implementedOn > dateOf(now))
        return invalid("implemented_on: " + step.implementedOn + " lies in the future (today is " + dateOf(now) + ")");
    return {};
}

Error conflict(std::string message)
{
    return Error{std::move(message), ErrorKind::Conflict};
}

/// The links `ids` with `primary` ask for, each an indicator in force; the primary one defaults
/// to the only one.
Result<std::vector<IndicatorLink>> indicatorLinks(MeasureTx& tx, std::vector<std::string> ids, const std::string& primary)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty()) {
        if (!primary.empty())
            return invalid("primary_indicator: " + primary + " is not among the indicators");
        return std::vector<IndicatorLink>{};
    }
    for (const auto& id : ids) {
        auto inForce = tx.indicatorInForce(id);
        if (!inForce)
            return inForce.error();
        if (!*inForce)
            return invalid("indicators: no indicator \"" + id + "\"");
        if (!**inForce)
            return invalid("indicators: " + id + " is retired or frozen: it publishes no new months");
    }
    const std::string chosen = primary.empty() && ids.size() == 1 ? ids.front() : primary;
    if (chosen.empty())
        return invalid("primary_indicator: say which of the indicators an effect check uses");
    if (std::find(ids.begin(), ids.end(), chosen) == ids.end())
        return invalid("primary_indicator: " + chosen + " is not among the indicators");
    std::vector<IndicatorLink> links;
    for (const auto& id : ids)
        links.push_back({id, id == chosen});
    return links;
}

std::string linksText(const std::vector<IndicatorLink>& links)
{
    std::string text;
    for (const auto& l : links)
        text += (text.empty() ? "" : ",") + l.id + (l.primary ? "*" : "");
    return text.empty() ? "none" : text;
}

/// The effect check of `m` on `asked` ('' = its primary indicator) at `now`, from the board
/// and the strength read in `tx`.
Result<MeasureCheck> computeCheck(MeasureTx& tx, const MeasureRecord& m, const std::string& asked, UnixSeconds now,
                                  const BoardPolicy& boardPolicy, const EffectPolicy& effectPolicy)
{
    const std::string name = "measure " + std::to_string(m.id);
    if (!m.implementedOn)
        return conflict(name + " is " + std::string(enumName(m.state)) + ": an effect check needs it implemented");
    if (m.indicators.empty())
        return conflict(name + " has no indicators: link one (…/links) or record a judgement");
    std::string indicator = asked;
    if (indicator.empty()) {
        for (const auto& l : m.indicators)
            if (l.primary)
                indicator = l.id;
    } else if (std::none_of(m.indicators.begin(), m.indicators.end(),
                            [&](const IndicatorLink& l) { return l.id == asked; })) {
        return invalid("indicator: " + asked + " is not one of the indicators of " + name);
    }
    auto windows = effectWindows(*m.implementedOn);
    if (!windows)
        return windows.error();
    const int asOf = IndicatorRegister::lastSettled(now, boardPolicy.settleMonths);
    if (windows->afterTo > asOf)
        return conflict("the after window of " + name + " (" + monthText(windows->afterFrom) + " to "
                        + monthText(windows->afterTo) + ") settles on " + settlesOn(*windows, boardPolicy.settleMonths));
    // The board reaches back to the before window however long ago the measure was implemented:
    // each month is suppressed on its own (indicatorboard.h), so a longer board hides nothing else.
    BoardPolicy policy = boardPolicy;
    policy.windowMonths = std::max(policy.windowMonths, asOf - windows->beforeFrom + 1);
    auto board = tx.board(asOf, policy);
    if (!board)
        return board.error();
    const auto def = std::find_if(board->indicators.begin(), board->indicators.end(),
                                  [&](const IndicatorDef& d) { return d.id == indicator; });
    if (def == board->indicators.end())
        return conflict("indicator " + indicator + " is retired: its figures are no longer published; record a "
                        "judgement or check another indicator");
    // Strength is per unit: the indicator's scope unit's own rows (not a sum over its subtree).
    std::vector<StrengthRow> strength;
    if (!def->filter.unit.empty()) {
        auto rows = tx.strength(def->filter.unit);
        if (!rows)
            return rows.error();
        strength = std::move(*rows);
    }
    return measureEffect(*board, indicator, *windows, strength, effectPolicy);
}

/// `m` after the step: its state and who took it when, with what the step carried.
void applyStep(MeasureRecord& m, const std::string& member, MeasureState to, const MeasureStep& step, UnixSeconds now)
{
    const MeasureState from = m.state;
    m.state = to;
    switch (to) {
    case MeasureState::Approved:
        m.approvedBy = member;
        m.approvedAt = now;
        break;
    case MeasureState::InProgress:
        if (from == MeasureState::Implemented) {
            // Reopened: no longer implemented (the trail keeps when it was recorded so).
            m.reopenedBy = member;
            m.reopenedAt = now;
            m.reopenReason = step.reason;
            m.implementedBy.reset();
            m.implementedAt.reset();
            m.implementedOn.reset();
        } else {
            m.startedBy = member;
            m.startedAt = now;
        }
        break;
    case MeasureState::Implemented:
        m.implementedBy = member;
        m.implementedAt = now;
        m.implementedOn = step.implementedOn;
        m.evidence = step.evidence;
        break;
    case MeasureState::Checked:
        m.checkedBy = member;
        m.checkedAt = now;
        m.verdict = step.verdict;
        m.basis = step.basis;
        m.checkNote = step.note;
        break;
    case MeasureState::Cancelled:
        m.cancelledBy = member;
        m.cancelledAt = now;
        m.cancelReason = step.reason;
        break;
    case MeasureState::Proposed:
        break;
    }
}

/// The audit detail of a step: states, dates and verdicts in clear, texts by their tag.
std::string stepDetail(MeasureState from, MeasureState to, const MeasureStep& step)
{
    std::string d = std::string(enumName(from)) + " -> " + std::string(enumName(to));
    if (!step.reason.empty())
        d += " (reason " + textTag(step.reason) + ")";
    if (to == MeasureState::Implemented)
        d += " (on " + step.implementedOn + ", evidence " + textTag(step.evidence) + ")";
    if (to == MeasureState::Checked)
        d += " (" + std::string(enumName(step.verdict)) + " by " + std::string(enumName(step.basis))
             + (step.note.empty() ? "" : ", note " + textTag(step.note)) + ")";
    return d;
}

MeasureRecord proposedRecord(const MeasureProposal& p, const std::string& member, UnixSeconds now)
{
    MeasureRecord m;
    m.title = p.title;
    m.description = p.description;
    m.domain = p.domain;
    m.ownerUnit = p.ownerUnit;
    m.ownerRole = p.ownerRole;
    m.dueDate = p.dueDate;
    m.dueAt = endOfDate(p.dueDate).value_or(0); // checked by checkProposal
    m.proposedBy = member;
    m.proposedAt = now;
    m.supersedes = p.supersedes;
    return m;
}

std::string proposedDetail(const MeasureProposal& p, const std::vector<std::int64_t>& cases,
                           const std::vector<IndicatorLink>& indicators)
{
    return "title " + textTag(p.title) + ", " + std::string(enumName(p.domain)) + ", owner " + p.ownerUnit + " "
           + p.ownerRole + ", due " + p.dueDate + ", cases " + joinIds(cases)
           + (indicators.empty() ? "" : ", indicators " + linksText(indicators))
           + (p.supersedes ? ", supersedes " + std::to_string(*p.supersedes) : "");
}

std::string roleText(const RoleGrant& g)
{
    return std::string(enumName(g.role)) + " for " + (g.unit.empty() ? "the whole organisation" : g.unit);
}

} // namespace

Result<MeasureRecord> MeasureDesk::propose(const std::string& member, const MeasureProposal& proposal, UnixSeconds now)
{
    if (auto s = checkProposal(proposal, now); !s)
        return s.error();
    std::vector<std::int64_t> cases = proposal.cases;
    std::sort(cases.begin(), cases.end());
    cases.erase(std::unique(cases.begin(), cases.end()), cases.end());
    std::int64_t id = 0;
    Status s = m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        if (!tree->contains(proposal.ownerUnit))
            return invalid("owner_unit: no unit \"" + proposal.ownerUnit + "\" in the organisation");
        if (proposal.supersedes) {
            auto exists = tx.exists(*proposal.supersedes);
            if (!exists)
                return exists.error();
            if (!*exists)
                return Error{"supersedes: no measure " + std::to_string(*proposal.supersedes), ErrorKind::NotFound};
        }
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto standing = tx.standing(member, cases);
        if (!standing)
            return standing.error();
        if (auto may = mayPropose(*tree, *actor, proposal.ownerUnit, *standing); !may)
            return may;
        auto links = indicatorLinks(tx, proposal.indicators, proposal.primaryIndicator);
        if (!links)
            return links.error();
        auto inserted = tx.insert(proposedRecord(proposal, member, now));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        for (auto c : cases)
            if (auto l = tx.linkCase(id, c, member, now); !l)
                return l;
        if (auto l = tx.setIndicators(id, *links); !l)
            return l;
        audit = AuditEntry{0, now, member, "measure.proposed", std::to_string(id),
                           proposedDetail(proposal, cases, *links), {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return find(id);
}

Result<MeasureRecord> MeasureDesk::transition(const std::string& member, std::int64_t id, MeasureState to,
                                              const MeasureStep& step, UnixSeconds now)
{
    if (auto s = checkStepTexts(step); !s)
        return s.error();
    MeasureRecord after;
    Status s = m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto found = tx.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error{"no measure " + std::to_string(id), ErrorKind::NotFound};
        after = std::move(**found);
        const MeasureState from = after.state;
        // An effect check's verdict is the register's to compute: until it is, the step is
        // checked as one with a verdict.
        const bool computed = to == MeasureState::Checked && step.basis == VerdictBasis::EffectCheck;
        if (computed && step.verdict != MeasureVerdict::None)
            return invalid("verdict: the verdict of an effect check is computed by the registry; leave it out");
        MeasureStep taken = step;
        if (computed)
            taken.verdict = MeasureVerdict::Inconclusive;
        if (auto t = checkMeasureTransition(from, to, taken); !t)
            return t;
        if (auto t = checkStepAgainstNow(to, taken, now); !t)
            return t;
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        if (auto may = mayMove(*tree, *actor, after.ownerUnit, after.proposedBy, from, to); !may)
            return may;
        std::string detail;
        if (computed) {
            auto check = computeCheck(tx, after, step.indicator, now, m_board, m_effect);
            if (!check)
                return check.error();
            check->at = now;
            check->by = member;
            auto checkId = tx.insertCheck(id, *check);
            if (!checkId)
                return checkId.error();
            check->id = *checkId;
            taken.verdict = verdictOf(check->result);
            detail = ", check " + std::to_string(check->id) + " of " + check->indicator + ": "
                     + std::string(enumName(check->result)) + ", inputs " + toHex(ByteView(check->inputsHash)).substr(0, 16);
            after.checks.push_back(std::move(*check));
        }
        applyStep(after, member, to, taken, now);
        if (auto u = tx.update(after); !u)
            return u;
        audit = AuditEntry{0, now, member, "measure.transition", std::to_string(id),
                           stepDetail(from, to, taken) + detail, {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return after;
}

Result<MeasureRecord> MeasureDesk::find(std::int64_t id)
{
    return foundOr(readOnce<MeasureTx>(m_store, [&](MeasureTx& tx) { return tx.find(id); }), "no measure " + std::to_string(id));
}


namespace {

/// Whether `member` may see `m`; if so, `m.cases` keeps only the cases it holds.
Result<bool> cutFor(MeasureTx& tx, const UnitTree& tree, const Actor& actor, MeasureRecord& m)
{
    auto standing = tx.standing(actor.member, m.cases);
    if (!standing)
        return standing.error();
    if (!maySee(tree, actor, m.ownerUnit, m.proposedBy, *standing))
        return false;
    m.cases.clear();
    for (const auto& c : *standing)
        if (c.recipient)
            m.cases.push_back(c.caseId);
    return true;
}

/// A measure as a member sees it in one transaction, with what decided that.
struct SeenMeasure {
    MeasureRecord measure;
    UnitTree tree;
    Actor actor;
};

/// Measure `id` as `member` sees it (cut by cutFor); NotFound, its message after `prefix`, both
/// when there is no such measure and when it is not the member's to see.
Result<SeenMeasure> seenBy(MeasureTx& tx, const std::string& member, std::int64_t id, const std::string& prefix = "")
{
    auto found = tx.find(id);
    if (!found)
        return found.error();
    auto actor = tx.actor(member);
    if (!actor)
        return actor.error();
    auto tree = tx.units();
    if (!tree)
        return tree.error();
    const Error unknown{prefix + "no measure " + std::to_string(id), ErrorKind::NotFound};
    if (!*found)
        return unknown;
    auto keep = cutFor(tx, *tree, *actor, **found);
    if (!keep)
        return keep.error();
    if (!*keep)
        return unknown;
    return SeenMeasure{std::move(**found), std::move(*tree), std::move(*actor)};
}

} // namespace

Status MeasureDesk::closeCase(const std::string& member, std::int64_t measureId,
                              const CaseService::PreparedTransition& closing, UnixSeconds now)
{
    Status s = m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto seen = seenBy(tx, member, measureId, "measure: ");
        if (!seen)
            return seen.error();
        const MeasureRecord& m = seen->measure;
        if (m.state == MeasureState::Proposed || m.state == MeasureState::Cancelled)
            return Error{"measure: measure " + std::to_string(measureId) + " is " + std::string(enumName(m.state))
                             + "; a case is resolved by a measure once it is approved (approved, in_progress, "
                               "implemented or checked)",
                         ErrorKind::Conflict};
        if (auto l = tx.linkCase(measureId, closing.updated.id, member, now); !l)
            return l;
        if (auto u = tx.updateCase(closing.updated); !u)
            return u;
        audit = closing.audit;
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return {};
}

Result<MeasureRecord> MeasureDesk::findFor(const std::string& member, std::int64_t id)
{
    return onlyOr(visible(member, id), "no measure " + std::to_string(id));
}

Result<std::vector<std::vector<MeasureState>>> MeasureDesk::stepsFor(const std::string& member,
                                                                     const std::vector<MeasureRecord>& measures)
{
    return readOnce<MeasureTx>(m_store, [&](MeasureTx& tx) -> Result<std::vector<std::vector<MeasureState>>> {
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        std::vector<std::vector<MeasureState>> steps;
        for (const auto& m : measures)
            steps.push_back(registry::stepsFor(*tree, *actor, m.ownerUnit, m.proposedBy, m.state));
        return steps;
    });
}

Result<std::vector<MeasureRecord>> MeasureDesk::visibleTo(const std::string& member)
{
    return visible(member, std::nullopt);
}

Result<std::vector<MeasureRecord>> MeasureDesk::visible(const std::string& member, std::optional<std::int64_t> id)
{
    return readOnce<MeasureTx>(m_store, [&](MeasureTx& tx) -> Result<std::vector<MeasureRecord>> {
        auto actor = tx.actor(member);
        if (!actor)
            return actor.error();
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        return keptRecords<MeasureRecord>(tx, id, [&](MeasureRecord& m) { return cutFor(tx, *tree, *actor, m); });
    });
}

Result<std::vector<MeasureRecord>> MeasureDesk::all()
{
    return readOnce<MeasureTx>(m_store, [](MeasureTx& tx) { return tx.all(); });
}

Result<MeasureRecord> MeasureDesk::linkIndicators(const std::string& member, std::int64_t id,
                                                  const std::vector<std::string>& indicators,
                                                  const std::string& primary, UnixSeconds now)
{
    Status s = m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto seen = seenBy(tx, member, id);
        if (!seen)
            return seen.error();
        const MeasureRecord& m = seen->measure;
        if (m.state == MeasureState::Checked || m.state == MeasureState::Cancelled)
            return conflict("measure " + std::to_string(id) + " is " + std::string(enumName(m.state))
                            + ": its indicators no longer change");
        // The proposer may shape its own proposal; after that it is the coordinators' register.
        if (!(m.state == MeasureState::Proposed && m.proposedBy == member))
            if (auto may = mayManageRisk(seen->tree, seen->actor, m.ownerUnit, "changing a measure's indicators"); !may)
                return may;
        auto links = indicatorLinks(tx, indicators, primary);
        if (!links)
            return links.error();
        if (auto l = tx.setIndicators(id, *links); !l)
            return l;
        audit = AuditEntry{0, now, member, "measure.indicators_linked", std::to_string(id),
                           linksText(m.indicators) + " -> " + linksText(*links), {}, {}};
        return {};
    });
    if (!s)
        return orStorage(s.error());
    return findFor(member, id);
}

Result<MeasureCheck> MeasureDesk::previewEffect(const std::string& member, std::int64_t id,
                                                const std::string& indicator, UnixSeconds now)
{
    return preview(member, id, indicator, now);
}

Result<MeasureCheck> MeasureDesk::previewEffect(std::int64_t id, const std::string& indicator, UnixSeconds now)
{
    return preview(std::nullopt, id, indicator, now);
}

Result<MeasureCheck> MeasureDesk::preview(const std::optional<std::string>& member, std::int64_t id,
                                          const std::string& indicator, UnixSeconds now)
{
    return readOnce<MeasureTx>(m_store, [&](MeasureTx& tx) -> Result<MeasureCheck> {
        if (member) {
            auto seen = seenBy(tx, *member, id);
            if (!seen)
                return seen.error();
            return computeCheck(tx, seen->measure, indicator, now, m_board, m_effect);
        }
        auto found = tx.find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error{"no measure " + std::to_string(id), ErrorKind::NotFound};
        return computeCheck(tx, **found, indicator, now, m_board, m_effect);
    });
}

Status MeasureDesk::setUnitStrength(const std::string& unit, const StrengthRow& row, UnixSeconds now)
{
    if (!monthIndex(row.fromMonth) || row.fromMonth.size() != 7)
        return invalid("from: expected a month as YYYY-MM, got \"" + row.fromMonth + "\"");
    if (row.people < 1)
        return invalid("people: a unit's strength is at least 1");
    return m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        if (!tree->contains(unit))
            return Error{"no unit " + unit, ErrorKind::NotFound};
        auto was = tx.setStrength(unit, row);
        if (!was)
            return was.error();
        audit = AuditEntry{0, now, "admin", "unit.strength", unit,
                           "from " + row.fromMonth + ": " + std::to_string(row.people) + " people"
                               + (*was ? " (was " + std::to_string(**was) + ")" : ""),
                           {}, {}};
        return {};
    });
}

Result<std::vector<StrengthRow>> MeasureDesk::unitStrength(const std::string& unit)
{
    return readOnce<MeasureTx>(m_store, [&](MeasureTx& tx) -> Result<std::vector<StrengthRow>> {
        auto tree = tx.units();
        if (!tree)
            return tree.error();
        if (!tree->contains(unit))
            return Error{"no unit " + unit, ErrorKind::NotFound};
        return tx.strength(unit);
    });
}

Status MeasureDesk::grantRole(const RoleGrant& grant, UnixSeconds now)
{
    return m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto actor = tx.actor(grant.member);
        // A disabled member may hold roles (they take effect when it is enabled again).
        if (!actor && actor.error().kind != ErrorKind::Refused)
            return actor.error();
        if (!grant.unit.empty()) {
            auto tree = tx.units();
            if (!tree)
                return tree.error();
            if (!tree->contains(grant.unit))
                return Error{"no unit " + grant.unit, ErrorKind::NotFound};
        }
        auto added = tx.grant(grant, now);
        if (!added)
            return added.error();
        if (!*added)
            return Error{grant.member + " already holds " + roleText(grant), ErrorKind::Conflict};
        audit = AuditEntry{0, now, "admin", "role.granted", grant.member, roleText(grant), {}, {}};
        return {};
    });
}

Status MeasureDesk::revokeRole(const RoleGrant& grant, UnixSeconds now)
{
    return m_store.write([&](MeasureTx& tx, AuditEntry& audit) -> Status {
        auto removed = tx.revoke(grant);
        if (!removed)
            return removed.error();
        if (!*removed)
            return Error{grant.member + " holds no granted " + roleText(grant), ErrorKind::NotFound};
        audit = AuditEntry{0, now, "admin", "role.revoked", grant.member, roleText(grant), {}, {}};
        return {};
    });
}

Result<std::vector<RoleGrant>> MeasureDesk::grants()
{
    return readOnce<MeasureTx>(m_store, [](MeasureTx& tx) { return tx.grants(); });
}

} // namespace vigil::registry
