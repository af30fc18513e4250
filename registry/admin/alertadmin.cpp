// SPDX-License-Identifier: EUPL-1.2
#include "alertadmin.h"

#include "registry/pdca/alertdesk.h"
#include "registry/pdca/measureclocks.h"
#include "registry/pdca/measurepolicy.h"
#include "registry/pdca/pdcaclocks.h"
#include "registry/pdca/sqlalertstore.h"

#include <algorithm>
#include <sstream>

namespace vigil::registry {

namespace {

std::string monthsText(const AlertRecord& a)
{
    std::string out = a.month;
    for (const auto& m : a.months)
        out += "," + m;
    return out;
}

std::string byOn(const std::optional<std::string>& by, const std::optional<UnixSeconds>& at)
{
    return by && at ? *by + " on " + dateOf(*at) : "-";
}

/// The clock policy and every alert, read for a listing.
struct Register {
    MeasureClockPolicy policy;
    std::vector<AlertRecord> alerts;
};

Result<Register> readRegister(Admin& admin)
{
    auto policy = measureClockPolicy(admin.org());
    if (!policy)
        return policy.error();
    SqlAlertStore store(admin.cases());
    auto all = AlertDesk(store).all();
    if (!all)
        return all.error();
    return Register{*policy, std::move(*all)};
}

} // namespace

Result<std::string> listAlerts(Admin& admin, std::optional<AlertState> state, std::int64_t now)
{
    auto reg = readRegister(admin);
    if (!reg)
        return reg.error();
    const auto* all = &reg->alerts;
    const auto* policy = &reg->policy;
    std::ostringstream out;
    out << "alert\tstate\tindicator\tmonths\trule\tfollow-up due\tclock\tassignee\n";
    std::size_t shown = 0;
    for (const auto& a : *all) {
        if (state && a.state != *state)
            continue;
        ++shown;
        out << a.id << '\t' << enumName(a.state) << '\t' << a.indicatorId << '\t' << monthsText(a) << '\t' << a.rule
            << '\t' << dateOf(a.followUpDue) << '\t' << enumName(followUpClock(a, now, *policy)) << '\t'
            << a.assignee.value_or("-") << '\n';
    }
    out << shown << " alert(s)\n";
    return out.str();
}

Result<std::string> showAlert(Admin& admin, std::int64_t id, std::int64_t now)
{
    auto reg = readRegister(admin);
    if (!reg)
        return reg.error();
    const auto* all = &reg->alerts;
    const auto* policy = &reg->policy;
    const auto it = std::find_if(all->begin(), all->end(), [&](const AlertRecord& a) { return a.id == id; });
    if (it == all->end())
        return Error{"no alert " + std::to_string(id), ErrorKind::NotFound};
    const AlertRecord& a = *it;
    std::ostringstream out;
    out << "alert " << a.id << " (" << enumName(a.state) << ")\n"
        << "indicator:   " << a.indicatorId << " — " << a.indicatorNameEn << " / " << a.indicatorNameNl << '\n'
        << "scope:       " << (a.scopeUnit.empty() ? "(all)" : a.scopeUnit) << '\n'
        << "months:      " << monthsText(a) << '\n'
        << "rule:        " << a.rule << " (value " << a.value << " above level " << a.level << ")\n"
        << "raised:      " << dateOf(a.raisedAt) << '\n'
        << "follow-up:   due " << dateOf(a.followUpDue) << ", " << enumName(followUpClock(a, now, *policy)) << '\n'
        << "assigned:    " << (a.assignee ? *a.assignee + " by " + byOn(a.assignedBy, a.assignedAt) : "-") << '\n'
        << "followed up: " << byOn(a.followedUpBy, a.followedUpAt)
        << (a.measure ? ", measure " + std::to_string(*a.measure) : "") << '\n';
    if (!a.explanation.empty())
        out << "explanation: " << a.explanation << '\n';
    out << "closed:      " << byOn(a.closedBy, a.closedAt) << '\n';
    if (!a.closeNote.empty())
        out << "note:        " << a.closeNote << '\n';
    return out.str();
}

} // namespace vigil::registry
