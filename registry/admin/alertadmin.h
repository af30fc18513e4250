// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What `vigil-admin alert …` does (alertcommands.cpp), over an opened data directory, so tests
// call the same code: the operator reads the alerts register. Alerts are raised by the
// registry's sweep and followed up by members (registry/pdca/alertdesk.h), never by the
// operator.

#include "admin.h"

#include "registry/pdca/alertstate.h"

#include <optional>
#include <string>

namespace vigil::registry {

/// The register as a table: state, indicator, months, rule, follow-up clock, assignee
/// (only alerts in `state` when given).
Result<std::string> listAlerts(Admin& admin, std::optional<AlertState> state, std::int64_t now);
/// One alert in full.
Result<std::string> showAlert(Admin& admin, std::int64_t id, std::int64_t now);

} // namespace vigil::registry
