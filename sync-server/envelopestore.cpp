// SPDX-License-Identifier: EUPL-1.2
#include "envelopestore.h"

#include "metrics.h"
#include "migrations.h"

#include "shared/net/log.h"
#include "shared/receipt.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>

#include <chrono>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

namespace vigil::relay {

namespace {

std::uint64_t systemClock()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

/// Report ids come from clients, so they may be chosen to collide: hash all 16 bytes with
/// SipHash under a per-process random key, or one crafted batch turns every round quadratic.
struct ReportIdHash {
    std::size_t operator()(const ReportId& id) const noexcept
    {
        static const auto key = [] {
            std::array<unsigned char, crypto_shorthash_KEYBYTES> k{};
            randombytes_buf(k.data(), k.size());
            return k;
        }();
        std::array<unsigned char, crypto_shorthash_BYTES> out{};
        crypto_shorthash(out.data(), id.data(), id.size(), key.data());
        std::size_t h = 0;
        std::memcpy(&h, out.data(), sizeof h);
        return h;
    }
};

/// Where a report id first appeared in this round, so a second copy in the same round
/// (two devices, or one device retrying on another connection) is judged like a stored one.
struct RoundEntry {
    Hash32 envelopeHash{};
    std::size_t leaf = 0;
};

struct DuplicateInRound {
    IngestResult* result = nullptr;
    std::size_t leaf = 0;
};

constexpr std::string_view kConflictReason = "report id already stored with a different envelope; nothing was overwritten";
constexpr std::string_view kSpentReason = "token: already spent on another envelope";

/// A token's place in the spent set, to find a second envelope with the same token in one round.
struct NonceHash {
    std::size_t operator()(const tokens::TokenNonce& n) const noexcept
    {
        // Nonces are SHA-256 outputs, so any 8 of their bytes are as good as a keyed hash.
        std::size_t h = 0;
        std::memcpy(&h, n.data(), sizeof h);
        return h;
    }
};

} // namespace

EnvelopeStore::EnvelopeStore(StoreOptions options, SigningKeyPair receiptKey, Metrics& metrics, Logger& log)
    : m_options(std::move(options)), m_tokens(m_options.tokens), m_receiptKey(std::move(receiptKey)), m_metrics(metrics), m_log(log)
{
    if (!m_options.clock)
        m_options.clock = systemClock;
}

Result<std::unique_ptr<EnvelopeStore>> EnvelopeStore::open(StoreOptions options, SigningKeyPair receiptKey,
                                                           Metrics& metrics, Logger& log)
{
    std::unique_ptr<EnvelopeStore> store(new EnvelopeStore(std::move(options), std::move(receiptKey), metrics, log));
    auto writeDb = openRelayDatabase(store->m_options.path, true);
    if (!writeDb)
        return writeDb.error();
    store->m_writeDb = std::move(*writeDb);
    auto readDb = openRelayDatabase(store->m_options.path, false);
    if (!readDb)
        return readDb.error();
    store->m_readDb = std::move(*readDb);
    if (auto s = store->m_readDb.exec("PRAGMA query_only = ON"); !s)
        return s.error();
    if (auto s = store->prepareStatements(); !s)
        return s.error();
    auto checkpointer = WalCheckpointer::start(store->m_options.path, log);
    if (!checkpointer)
        return checkpointer.error();
    store->m_checkpointer = std::move(*checkpointer);
    store->m_checkpointer->attach(store->m_writeDb);
    auto pending = store->m_writeDb.queryInt("SELECT COUNT(*) FROM envelopes WHERE state = 0");
    if (!pending)
        return pending.error();
    metrics.queueDepth.store(*pending);
    store->m_writer = std::thread([s = store.get()] { s->run(); });
    return store;
}

Status EnvelopeStore::prepareStatements()
{
    auto lookup = m_writeDb.prepare("SELECT envelope_hash, receipt FROM envelopes WHERE report_id = ?1");
    if (!lookup)
        return lookup.error();
    auto insert = m_writeDb.prepare("INSERT INTO envelopes (report_id, envelope_hash, receipt, received_at, state, payload) "
                                    "VALUES (?1, ?2, ?3, ?4, 0, ?5)");
    if (!insert)
        return insert.error();
    auto spentLookup = m_writeDb.prepare("SELECT 1 FROM spent_tokens WHERE epoch = ?1 AND nonce = ?2");
    if (!spentLookup)
        return spentLookup.error();
    auto spentInsert = m_writeDb.prepare("INSERT INTO spent_tokens (epoch, nonce, not_after) VALUES (?1, ?2, ?3)");
    if (!spentInsert)
        return spentInsert.error();
    m_lookup = std::move(*lookup);
    m_insert = std::move(*insert);
    m_spentLookup = std::move(*spentLookup);
    m_spentInsert = std::move(*spentInsert);
    return {};
}

EnvelopeStore::~EnvelopeStore()
{
    stop();
}

void EnvelopeStore::submit(std::unique_ptr<IngestJob> job)
{
    if (job->candidates.empty()) {
        auto done = std::move(job->done);
        done(std::move(job), Status{});
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed) {
            m_jobs.push_back(std::move(job));
            m_wake.notify_one();
            return;
        }
    }
    auto done = std::move(job->done);
    done(std::move(job), Error{"the relay is shutting down"});
}

void EnvelopeStore::submitWrite(WriteTask task)
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_closed) {
            m_tasks.push_back(std::move(task));
            m_wake.notify_one();
            return;
        }
    }
    if (task.done)
        task.done(Error{"the relay is shutting down"});
}

Status EnvelopeStore::read(const std::function<Status(SqliteDb&)>& fn)
{
    std::lock_guard lock(m_readMutex);
    return fn(m_readDb);
}

void EnvelopeStore::setCommitListener(std::function<void()> listener)
{
    std::lock_guard lock(m_mutex);
    m_commitListener = std::move(listener);
}

void EnvelopeStore::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_wake.notify_one();
    }
    if (m_writer.joinable())
        m_writer.join();
    if (m_checkpointer) {
        m_checkpointer->stop();
        // Leave a short WAL behind: the next start (or a backup) reads the database file.
        sqlite3_wal_hook(m_writeDb.handle(), nullptr, nullptr);
        (void)m_writeDb.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_checkpointer.reset();
    }
}

void EnvelopeStore::run()
{
    for (;;) {
        std::vector<std::unique_ptr<IngestJob>> jobs;
        std::vector<WriteTask> tasks;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty() || !m_tasks.empty(); });
            if (m_jobs.empty() && m_tasks.empty()) {
                m_closed = true;   // only reached when stopping: everything queued was committed
                return;
            }
            // Group commit: everything that queued while the last COMMIT was syncing goes
            // into this transaction, up to the envelope bound.
            std::size_t envelopes = 0;
            while (!m_jobs.empty()
                   && (jobs.empty() || envelopes + m_jobs.front()->candidates.size() <= m_options.maxCommitEnvelopes)) {
                envelopes += m_jobs.front()->candidates.size();
                jobs.push_back(std::move(m_jobs.front()));
                m_jobs.pop_front();
            }
            tasks.swap(m_tasks);
        }
        commitRound(jobs, tasks);
    }
}

void EnvelopeStore::commitRound(std::vector<std::unique_ptr<IngestJob>>& jobs, std::vector<WriteTask>& tasks)
{
    const std::uint64_t now = m_options.clock();
    std::vector<Status> taskOutcomes(tasks.size());
    const auto t0 = std::chrono::steady_clock::now();
    auto t1 = t0;
    Status status = m_writeDb.exec("BEGIN IMMEDIATE");
    std::size_t stored = 0;
    if (status) {
        auto inserted = decideAndInsert(jobs, now);
        if (inserted) {
            stored = *inserted;
            runTasks(tasks, taskOutcomes);
            t1 = std::chrono::steady_clock::now();
            status = m_writeDb.exec("COMMIT");
        } else {
            status = inserted.error();
        }
        if (!status)
            (void)m_writeDb.exec("ROLLBACK");
    }
    if (m_log.enabled(LogLevel::Debug)) {
        using Ms = std::chrono::duration<double, std::milli>;
        const auto t2 = std::chrono::steady_clock::now();
        m_log.debug("commit", {{"jobs", jobs.size()}, {"stored", stored}, {"work_ms", Ms(t1 - t0).count()},
                               {"sync_ms", Ms(t2 - t1).count()}});
    }
    if (status) {
        m_metrics.commits.fetch_add(1, std::memory_order_relaxed);
        m_metrics.queueDepth.fetch_add(static_cast<std::int64_t>(stored), std::memory_order_relaxed);
    } else {
        m_metrics.commitFailures.fetch_add(1, std::memory_order_relaxed);
        m_log.error("commit failed", {{"error", status.error().message}, {"jobs", jobs.size()}});
    }
    // Only now, with the COMMIT returned, may anyone learn the outcome.
    for (auto& job : jobs) {
        auto done = std::move(job->done);
        done(std::move(job), status);
    }
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (tasks[i].done)
            tasks[i].done(status ? taskOutcomes[i] : status);
    }
    if (status && stored > 0) {
        std::function<void()> listener;
        {
            std::lock_guard lock(m_mutex);
            listener = m_commitListener;
        }
        if (listener)
            listener();
    }
}

/// What one round decided: the new envelopes (the leaves of its receipt tree) and the
/// duplicates of them that arrived in the same round.
struct EnvelopeStore::Round {
    std::unordered_map<ReportId, RoundEntry, ReportIdHash> seen;
    std::vector<ReceiptLeaf> leaves;
    std::vector<IngestJob::Candidate*> fresh;
    std::vector<IngestResult*> freshResults;
    std::vector<DuplicateInRound> duplicates;
    std::unordered_set<tokens::TokenNonce, NonceHash> spent;   ///< tokens of this round's new envelopes
};

Result<std::size_t> EnvelopeStore::decideAndInsert(std::vector<std::unique_ptr<IngestJob>>& jobs, std::uint64_t now)
{
    Round round;
    if (auto s = pruneSpentTokens(now); !s)
        return s.error();
    if (auto s = decide(jobs, round); !s)
        return s.error();
    if (round.leaves.empty())
        return std::size_t{0};
    return insertRound(round, now);
}

Status EnvelopeStore::decide(std::vector<std::unique_ptr<IngestJob>>& jobs, Round& round)
{
    // Identical (id, hash) → duplicate with the original receipt; same id, other hash →
    // conflict; unknown id → a new leaf of this round's receipt tree.
    for (auto& job : jobs) {
        for (auto& c : job->candidates) {
            IngestResult& result = job->results[c.index];
            result.reportId = c.reportId;
            if (auto it = round.seen.find(c.reportId); it != round.seen.end()) {
                if (it->second.envelopeHash == c.envelopeHash) {
                    result.status = IngestStatus::Duplicate;
                    round.duplicates.push_back({&result, it->second.leaf});
                } else {
                    result.status = IngestStatus::Conflict;
                    result.reason = kConflictReason;
                }
                continue;
            }
            // A duplicate is acknowledged before its token is looked at: a resend carries the
            // very token the stored envelope spent.
            auto known = judgeStored(c, result);
            if (!known)
                return known.error();
            if (*known)
                continue;
            if (!c.tokenRefusal.empty()) {
                result.status = IngestStatus::Invalid;
                result.reason = c.tokenRefusal;
                continue;
            }
            auto unspent = tokenUnspent(c, round, result);
            if (!unspent)
                return unspent.error();
            if (!*unspent)
                continue;
            round.seen.emplace(c.reportId, RoundEntry{c.envelopeHash, round.leaves.size()});
            round.leaves.push_back({c.reportId, c.envelopeHash});
            round.fresh.push_back(&c);
            round.freshResults.push_back(&result);
        }
    }
    return {};
}

Result<bool> EnvelopeStore::judgeStored(const IngestJob::Candidate& c, IngestResult& result)
{
    m_lookup.bind(1, c.reportId);
    auto row = m_lookup.step();
    if (!row || !*row) {
        m_lookup.reset();
        return row ? Result<bool>(false) : Result<bool>(row.error());
    }
    const ByteView hash = m_lookup.blob(0);
    if (hash.size() == c.envelopeHash.size() && std::equal(hash.begin(), hash.end(), c.envelopeHash.begin())) {
        result.status = IngestStatus::Duplicate;
        const ByteView receipt = m_lookup.blob(1);
        result.receipt.assign(receipt.begin(), receipt.end());
    } else {
        result.status = IngestStatus::Conflict;
        result.reason = kConflictReason;
    }
    m_lookup.reset();
    return true;
}

Result<bool> EnvelopeStore::tokenUnspent(const IngestJob::Candidate& c, Round& round, IngestResult& result)
{
    if (!c.token)
        return true;
    bool spent = round.spent.contains(c.token->nonce);
    if (!spent) {
        m_spentLookup.bind(1, static_cast<std::int64_t>(c.token->epoch)).bind(2, c.token->nonce);
        auto row = m_spentLookup.step();
        m_spentLookup.reset();
        if (!row)
            return row.error();
        spent = *row;
    }
    if (spent) {
        result.status = IngestStatus::Invalid;
        result.reason = kSpentReason;
        return false;
    }
    round.spent.insert(c.token->nonce);
    return true;
}

Status EnvelopeStore::pruneSpentTokens(std::uint64_t now)
{
    if (now < m_prunedAt + 60)
        return {};
    m_prunedAt = now;
    return m_writeDb.exec("DELETE FROM spent_tokens WHERE not_after <= " + std::to_string(now));
}

Result<std::size_t> EnvelopeStore::insertRound(Round& round, std::uint64_t now)
{
    // One signature for the whole round, then the rows with their receipts.
    const auto receipts = signReceiptBatch(m_receiptKey, round.leaves, now);
    for (std::size_t i = 0; i < round.fresh.size(); ++i) {
        IngestResult& result = *round.freshResults[i];
        const IngestJob::Candidate& c = *round.fresh[i];
        result.status = IngestStatus::Stored;
        result.receipt = encodeReceipt(receipts[i]);
        m_insert.bind(1, c.reportId).bind(2, c.envelopeHash).bind(3, result.receipt);
        m_insert.bind(4, static_cast<std::int64_t>(now)).bind(5, c.bytes);
        auto s = m_insert.run();
        m_insert.reset();
        if (!s)
            return s.error();
        if (c.token) {
            m_spentInsert.bind(1, static_cast<std::int64_t>(c.token->epoch)).bind(2, c.token->nonce);
            m_spentInsert.bind(3, c.token->notAfter);
            auto spent = m_spentInsert.run();
            m_spentInsert.reset();
            if (!spent)
                return spent.error();
        }
    }
    for (auto& d : round.duplicates)
        d.result->receipt = round.freshResults[d.leaf]->receipt;
    return round.fresh.size();
}

void EnvelopeStore::runTasks(std::vector<WriteTask>& tasks, std::vector<Status>& outcomes)
{
    // A failing task must not undo the envelopes or the other tasks: each gets a savepoint.
    for (std::size_t i = 0; i < tasks.size(); ++i) {
        if (auto s = m_writeDb.exec("SAVEPOINT task"); !s) {
            outcomes[i] = s;
            continue;
        }
        outcomes[i] = tasks[i].apply(m_writeDb);
        if (!outcomes[i])
            (void)m_writeDb.exec("ROLLBACK TO task");
        (void)m_writeDb.exec("RELEASE task");
    }
}

} // namespace vigil::relay
