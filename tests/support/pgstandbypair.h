// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A PostgreSQL primary with a synchronous hot standby, both of the tests' own (tempostgres.h),
// as docs/deployment.md sets them up for operators: the standby is a pg_basebackup of the
// primary that streams from it, and a commit returns only once the standby has flushed it. The
// failover the crash scenario and the failover bench rehearse: SIGKILL the primary (a machine
// lost), promote the standby. Clients name both hosts with target_session_attrs=read-write.

#include "tempostgres.h"

#include <string>

namespace vigil::test {

class PgStandbyPair {
public:
    /// Starts the primary, takes the standby from it, and makes commits synchronous; throws
    /// std::runtime_error when a step fails.
    PgStandbyPair();

    /// Creates an empty database on the primary (the standby receives it by replication).
    void createDatabase(const std::string& name);
    /// A libpq `key=value` string naming both servers' sockets, primary first, with
    /// target_session_attrs=read-write: libpq connects to whichever accepts writes.
    std::string conninfo(const std::string& database) const;
    /// The same as a URI (`postgresql://user:password@/database?host=…,…`), with `password` in it.
    std::string uri(const std::string& database, const std::string& password) const;

    /// SIGKILL to the primary and all its backends; the standby has every acknowledged commit.
    void killPrimary() { m_primary.kill(); }
    /// The standby becomes the primary (pg_ctl promote -w).
    void promoteStandby() { m_standby.promote(); }

    TempPostgres& primary() { return m_primary; }
    TempPostgres& standby() { return m_standby; }

private:
    TempPostgres m_primary;
    TempPostgres m_standby;
};

} // namespace vigil::test
