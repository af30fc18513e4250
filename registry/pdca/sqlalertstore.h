// SPDX-License-Identifier: EUPL-1.2
#pragma once

// AlertStore on the registry's database of either engine (the alerts table of schema version 8, read with
// its indicator), through the case store's connection: each change commits with its audit
// entry in one transaction (SqlCaseStore::writeAudited).

#include "alertstore.h"

#include "registry/sqlcasestore.h"

namespace vigil::registry {

class SqlAlertStore final : public AlertStore {
public:
    explicit SqlAlertStore(SqlCaseStore& store) : m_store(store) {}

    Status write(const std::function<Status(AlertTx&, AuditEntry&)>& body) override;
    Status read(const std::function<Status(AlertTx&)>& body) override;

private:
    SqlCaseStore& m_store;
};

} // namespace vigil::registry
