// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A real PostgreSQL server of the tests' own: a fresh cluster (initdb) in a private temporary
// folder, listening only on a Unix socket in that folder (no TCP port to collide with), started
// and stopped with pg_ctl. Run as root (CI), the server runs as the `postgres` user, which
// PostgreSQL insists on (../shared/TOOLCHAIN.md). Everything is removed on destruction.

#include <filesystem>
#include <string>
#include <vector>

namespace vigil::test {

class TempPostgres {
public:
    /// initdb and start; throws std::runtime_error with the tool's output when either fails.
    TempPostgres();
    /// A hot standby of `primary`: pg_basebackup -R over the primary's socket (initdb's
    /// `local replication all trust` line lets it in) into a folder of its own, started with its
    /// own socket; it streams from the primary from then on. Throws as above.
    struct StandbyOf {
        const TempPostgres& primary;
    };
    explicit TempPostgres(StandbyOf standby);
    ~TempPostgres();
    TempPostgres(const TempPostgres&) = delete;
    TempPostgres& operator=(const TempPostgres&) = delete;

    /// A libpq connection string for `database` on this server.
    std::string conninfo(const std::string& database = "postgres") const;
    /// Creates an empty database and returns its connection string.
    std::string createDatabase(const std::string& name);
    /// SIGKILL to the server (a machine that lost power, as far as the server can tell).
    void kill();
    /// Starts the server again (after kill); crash recovery runs as it would in production.
    void start();
    /// On a primary: makes every commit wait until a standby has flushed it
    /// (synchronous_standby_names = '*', synchronous_commit stays on), and waits until one
    /// streams synchronously. Throws when none does within 30 s.
    void requireSynchronousStandby();
    /// On a standby: `pg_ctl promote -w`; it accepts writes when this returns.
    void promote();
    const std::filesystem::path& folder() const { return m_dir; }

    /// Where initdb and pg_ctl are: $VIGIL_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin.
    static std::filesystem::path binDir();

private:
    void runTool(const std::string& tool, const std::vector<std::string>& args);
    std::filesystem::path m_dir;
    std::filesystem::path m_data;
    bool m_running = false;
};

/// One server for a whole test executable, started on first use (initdb costs about a second,
/// a fresh database much less: tests take one each with createDatabase).
TempPostgres& sharedPostgres();

} // namespace vigil::test
