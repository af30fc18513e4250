// SPDX-License-Identifier: EUPL-1.2
#pragma once

// RiskStore on the registry's database of either engine (tables risks, risk_cases,
// risk_decisions, measure_risks of schema version 6), through the case store's connection: each
// change commits with its audit entry in one transaction (SqlCaseStore::writeAudited).

#include "riskstore.h"

#include "registry/sqlcasestore.h"

namespace vigil::registry {

/// The acceptance policy in force: the `pdca.acceptance` setting, or the default when unset.
[[nodiscard]] Result<AcceptancePolicy> storedAcceptancePolicy(Db db);

class SqlRiskStore final : public RiskStore {
public:
    explicit SqlRiskStore(SqlCaseStore& store) : m_store(store) {}

    Status write(const std::function<Status(RiskTx&, AuditEntry&)>& body) override;
    Status read(const std::function<Status(RiskTx&)>& body) override;

private:
    SqlCaseStore& m_store;
};

} // namespace vigil::registry
