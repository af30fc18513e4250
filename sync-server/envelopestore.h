// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The relay's durable store: one SQLite file in WAL mode with synchronous=FULL, written by
// exactly one thread. Requests from many connections enqueue ingest jobs; the writer takes
// everything queued, decides stored / duplicate / conflict for each envelope, signs ONE
// receipt batch (a Merkle root) for all envelopes new in this round, inserts them, COMMITs,
// and only then completes the waiting jobs. Other writes (forwarder bookkeeping, the
// downstream cache) ride along in the same transaction under a savepoint each.

#include "checkpointer.h"
#include "ingest.h"
#include "shared/movefunction.h"

#include "shared/keys.h"
#include "shared/storage/sqlite.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vigil {
class Logger;
} // namespace vigil

namespace vigil::relay {

class Metrics;

struct StoreOptions {
    std::filesystem::path path;
    /// Upper bound of envelopes decided in one transaction (bounds latency and receipt paths).
    std::size_t maxCommitEnvelopes = 16384;
    /// Unix seconds; injectable for tests of retention.
    std::function<std::uint64_t()> clock;
    /// The filing-token rule the routes verify with before a job reaches the store; its key
    /// set is replaced later (setTokenKeys) from the cached issuer-key document.
    tokens::TokenPolicy tokens;
};

/// A write that runs on the writer thread inside the next transaction.
struct WriteTask {
    MoveFunction<Status(SqliteDb&)> apply;
    MoveFunction<void(Status)> done;   ///< after COMMIT (or with the error); may be empty
};

class EnvelopeStore {
public:
    /// Opens (creating and migrating) the database and starts the writer thread.
    static Result<std::unique_ptr<EnvelopeStore>> open(StoreOptions options, SigningKeyPair receiptKey, Metrics& metrics,
                                                       Logger& log);
    ~EnvelopeStore();
    EnvelopeStore(const EnvelopeStore&) = delete;
    EnvelopeStore& operator=(const EnvelopeStore&) = delete;

    /// Queues a job for the next group commit; `job->done` runs on the writer thread after
    /// the COMMIT returned. Jobs with no candidates are completed at once.
    void submit(std::unique_ptr<IngestJob> job);
    /// Queues a write for the next transaction.
    void submitWrite(WriteTask task);
    /// Runs `fn` on the read connection (WAL snapshot; serialised between callers).
    Status read(const std::function<Status(SqliteDb&)>& fn);

    /// Called on the writer thread after a commit that stored new envelopes (forwarder wake-up).
    void setCommitListener(std::function<void()> listener);

    /// Finishes every queued job and write, then stops the writer. Idempotent. Jobs
    /// submitted afterwards complete at once with an error.
    void stop();

    const PublicKey& receiptKey() const { return m_receiptKey.publicKey; }
    /// The token rule now (a snapshot: one per request, so a batch is judged by one key set).
    tokens::TokenPolicy tokenPolicy() const { return m_tokens.snapshot(); }
    /// Replaces the issuer key set (sync-server/tokenkeys.h); thread-safe.
    void setTokenKeys(std::shared_ptr<const tokens::IssuerKeySet> keys) { m_tokens.setKeys(std::move(keys)); }
    std::uint64_t now() const { return m_options.clock(); }

private:
    EnvelopeStore(StoreOptions options, SigningKeyPair receiptKey, Metrics& metrics, Logger& log);
    Status prepareStatements();
    void run();
    void commitRound(std::vector<std::unique_ptr<IngestJob>>& jobs, std::vector<WriteTask>& tasks);
    struct Round;
    Result<std::size_t> decideAndInsert(std::vector<std::unique_ptr<IngestJob>>& jobs, std::uint64_t now);
    Status decide(std::vector<std::unique_ptr<IngestJob>>& jobs, Round& round);
    /// Decides `c` against what is already stored; true when it was known (duplicate or conflict).
    Result<bool> judgeStored(const IngestJob::Candidate& c, IngestResult& result);
    /// For a new envelope: false (and `result` refused) when its token is spent already.
    Result<bool> tokenUnspent(const IngestJob::Candidate& c, Round& round, IngestResult& result);
    /// Drops spent-set entries whose epoch has ended (at most once a minute).
    Status pruneSpentTokens(std::uint64_t now);
    Result<std::size_t> insertRound(Round& round, std::uint64_t now);
    void runTasks(std::vector<WriteTask>& tasks, std::vector<Status>& outcomes);

    StoreOptions m_options;
    tokens::SharedTokenPolicy m_tokens;
    SigningKeyPair m_receiptKey;
    Metrics& m_metrics;
    Logger& m_log;

    std::unique_ptr<WalCheckpointer> m_checkpointer;
    SqliteDb m_writeDb;   // touched only by the writer thread after open()
    SqliteStmt m_lookup;
    SqliteStmt m_insert;
    SqliteStmt m_spentLookup;
    SqliteStmt m_spentInsert;
    std::uint64_t m_prunedAt = 0;

    std::mutex m_readMutex;
    SqliteDb m_readDb;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::unique_ptr<IngestJob>> m_jobs;
    std::vector<WriteTask> m_tasks;
    bool m_stopping = false;
    bool m_closed = false;
    std::function<void()> m_commitListener;
    std::thread m_writer;
};

} // namespace vigil::relay
