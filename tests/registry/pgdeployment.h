// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A registry on PostgreSQL set up and run through its real executables (docs/postgres-plan.md,
// slice 3): a fresh database on the tests' own server (tempostgres.h), `vigil-admin --database
// URL` for init and the organisation, `vigil-registry --database URL` processes, each with a data
// folder of its own holding the same keys, and `vigil-relay` processes in front of them. The URL
// carries a password (the test server trusts local connections, so it is there only to be kept
// out of every message and log).

#include "tests/support/childprocess.h"

#include "shared/directory.h"
#include "shared/keys.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vigil::test {

/// The password every test URL carries; no output of ours may contain it.
inline constexpr const char* kDatabasePassword = "Pw-n0t-in-any-log-7319";

/// A fresh empty database on the tests' PostgreSQL server, as a URI with kDatabasePassword.
std::string newDatabaseUrl();
/// The same database as a URI whose host list names a folder without a server first, with
/// target_session_attrs=read-write: libpq must pass over the dead host to the live one.
std::string hostListUrl(const std::string& url);
/// COUNT(*)-style query of one integer on `url`'s database, on a connection of the test's own.
std::int64_t queryOn(const std::string& url, const std::string& sql);

/// A server process and the port it listens on.
struct Server {
    std::uint16_t port = 0;
    harness::ChildProcess process;
    std::filesystem::path out, log;
};

class PgDeployment {
public:
    /// A new database and `vigil-admin --data registry-a --database URL init`, then the unit
    /// 13-bde with its groups and the advisors of testdata.h (m1 so-13-bde, m3 and m4 ca-pool,
    /// m7 inspectorate), all through vigil-admin. REQUIREs.
    PgDeployment();
    /// The same on the empty database `url` names (a primary and its standby: failover_pg_test.cpp).
    explicit PgDeployment(std::string url);
    ~PgDeployment();
    PgDeployment(const PgDeployment&) = delete;
    PgDeployment& operator=(const PgDeployment&) = delete;

    /// vigil-admin --data `data` --database `url` (url: this deployment's when empty) `args`.
    harness::CommandRun admin(const std::vector<std::string>& args, const std::filesystem::path& data = {},
                              const std::string& url = {}) const;
    /// A second data folder with registry-a's keys (every registry process needs them).
    std::filesystem::path copyDataFolder(const std::string& name) const;
    /// Starts vigil-relay forwarding to `upstreamPort`, waits for its receipt key and registers
    /// it (`vigil-admin relay add`); the directory is published by publish().
    Server& startRelay(std::uint16_t upstreamPort);
    /// `vigil-admin directory publish`.
    void publish() const;
    /// Starts vigil-registry --data `data` --database `url` on `port` and waits until it answers.
    Server& startRegistry(const std::filesystem::path& data, std::uint16_t port, const std::string& url = {});
    /// The published directory as a device reads it from `registryPort` and verifies it.
    Directory directory(std::uint16_t registryPort) const;

    /// COUNT(*) of `sql` on the test's own connection to the database.
    std::int64_t count(const std::string& sql) const;
    /// Every line the processes and commands of this deployment wrote, for the password check.
    std::string everything() const;
    std::string logTail() const;

    const std::string& url() const { return m_url; }
    const std::filesystem::path& work() const { return m_work; }
    const std::filesystem::path& dataA() const { return m_dataA; }
    const PublicKey& root() const { return m_root; }
    const PublicKey& receiptKey() const { return m_receipt; }
    const std::vector<PublicKey>& relayKeys() const { return m_relayKeys; }

private:
    std::filesystem::path m_work;
    std::string m_url;
    std::filesystem::path m_dataA;
    PublicKey m_root{};
    PublicKey m_receipt{};
    std::vector<PublicKey> m_relayKeys;
    std::vector<std::unique_ptr<Server>> m_servers;
    mutable std::string m_commands; ///< what every vigil-admin run printed
};

} // namespace vigil::test
