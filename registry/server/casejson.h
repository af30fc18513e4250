// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The advisor API's JSON shapes (docs/api.md, "Advisor API").

#include "registry/bulletindesk.h"
#include "registry/caseservice.h"

#include <boost/json/object.hpp>

namespace vigil::registry {

boost::json::object caseToJson(const CaseSummary& summary);
boost::json::object messageToJson(const CaseMessage& message);
boost::json::object auditToJson(const AuditEntry& entry);
boost::json::object submissionToJson(const BulletinSubmission& submission);

} // namespace vigil::registry
