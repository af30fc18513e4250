// SPDX-License-Identifier: EUPL-1.2
#pragma once

// MeasureStore on the registry's database of either engine (tables measures, measure_cases,
// member_roles of schema version 5 and their later companions), through the case store's connection: each change commits
// with its audit entry in one transaction (SqlCaseStore::writeAudited).

#include "measurestore.h"

#include "registry/sqlcasestore.h"

namespace vigil::registry {

class SqlMeasureStore final : public MeasureStore {
public:
    explicit SqlMeasureStore(SqlCaseStore& store) : m_store(store) {}

    Status write(const std::function<Status(MeasureTx&, AuditEntry&)>& body) override;
    Status read(const std::function<Status(MeasureTx&)>& body) override;

private:
    SqlCaseStore& m_store;
};

} // namespace vigil::registry
