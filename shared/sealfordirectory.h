// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Sealing a report the way a device does: its routing header decides the route query, the
// signed directory resolves the groups and their members, and the report is sealed to them
// and to the directory's routing key. Every part that seals (field app, demo, benches,
// harnesses, test fixtures) calls this, so none can drift from what the registry checks.

#include "directory.h"
#include "seal.h"

#include <span>
#include <string>
#include <vector>

namespace vigil {

/// What the reporter adds to a report to route it, beyond the directory.
struct SealAddress {
    std::string unit;                             ///< the reporter's unit ("" routes from the top)
    std::string language = "nl";                  ///< the language the registry answers in
    std::vector<std::string> excludedMemberIds;   ///< conflict-of-interest exclusions
};

/// The groups `directory` routes `report` to from `unit` (fallback included; empty only for a
/// directory published with --allow-unroutable).
std::vector<const Group*> groupsForReport(const Directory& directory, const Report& report, const std::string& unit);

/// Seals `report` and `attachments` to every member of the groups the directory routes it to,
/// minus the exclusions, under `directory.routingKey`; the header names those groups and
/// `directory.version` (the registry refuses a version it never published). Fails when nobody
/// is left to read the report or the report does not encode. `bindToken` fills the token field
/// (docs/protocol.md §11.3).
Result<SealedReport> sealForDirectory(const Report& report, std::span<const Bytes> attachments,
                                      const Directory& directory, const SealAddress& address,
                                      const TokenBinder& bindToken = {});

} // namespace vigil
