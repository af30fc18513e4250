// SPDX-License-Identifier: EUPL-1.2
#include "tempostgres.h"

#include "testenv.h"

#include "shared/storage/postgres.h"

#include <pwd.h>
#include <signal.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace vigil::test {

namespace {

constexpr const char* kPort = "5432"; // only names the socket file in our own folder

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// PostgreSQL refuses to run as root; CI runs tests as root, a developer usually not.
bool asRoot()
{
    return ::geteuid() == 0;
}

void chownToPostgres(const std::filesystem::path& path)
{
    const passwd* pw = ::getpwnam("postgres");
    if (!pw)
        throw std::runtime_error("TempPostgres: running as root but there is no 'postgres' user (install postgresql)");
    if (::chown(path.c_str(), pw->pw_uid, pw->pw_gid) != 0)
        throw std::runtime_error("TempPostgres: cannot hand " + path.string() + " to the postgres user");
}

// Gone, or a zombie nobody reaps (the server's parent is init, which in a container may not be).
bool alive(pid_t pid)
{
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    const auto close = line.rfind(')');
    return close != std::string::npos && close + 2 < line.size() && line[close + 2] != 'Z';
}

} // namespace

std::filesystem::path TempPostgres::binDir()
{
    if (const char* dir = std::getenv("VIGIL_PG_BINDIR"); dir && *dir)
        return dir;
    std::filesystem::path best;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/usr/lib/postgresql", ec)) {
        const auto bin = entry.path() / "bin";
        if (std::filesystem::exists(bin / "pg_ctl") && (best.empty() || entry.path().filename() > best.parent_path().filename()))
            best = bin;
    }
    if (best.empty())
        throw std::runtime_error("TempPostgres: no PostgreSQL server found in /usr/lib/postgresql (scripts/setup-deps installs it)");
    return best;
}

TempPostgres::TempPostgres()
{
    m_dir = makeTempDir("vigil-pg");
    m_data = m_dir / "data";
    if (asRoot())
        chownToPostgres(m_dir);
    // --no-sync: a test cluster need not survive a crash of the machine during initdb; the server
    // itself runs with fsync on, so the crash tests see real durability.
    runTool("initdb", {"-D", m_data.string(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-locale", "--no-sync"});
    start();
}

TempPostgres::TempPostgres(StandbyOf standby)
{
    m_dir = makeTempDir("vigil-pg-standby");
    m_data = m_dir / "data";
    if (asRoot())
        chownToPostgres(m_dir);
    // -R writes primary_conninfo (the primary's socket folder) and standby.signal; -c fast does
    // not wait for the primary's next checkpoint.
    runTool("pg_basebackup", {"-D", m_data.string(), "-h", standby.primary.folder().string(), "-p", kPort, "-U",
                              "postgres", "-R", "-c", "fast", "-X", "stream", "--no-sync"});
    // A standby whose primary restarted tries to stream again after this pause (5 s by default);
    // the tests restart primaries and count seconds.
    std::ofstream(m_data / "postgresql.auto.conf", std::ios::app) << "wal_retrieve_retry_interval = '200ms'\n";
    start();
}

TempPostgres::~TempPostgres()
{
    if (m_running) {
        try {
            runTool("pg_ctl", {"-D", m_data.string(), "-m", "immediate", "-w", "stop"});
        } catch (...) {
            kill();
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
}

void TempPostgres::runTool(const std::string& tool, const std::vector<std::string>& args)
{
    const auto log = m_dir / (tool + ".log");
    const auto exe = (binDir() / tool).string();
    std::vector<std::string> argv;
    if (asRoot())
        argv = {"runuser", "-u", "postgres", "--"};
    argv.push_back(exe);
    argv.insert(argv.end(), args.begin(), args.end());

    const pid_t pid = ::fork();
    if (pid < 0)
        throw std::runtime_error("TempPostgres: fork failed");
    if (pid == 0) {
        // Output to a log the failure message quotes; created by the child so postgres owns it.
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
        }
        std::vector<char*> cargv;
        for (auto& a : argv)
            cargv.push_back(a.data());
        cargv.push_back(nullptr);
        ::execvp(cargv[0], cargv.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("TempPostgres: " + tool + " failed:\n" + readFile(log));
}

void TempPostgres::start()
{
    const std::string options = "-p " + std::string(kPort) + " -k " + m_dir.string() + " -c listen_addresses=''";
    try {
        runTool("pg_ctl", {"-D", m_data.string(), "-l", (m_dir / "server.log").string(), "-o", options, "-w", "start"});
    } catch (const std::runtime_error& e) {
        throw std::runtime_error(std::string(e.what()) + "\nserver.log:\n" + readFile(m_dir / "server.log"));
    }
    m_running = true;
}

void TempPostgres::kill()
{
    // The postmaster and every backend at once, as power loss would: a backend left behind
    // would hold the shared memory and stop the next start.
    std::ifstream pidFile(m_data / "postmaster.pid");
    pid_t pid = 0;
    if (pidFile >> pid && pid > 0) {
        std::vector<pid_t> victims{pid};
        std::error_code ec;
        for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
            std::ifstream stat(entry.path() / "stat");
            std::string line;
            if (!std::getline(stat, line))
                continue;
            // pid (comm) state ppid …: the command may hold spaces, so read after the last ')'.
            const auto close = line.rfind(')');
            std::istringstream rest(close == std::string::npos ? "" : line.substr(close + 1));
            std::string state;
            pid_t ppid = 0;
            if (rest >> state >> ppid && ppid == pid)
                victims.push_back(static_cast<pid_t>(std::stol(entry.path().filename().string())));
        }
        for (pid_t victim : victims)
            ::kill(victim, SIGKILL);
        for (pid_t victim : victims)
            waitUntil([victim] { return !alive(victim); }, std::chrono::seconds(10));
        // A killed postmaster nobody has reaped yet still answers kill(pid, 0), and the next
        // start would take it for a running server; after real power loss the lock file names
        // a process of a previous boot. Remove it as a reboot would make them stale (the socket's lock too).
        std::error_code ec2;
        std::filesystem::remove(m_data / "postmaster.pid", ec2);
        std::filesystem::remove(m_dir / (std::string(".s.PGSQL.") + kPort + ".lock"), ec2);
        std::filesystem::remove(m_dir / (std::string(".s.PGSQL.") + kPort), ec2);
    }
    m_running = false;
}

void TempPostgres::requireSynchronousStandby()
{
    auto db = PgDb::connect(conninfo());
    if (!db)
        throw std::runtime_error("TempPostgres: " + db.error().message);
    // ALTER SYSTEM cannot run in a transaction block, so one statement per exec.
    for (const char* sql : {"ALTER SYSTEM SET synchronous_standby_names = '*'", "SELECT pg_reload_conf()"})
        if (auto s = db->exec(sql); !s)
            throw std::runtime_error("TempPostgres: " + s.error().message);
    const bool streaming = waitUntil(
        [&] {
            auto n = db->queryInt("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'");
            return n && *n > 0;
        },
        std::chrono::seconds(30));
    if (!streaming)
        throw std::runtime_error("TempPostgres: no standby streams synchronously after 30 s");
}

void TempPostgres::promote()
{
    runTool("pg_ctl", {"-D", m_data.string(), "-w", "promote"});
}

std::string TempPostgres::conninfo(const std::string& database) const
{
    return "host=" + m_dir.string() + " port=" + kPort + " user=postgres dbname=" + database;
}

std::string TempPostgres::createDatabase(const std::string& name)
{
    runTool("createdb", {"-h", m_dir.string(), "-p", kPort, "-U", "postgres", name});
    return conninfo(name);
}

TempPostgres& sharedPostgres()
{
    static TempPostgres instance;
    return instance;
}

} // namespace vigil::test
