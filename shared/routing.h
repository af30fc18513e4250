// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Route resolution (DESIGN.md §6), a pure function of the directory: the device uses it to
// decide whom to wrap the body key for, the registry to check and route the case.

#include "directory.h"
#include "seal.h"

#include <span>
#include <string>
#include <vector>

namespace vigil {

struct RouteQuery {
    Domain domain = Domain::Physical;
    Severity severity = Severity::None;
    ImpactLevel impact = ImpactLevel::None;
    bool immediateDanger = false;
    bool consentCommander = false;
    std::string unit;
};

/// The query a routing header implies.
RouteQuery routeQueryFor(const RoutingHeader& header);

/// Whether `rule` applies to a report described by `query` (domain, thresholds, consent).
bool ruleApplies(const RouteRule& rule, const RouteQuery& query);

/// Groups the rules select, each the group of the target kind nearest to the report's unit
/// (walking up the unit tree, then an organisation-wide group), passing over groups without
/// members. A report without a unit is routed from the top unit. When no rule finds anyone,
/// the fallback group (fallbackGroup) reads it, so a report never goes to nobody while the
/// organisation has any reader of the fallback kinds. No duplicates, rule order.
std::vector<const Group*> resolveGroups(const Directory& directory, const RouteQuery& query);

/// The kinds that take a report no rule routes anywhere, in order of preference: the
/// confidential advisors (independent, bound to confidentiality, used to routing on), then the
/// integrity desk, the inspectorate, and a safety officer. Never a commander: a commander reads
/// a social-safety report only with the reporter's consent, by rule.
inline constexpr GroupKind kFallbackKinds[] = {GroupKind::ConfidentialAdvisor, GroupKind::IntegrityDesk,
                                               GroupKind::Inspectorate, GroupKind::SafetyOfficer};

/// The group of the first fallback kind that has members, nearest to `unit`; nullptr when the
/// organisation has no such reader at all.
const Group* fallbackGroup(const Directory& directory, const std::string& unit);

/// Every report shape the field app can produce (each domain, severity, impact, immediate
/// danger, commander consent, and unit choice: none or any unit) that `directory` would route
/// to nobody. Empty means everyone can report; `vigil-admin directory publish` checks it.
std::vector<RouteQuery> unroutableReports(const Directory& directory);

/// Every member of `groups` once, minus `excludedMemberIds` (the reporter's conflict-of-interest
/// exclusions). Fails when nobody is left to read the report.
Result<std::vector<Recipient>> recipientsFor(std::span<const Group* const> groups,
                                             std::span<const std::string> excludedMemberIds);

/// Whom a reporter's follow-up is sealed to: the members `original` was sealed to who are still
/// in its groups in `directory` (exclusions stay excluded). Fails when none is left.
Result<std::vector<Recipient>> followUpRecipients(const Directory& directory, const RoutingHeader& original);

} // namespace vigil
