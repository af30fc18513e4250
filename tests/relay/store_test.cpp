// SPDX-License-Identifier: EUPL-1.2
#include "tests/support/relaytest.h"
#include "tests/support/syntheticenvelope.h"
#include "tests/support/testdata.h"

#include "sync-server/envelopestore.h"
#include "sync-server/forwardqueue.h"
#include "sync-server/metrics.h"
#include "sync-server/migrations.h"

#include "shared/net/log.h"
#include "shared/receipt.h"

#include <catch2/catch.hpp>

#include <future>

using namespace vigil;
using namespace vigil::relay;
using namespace vigil::relay::test;

namespace {

struct StoreFixture {
    TempDir dir;
    LogCapture log;
    Metrics metrics;
    std::unique_ptr<EnvelopeStore> store;

    StoreFixture()
    {
        auto s = EnvelopeStore::open({dir.path() / "relay.db", 16384, [] { return std::uint64_t{1'800'000'000}; }, {}},
                                     vigil::test::relayKey(), metrics, log.logger());
        REQUIRE(s.ok());
        store = std::move(*s);
    }

    /// Submits a job and returns a future of its results (blocking helper for tests).
    std::future<std::pair<std::vector<IngestResult>, Status>> ingest(const std::vector<Bytes>& envelopes)
    {
        std::vector<ByteView> views(envelopes.begin(), envelopes.end());
        const Bytes body = encodeBatch(views);
        auto job = prepareIngest(toString(body), IngestLimits{});
        REQUIRE(job.ok());
        auto promise = std::make_shared<std::promise<std::pair<std::vector<IngestResult>, Status>>>();
        auto future = promise->get_future();
        (*job)->done = [promise](std::unique_ptr<IngestJob> j, Status s) {
            promise->set_value({std::move(j->results), std::move(s)});
        };
        store->submit(std::move(*job));
        return future;
    }
};

} // namespace

TEST_CASE("migrations create the schema once and refuse a newer database", "[store][migrations]")
{
    TempDir dir;
    const auto path = dir.path() / "relay.db";
    {
        auto db = openRelayDatabase(path, true);
        REQUIRE(db.ok());
        CHECK(db->queryInt("PRAGMA user_version").value() == static_cast<std::int64_t>(relayMigrations().size()));
        CHECK(db->queryInt("PRAGMA synchronous").value() == 2);   // FULL
    }
    {
        auto again = openRelayDatabase(path, true);   // idempotent: nothing re-applied
        REQUIRE(again.ok());
        auto mode = again->prepare("PRAGMA journal_mode");
        REQUIRE(mode.ok());
        REQUIRE(mode->step().value());
        CHECK(mode->text(0) == "wal");
        REQUIRE(again->exec("PRAGMA user_version = 99").ok());
    }
    auto newer = openRelayDatabase(path, true);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().message.find("newer") != std::string::npos);
}

TEST_CASE("jobs queued together are committed together under one receipt signature", "[store][groupcommit]")
{
    StoreFixture f;
    // Hold the writer busy with a slow task so the next jobs queue up behind it.
    std::promise<void> release;
    std::promise<void> running;
    auto gate = release.get_future().share();
    WriteTask blocker;
    blocker.apply = [gate, &running](SqliteDb&) -> Status {
        running.set_value();
        gate.wait();
        return {};
    };
    f.store->submitWrite(std::move(blocker));
    running.get_future().wait();   // the writer is inside the blocker's round now
    std::vector<std::future<std::pair<std::vector<IngestResult>, Status>>> futures;
    for (std::uint64_t i = 0; i < 20; ++i)
        futures.push_back(f.ingest({syntheticEnvelope(i * 2), syntheticEnvelope(i * 2 + 1)}));
    release.set_value();
    std::vector<Receipt> receipts;
    for (auto& fut : futures) {
        auto [results, status] = fut.get();
        REQUIRE(status.ok());
        for (const auto& r : results) {
            REQUIRE(r.status == IngestStatus::Stored);
            receipts.push_back(decodeReceipt(r.receipt).value());
        }
    }
    REQUIRE(receipts.size() == 40);
    CHECK(f.metrics.commits.load() <= 2);   // the blocker's round, then all 20 jobs in one
    for (const auto& r : receipts) {
        CHECK(r.signature == receipts.back().signature);
        CHECK(r.batchTime == 1'800'000'000);
    }
}

TEST_CASE("a failing write task does not undo the envelopes committed with it", "[store]")
{
    StoreFixture f;
    std::promise<Status> taskDone;
    WriteTask failing;
    failing.apply = [](SqliteDb& db) -> Status {
        if (auto s = db.exec("INSERT INTO cache_feeds (feed, cursor, fetched_at) VALUES ('x', 0, 0)"); !s)
            return s;
        return Error{"deliberate failure"};
    };
    failing.done = [&taskDone](Status s) { taskDone.set_value(std::move(s)); };
    f.store->submitWrite(std::move(failing));
    auto stored = f.ingest({syntheticEnvelope(1)});
    CHECK_FALSE(taskDone.get_future().get().ok());
    CHECK(stored.get().second.ok());
    f.store->stop();
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes") == 1);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM cache_feeds") == 0);   // rolled back to its savepoint
}

TEST_CASE("jobs submitted after stop complete at once with an error", "[store]")
{
    StoreFixture f;
    f.store->stop();
    auto late = f.ingest({syntheticEnvelope(1)});
    auto [results, status] = late.get();
    CHECK_FALSE(status.ok());
}

TEST_CASE("forward outcomes: acknowledged become tombstones, refused become dead letters", "[store][forward]")
{
    StoreFixture f;
    REQUIRE(f.ingest({syntheticEnvelope(1), syntheticEnvelope(2), syntheticEnvelope(3)}).get().second.ok());
    std::vector<PendingEnvelope> pending;
    REQUIRE(f.store
                ->read([&](SqliteDb& db) -> Status {
                    pending = loadPending(db, 10).value();
                    return {};
                })
                .ok());
    REQUIRE(pending.size() == 3);
    std::vector<ForwardOutcome> outcomes = {{pending[0].id, IngestStatus::Stored, toBytes("r"), ""},
                                            {pending[1].id, IngestStatus::Duplicate, toBytes("r"), ""},
                                            {pending[2].id, IngestStatus::Invalid, {}, "bad"}};
    std::promise<ForwardTally> tally;
    WriteTask task;
    task.apply = [&](SqliteDb& db) -> Status {
        tally.set_value(recordForwardOutcomes(db, outcomes, 1'800'000'100).value());
        return {};
    };
    f.store->submitWrite(std::move(task));
    const ForwardTally t = tally.get_future().get();
    CHECK(t.acknowledged == 2);
    CHECK(t.deadLettered == 1);
    f.store->stop();
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 1 AND payload IS NULL") == 2);
    CHECK(queryInt(f.dir.path(), "SELECT COUNT(*) FROM envelopes WHERE state = 2 AND payload IS NOT NULL") == 1);
    auto db = openRelayDatabase(f.dir.path() / "relay.db", false);
    auto letters = loadDeadLetters(*db, 10);
    REQUIRE(letters.ok());
    REQUIRE(letters->size() == 1);
    CHECK(letters->front().status == "invalid");
    CHECK(letters->front().reason == "bad");
    auto snapshot = readSnapshot(*db, 1'800'000'200);
    REQUIRE(snapshot.ok());
    CHECK(snapshot->deadLetters == 1);
    CHECK(snapshot->forwardLagSeconds == 0.0);
}
