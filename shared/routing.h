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
/// (walking up the unit tree, then an organisation-wide group). No duplicates, rule order.
std::vector<const Group*> resolveGroups(const Directory& directory, const RouteQuery& query);

/// Every member of `groups` once, minus `excludedMemberIds` (the reporter's conflict-of-interest
/// exclusions). Fails when nobody is left to read the report.
Result<std::vector<Recipient>> recipientsFor(std::span<const Group* const> groups,
                                             std::span<const std::string> excludedMemberIds);

/// Whom a reporter's follow-up is sealed to: the members `original` was sealed to who are still
/// in its groups in `directory` (exclusions stay excluded). Fails when none is left.
Result<std::vector<Recipient>> followUpRecipients(const Directory& directory, const RoutingHeader& original);

} // namespace vigil
