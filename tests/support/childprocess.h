// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A server executable (vigil-relay, vigil-registry) run as a child process in its own process
// group, with stdout and stderr appended to files. The destructor kills the whole group, so a
// failing test never leaves a server behind; the child also dies with the thread that spawned
// it (PR_SET_PDEATHSIG), so spawn from a thread that lives as long as the child should.

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace vigil::harness {

class ChildProcess {
public:
    ChildProcess() = default;
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    /// Starts `exe` with `args`; stdout and stderr are appended to the two files. False (with
    /// errno set) when the process could not be created; a child already running is killed first.
    bool start(const std::filesystem::path& exe, const std::vector<std::string>& args,
               const std::filesystem::path& outFile, const std::filesystem::path& errFile);
    /// True while the child has not exited (reaps it when it has).
    bool running();
    /// SIGKILL to the child's process group, then reaps it. Safe when not running.
    void kill();
    /// Sends `sig` to the child only (no waiting).
    void signal(int sig);
    /// SIGTERM, then waits up to `timeout` for the exit; the exit code, or nullopt when it had
    /// to be killed or died of a signal.
    std::optional<int> terminate(std::chrono::milliseconds timeout);
    /// The child's resident memory in KiB (VmRSS of /proc/PID/status), 0 when unknown.
    long rssKiB() const;
    pid_t pid() const { return m_pid; }
    /// How the last child ended: exit code, or 128 + signal number; nullopt while running.
    std::optional<int> lastStatus() const { return m_lastStatus; }

private:
    void reap(int status);

    pid_t m_pid = -1;
    std::optional<int> m_lastStatus;
};

/// What a command run to its end printed, and how it ended.
struct CommandRun {
    int code = -1;   ///< exit code, 128 + signal, or -1 when it could not start or had to be killed
    std::string out;
    std::string err;
};

/// Runs `exe` with `args` to its end (an operator's command: vigil-admin, `vigil-relay
/// backup`), its output collected in files under `workDir`; killed after `timeout`.
CommandRun runToExit(const std::filesystem::path& exe, const std::vector<std::string>& args,
                     const std::filesystem::path& workDir,
                     std::chrono::milliseconds timeout = std::chrono::milliseconds(60'000));

/// The last `lines` lines of a text file (for failure messages).
std::string tailOfFile(const std::filesystem::path& file, std::size_t lines = 20);

} // namespace vigil::harness
