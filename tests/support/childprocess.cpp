// SPDX-License-Identifier: EUPL-1.2
#include "childprocess.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <deque>
#include <fstream>
#include <thread>

namespace vigil::harness {

ChildProcess::~ChildProcess()
{
    kill();
}

bool ChildProcess::start(const std::filesystem::path& exe, const std::vector<std::string>& args,
                         const std::filesystem::path& outFile, const std::filesystem::path& errFile)
{
    kill();
    // Everything the child needs is prepared before fork(): after it, only async-signal-safe calls.
    std::vector<std::string> storage;
    storage.push_back(exe.string());
    storage.insert(storage.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const int out = ::open(outFile.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    const int err = ::open(errFile.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (out < 0 || err < 0) {
        if (out >= 0)
            ::close(out);
        if (err >= 0)
            ::close(err);
        return false;
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent)
            ::_exit(126);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        const int devnull = ::open("/dev/null", O_RDONLY);
        if (devnull >= 0)
            ::dup2(devnull, STDIN_FILENO);
        // The test's own sockets must not live on in the server.
        ::close_range(3, ~0U, 0);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(out);
    ::close(err);
    if (pid < 0)
        return false;
    ::setpgid(pid, pid);   // also from the parent, so a kill right after start reaches the group
    m_pid = pid;
    m_lastStatus.reset();
    return true;
}

void ChildProcess::reap(int status)
{
    m_lastStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m_pid = -1;
}

bool ChildProcess::running()
{
    if (m_pid <= 0)
        return false;
    int status = 0;
    const pid_t r = ::waitpid(m_pid, &status, WNOHANG);
    if (r == m_pid) {
        reap(status);
        return false;
    }
    return true;
}

void ChildProcess::kill()
{
    if (m_pid <= 0)
        return;
    ::kill(-m_pid, SIGKILL);
    ::kill(m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    reap(status);
}

void ChildProcess::signal(int sig)
{
    if (m_pid > 0)
        ::kill(m_pid, sig);
}

std::optional<int> ChildProcess::terminate(std::chrono::milliseconds timeout)
{
    if (m_pid <= 0)
        return m_lastStatus;
    ::kill(m_pid, SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            reap(status);
            return WIFEXITED(status) ? std::optional<int>(WEXITSTATUS(status)) : std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill();
    return std::nullopt;
}

long ChildProcess::rssKiB() const
{
    if (m_pid <= 0)
        return 0;
    std::ifstream in("/proc/" + std::to_string(m_pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

CommandRun runToExit(const std::filesystem::path& exe, const std::vector<std::string>& args,
                     const std::filesystem::path& workDir, std::chrono::milliseconds timeout)
{
    const auto outFile = workDir / "command.out";
    const auto errFile = workDir / "command.err";
    std::error_code ec;
    std::filesystem::remove(outFile, ec);
    std::filesystem::remove(errFile, ec);
    CommandRun run;
    ChildProcess child;
    if (!child.start(exe, args, outFile, errFile))
        return run;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (child.running() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (child.running())
        child.kill();
    else
        run.code = child.lastStatus().value_or(-1);
    auto slurp = [](const std::filesystem::path& file) {
        std::ifstream in(file);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    run.out = slurp(outFile);
    run.err = slurp(errFile);
    return run;
}

std::string tailOfFile(const std::filesystem::path& file, std::size_t lines)
{
    std::ifstream in(file);
    std::deque<std::string> last;
    std::string line;
    while (std::getline(in, line)) {
        last.push_back(std::move(line));
        if (last.size() > lines)
            last.pop_front();
    }
    std::string out;
    for (const auto& l : last)
        out += l + "\n";
    return out;
}

} // namespace vigil::harness
