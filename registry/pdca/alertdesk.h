// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The alerts register's workflow (docs/pdca.md, "Alerts"): the registry raises an alert when a
// settled month of an indicator fires a rule (the sweep, alertsweep.h), extends an open alert
// with later months, and members assign, follow up and close it. Every change is one
// transaction of the AlertStore with its audit entry, checked inside it against what the
// database holds then; texts appear in the trail only by their tag (textTag).
//
// Who: an alert belongs to its indicator's scope unit ('' = the whole organisation). Members
// with any role covering it (measures, commander, inspectorate) see it, and the inspectorate
// reads every alert, as it reads every risk — the same rule as a measure's owner unit, without
// the linked cases an alert does not have. Assigning, following up and closing need a measures
// or commander role covering the scope; the inspectorate only reads. An assignee must hold
// such a role too (else it could not follow the alert up).

#include "alertstore.h"
#include "authority.h"

#include <optional>
#include <string>
#include <vector>

namespace vigil::registry {

/// An alert to raise: the month that fired, and the later months of the same sweep that fired
/// too (they join its months at once).
struct AlertRaise {
    std::string indicatorId;
    std::string month;                   ///< YYYY-MM
    std::vector<std::string> laterMonths;
    std::string rule;                    ///< "s:n"
    double value = 0;
    double level = 0;
    bool operator==(const AlertRaise&) const = default;
};

/// Whether `actor` may see an alert of scope unit `scopeUnit` (any role covering it, or the
/// inspectorate anywhere).
bool maySeeAlert(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit);
/// Whether `actor` may assign, follow up or close an alert of `scopeUnit`: a measures or
/// commander role covering it; Refused naming `what` otherwise.
Status mayActOnAlert(const UnitTree& tree, const Actor& actor, const std::string& scopeUnit, std::string_view what);

class AlertDesk {
public:
    explicit AlertDesk(AlertStore& store) : m_store(store) {}

    /// Raises an alert as the registry (audit alert.raised, actor "registry"), due for follow-up
    /// the indicator's follow_up_days later. Conflict when the indicator has an alert for the
    /// month, or one still open (later months join that one: extend), or raises no alerts;
    /// NotFound when it does not exist or is retired.
    Result<AlertRecord> raise(const AlertRaise& raise, UnixSeconds now);
    /// Adds a later month to open alert `id` (audit alert.extended); Conflict when the alert is
    /// closed or the month is not later than every month it has.
    Status extend(std::int64_t id, const std::string& month, UnixSeconds now);

    /// Moves alert `id` to `to` as `member` with what `step` carries: NotFound (no such alert,
    /// or not the member's to see), Conflict (not a step from its state), Invalid (what the
    /// step needs: an assignee who may follow it up, a measure the member may see, an
    /// explanation), Refused (role_required). Audited as alert.assigned, alert.followed_up or
    /// alert.closed.
    Result<AlertRecord> transition(const std::string& member, std::int64_t id, AlertState to, const AlertStep& step,
                                   UnixSeconds now);

    /// Alert `id` as `member` may see it; NotFound both when there is none and when it is not
    /// the member's to see, Refused for a disabled member.
    Result<AlertRecord> findFor(const std::string& member, std::int64_t id);
    /// Every alert `member` may see, by id.
    Result<std::vector<AlertRecord>> visibleTo(const std::string& member);
    /// Every alert, by id.
    Result<std::vector<AlertRecord>> all();
    /// Every indicator ever defined, as alerts need them (the sweep).
    Result<std::vector<AlertIndicator>> indicators();
    /// Whether `member` may act on alerts of each of `alerts` (mayActOnAlert), in order.
    Result<std::vector<bool>> mayAct(const std::string& member, const std::vector<AlertRecord>& alerts);

private:
    Result<std::vector<AlertRecord>> visible(const std::string& member, std::optional<std::int64_t> id);

    AlertStore& m_store;
};

} // namespace vigil::registry
