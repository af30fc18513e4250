// SPDX-License-Identifier: EUPL-1.2
#include "measureadmin.h"

#include "registry/pdca/measuredesk.h"
#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/sqlmeasurestore.h"

#include <charconv>
#include <sstream>

namespace vigil::registry {

namespace {

std::string unitText(const std::string& unit)
{
    return unit.empty() ? "(all)" : unit;
}


std::string clockText(std::optional<ClockStatus> s)
{
    return s ? std::string(enumName(*s)) : "-";
}

template <typename T>
std::string orDash(const std::optional<T>& v)
{
    if (!v)
        return "-";
    if constexpr (std::is_same_v<T, std::string>)
        return *v;
    else
        return std::to_string(*v);
}

/// "who at when" of a step, or "-" when it was not taken.
std::string step(const std::optional<std::string>& by, const std::optional<UnixSeconds>& at)
{
    return by && at ? *by + " on " + dateOf(*at) : "-";
}

std::string number(const std::optional<double>& v)
{
    if (!v)
        return "-";
    std::ostringstream out;
    out.precision(3);
    out << *v;
    return out.str();
}

/// An effect check in a few lines: windows with counts and exposure, the test's figures.
std::string checkLines(const MeasureCheck& c)
{
    const auto window = [&](const char* name, int from, int to, const std::optional<std::int64_t>& count, double exposure) {
        std::ostringstream out;
        out << name << ' ' << monthText(from) << " to " << monthText(to) << ": "
            << (count ? std::to_string(*count) + " report(s)" : std::string("unknown (a month is hidden)")) << " over "
            << exposure << ' ' << enumName(c.exposureUnit) << '\n';
        return out.str();
    };
    return "indicator: " + c.indicator + "\n"
           + window("before", c.windows.beforeFrom, c.windows.beforeTo, c.beforeCount, c.beforeExposure)
           + window("after", c.windows.afterFrom, c.windows.afterTo, c.afterCount, c.afterExposure)
           + "rate ratio: " + number(c.rateRatio) + " (95% " + number(c.ciLow) + " to " + number(c.ciHigh)
           + "), p = " + number(c.pValue) + "\nresult: " + std::string(enumName(c.result)) + " ("
           + std::string(enumName(c.reason)) + ")\ninputs: " + toHex(ByteView(c.inputsHash)) + "\n";
}

} // namespace

Result<std::string> grantRole(Admin& admin, const RoleGrant& grant, std::int64_t now)
{
    SqlMeasureStore store(admin.cases());
    if (auto s = MeasureDesk(store).grantRole(grant, now); !s)
        return s.error();
    return grant.member + " now holds the " + std::string(enumName(grant.role)) + " role for "
           + (grant.unit.empty() ? "the whole organisation" : grant.unit) + "\n";
}

Result<std::string> revokeRole(Admin& admin, const RoleGrant& grant, std::int64_t now)
{
    SqlMeasureStore store(admin.cases());
    if (auto s = MeasureDesk(store).revokeRole(grant, now); !s)
        return s.error();
    return grant.member + " no longer holds the " + std::string(enumName(grant.role)) + " role for "
           + (grant.unit.empty() ? "the whole organisation" : grant.unit) + "\n";
}

Result<std::string> listRoles(Admin& admin)
{
    SqlMeasureStore store(admin.cases());
    auto grants = MeasureDesk(store).grants();
    if (!grants)
        return grants.error();
    std::ostringstream out;
    out << "member\trole\tunit\tsource\n";
    for (const auto& g : *grants)
        out << g.member << '\t' << enumName(g.role) << '\t' << unitText(g.unit) << "\tgranted\n";
    // The roles the directory's commander and inspectorate groups give (unit add --with-groups).
    auto groups = admin.org().groups();
    if (!groups)
        return groups.error();
    auto lock = admin.cases().lock();
    auto members = admin.cases().db().prepare(
        "SELECT member_id FROM group_members WHERE group_id = ? ORDER BY member_id");
    if (!members)
        return members.error();
    for (const auto& g : *groups) {
        if (g.kind != GroupKind::Commander && g.kind != GroupKind::Inspectorate)
            continue;
        members->reset();
        members->bindText(1, g.id);
        if (auto s = members->eachRow([&](const Stmt& r) {
                out << r.text(0) << '\t' << enumName(g.kind) << '\t' << unitText(g.unit) << "\tgroup " << g.id
                    << '\n';
            });
            !s)
            return s.error();
    }
    return out.str();
}


Result<std::string> setMeasureClockPolicy(Admin& admin, std::optional<int> dueSoonDays, std::optional<int> checkMonths,
                                          std::int64_t now)
{
    if (dueSoonDays && (*dueSoonDays < 1 || *dueSoonDays > 365))
        return Error{"--due-soon-days: expected 1 to 365, got " + std::to_string(*dueSoonDays)};
    if (checkMonths && (*checkMonths < 1 || *checkMonths > 60))
        return Error{"--check-months: expected 1 to 60, got " + std::to_string(*checkMonths)};
    if (dueSoonDays || checkMonths) {
        Status s = admin.cases().writeAudited([&](Db db, AuditEntry& audit) -> Status {
            std::string detail;
            for (auto [key, value] : {std::pair{"pdca.due_soon_days", dueSoonDays},
                                      std::pair{"pdca.check_months", checkMonths}}) {
                if (!value)
                    continue;
                if (auto r = OrgStore::putSetting(db, key, std::to_string(*value)); !r)
                    return r;
                detail += (detail.empty() ? "" : ", ") + std::string(key) + " = " + std::to_string(*value);
            }
            audit = AuditEntry{0, now, "admin", "pdca.policy", "measures", detail, {}, {}};
            return {};
        });
        if (!s)
            return s.error();
    }
    auto policy = measureClockPolicy(admin.org());
    if (!policy)
        return policy.error();
    return "due soon: " + std::to_string(policy->dueSoonDays) + " days before the due date\nchecked within: "
           + std::to_string(policy->checkMonths) + " months of implementation\n";
}

Result<std::string> listMeasures(Admin& admin, MeasureFilter filter, std::int64_t now)
{
    auto policy = measureClockPolicy(admin.org());
    if (!policy)
        return policy.error();
    SqlMeasureStore store(admin.cases());
    auto all = MeasureDesk(store).all();
    if (!all)
        return all.error();
    std::ostringstream out;
    out << "measure\tstate\tdomain\towner\tdue\tdue clock\tcheck clock\tcases\ttitle\n";
    std::size_t shown = 0;
    for (const auto& m : *all) {
        const MeasureClocks c = measureClocks(m, now, *policy);
        if (!matches(filter, c))
            continue;
        ++shown;
        out << m.id << '\t' << enumName(m.state) << '\t' << enumName(m.domain) << '\t' << m.ownerUnit << ' '
            << m.ownerRole << '\t' << m.dueDate << '\t' << clockText(c.due) << '\t' << clockText(c.check) << '\t'
            << m.casesLinked << '\t' << m.title << '\n';
    }
    out << shown << " measure(s)\n";
    return out.str();
}

Result<std::string> showMeasure(Admin& admin, std::int64_t id, std::int64_t now)
{
    auto policy = measureClockPolicy(admin.org());
    if (!policy)
        return policy.error();
    SqlMeasureStore store(admin.cases());
    auto m = MeasureDesk(store).find(id);
    if (!m)
        return m.error();
    const MeasureClocks c = measureClocks(*m, now, *policy);
    std::ostringstream out;
    out << "measure " << m->id << ": " << m->title << "\n"
        << "state: " << enumName(m->state)
        << (m->state == MeasureState::Checked
                ? " (" + std::string(enumName(m->verdict)) + " by " + std::string(enumName(m->basis)) + ")"
                : std::string())
        << "\ndomain: " << enumName(m->domain) << "\nowner: " << m->ownerUnit << " " << m->ownerRole
        << "\ndue: " << m->dueDate << " (" << clockText(c.due) << ")"
        << "\ncheck due: " << (c.checkDue ? dateOf(*c.checkDue) + " (" + clockText(c.check) + ")" : "-")
        << "\nproposed: " << step(m->proposedBy, m->proposedAt) << "\napproved: " << step(m->approvedBy, m->approvedAt)
        << "\nstarted: " << step(m->startedBy, m->startedAt)
        << "\nimplemented: " << step(m->implementedBy, m->implementedAt)
        << (m->implementedOn ? " (on " + *m->implementedOn + ")" : std::string())
        << "\nchecked: " << step(m->checkedBy, m->checkedAt) << "\ncancelled: " << step(m->cancelledBy, m->cancelledAt)
        << "\nreopened: " << step(m->reopenedBy, m->reopenedAt) << "\nsupersedes: " << orDash(m->supersedes)
        << "\ncases: " << m->casesLinked << " linked, still held:";
    for (auto caseId : m->cases)
        out << ' ' << caseId;
    out << "\nindicators:";
    for (const auto& l : m->indicators)
        out << ' ' << l.id << (l.primary ? " (primary)" : "");
    out << "\nrisks:";
    for (auto riskId : m->risks)
        out << ' ' << riskId;
    for (const auto& check : m->checks)
        out << "\n\ncheck " << check.id << " by " << check.by << " on " << dateOf(check.at) << ":\n" << checkLines(check);
    out << "\n\ndescription:\n" << m->description << "\n";
    if (!m->evidence.empty())
        out << "\nevidence:\n" << m->evidence << "\n";
    if (!m->checkNote.empty())
        out << "\ncheck note:\n" << m->checkNote << "\n";
    if (!m->reopenReason.empty())
        out << "\nreopened because:\n" << m->reopenReason << "\n";
    if (!m->cancelReason.empty())
        out << "\ncancelled because:\n" << m->cancelReason << "\n";
    return out.str();
}

Result<std::string> previewMeasureEffect(Admin& admin, std::int64_t id, const std::string& indicator, std::int64_t now)
{
    SqlMeasureStore store(admin.cases());
    auto check = MeasureDesk(store).previewEffect(id, indicator, now);
    if (!check)
        return check.error();
    return "effect check of measure " + std::to_string(id) + " as it would be recorded now (nothing is stored):\n"
           + checkLines(*check);
}

Result<std::string> setUnitStrength(Admin& admin, const std::string& unit, const StrengthRow& row, std::int64_t now)
{
    SqlMeasureStore store(admin.cases());
    if (auto s = MeasureDesk(store).setUnitStrength(unit, row, now); !s)
        return s.error();
    return unit + " has " + std::to_string(row.people) + " people from " + row.fromMonth + "\n";
}

Result<std::string> listUnitStrength(Admin& admin, const std::string& unit)
{
    SqlMeasureStore store(admin.cases());
    auto rows = MeasureDesk(store).unitStrength(unit);
    if (!rows)
        return rows.error();
    std::ostringstream out;
    out << "unit\tfrom\tpeople\n";
    for (const auto& r : *rows)
        out << unit << '\t' << r.fromMonth << '\t' << r.people << '\n';
    out << rows->size() << " row(s)\n";
    return out.str();
}

} // namespace vigil::registry
